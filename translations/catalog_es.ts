<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>No se puede abrir la conexión</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>no se puede conectar al servidor smtp</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>error de socket 10051</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>Ningún RFC define 101 como respuesta SMTP: los servidores SMTP solo pueden enviar códigos que empiezan por 2, 3, 4 o 5, y SMTP no tiene ninguna clase 1xx. El número que se ve es casi siempre un número de error del sistema operativo, normalmente el errno 101 de Linux, ENETUNREACH (Network is unreachable), que muestra un cliente o una biblioteca que ni siquiera pudo abrir la conexión TCP. Se suele confundir con 421 o con el código mejorado 4.4.1 que los servidores de correo registran para el mismo tipo de fallo.</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>Antes de cualquier diálogo SMTP, mientras el cliente todavía intenta conectarse. Las fuentes típicas son PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), smtplib de Python (&quot;[Errno 101] Network is unreachable&quot;) y líneas del registro de Postfix como &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, muy a menudo para la dirección IPv6 de un MX de destino en un host sin IPv6 operativo.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>No hay ningún problema con el mensaje ni con el destinatario: el host de envío no tiene ninguna ruta de red hasta el servidor. El administrador del remitente (o quien gestione el host donde se ejecuta el script) comprueba la ruta predeterminada y, cuando los fallos afectan a direcciones IPv6, repara la conectividad IPv6 o hace que el software de correo use solo IPv4 (en Postfix, inet_protocols = ipv4). Compruebe también que el nombre del servidor en la configuración del cliente se resuelve a la dirección esperada y que a una VPN o a la red de un contenedor no le falta una ruta. El correo en cola sale en el siguiente reintento, en cuanto el host pueda alcanzar el servidor.</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>El destino tiene un registro AAAA y el host de envío tiene IPv6 activado pero sin ruta IPv6 predeterminada, por lo que cada intento por IPv6 falla de inmediato.</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>El host de envío no tiene ninguna ruta predeterminada utilizable, por ejemplo un contenedor, una máquina virtual o un servidor recién instalado con una puerta de enlace incorrecta.</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>Una VPN, una ruta basada en políticas o una regla de firewall en el lado de envío no envía a ninguna parte el tráfico destinado a la red del servidor.</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>El número se copió de una lista de «códigos de error SMTP» de algún blog; es el error de socket del cliente, no algo que haya dicho un servidor de correo.</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>Consulte las direcciones IPv6 e IPv4 que el cliente intentará usar para el servidor.</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>Pregunte al kernel qué ruta usaría para la dirección que falla; si da un error, se confirma el problema de enrutamiento.</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>Pruebe una conexión TCP simple al puerto que usa el cliente (25, 465 o 587).</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>En un host con Postfix, enumere los fallos recientes por red inaccesible y observe si todos son de IPv6.</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>Un servidor de correo lo trata como un error temporal: el mensaje permanece en la cola y se reintenta con espera progresiva. Un script o una aplicación debe reintentar tras una pausa o comunicar el fallo a su usuario; repetir el intento no servirá de nada hasta que se corrija la ruta.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>no se puede conectar al servidor smtp</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>Ningún RFC define 111 como respuesta SMTP; un servidor de correo nunca puede enviarlo, porque las respuestas SMTP empiezan por 2, 3, 4 o 5. El número es el errno 111 de Linux, ECONNREFUSED: el intento de conexión del cliente se rechazó activamente, con un reset TCP o un ICMP port-unreachable, porque no hay nada escuchando en ese puerto o un firewall lo rechaza. A menudo se confunde con 421 o 554, que proceden de un servidor que sí respondió, y corresponde al 4.4.1 que los servidores de correo registran para las conexiones fallidas.</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>En el momento de la conexión, antes de cualquier saludo. Aparece como &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; en Python, &quot;Connection refused (111)&quot; en PHPMailer y, en los registros de Postfix, como &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; con dsn=4.4.1 y status=deferred (mensaje aplazado). El software de Windows informa de la misma situación como error de socket 10061.</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>Primero averigüe qué extremo rechaza la conexión. Si usted gestiona el servidor, asegúrese de que el servicio de correo está en ejecución, escucha en la dirección pública y en el puerto correcto (no solo en 127.0.0.1) y está permitido por el firewall del host. Si usted es el remitente, compruebe que la aplicación usa el host y el puerto correctos (587 o 465 para el envío de mensajes, 25 entre servidores) y que ningún firewall local o del proveedor rechaza el SMTP saliente. El correo que ya está en la cola de un MTA se entrega en un reintento posterior, en cuanto el puerto acepte conexiones.</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>El servicio de correo del servidor está detenido o se ha bloqueado, por lo que no hay nada escuchando en el puerto 25, 465 o 587.</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>El MTA solo está vinculado a la interfaz de loopback (por ejemplo, Postfix con inet_interfaces = loopback-only) y el cliente se conecta a través de la red.</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>La aplicación apunta a un host o puerto incorrecto, por ejemplo 465 en un servidor que solo ofrece 587, o a un nombre de servidor retirado.</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>Un firewall delante del servidor rechaza el puerto con un reset en lugar de descartar los paquetes en silencio.</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>Compruebe desde la red del cliente si el puerto acepta conexiones TCP.</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>En el servidor, enumere los sockets SMTP que están escuchando y las direcciones a las que están vinculados.</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>En un servidor Postfix, muestre a qué interfaces y protocolos se vincula.</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>En el MTA de envío, enumere las conexiones rechazadas recientes para ver qué destinos están afectados.</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>Trátelo como temporal: un MTA mantiene el mensaje en la cola y lo reintenta con espera progresiva hasta que se agota su tiempo de vida en la cola (cinco días de forma predeterminada en Postfix). Una aplicación debe esperar antes de reintentar y avisar a alguien, porque el rechazo se repite hasta que se corrija el proceso que escucha o el firewall.</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>Respuesta de éxito no estándar</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>200 no es una respuesta SMTP válida y nunca lo fue: RFC 821 no definía ningún 200, y comandos como NOOP y RSET se completan con 250. Solo figura en el catálogo porque RFC 876, un estudio de servidores SMTP de 1983, observó que algunos servidores antiguos respondían erróneamente 200 donde se requería 250.</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>Prácticamente nunca en el correo actual. Históricamente lo devolvían unos pocos servidores de principios de los años ochenta ante NOOP o RSET. Cuando alguien informa hoy de un 200, suele proceder de un servidor SMTP escrito a mano o simulado, o es el estado HTTP 200 de una API web de envío que acabó en un registro junto a códigos SMTP.</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>No hay nada que corregir en el mensaje. Un servidor que realmente responde con 200 a un comando SMTP debe ser corregido por su desarrollador para que envíe 250. Un cliente que sigue RFC 5321 solo lee el primer dígito de un código desconocido, por lo que trata 200 como éxito; solo un cliente que aborta al recibirlo necesita una corrección de quien mantiene su software. Si el 200 procede de una API HTTP de correo electrónico, consulte los eventos de entrega de ese servicio en lugar de buscarle un significado SMTP.</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>Un servidor SMTP muy antiguo o casero que usa 200 en lugar de 250 para NOOP, RSET u otros comandos completados correctamente.</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>Una API HTTP de correo electrónico respondió 200 OK y el estado se interpretó como si fuera una respuesta SMTP.</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>Un entorno de pruebas o un servidor SMTP simulado que devuelve códigos tomados de una lista de referencia.</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>Hable con el servidor a mano y anote qué comando produce el 200.</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>Compruebe si el 200 procedía realmente de una sesión SMTP buscando en el registro de Postfix respuestas remotas que empiecen por 200: un mensaje aceptado muestra la respuesta dentro de status=sent (...), y una inesperada, después de &quot;said:&quot;.</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>Nada que reintentar: un cliente que sigue RFC 5321 interpreta el 2 inicial como éxito y continúa. Vuelva a enviar solo si un cliente estricto abortó la sesión, y después de corregir el cliente o el servidor.</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>Estado del sistema o respuesta de ayuda del sistema</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>211 es una respuesta de éxito que transmite información de estado o de ayuda sobre el propio servidor. RFC 5321 lo incluye junto a 214 como respuesta válida a HELP, pero en la práctica es poco frecuente, porque la mayoría de los servidores usan 214 para el texto de ayuda. Nunca dice nada sobre un mensaje concreto.</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>Solo cuando alguien envía HELP, o un comando de estado privado que implementan algunos servidores, durante una sesión manual o un escaneo; el script smtp-commands de nmap, por ejemplo, envía EHLO y HELP para enumerar lo que admite un servidor. No aparece en la entrega normal, ni en los rebotes ni en los registros de la cola.</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>Nada que corregir: es una respuesta de éxito informativa. Investigue solo si un cliente la trata como un error, lo que es un fallo de ese software cliente, o si el administrador del servidor quiere limitar lo que el servidor revela de sí mismo a desconocidos.</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>Alguien que probaba el servidor a mano escribió HELP y esta implementación responde con 211 en lugar de 214.</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>Un escáner o una herramienta de inventario envió HELP para identificar el servidor y enumerar sus comandos.</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>El servidor ofrece un comando de estado no estándar y etiqueta su salida con 211.</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>Envíe usted mismo HELP y compare el código con el 214, más habitual.</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>Enumere los comandos y las extensiones que el servidor declara admitir.</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>Nada que reintentar: HELP no tiene ningún efecto sobre ninguna transacción de correo, así que el cliente simplemente continúa con su siguiente comando.</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>Mensaje de ayuda (para el usuario humano)</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>214 es la respuesta de éxito normal a HELP: el texto que lo sigue es para una persona que lee la sesión, por ejemplo una lista de comandos admitidos o notas sobre un comando no estándar. Los programas no deben analizarlo, y no dice nada sobre si se aceptará el correo.</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and answers 502 instead, so a 502 there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>En sesiones interactivas o automatizadas después de HELP, normalmente como respuesta de varias líneas. Exim responde con &quot;214-Commands supported:&quot; y una lista de comandos, Sendmail con varias líneas &quot;214-2.0.0&quot; de texto de ayuda. Postfix no implementa HELP y responde 502 en su lugar, así que ese 502 no es un fallo.</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>Nada que corregir: HELP funcionó. La lista de comandos de una respuesta 214 puede estar incompleta o desactualizada, así que básese en la respuesta a EHLO para saber qué extensiones (STARTTLS, AUTH, SIZE, PIPELINING) se ofrecen realmente. Un administrador de servidor que prefiera no anunciar detalles del software puede acortar el texto de ayuda.</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>Un administrador o un técnico de soporte escribió HELP durante una sesión de prueba con telnet u openssl.</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>Una herramienta de monitorización o de escaneo de seguridad envió HELP para recopilar los comandos admitidos.</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>Un cliente envió HELP con un nombre de comando como argumento para obtener ayuda sobre ese comando.</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>Compare el texto de HELP con las extensiones anunciadas en la respuesta a EHLO, que es en lo que realmente se basan los clientes.</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>Abra una sesión a mano y envíe HELP, opcionalmente seguido de un nombre de comando.</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>Nada que reintentar; HELP queda fuera de la transacción de correo, así que el cliente continúa con EHLO, MAIL FROM o QUIT según lo previsto.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; Servicio listo</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>220 es el saludo del servidor: la conexión TCP está abierta y el servicio SMTP está listo para recibir EHLO. La primera palabra después del código debería ser el nombre de host del servidor. El mismo código responde a STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; en muchos servidores) para indicar que el cliente ya puede iniciar el protocolo de enlace TLS.</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>Como primera línea de toda conexión correcta, antes de que el cliente diga nada, y de nuevo como respuesta a STARTTLS. Banners típicos: &quot;ESMTP Postfix&quot;, el &quot;Microsoft ESMTP MAIL Service ready&quot; de Microsoft, el banner de Gmail que termina en &quot;- gsmtp&quot;. Un saludo que empieza por &quot;220-&quot; ocupa varias líneas; postscreen de Postfix envía a propósito ese saludo parcial para atrapar a los bots de spam que hablan antes de su turno.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>Nada que corregir: el servidor está activo y acepta la sesión. Investigue si el saludo tarda muchos segundos (DNS inverso lento en el servidor o un retraso deliberado del saludo), si nombra un host inesperado (puede que esté llegando a un balanceador de carga, a un interceptor del puerto 25 o a una IP equivocada) o si el banner aparece sustituido por una fila de asteriscos, señal de un Cisco ASA o PIX que hace inspección ESMTP, lo que además puede ocultar STARTTLS. Si el protocolo de enlace TLS falla justo después del 220 de STARTTLS, el administrador del servidor debe corregir el certificado o la configuración del protocolo TLS.</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>Una conexión normal a un servidor SMTP que funciona; el saludo es la primera respuesta esperada.</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>El cliente envió STARTTLS y el servidor aceptó negociar TLS.</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>Un saludo de varias líneas de postscreen o de una prueba previa al saludo similar, que un cliente correcto simplemente espera a que termine.</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>Un firewall o un dispositivo de interceptación reescribió el banner, por lo que el saludo no muestra el nombre real del servidor.</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>Conéctese y lea el saludo, anotando cuánto tarda en aparecer.</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>Pruebe STARTTLS y examine el certificado que presenta el servidor después de su respuesta 220.</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>Compare el DNS inverso de la dirección IP del servidor con el nombre que figura en el saludo.</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>Nada que reintentar: continúe con EHLO o, después del 220 de STARTTLS, inicie el protocolo de enlace TLS y envíe EHLO de nuevo. Si no llega ningún saludo en los cinco minutos que permite RFC 5321, abandone esta conexión y pruebe el siguiente MX o reintente más tarde.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; Servicio cerrando el canal de transmisión</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>221 es la respuesta del servidor a QUIT: la sesión ha terminado y el servidor está a punto de cerrar la conexión TCP. Es un éxito solo para la despedida y no emite ningún veredicto sobre los mensajes enviados antes en la sesión.</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>Al final de una sesión, después de que el cliente envíe QUIT. Postfix responde &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. A menudo aparece al final de una transcripción que tiene un error más arriba, y por eso se le culpa erróneamente.</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>Nada que corregir. Al depurar, desplácese hacia arriba: el destino del mensaje lo decide la respuesta que siguió al punto final después de DATA (250, aceptado; 4xx o 5xx, no). Investigue solo si el servidor cierra sin ningún 221, o si envía 221 en respuesta a algo que no sea QUIT; eso apunta a un tiempo de espera agotado, un bloqueo o un dispositivo intermedio que corta la sesión.</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>El cliente terminó su trabajo y envió QUIT, el final normal de toda sesión.</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>El cliente recibió antes un rechazo, por ejemplo un 550 en RCPT TO, y cerró educadamente la sesión con QUIT.</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>Una herramienta de prueba o una sonda de monitorización se conectó, comprobó el saludo o la respuesta a EHLO y salió.</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>Busque el resultado real en la misma transcripción: la respuesta justo después del punto de fin de datos, o el rechazo en MAIL FROM o RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>En un servidor Postfix, lea las líneas de desconexión: cuentan cada comando y sus éxitos (por ejemplo data=1 quit=1), y la falta de quit significa que el cliente cortó la conexión.</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>Nada que reintentar: la sesión terminó con normalidad. Los mensajes cuya respuesta de fin de datos fue 250 ya se han entregado al siguiente servidor; los que recibieron respuestas 4xx antes permanecen en la cola del remitente para sus propios reintentos.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>Autenticación correcta</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>235 significa que el intercambio AUTH se completó correctamente: el servidor aceptó el nombre de usuario y la contraseña, o el token, y el cliente queda autenticado durante el resto de la sesión. Normalmente lleva el código mejorado 2.7.0. La autenticación por sí sola no permite enviar como cualquier dirección; el servidor todavía puede rechazar después al remitente o a los destinatarios.</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>Durante el envío de mensajes en el puerto 587 o 465, normalmente después de STARTTLS, justo cuando termina AUTH PLAIN, AUTH LOGIN, XOAUTH2 u otro mecanismo SASL. Lo ven los clientes de correo, las impresoras y escáneres, las aplicaciones web y los MTA que retransmiten a través de un smarthost; Postfix envía &quot;235 2.7.0 Authentication successful&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>No hay nada que corregir en el inicio de sesión. Si el correo sigue fallando después del 235, lea la respuesta siguiente: un 553 o 550 en MAIL FROM suele significar que la cuenta no puede enviar como esa dirección (por ejemplo, reject_sender_login_mismatch de Postfix), y los errores 5.7.x posteriores apuntan a políticas. Los administradores de servidores también deben vigilar los 235 desde direcciones IP o países desconocidos, porque un inicio de sesión correcto con una contraseña robada es la forma en que empiezan muchas campañas de spam desde cuentas comprometidas.</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>El cliente envió credenciales correctas con un mecanismo que ofrecía el servidor, a través de una conexión que el servidor considera suficientemente segura.</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>Se aceptó una contraseña de aplicación o un token OAuth en una cuenta que lo exige en lugar de la contraseña normal.</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>Un spammer está usando una cuenta comprometida; ese inicio de sesión es idéntico a uno legítimo.</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>Reproduzca el inicio de sesión con swaks (pide la contraseña) para distinguir los problemas de credenciales de los de configuración del cliente.</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>En un servidor Postfix, enumere qué cuentas iniciaron sesión desde qué direcciones de cliente.</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Si al 235 le sigue un rechazo del remitente, compruebe cómo asocia el servidor los nombres de inicio de sesión con las direcciones de remitente.</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>Nada que reintentar; continúe con MAIL FROM. No envíe AUTH de nuevo en la misma sesión: después de un AUTH correcto, RFC 4954 exige que el servidor rechace otro con 503.</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>Acción de correo solicitada correcta, completada</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>enviado pero no recibido</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>250 es la respuesta de éxito general: el comando funcionó. Responde a EHLO (con la lista de extensiones), a MAIL FROM, a cada RCPT TO aceptado, a RSET, a NOOP y, sobre todo, al final de los datos del mensaje, donde significa que el servidor receptor ha asumido la responsabilidad de entregar el mensaje o de devolver un rebote. No garantiza la bandeja de entrada: el receptor todavía puede clasificar el mensaje como spam o fallar más tarde y enviar un rebote.</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>A lo largo de toda sesión normal. El que responde a la pregunta «¿ha salido mi correo?» es el 250 después del punto final, que los MTA registran junto con el texto del receptor, por ejemplo &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; en Postfix cuando el siguiente salto es otro Postfix. ETRN (RFC 1985) y ATRN (RFC 2645) también usan 250 para indicar que ha comenzado el procesamiento de la cola o la conexión inversa.</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>Nada que corregir: el servidor receptor aceptó el comando o el mensaje. Si el destinatario dice que el correo nunca llegó, facilítele la hora, la dirección del remitente y el ID de cola o el texto que siguió al 250 en su registro; el administrador del destinatario busca entonces en sus propios registros, en la cuarentena y en la carpeta de spam, porque a partir de ese momento el mensaje es responsabilidad de su servidor.</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>El comando era válido y estaba permitido, así que el servidor lo ejecutó.</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>Al final de los datos, el mensaje superó las comprobaciones del receptor y se puso en cola para su entrega.</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>El receptor acepta primero y filtra después (un filtro de contenido posterior a la cola, o un proveedor que pone mensajes en cuarentena sin avisar), así que respondió 250 a un mensaje que no llegará a la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>Busque la línea de aceptación del destinatario en el registro del Postfix de envío, incluido el texto que devolvió el receptor.</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>En un remitente con Exim, reúna todas las líneas del registro sobre las entregas al destinatario.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>Pida al administrador del destinatario que rastree el mensaje en su lado con el ID de cola o el Message-ID de la respuesta 250 (seguimiento de mensajes en Microsoft 365, Email Log Search en Google Workspace).</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>Nada que reintentar: tras un 250 al final de los datos, el MTA de envío marca a ese destinatario como completado y descarta su copia. Volver a enviar solo crearía un duplicado; investigue en el lado receptor.</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>Gmail aceptó el mensaje; la marca de tiempo y el ID lo identifican en los registros de Google. La aceptación no indica si Gmail lo coloca en la bandeja de entrada o en spam.</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>Exchange y Exchange Online responden al final de los datos con 2.6.0, el Message-ID del mensaje y un ID interno; el Message-ID es lo que busca el administrador del destinatario en el seguimiento de mensajes.</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>Usuario no local; se reenviará a &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>251 acepta un destinatario e indica al cliente que el buzón no está en este servidor y que el mensaje se reenviará a la dirección que figura en el texto de la respuesta. Es un éxito: el correo se entregará. RFC 5321 permite a los servidores reenviar en silencio con 250, y la mayoría lo hace, así que 251 es poco frecuente. En la extensión ETRN (RFC 1985), el mismo número significa &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>Como respuesta a RCPT TO, o a VRFY, de servidores configurados para anunciar el reenvío, normalmente sistemas antiguos o especializados después de que un usuario se cambiara a una nueva dirección; Postfix, Exim y Exchange reenvían en silencio y responden 250. También como respuesta a ETRN cuando el servidor no guarda nada para el dominio solicitado, por ejemplo cuando fetchmail en modo ETRN consulta un MX de respaldo.</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>Nada que corregir; el destinatario recibirá el mensaje. El remitente puede actualizar su libreta de direcciones con la nueva dirección del texto de la respuesta, pero RFC 5321 advierte a los clientes que solo lo hagan automáticamente cuando confíen en el servidor, y el software cliente no está obligado a actuar en consecuencia. Tras un 251 a ETRN, simplemente no hay correo en cola que recoger para ese dominio.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>El buzón del destinatario se trasladó y el servidor está configurado para revelar la dirección de reenvío.</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>Una solicitud ETRN nombraba un dominio para el que el servidor no tiene mensajes en cola.</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>Un servidor heredado todavía usa el aviso de reenvío al estilo de RFC 821, que la mayoría de los MTA modernos abandonaron por motivos de privacidad.</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>Lea el forward-path en el texto de la respuesta y confirme la nueva dirección con el destinatario antes de cambiar las direcciones guardadas.</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>Para ETRN, examine qué guarda realmente para el dominio el servidor que mantiene la cola.</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>Repita el ETRN a mano (primero EHLO y después ETRN example.com) y lea la respuesta.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>Nada que reintentar: el destinatario se acepta y el diálogo continúa con más RCPT TO o con DATA. Tras un 251 a ETRN, vuelva a consultar en la siguiente ronda programada en lugar de repetir ETRN de inmediato.</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>No se puede verificar el usuario con VRFY, pero se aceptará el mensaje y se intentará la entrega</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>252 responde a VRFY sin confirmar ni negar la dirección: el servidor no quiere o no puede decir si el buzón existe, pero aceptaría correo para él e intentaría entregarlo. RFC 5321 indica a los servidores que desactivan VRFY por seguridad que respondan 252, así que hoy es la respuesta habitual a VRFY en Internet. En ETRN (RFC 1985), 252 significa &quot;OK, pending messages for node &lt;x&gt; started&quot;.</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>Después de VRFY, sobre todo desde recolectores de direcciones, servicios de limpieza de listas y escáneres, a veces desde un administrador que prueba a mano. qmail siempre responde &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail usa la misma frase con 2.1.5, y Exim sin ACL de VRFY responde &quot;252 Administrative prohibition&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>Nada que corregir: 252 es el servidor declinando cortésmente la verificación, así que no lo interprete como prueba de que la dirección existe. Si se acepta el correo para una dirección solo se ve en la respuesta a RCPT TO de una transacción real. Activar VRFY es decisión del administrador del destinatario, y dejarlo desactivado es lo normal y lo recomendado.</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>VRFY está desactivado en el servidor para impedir la recolección de direcciones, así que da la respuesta neutra 252.</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>El servidor es un MX o un servidor de retransmisión que acepta correo para el dominio pero no puede comprobar los buzones en el servidor final.</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>Se aceptó una solicitud ETRN para un dominio con correo en cola y ha comenzado la entrega de los mensajes pendientes.</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>Compruebe la misma dirección con RCPT TO, que es lo que cuenta para la entrega, y deténgase antes de DATA.</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>En su propio servidor Postfix, compruebe si VRFY está desactivado (en ese caso Postfix responde 502 en lugar de 252).</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>Nada que reintentar: repetir VRFY da el mismo 252. Continúe con la transacción de correo real o con QUIT.</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>Gmail nunca verifica direcciones mediante VRFY: da esta respuesta neutra, tomada de la frase de qmail, exista o no el buzón.</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>OK, iniciado el envío de &lt;n&gt; mensajes pendientes para el nodo &lt;x&gt;</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>253 es una respuesta de éxito a ETRN (RFC 1985): el servidor ha empezado a entregar los mensajes que guardaba para el dominio o host indicado y dice cuántos son. Solo existe en la extensión ETRN, que permite a un sitio con conexión intermitente pedir a su MX de respaldo o al servidor de correo de su proveedor que vacíe la cola hacia él.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>Solo después de un comando ETRN, enviado normalmente por fetchmail en modo ETRN, por el servidor de correo de una pequeña oficina cuando se activa su enlace o por un administrador que prueba a mano. Los servidores pueden responder a ETRN con el más simple 250 o 252, y muchos lo hacen (Postfix, por ejemplo, responde 250), así que 253 se ve pocas veces.</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>Nada que corregir: ha comenzado el procesamiento de la cola. Los mensajes retenidos llegan por nuevas conexiones SMTP entrantes al propio servidor del cliente, así que, si no aparecen, el administrador del cliente comprueba que este servidor es accesible en el puerto 25 desde el servidor que mantiene la cola y que sus registros MX y su firewall son correctos.</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>El sitio cliente se conectó y envió ETRN para su dominio al servidor que mantiene su correo en cola.</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>fetchmail o una tarea programada emite ETRN con regularidad en nombre de un servidor de correo con conexión telefónica o dinámica.</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>Después del 253, vigile el registro de su propio servidor para ver las entregas entrantes.</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>En un servidor de retransmisión Postfix que retiene el correo, vacíe a mano los mensajes aplazados del dominio si es necesario.</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>En un servidor de retransmisión Exim, inicie un procesamiento de la cola para los mensajes dirigidos al dominio.</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>Nada que reintentar: el vaciado está en curso. Envíe ETRN de nuevo solo en la siguiente conexión o consulta programada, no en bucle mientras la entrega está en marcha.</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>Desafío del servidor (sigue texto en base64)</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>334 es la respuesta intermedia dentro de un intercambio AUTH: el servidor quiere el siguiente dato de autenticación, y el texto que sigue al código es un desafío codificado en base64, que puede estar vacío. El cliente responde con una línea en base64, o con un solo asterisco para cancelar, y el intercambio termina con 235 si es correcto o con un error como 535.</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>Justo después de que el cliente envíe AUTH durante el envío de mensajes. Con AUTH LOGIN, los servidores envían &quot;334 VXNlcm5hbWU6&quot; y &quot;334 UGFzc3dvcmQ6&quot;, que se decodifican como &quot;Username:&quot; y &quot;Password:&quot;; con AUTH PLAIN enviado sin respuesta inicial, el desafío está vacío. Con XOAUTH2, Gmail envía un 334 cuyo texto en base64 es un error JSON cuando se rechaza el token OAuth.</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>No hay nada incorrecto en sí; el software cliente tiene que responder al desafío. Si una sesión se bloquea o falla después de un 334, el cliente está enviando algo incorrecto (texto sin codificar, el mecanismo equivocado o un token caducado). Decodifique el desafío para ver qué quiere el servidor; en caso de un error JSON de XOAUTH2, el remitente debe renovar el token OAuth o conceder el ámbito de correo y volver a intentarlo.</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>El cliente inició AUTH LOGIN, que siempre pide el nombre de usuario y la contraseña en dos pasos 334.</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>El cliente envió AUTH PLAIN u otro mecanismo sin respuesta inicial, así que el servidor envía un desafío vacío.</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>Un mecanismo de desafío-respuesta como CRAM-MD5 envía un nonce en base64 al que el cliente debe responder con un resumen calculado con una clave.</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>Un token XOAUTH2 había caducado, se había revocado o le faltaba el ámbito de correo, y el servidor lo comunica como un desafío JSON en base64 antes del fallo final.</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>Decodifique el texto del desafío para ver qué pide el servidor.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>Genere una cadena AUTH PLAIN para una prueba manual con una cuenta de prueba; solo está codificada, no cifrada, así que úsela únicamente sobre TLS.</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>Ejecute todo el intercambio AUTH sobre TLS con swaks y lea cada paso 334 en la transcripción.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>Continúe el diálogo: envíe la siguiente línea de respuesta en base64, o un solo asterisco para abandonar el intercambio, a lo que el servidor responde con 501. No vuelva a empezar AUTH después de cada 334.</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>En XOAUTH2, Google comunica un token de acceso rechazado como un desafío 334 cuyo texto en base64 se decodifica como un JSON con status, schemes y scope; el cliente responde con una línea vacía y recibe entonces la respuesta de fallo final.</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>Inicie la entrada del correo; termine con &lt;CRLF&gt;.&lt;CRLF&gt;</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>354 es la señal para continuar después de DATA: el servidor tiene al menos un destinatario aceptado y ahora quiere el mensaje en sí, encabezados y cuerpo, terminado con una línea que solo contiene un punto. Es una respuesta intermedia, no una aceptación; el veredicto sobre el mensaje es la respuesta que sigue al punto final.</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>Justo después de que el cliente envíe DATA; BDAT no tiene este paso. Textos típicos: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. En una prueba manual, aquí es donde se escriben los encabezados, una línea en blanco y el cuerpo.</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>En este punto no hay nada que corregir. Los problemas que aparecen justo después del 354 pertenecen a la fase de datos: si la sesión se detiene o agota el tiempo de espera mientras se envía un mensaje grande, sospeche de la ruta de red (problemas de MTU, un dispositivo intermedio que inspecciona SMTP) o de un enlace lento, y el administrador del remitente debe compararlo con un mensaje de prueba pequeño. Si el servidor rechaza después del punto, lea esa respuesta, no el 354.</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>El cliente envió DATA después de que se aceptara al menos un RCPT TO, así que el servidor está listo para el contenido.</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>Una prueba manual con telnet u openssl llegó a la fase de datos.</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>Con PIPELINING, el cliente envió DATA en el mismo lote que sus destinatarios, y el 354 confirma que se aceptó al menos uno de ellos.</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>Envíe un mensaje de prueba pequeño y observe el 354 y la respuesta final en la transcripción.</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>Si los mensajes grandes se detienen después del 354 mientras los pequeños pasan, compruebe la MTU de la ruta hacia el servidor.</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>En un remitente con Postfix, compruebe cuánto tiempo espera la transferencia de datos y la respuesta final.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>Continúe el diálogo: envíe el contenido con dot-stuffing (duplicando los puntos iniciales) y el punto de terminación, y espere la respuesta final, para la que RFC 5321 concede diez minutos. Si la conexión se corta antes de esa respuesta, considere que el mensaje no se ha entregado y reintente más tarde.</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>El octet-offset es el desplazamiento de la transacción</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>355 pertenece a la extensión experimental CHECKPOINT de RFC 1845 (1995), pensada para reanudar transferencias grandes que se interrumpieron. Cuando un cliente repite una transacción interrumpida enviando MAIL FROM con el mismo TRANSID, un servidor que conservó los datos parciales responde 355 con un número al principio de la línea: el desplazamiento, contado desde cero, del siguiente octeto de datos del mensaje que espera. La extensión nunca llegó a implantarse ampliamente y los servidores habituales no la ofrecen.</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>Prácticamente nunca. Solo puede seguir a un MAIL FROM con un parámetro TRANSID, en un servidor que anunció CHECKPOINT en su respuesta a EHLO. Aparece en las listas de códigos SMTP para que estén completas; en el tráfico real, un 355 procede más probablemente de una herramienta de prueba o de un servidor que se comporta mal.</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>En el funcionamiento normal no hay nada que corregir. Si un cliente recibe 355 sin haber usado CHECKPOINT, el servidor se está comportando mal y hay que avisar a su administrador; un software cliente que nunca envió TRANSID no puede continuar esa transacción de forma sensata y debe reiniciarla. Para mensajes muy grandes, respete el límite SIZE que anuncia el servidor o envíe un enlace en lugar de un adjunto.</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>Un cliente que implementa RFC 1845 se volvió a conectar tras una transferencia interrumpida y repitió MAIL FROM con el mismo TRANSID.</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>Un servidor SMTP de prueba o simulado que emite códigos de una lista de referencia devolvió 355 sin admitir realmente los puntos de control.</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>Compruebe si el servidor anuncia siquiera la extensión; CHECKPOINT debe aparecer en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>Busque un parámetro TRANSID= en la línea MAIL FROM que envió el cliente; sin él, un 355 no tiene sentido.</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>Solo un cliente que usa CHECKPOINT continúa, enviando los datos del mensaje a partir del desplazamiento indicado, como describe RFC 1845. Cualquier otro cliente debe enviar RSET y reintentar el mensaje completo desde el principio.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>Tiempo de conexión agotado</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>420 no es un código de respuesta SMTP en ningún RFC; las listas de códigos lo describen como un tiempo de espera agotado al hablar con el servidor remoto. El número procede sobre todo de Novell GroupWise, cuyo Internet Agent (GWIA) registra &quot;420 TCP read error&quot; o &quot;420 TCP write error&quot; para sus propios tiempos de espera agotados en el envío. Se confunde fácilmente con la respuesta real 421, o con el código mejorado 4.2.0 escrito sin puntos.</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>En el envío, en un sistema GroupWise: GWIA se había conectado al host remoto y después una lectura o escritura se detuvo hasta agotar su tiempo de espera (cinco minutos de forma predeterminada para las lecturas TCP), y registró 420 localmente antes de pasar el mensaje a su cola de aplazados. El servidor remoto nunca envió 420. En otros programas, un &quot;420&quot; en una incidencia suele ser un 421 o un 4.2.0 mal leídos.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>El administrador del remitente investiga la ruta de red; GroupWise reintenta el correo aplazado según su propia programación. Si solo falla un destino, sospeche de ese receptor: un filtro que ralentiza o aplica tarpitting a su IP, o un nombre HELO que no coincide con su dirección pública. Si fallan todos los destinos, compruebe su propio firewall, la MTU del router, la tarjeta de red y la línea de Internet; una captura de paquetes de una sesión fallida suele aclararlo.</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>Un firewall o un router entre el GroupWise Internet Agent e Internet detiene el flujo TCP, por ejemplo por un problema de MTU o de descubrimiento de la MTU de la ruta con adjuntos grandes.</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>El servidor receptor se ralentiza o deja de responder a mitad de la sesión (tarpitting, sobrecarga o un filtro al que no le gusta la IP de envío) hasta que expira el tiempo de espera de lectura de GWIA.</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>Un archivo de mensaje dañado en el directorio de envío de GWIA que el agente no puede transmitir.</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>Alguien anotó como 420 una respuesta 421 o el estado mejorado 4.2.0 (por ejemplo, un aplazamiento por greylisting).</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>Busque el diálogo SMTP real del mensaje fallido en el registro del agente o del MTA y anote la respuesta real y el código mejorado.</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>Compruebe si los paquetes de tamaño completo llegan al receptor sin fragmentarse (1472 bytes de carga útil más los encabezados suman 1500).</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>Ejecute una sesión de prueba completa desde el mismo host y observe dónde se detiene.</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>Nada especial: el software que lo registró lo trata como transitorio y lo reintenta desde su cola de aplazados. Si un destino sigue fallando durante horas, deje de esperar y diagnostique la conexión.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; Servicio no disponible, cerrando el canal de transmisión</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>límite de envío superado</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>El servidor cierra la conexión y no procesará este ni ningún otro comando de la sesión. Puede ser el saludo (el servicio no está disponible en este momento) o la respuesta a cualquier comando posterior cuando el servidor debe apagarse, ha alcanzado un límite o ha decidido desconectar al cliente. El cliente debe detenerse, volver a conectarse más tarde y, mientras tanto, puede probar otro host MX.</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>Sobre todo en el saludo o justo después de EHLO, MAIL FROM o RCPT TO. Orígenes típicos: postscreen y smtpd de Postfix (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim y Exchange cuando se alcanzan los límites de conexiones o el servicio se está deteniendo, y los grandes proveedores que limitan direcciones IP con mala reputación (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>Normalmente, nada más que dejar que la cola reintente. Si persiste, el administrador del remitente lee el texto: un límite de conexiones o de frecuencia implica menos conexiones en paralelo y un ritmo de envío más lento hacia ese dominio (en Postfix, un transporte dedicado con un límite de concurrencia por destino más bajo y un retardo entre mensajes); un bloqueo por reputación implica revisar las listas de bloqueo, PTR, SPF, DKIM, DMARC y las tasas de quejas, y después enviar menos correo y más deseado. Si el texto apunta a un apagado o a un problema local del receptor, solo el administrador del destinatario puede solucionarlo.</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>El receptor limita la IP de envío por motivos de reputación o de volumen (quejas por spam, un aumento repentino del volumen, la inclusión en una lista de bloqueo).</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>Demasiadas conexiones simultáneas desde un mismo cliente, o se alcanzó un límite de frecuencia de conexiones.</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>El servicio SMTP se está apagando, reiniciando o se ha quedado sin procesos de trabajo.</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>El cliente era demasiado lento o envió demasiados comandos erróneos, y el servidor terminó la sesión (tiempo de espera o límite de errores).</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>No se cumple un requisito de TLS o de política para el dominio del destinatario y el proveedor cierra la sesión (Gmail: &quot;TLS required for RCPT domain&quot;).</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>Lea el texto del aplazamiento registrado para el destino; nombra el límite o el bloqueo que se aplicó.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>Compruebe si la IP de envío figura en una lista de bloqueo pública (consulte con los octetos invertidos).</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>Confirme que la IP de envío tiene un registro PTR cuyo nombre se resuelve de vuelta a la misma IP.</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>Cuente cuántas conexiones SMTP salientes mantiene abiertas su servidor a la vez.</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>Reintente más tarde con espera progresiva; la sesión ha terminado, así que vuelva a conectarse en lugar de enviar más comandos. Pasar al siguiente host MX es correcto, pero reconectarse una y otra vez al mismo host hace que la limitación por reputación dure más.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>Gmail está limitando la frecuencia de la IP de envío por su reputación o por un tráfico que parece spam; se resuelve cuando baja el volumen y se recupera la reputación.</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>Yahoo aplaza el correo de la IP por las tasas de quejas o por un volumen inusual; la etiqueta entre corchetes (TSS04 y similares) es el código de motivo propio de Yahoo.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>Sin definición básica (asociado a X.7.12)</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>Ningún RFC define una respuesta 422. El registro de códigos de estado mejorados de la IANA incluye 422 junto a 432 como códigos básicos para X.7.12 (se necesita una transición de contraseña), mientras que RFC 4954, que define X.7.12, solo usa 432 4.7.12. Si se encuentra con un 422, interprételo como un fallo transitorio con el significado de 432.</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>Prácticamente nunca en la red; no conocemos ningún servidor de uso común que lo envíe. Se encuentra en la tabla del registro de la IANA o en bibliotecas de listas de códigos que copian las asociaciones del registro. Un servidor que lo enviara lo haría en respuesta a AUTH.</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>Trátelo como 432: el usuario, o el software cliente en su nombre, se autentica una vez con un mecanismo de texto sin cifrar como PLAIN sobre TLS, para que el servidor pueda derivar las credenciales que necesita el mecanismo más seguro, y después vuelve al mecanismo habitual. Si el servidor sigue respondiendo 422, su administrador debe revisar el backend de autenticación y pasar a la respuesta 432 documentada.</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>Las credenciales almacenadas de la cuenta todavía no existen en la forma que necesita el mecanismo SASL solicitado, por ejemplo tras un cambio en el almacenamiento de contraseñas.</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>Un servidor o una biblioteca que copió la asociación del registro de la IANA y emite 422 donde RFC 4954 especifica 432.</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>Pruebe la misma cuenta con AUTH PLAIN sobre STARTTLS y compruebe si el servidor la acepta (swaks pide la contraseña).</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>Lea el registro de autenticación del servidor en torno al intento fallido.</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>No insista en bucle con el mismo mecanismo. Un inicio de sesión PLAIN sobre TLS debería permitir que el mecanismo más seguro funcione en sesiones posteriores; un cliente de correo debe avisar al usuario en lugar de reintentar en silencio.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>Sin definición básica (asociado a X.5.1)</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>Ningún RFC define una respuesta 430. El registro de códigos de estado mejorados de la IANA cita 430 entre los códigos básicos que se usan con X.5.1 (comando no válido), así que el código solo existe en el catálogo por esa asociación. Interprételo como un rechazo temporal de un comando que el servidor consideró no válido.</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>Poco frecuente en sesiones reales: aparece en el registro y en las bibliotecas que lo copian. Un servidor que lo enviara lo haría tras un comando que no aceptó, como un verbo desconocido, un comando fuera de secuencia o comandos enviados en pipelining sin que se admita PIPELINING.</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>El software cliente, o quien lo mantiene, examina el comando que provocó la respuesta: verbos mal escritos o no admitidos, comandos enviados antes de EHLO o antes de que terminara el protocolo de enlace STARTTLS, o pipelining que el servidor nunca anunció. Corrija el diálogo; si el comando es válido, el administrador del servidor debe explicar por qué responde con un código no registrado.</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>El cliente envió un comando que el servidor no reconoce o no permite en ese punto de la sesión.</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>Una implementación de servidor que tomó al pie de la letra la asociación del registro y responde con 430 y X.5.1 como forma suave de 500 o 503.</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>Reproduzca la sesión a mano y anote qué comando recibe el 430.</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>Compare ese comando con las capacidades que el servidor enumera en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>Un cliente puede reintentar una vez más tarde, como con cualquier 4xx, pero un comando no válido sigue siéndolo: si el mismo comando vuelve a provocar un 430, corríjalo en lugar de reintentar.</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>No hay espacio suficiente en el disco / memoria agotada</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>431 no es un código de respuesta SMTP en ningún RFC. Las listas de códigos dicen que significa que el servidor receptor se ha quedado sin espacio en disco o sin memoria; esa interpretación procede del código de estado mejorado 4.3.1 (sistema de correo lleno) escrito sin puntos. En la red, la situación llega como 452, normalmente &quot;452 4.3.1&quot;.</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>En tablas de códigos y en informes en los que alguien abrevió 4.3.1. Ejemplos reales de la situación: Postfix respondiendo a MAIL FROM con &quot;452 4.3.1 Insufficient system storage&quot; cuando al sistema de archivos de su cola le queda poco espacio, y la contrapresión (back pressure) de Microsoft Exchange respondiendo &quot;452 4.3.1 Insufficient system resources&quot;.</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>Para el remitente, nada más que dejar que la cola reintente. El administrador del destinatario libera espacio en el sistema de archivos de la cola o del spool, comprueba la memoria y el tamaño de la cola y, en Exchange, lee los eventos de back pressure y el volumen que contiene la base de datos de la cola de transporte.</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>La partición de la cola o del spool del MTA receptor está casi llena, así que rechaza correo nuevo hasta que vuelva a haber espacio.</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>Back pressure de Exchange: el servicio de transporte detectó poco espacio en disco o un uso elevado de memoria y dejó de aceptar mensajes.</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>Los registros, un almacén de buzones o una cola atascada llenaron la partición en la que escribe el MTA.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>En el servidor receptor, compruebe el espacio libre en el sistema de archivos que contiene la cola de correo.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>Compare el umbral de espacio libre de Postfix con su límite de tamaño; Postfix quiere 1,5 veces message_size_limit libre antes de aceptar correo.</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>Busque el rechazo en el registro para confirmar el código y el texto reales.</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>Trátelo como el 452 que realmente es: reintente más tarde con espera progresiva. La falta de disco y de memoria suele resolverse en minutos u horas, en cuanto reacciona el administrador.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>Se necesita una transición de contraseña</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>El servidor quiere que el usuario pase a otro mecanismo de autenticación y todavía no puede completar el solicitado. RFC 4954 lo define como &quot;432 4.7.12 A password transition is needed&quot;: normalmente el usuario inicia sesión una vez con PLAIN sobre TLS, lo que permite al servidor generar las credenciales que necesita el mecanismo elegido, y a partir de entonces ese mecanismo funciona.</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>En respuesta a AUTH en un puerto de envío de mensajes, después de que un servidor cambiara la forma de almacenar las contraseñas o activara un mecanismo de desafío-respuesta (como CRAM-MD5 o SCRAM) para cuentas cuya contraseña almacenada aún no sirve para él. Poco frecuente en la práctica. Algunas listas de códigos describen 432 como «cola de entrada de Exchange detenida»; es una mala interpretación del código mejorado 4.3.2, no esta respuesta.</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>El usuario, o el cliente de correo en su nombre, se autentica una vez con AUTH PLAIN a través de una conexión cifrada y después vuelve al mecanismo preferido. Si el cliente no puede hacerlo, el administrador del servidor puede restablecer la contraseña (lo que regenera las credenciales almacenadas) o permitir PLAIN sobre TLS para esa cuenta.</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>La contraseña de la cuenta está almacenada de una forma que el mecanismo solicitado (por ejemplo, uno de desafío-respuesta) no puede usar hasta que el servidor vea una vez la contraseña en claro.</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>El administrador pasó a un nuevo esquema de contraseñas y convierte cada cuenta en su siguiente inicio de sesión con texto sin cifrar.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>Enumere los mecanismos que ofrece el servidor después de STARTTLS.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>Inicie sesión una vez con PLAIN sobre TLS y después vuelva a probar el mecanismo original en una nueva sesión.</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>No reintente sin cambios el mismo mecanismo AUTH. Haga un inicio de sesión PLAIN sobre TLS y después use el mecanismo original en la siguiente sesión; mientras tanto, el mensaje espera en la bandeja de salida del cliente.</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>El servidor del destinatario no responde</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>441 no es un código de respuesta SMTP en ningún RFC. Las listas que lo describen como «el servidor del destinatario no responde» tomaron el código de estado mejorado 4.4.1 (sin respuesta del host) y le quitaron los puntos. Un servidor que no responde no puede enviar una respuesta, así que siempre es un estado que su propio MTA registra sobre una conexión fallida.</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>En avisos de retraso y listados de la cola cuando su servidor no pudo conectarse a ningún MX del destino. Postfix lo registra como &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; con dsn=4.4.1, y un aviso de retraso lleva Status: 4.4.1.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>El administrador del remitente comprueba primero que el puerto 25 saliente está abierto desde el host de envío (muchas redes en la nube y domésticas lo bloquean) y que los hosts MX del destino se resuelven y escuchan. Si solo falla un dominio, su administrador debe corregir sus registros MX, su firewall o el servidor caído; la cola entrega el correo en cuanto lo haga.</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>El puerto TCP 25 saliente está bloqueado por el proveedor de alojamiento del remitente, su ISP o un firewall.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>Los hosts MX del dominio del destinatario están caídos, sobrecargados o bloquean la IP de envío con un firewall.</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>El registro MX apunta a una dirección incorrecta u obsoleta, o a un host accesible solo mediante la familia de direcciones (IPv4 o IPv6) que el remitente no usa.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>Enumere los hosts MX del destino.</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>Abra una conexión TCP simple al puerto 25 del primer MX y espere el saludo 220.</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>Vea lo que la cola registró para los mensajes aplazados.</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>Su MTA reintenta por sí solo con espera progresiva y solo se da por vencido al final del tiempo de vida en la cola (cinco días de forma predeterminada en Postfix). No hay nada que volver a enviar a mano salvo que llegue el rebote final.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>Conexión interrumpida</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>442 no es un código de respuesta SMTP en ningún RFC. Las listas que lo llaman «conexión interrumpida» citan el código de estado mejorado 4.4.2 (conexión defectuosa) sin sus puntos. Describe una sesión que se cortó a mitad, según lo comunica su propio MTA; cuando un servidor sí dice algo al respecto, la respuesta real suele ser 421 4.4.2 o 451 4.4.2.</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>En sus propios registros y avisos de retraso después de que se cortara una sesión: Postfix informa &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; con dsn=4.4.2, Gmail dice a un cliente detenido &quot;451 4.4.2 Timeout - closing connection&quot;, y smtpd de Postfix dice a un cliente lento &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>Si ocurre de vez en cuando, no hace falta nada: la cola reintenta. Si se repite hacia un destino, el administrador del remitente busca un dispositivo intermedio (firewall, inspección SMTP, VPN o balanceador de carga) que corte las sesiones largas, problemas de MTU con mensajes grandes y un receptor cuyos filtros de contenido tardan demasiado después del punto final.</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>Un firewall o una función de inspección SMTP entre los servidores corta o detiene la sesión, a menudo durante el cuerpo de un mensaje grande.</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>Problemas de MTU de la ruta: los comandos cortos pasan, pero los paquetes de tamaño completo del cuerpo del mensaje se descartan.</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>El servidor receptor o su analizador de contenido tardó más que el tiempo de espera del cliente después del fin de datos, o se bloqueó a mitad de la sesión.</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>Un enlace inestable o un tiempo de espera de la tabla NAT en cualquiera de los dos lados.</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>Averigüe dónde se cortó la sesión: &quot;while sending message body&quot; apunta al tamaño o a la MTU; &quot;while receiving the initial server greeting&quot;, a un filtrado.</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>Mida la MTU de la ruta hacia el receptor.</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>Reintente más tarde. Una sesión cortada antes de la respuesta al punto final cuenta como no entregada, así que el mensaje completo se envía de nuevo, lo que ocasionalmente puede producir un duplicado.</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>Superado el número máximo de saltos</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>446 no es un código de respuesta SMTP en ningún RFC. Las listas que lo describen como «superado el número máximo de saltos» citan el código de estado mejorado 4.4.6 (bucle de enrutamiento detectado) sin puntos. La situación es un bucle de correo: el mensaje pasó por tantos servidores, contados por sus encabezados Received:, que un MTA lo detuvo; en la práctica se comunica como un error permanente, 5.4.6 o 554 5.4.6.</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>En rebotes después de que un mensaje diera vueltas en círculo: dos servidores que creen que el otro es el destino final, un reenvío que apunta a sí mismo o una cadena de alias que forma un ciclo. Postfix detiene ese correo en cuanto hay hopcount_limit (50 de forma predeterminada) encabezados Received: e informa de bucles como &quot;mail forwarding loop for user@example.com&quot; con DSN 5.4.6; Exchange Online informa &quot;Hop count exceeded - possible mail loop&quot;.</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>El administrador del dominio donde se produce el bucle, normalmente en el lado del destinatario, lee los encabezados Received: del rebote para encontrar los hosts que se repiten y corrige la causa: ajustes de MX o de retransmisión que apuntan unos a otros, un dominio que es local en un servidor y se retransmite en otro, o una regla de reenvío que devuelve el correo a la misma dirección.</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>Dos servidores de correo configurados para retransmitir el dominio el uno al otro, por ejemplo tras una migración en la que el sistema antiguo y el nuevo reenvían el dominio.</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>Un reenvío de buzón o un alias que apunta, directamente o a través de una cadena, a sí mismo.</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>Un MX de respaldo o un smarthost que devuelve el correo del dominio al principal, que a su vez lo devuelve.</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>Una respuesta automática o una lista de correo que responde a otra respuesta automática sin fin.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>Cuente los encabezados Received: de la copia rebotada; si hay decenas, se confirma un bucle.</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>Lea qué hosts se repiten en la cadena de Received:.</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>Compruebe el límite de saltos en un servidor Postfix.</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>Compruebe que los registros MX y los ajustes de retransmisión coinciden en cuál es el servidor final del dominio.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>No reintente sin cambios: un bucle se repite hasta que se corrige la configuración. Vuelva a enviar después de romper el bucle.</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>Tiempo agotado para el mensaje saliente</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>447 no es un código de respuesta SMTP en ningún RFC. Las listas que lo llaman «tiempo agotado para el mensaje saliente» se refieren al código de estado mejorado 4.4.7 (tiempo de entrega vencido) sin puntos: el mensaje permaneció en una cola más tiempo del permitido y el MTA avisó o se dio por vencido. Es un estado de la cola que se comunica en avisos de retraso y rebotes, no algo que diga un servidor remoto durante una sesión.</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>En notificaciones de retraso y rebotes finales cuando se agotó el tiempo de vida en la cola, y en los informes de no entrega de Exchange como &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. La razón de fondo es lo que siguió fallando durante esos días: normalmente un 4xx del receptor o ninguna conexión en absoluto.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>El administrador del remitente lee el último error registrado para el mensaje, en la cola o en la línea de diagnóstico del rebote, porque esa es la causa real (conexiones rechazadas, un greylisting que nunca se superó, un bloqueo por reputación, un MX caído). Corríjala y después el remitente vuelve a enviar. Alargar el tiempo de vida en la cola solo oculta el problema.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>El MX de destino no estuvo accesible durante todo el tiempo de vida en la cola (caído, bloqueado por un firewall o con registros MX incorrectos).</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>El receptor siguió respondiendo con errores temporales (límites de frecuencia, greylisting, aplazamientos por reputación) hasta que el remitente se dio por vencido.</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>Un problema de enrutamiento o de DNS en el lado de envío impidió que cualquier intento saliera de la cola.</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>Un tiempo de vida en la cola o un ajuste de caducidad de mensajes demasiado cortos en el servidor de envío.</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>Lea el último motivo de aplazamiento de los mensajes que siguen en cola para ese dominio.</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>Compruebe cuánto tiempo sigue intentándolo Postfix antes de generar un rebote.</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>En Exim, muestre la regla de reintento aplicada al destino.</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>No queda nada que reintentar para esta copia: el MTA de envío ya se ha dado por vencido. Vuelva a enviar a mano en cuanto se corrija la causa indicada en el último error registrado.</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>Error de enrutamiento</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>449 no es un código de respuesta SMTP en ningún RFC. Las listas lo describen como un error de enrutamiento y lo asocian a Microsoft Exchange, que al parecer usó un código mejorado no registrado, 4.4.9, para algunos fallos internos de enrutamiento; el código registrado para esta situación es X.4.4 (no se puede enrutar). Nada envía 449 como respuesta durante una sesión.</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>Según esas listas, en las colas y los informes de no entrega de Exchange Server antiguos (época 2000/2003) cuando no se podía enrutar un mensaje, por ejemplo porque el espacio de direcciones de un conector no encajaba o el destinatario pertenecía a un grupo de enrutamiento que se había eliminado; hoy sobre todo en tablas de códigos copiadas.</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>El administrador de la organización que envía revisa su propio enrutamiento: conectores o smarthosts, dominios aceptados y resolución DNS del destino. Después envíe un mensaje de prueba al mismo dominio y lea la respuesta real o el estado de la DSN; en los sistemas actuales, el equivalente suele ser 4.4.4 o 5.4.4, o un fallo de DNS comunicado como 4.4.3.</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>La configuración de un conector de envío o de un smarthost no cubre el dominio del destinatario, así que el servidor no tiene ninguna ruta para él.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>El dominio del destinatario no se resuelve desde el servidor de envío (no hay MX ni registro de dirección, o falla el resolvedor local).</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>Restos de configuración de enrutamiento (grupos de enrutamiento eliminados, conectores obsoletos) tras una migración.</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>Compruebe que el dominio de destino tiene un MX utilizable.</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>Pruebe la resolución de nombres desde el propio servidor de correo, con el resolvedor que usa realmente.</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>Muestre cómo enrutaría Postfix el correo saliente (host de retransmisión y mapas de transporte).</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>El MTA lo trata como transitorio y sigue reintentando, pero un hueco de enrutamiento no se cura solo: corrija la ruta o el DNS y después vacíe la cola.</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>Acción de correo solicitada no realizada: buzón no disponible</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>lista gris</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>rebote temporal</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>El servidor no actuó sobre este destinatario o comando por ahora, pero espera que pueda funcionar más tarde; RFC 5321 pone como ejemplos un buzón ocupado y un bloqueo temporal por políticas. Hoy la razón más frecuente, con diferencia, es el greylisting, seguido de comprobaciones de políticas temporales (DNS inverso o dominio del remitente que no se resolvieron, verificación de direcciones en curso) y de límites de frecuencia por destinatario.</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>Sobre todo en RCPT TO, a veces en MAIL FROM. El greylisting con postgrey aparece en Postfix como &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; otras herramientas de greylisting usan 450 4.7.1 o 451 4.7.1. Postfix también envía &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 en versiones anteriores), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; y &quot;450 4.1.1 ... unverified address&quot;. Gmail usa 450 4.2.1 cuando un destinatario recibe demasiado correo demasiado rápido. En ODMR (RFC 2645), 450 también responde a un ATRN rechazado.</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>Con el greylisting nadie tiene que actuar mientras el MTA de envío conserve el mensaje y reintente desde la misma dirección: el primer reintento después del plazo de greylisting (cinco minutos de forma predeterminada en postgrey) se acepta. Si se pierde correo de una aplicación, el administrador del remitente hace que lo envíe a través de un MTA real con cola en lugar de hablar directamente con el MX del destinatario. En los casos de política, el administrador del remitente corrige lo que indica el texto: un registro PTR que se resuelva de vuelta a la IP, un dominio de remitente que se resuelva o un ritmo más lento hacia un destinatario con mucho tráfico. El administrador del destinatario puede incluir en una lista de permitidos a los grandes remitentes que reintentan desde muchas direcciones distintas.</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>Greylisting: primer contacto para este trío de IP del cliente, remitente y destinatario, aplazado hasta un reintento posterior al plazo de greylisting.</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>La IP del cliente no tiene registro PTR, o el nombre del PTR no se resuelve de vuelta a la IP, y el servidor aplaza en lugar de rechazar.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>El dominio del remitente no se resolvió en ese momento (tiempo de espera de DNS o registros ausentes), así que el servidor no pudo validarlo.</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>La verificación de la dirección del destinatario (una sonda al siguiente salto) todavía no ha terminado, o el siguiente salto no estaba accesible.</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>Un destinatario está recibiendo correo demasiado rápido y el proveedor limita la frecuencia de ese buzón.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>El buzón está bloqueado u ocupado en el lado de la entrega.</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>Un remitente que reintenta cada vez desde una IP distinta, o que usa un nuevo remitente de sobre en cada intento, nunca coincide con su propia entrada de greylisting.</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>Lea el texto completo del aplazamiento: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; y &quot;Domain not found&quot; apuntan cada uno a una corrección distinta.</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>Compruebe el registro PTR de la IP de envío y que su nombre apunta de vuelta a la misma dirección.</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>En el lado receptor, vea a qué remitentes les aplazó el correo el greylisting.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>Compruebe que el dominio del remitente del sobre se resuelve.</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>Reintente más tarde con espera progresiva, desde la misma IP y con el mismo remitente del sobre si es posible, y siga intentándolo durante días antes de generar un rebote; nunca trate 450 como permanente. RFC 5321 sugiere intervalos de reintento de al menos 30 minutos; la mayoría de los MTA reintentan antes, lo que supera los plazos de greylisting típicos de unos pocos minutos.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>Gmail está limitando la frecuencia de un buzón de destinatario que recibe demasiado correo, no la del servidor de envío; los intentos posteriores suelen tener éxito.</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>Acción solicitada abortada: error local de procesamiento</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>greylisting</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>rebote temporal</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>El servidor tuvo un problema de su lado y abortó el comando; el cliente puede volver a intentarlo más tarde. En la práctica, 451 abarca fallos locales (un error de configuración, una consulta fallida, un filtro de contenido o milter caído, una cola en la que no puede escribir) y, muy a menudo, el greylisting y los aplazamientos antispam temporales enviados en RCPT TO o después de los datos del mensaje.</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>En RCPT TO o después del punto final de DATA. Líneas habituales: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist y herramientas similares), &quot;451 4.3.5 Server configuration error&quot; (Postfix con una tabla de consulta o una restricción defectuosa), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix cuando un milter es inaccesible y está configurado como tempfail), &quot;Temporary local problem - please try later&quot; de Exim, y las respuestas de limitación 451 4.7.5xx y 4.7.6xx de Microsoft.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>El MTA del remitente reintenta por sí solo; nadie tiene que actuar salvo que los aplazamientos se prolonguen. Entonces el trabajo se reparte: el greylisting y la limitación por reputación se superan reintentando con normalidad desde una IP estable con PTR, SPF y DKIM correctos (tarea del administrador del remitente), mientras que los errores de configuración, los milters caídos, los discos llenos y las consultas de directorio fallidas corresponden al administrador del destinatario, cuya línea de registro para la misma sesión nombra el componente que falla.</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>El greylisting u otra herramienta antispam aplaza a los remitentes desconocidos, a menudo después de los datos del mensaje para poder puntuar el contenido.</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>Falló una tabla de consulta, una base de datos o una consulta de directorio que necesita el servidor (archivo de mapa ausente, servidor LDAP o Active Directory inaccesible).</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>Un filtro de contenido, un demonio antivirus o un milter está caído o agota el tiempo de espera, y el servidor está configurado para aplazar en lugar de aceptar correo sin analizar.</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>El servidor no pudo escribir el mensaje en su cola (disco lleno, permisos incorrectos, fallo del proceso cleanup).</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>No se pudo completar una comprobación de verificación del remitente (callout) contra el dominio del remitente.</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>Limitación del proveedor según la reputación o el volumen de la IP de envío.</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>Lea el código mejorado del aplazamiento: 4.7.x apunta a políticas; 4.3.x, al propio sistema del receptor.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>En un servidor Postfix receptor, busque la advertencia registrada para la misma sesión (consultas de tabla fallidas, errores de milter).</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>En un servidor Exim receptor, consulte el panic log en busca del problema local.</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>Compruebe que el registro SPF del dominio del remitente cubre la IP de envío, para que desaparezcan los aplazamientos por reputación.</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>Reintente más tarde con espera progresiva y mantenga el mensaje en la cola durante días. Un 451 después del punto final se aplica a toda la transacción, así que se vuelve a enviar el mensaje completo, no solo algunos destinatarios.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>El rechazo temporal genérico de Gmail; no da ningún motivo concreto y normalmente se resuelve en un intento posterior.</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>Outlook.com limita la IP de envío por su reputación; 4.7.650 es un código mejorado privado de Microsoft, no uno del registro de la IANA.</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>Acción solicitada no realizada: almacenamiento del sistema insuficiente</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>buzón lleno</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>cuota excedida</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>El servidor no puede aceptar esto ahora porque se alcanzó un límite de recursos. RFC 5321 menciona el almacenamiento y también hace de 452 la respuesta correcta cuando un servidor no tiene sitio para más destinatarios en una transacción (&quot;too many recipients&quot;, 452 4.5.3); un buzón lleno (452 4.2.2) y una cola del servidor llena (452 4.3.1) también lo usan. Todos son temporales: el mismo correo puede tener éxito más tarde o en partes más pequeñas.</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>Demasiados destinatarios: en RCPT TO cuando se alcanza el límite por mensaje, por ejemplo el &quot;452 4.5.3 Error: too many recipients&quot; de Postfix tras smtpd_recipient_limit (1000 de forma predeterminada) o el 452 4.5.3 de Gmail. Almacenamiento: en MAIL FROM cuando al sistema de archivos de la cola de Postfix le falta espacio (&quot;452 4.3.1 Insufficient system storage&quot;), cuando un parámetro SIZE supera el espacio libre en ese momento (RFC 1870) o por la back pressure de Exchange (&quot;452 4.3.1 Insufficient system resources&quot;). Buzón por encima de la cuota: en RCPT TO, como en el 452 4.2.2 de Gmail.</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>Lea primero el código mejorado. Con 4.5.3, el software de envío solo se equivoca si se rinde: debe entregar a los destinatarios ya aceptados y enviar el resto en otra transacción; las herramientas de envío masivo deberían poner menos destinatarios en cada mensaje, y el administrador de un destinatario cuyo límite esté por debajo de 100 incumple RFC 5321. Con 4.2.2, el destinatario tiene que vaciar el buzón. Con 4.3.1, el administrador del destinatario libera espacio en disco o resuelve la back pressure mientras el remitente espera.</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>Más comandos RCPT TO en una transacción que el límite de destinatarios por mensaje del servidor.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>El buzón del destinatario ha superado su cuota.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>El disco de la cola o del spool del servidor receptor está casi lleno, o la back pressure de Exchange está activa.</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>El SIZE declarado en MAIL FROM es mayor que el espacio libre que tiene ahora el servidor.</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>Una política del proveedor que limita los destinatarios por transacción para un dominio (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>Vea qué código mejorado acompañaba al 452 en el aplazamiento o en el rebote.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>En un servidor Postfix receptor, compruebe el límite de destinatarios por mensaje.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>En el servidor receptor, compruebe el espacio libre donde reside el spool.</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>Envíe un mensaje de prueba a varios destinatarios para ver dónde empieza el límite.</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>En caso de demasiados destinatarios, envíe ya el mensaje a los destinatarios aceptados y ponga los rechazados en una nueva transacción (RFC 5321 4.5.3.1.10); nunca los descarte ni genere un rebote para ellos. En caso de almacenamiento o cuota, reintente más tarde con espera progresiva. RFC 5321 también pide a los clientes que traten como temporal un 552 al estilo antiguo por demasiados destinatarios.</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail solo aceptó parte de la lista de destinatarios en esta transacción; el resto debe enviarse en otra transacción u otro mensaje.</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>El almacenamiento del destinatario de Gmail está lleno; la entrega vuelve a funcionar cuando el destinatario libera espacio o compra más.</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>Exchange Online quiere que los destinatarios alojados en distintas regiones de centros de datos se envíen en transacciones separadas; el MTA de envío debe reintentar por separado los destinatarios rechazados.</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>No tiene correo</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>Forma parte de On-Demand Mail Relay (ODMR, RFC 2645, retransmisión de correo bajo demanda): es la respuesta a ATRN cuando el servidor no tiene correo en cola para los dominios que pidió el cliente. Es informativa más que un error: no hay nada que entregar, así que no se invierten los papeles.</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>Solo en servidores ODMR (puerto 366), después de que un cliente con una dirección IP dinámica se haya autenticado y haya enviado ATRN para sus dominios. ODMR es poco frecuente hoy, y algunas tablas de códigos incluyen 453 sin decir que solo aparece en este contexto.</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>No hay nada que corregir cuando la cola está realmente vacía. Si se esperaba correo, el administrador del cliente comprueba que ATRN nombró los dominios correctos y que los registros MX del dominio encaminan de verdad el correo hacia el proveedor ODMR.</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>En este momento no hay correo esperando para los dominios solicitados.</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>El cliente pidió un nombre de dominio bajo el que el servidor ODMR no mantiene la cola (error tipográfico, subdominio en lugar del dominio principal).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>Los registros MX del dominio no apuntan al proveedor ODMR, así que su correo nunca llega a esa cola.</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>Compruebe que los registros MX del dominio apuntan a los servidores del proveedor ODMR.</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>Ejecute la sesión ODMR a mano: EHLO, AUTH y después ATRN con el dominio, y lea la respuesta.</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>Ahora no hay nada que reintentar; vuelva a consultar en el siguiente intervalo programado, como hace normalmente un cliente ODMR.</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>TLS no disponible por un motivo temporal / Error temporal de autenticación</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>error starttls</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>Dos RFC de extensiones definen 454, ambos para un error temporal en un paso de seguridad. RFC 3207 lo usa cuando no se puede hacer STARTTLS en ese momento; RFC 4954 usa &quot;454 4.7.0 Temporary authentication failure&quot; cuando el servidor no puede comprobar las credenciales en ese momento, por ejemplo porque su backend de contraseñas está caído. También aparece con 4.7.1 cuando un intento de retransmisión se aplaza en lugar de rechazarse.</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>Después de STARTTLS: Postfix responde &quot;454 4.7.0 TLS not available due to local problem&quot; cuando no puede cargar su certificado o su clave, y registra el motivo. Después de AUTH: Postfix, Exchange y otros envían &quot;454 4.7.0 Temporary authentication failure&quot; cuando Dovecot, saslauthd, LDAP o Active Directory no responden, y Gmail envía su propio texto 454 4.7.0. En RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; de un servidor Postfix que funciona con soft_bounce activado.</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>En el caso de STARTTLS, el administrador del servidor receptor repara la configuración de TLS (rutas del certificado y de la clave, permisos, una clave que corresponda al certificado, caducidad) y recarga el servicio; un cliente que no exige TLS puede continuar en texto sin cifrar, ya que RFC 3207 deja esa decisión al cliente. En el caso de AUTH, el administrador del servidor restablece el backend de autenticación; los usuarios no deben cambiar sus contraseñas por un 454. En los rechazos de retransmisión, el cliente debe autenticarse antes de enviar a dominios externos.</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>El servidor no puede leer ni cargar su certificado TLS o su clave privada (ruta incorrecta, permisos, clave que no corresponde al certificado).</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>El backend de autenticación (socket de autenticación de Dovecot, saslauthd, LDAP, Active Directory, base de datos) está caído, lento o inaccesible.</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>Demasiados inicios de sesión en paralelo o intentos fallidos recientes para la cuenta, y el proveedor aplaza los siguientes AUTH durante un tiempo.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>Un cliente no autenticado intentó retransmitir a un dominio externo en un servidor que aplaza esos intentos en lugar de rechazarlos.</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>Comandos enviados en pipelining justo después de STARTTLS, antes del protocolo de enlace TLS (Gmail responde 454 4.5.0).</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>Pruebe STARTTLS en el servidor y examine la respuesta y el certificado.</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>En un servidor Postfix, averigüe por qué se desactivó TLS.</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>Compruebe que el backend de autenticación de Dovecot responde para una cuenta de prueba.</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>Pruebe de principio a fin un envío de mensajes autenticado.</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>Reintente más tarde con espera progresiva. Un cliente que exige TLS o autenticación no debe renunciar a ellos en silencio; un MTA oportunista puede entregar sin TLS si su política lo permite. Nunca pida al usuario una nueva contraseña por un 454.</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>Gmail no pudo completar el inicio de sesión en este momento, a menudo tras muchas conexiones en paralelo o intentos fallidos para la cuenta; la contraseña no es necesariamente incorrecta.</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>El cliente envió más comandos junto con STARTTLS; el software cliente debe esperar la respuesta 220 y terminar el protocolo de enlace TLS antes de enviar EHLO de nuevo.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>El servidor no puede atender los parámetros</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>El servidor reconoció los parámetros indicados con MAIL FROM o RCPT TO, pero no puede atenderlos en este momento. RFC 5321 4.1.1.11 lo distingue de 555, que significa que los parámetros no se reconocen o no están implementados en absoluto: 455 es el caso temporal, salvo que la propia extensión del parámetro prescriba otro código.</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>Pocas veces. Aparecería en MAIL FROM o RCPT TO cuando un parámetro de una extensión anunciada (una opción de DSN, SIZE, prioridad o SMTPUTF8, por ejemplo) depende de algo que no está disponible en ese momento. La mayoría de los servidores responden a esas situaciones con 451 o 452, así que merece la pena anotar un 455 cuando aparezca.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>El MTA del remitente reintenta como con cualquier 4xx. Si persiste, el software cliente puede enviar sin el parámetro opcional que le causa problemas al servidor, y el administrador del servidor debe revisar el componente que hay detrás de esa extensión.</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>Un servicio del que depende el parámetro (generación de DSN, cola por prioridades, contabilidad de tamaños) no está disponible temporalmente en el servidor.</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>El servidor anunció una extensión en su respuesta a EHLO, pero la función que hay detrás está desactivada o sobrecargada en este momento.</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>Compare los parámetros que envió el cliente con las extensiones que anuncia el servidor.</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>Busque en el registro de envío la línea MAIL FROM o RCPT TO que recibió el 455.</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>Reintente más tarde con espera progresiva, sin cambios. Si sigue fallando, es aceptable reintentar sin el parámetro opcional cuando ese parámetro no sea imprescindible.</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>Reintente de inmediato el mensaje por IPv4, porque no supera SPF ni DKIM</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>Propuesto pero nunca estandarizado: un Internet-Draft caducado de 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) sugería que un receptor que rechazara un mensaje llegado por IPv6, por no superar allí SPF ni DKIM, respondiera 456 para que el remitente reintentara de inmediato por IPv4. Ningún RFC lo define, y los MTA habituales no implementan el reintento especial; para ellos es un 4xx corriente.</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>Casi nunca. La idea surgió de receptores que aplican a los remitentes por IPv6 reglas más estrictas (autenticación y PTR obligatorios) que a los remitentes por IPv4. Lo que los remitentes encuentran en realidad es un rechazo permanente del correo IPv6 no autenticado, por ejemplo las respuestas 550 de Gmail que remiten a sus directrices de envío por IPv6 o a un registro PTR ausente.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>El administrador del remitente hace que el correo por IPv6 sea tan fiable como el de IPv4: un registro PTR para la dirección IPv6 que se resuelva de vuelta, SPF que la cubra con una entrada ip6: y firma DKIM. Hasta entonces, configure el MTA para que prefiera o use solo IPv4 en el SMTP saliente (Postfix: smtp_address_preference o inet_protocols; Exim: disable_ipv6 o dns_ipv4_lookup).</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>La dirección IPv6 del host de envío no está cubierta por el registro SPF del dominio del remitente.</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>El mensaje no está firmado con DKIM, o la firma se rompe, así que nada más autentica la entrega por IPv6.</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>La dirección IPv6 no tiene DNS inverso, o su nombre PTR no se resuelve de vuelta a ella.</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>Compruebe si el MX de destino tiene una dirección IPv6 que su MTA pueda estar usando.</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>Compruebe el registro PTR de su dirección IPv6 de envío.</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>Compruebe que SPF cubre la dirección IPv6 (una entrada ip6: o un include que la contenga).</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>Envíe una prueba solo por IPv4 para comparar el resultado.</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>Un MTA que conociera el borrador reintentaría de inmediato por IPv4; los MTA reales lo aplazan como cualquier 4xx y pueden volver a usar IPv6 en el siguiente intento. Lo fiable es corregir la autenticación por IPv6 o preferir IPv4 en el envío.</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>No se pueden poner en cola los mensajes para el nodo &lt;x&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>Una respuesta a ETRN (RFC 1985): el servidor entendió la petición de empezar a entregar el correo que guarda para un dominio o nodo, pero no puede iniciar ahora ese procesamiento de la cola. ETRN lo usan sitios con conexiones intermitentes que piden a su proveedor o a su MX de respaldo que vacíe el correo que espera para ellos.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>Solo después de un comando ETRN, enviado normalmente por fetchmail en modo ETRN, por el servidor de correo de una pequeña oficina cuando se activa su enlace o a mano. Postfix responde &quot;458 Unable to queue messages&quot; cuando su servicio flush informa de un fallo, y postscreen de Postfix da esa respuesta a todo ETRN que recibe.</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>El administrador del servidor de retransmisión que mantiene la cola revisa su mecanismo de vaciado (en Postfix, el servicio flush y el ajuste fast_flush_domains) y que la cola se pueda leer. Hasta que se corrija, el correo retenido sigue saliendo según la programación normal de reintentos del servidor de retransmisión.</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>El servicio de vaciado de la cola del servidor de retransmisión falló o no está en ejecución.</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>El cliente llegó a un componente frontal, como postscreen de Postfix, que no transmite ETRN.</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>Un error en el servidor de retransmisión al recorrer la cola en busca del dominio solicitado.</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>En el servidor de retransmisión, vea para qué dominios acepta Postfix ETRN.</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>En el servidor de retransmisión, inicie localmente la entrega para el dominio, que es lo que pide ETRN.</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>Busque la advertencia de ETRN en el registro del servidor de retransmisión.</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>Envíe ETRN de nuevo en la siguiente conexión o consulta; mientras tanto, el servidor de retransmisión conserva el correo y lo entrega según su propia programación de reintentos.</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>Nodo &lt;x&gt; no permitido: &lt;reason&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>Una respuesta a ETRN (RFC 1985): el servidor se niega a iniciar un procesamiento de la cola para el nodo o dominio indicado y da un motivo. La petición se entendió; el servidor no ofrece este servicio para ese nombre, o no a este cliente.</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>Después de ETRN, cuando el dominio no es uno para el que el servidor de retransmisión mantiene cola, o su política no permite que este cliente inicie un procesamiento. Postfix responde &quot;459 &lt;example.com&gt;: service unavailable&quot; cuando el dominio no puede usar su servicio fast flush (fast_flush_domains, que de forma predeterminada es la lista relay_domains); sus smtpd_etrn_restrictions también pueden rechazar la petición.</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>El administrador del cliente comprueba que ETRN nombra exactamente el dominio para el que el servidor de retransmisión guarda correo. Si el servicio debe ofrecerse, el administrador del servidor de retransmisión añade el dominio a la lista de los que pueden usar ETRN (Postfix: fast_flush_domains) y permite el cliente en sus restricciones de ETRN.</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>El dominio solicitado no está en la lista de dominios del servidor de retransmisión que pueden usar ETRN.</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>La política del servidor de retransmisión rechaza ETRN desde la dirección de este cliente, o antes de la autenticación.</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>El cliente envió un nombre distinto de aquel bajo el que el servidor de retransmisión mantiene la cola (un nombre de host en lugar del dominio, o al revés).</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>En el servidor de retransmisión, compruebe qué dominios pueden vaciarse.</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>En el servidor de retransmisión, compruebe las restricciones de ETRN.</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>Envíe EHLO y después ETRN a mano y lea el texto del motivo.</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>No repita el mismo ETRN sin cambios; se volverá a rechazar. Corrija primero el nombre de dominio o haga que se configure el servidor de retransmisión. El correo que ya está en cola no se pierde: espera a los reintentos normales del servidor de retransmisión.</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>Error del servidor de correo, a menudo un filtro antispam local</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>471 no es un código de respuesta SMTP en ningún RFC. Las listas lo describen como un error del servidor de correo, a menudo un filtro antispam local; el número es el código de estado mejorado 4.7.1 (entrega no autorizada, en su forma temporal) escrito sin puntos, igual que 571 es 5.7.1 sin puntos. En la red, la situación llega como 450 4.7.1 o 451 4.7.1.</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>En tablas de códigos y en informes de usuarios en los que 4.7.1 perdió sus puntos. Las respuestas reales que hay detrás son rechazos temporales por políticas: greylisting, el &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; de versiones antiguas de Postfix (las actuales envían ahí 4.7.25), o un filtro o una pasarela de salida en el propio lado del remitente que aplaza el mensaje.</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>Busque la respuesta real en el registro o en el rebote antes de hacer nada. Si es greylisting, deje que la cola reintente. Si es una comprobación de DNS inverso o de reputación, el administrador del remitente corrige PTR, SPF y DKIM. Si lo aplazó su propia pasarela antispam de salida, su administrador revisa el registro y los límites de envío de esa pasarela.</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>Una comprobación antispam o de políticas temporal en el lado receptor (greylisting, reputación, control de frecuencia) aplazó el mensaje con 4.7.1.</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>La IP de envío carece de un registro PTR coincidente y el receptor aplaza hasta que pueda verificar al cliente.</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>El propio filtro o pasarela de salida del remitente retuvo el mensaje, por ejemplo por sospecha de spam o por superar un límite de envío.</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>Busque en el registro de correo la respuesta real que llevaba 4.7.1.</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>Verifique que el nombre PTR de la IP de envío se resuelve de vuelta a la misma IP.</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>Examine la cola de aplazados para ver si fue su propia pasarela o el receptor quien aplazó el mensaje.</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>Fuera cual fuera la respuesta real, un aplazamiento de tipo 4.7.1 es temporal: reintente más tarde con espera progresiva. Si el mismo rechazo dura más de un día, trátelo como un bloqueo y corrija la causa en lugar de esperar a que caduque la cola.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>Error de sintaxis, comando no reconocido</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>El servidor no pudo entender la línea recibida: el verbo del comando es desconocido o la línea está corrupta. RFC 5321 también permite 500 para una línea de comando demasiado larga, y RFC 4954 usa 500 5.5.6 cuando una respuesta AUTH desborda el búfer del servidor. Solo falla ese comando; normalmente la sesión sigue abierta.</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix and Gmail use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>Justo después de que el cliente envíe una línea, en cualquier punto de la sesión. Casos típicos: un servidor que solo admite HELO respondiendo a EHLO, un cliente que habla el protocolo equivocado en el puerto (un protocolo de enlace TLS enviado a un puerto de texto sin cifrar, una petición HTTP) o una errata en una prueba manual con telnet. Sendmail responde 500 5.5.1 Command unrecognized y Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix y Gmail usan 502 para los verbos desconocidos.</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>Quien gestione el cliente lo corrige (el administrador del remitente o el desarrollador de la aplicación): corrija el comando, use el puerto y el modo TLS correctos, recurra a HELO cuando EHLO reciba 500 y mantenga las líneas de comando dentro de 512 octetos. Si un firewall reescribe el tráfico SMTP, el administrador de red de ese lado desactiva o suaviza su inspección SMTP/ESMTP. El servidor receptor no necesita cambios, salvo que realmente deba admitir el comando.</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>Un comando mal escrito o algo que ni siquiera es un comando SMTP, frecuente en sesiones de telnet o nc escritas a mano.</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>El cliente habla el protocolo equivocado en el puerto: un ClientHello de TLS enviado a un puerto SMTP de texto sin cifrar, o una petición HTTP de un monitor o proxy mal configurado.</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>Un servidor muy antiguo o mínimo no conoce EHLO y espera que el cliente recurra a HELO.</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>Un firewall con inspección SMTP (la inspección ESMTP de Cisco ASA es el caso clásico) sustituye los comandos que no permite por cadenas de caracteres X, que el servidor ya no puede reconocer.</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>La línea de comando supera lo que acepta el servidor (RFC 5321 solo garantiza 512 octetos, CRLF incluido), o una respuesta AUTH es más larga que el búfer SASL del servidor.</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>Reproduzca el diálogo a mano y lea la respuesta a cada línea; un 500 justo después de EHLO significa que el servidor solo habla HELO.</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>Si el puerto espera TLS desde el primer byte (465), pruébelo de esa forma en lugar de enviarle texto sin cifrar.</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>Busque asteriscos o caracteres X en el banner y en la respuesta a EHLO, señal de que hay en la ruta un firewall con inspección SMTP.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>En un cliente Postfix, busque el comando rechazado en el registro; Postfix anota la respuesta remota y el comando al que respondía.</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>No vuelva a enviar la misma línea sin cambios. Normalmente la sesión sigue siendo utilizable: tras un 500 a EHLO, envíe HELO; tras cualquier otro 500, corrija el comando, o envíe QUIT y corrija el cliente antes del siguiente intento.</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>Error de sintaxis en los parámetros o argumentos</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>El servidor conoce el comando pero rechaza su argumento: una dirección del sobre mal formada, un nombre HELO/EHLO no válido, un parámetro ESMTP mal construido o datos AUTH que no son base64 válido. El comando se rechaza en esa forma y el servidor permanece en el estado en que estaba, así que puede seguir un comando corregido en la misma sesión.</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>Sobre todo en EHLO, MAIL FROM o RCPT TO, a veces en mitad de AUTH. Postfix envía 501 5.1.7 Bad sender address syntax si falla la dirección del remitente, o 501 5.1.3 Bad recipient address syntax si falla la del destinatario; Exim envía 501 Syntactically invalid HELO argument(s). Los servidores que siguen RFC 4954 responden 501 cuando el cliente cancela AUTH con un solo asterisco o envía base64 que no se puede decodificar, y RFC 3207 prescribe 501 para STARTTLS con cualquier parámetro.</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>Lo corrige el lado que envía. El remitente corrige una dirección mal escrita o mal formada; el administrador del remitente da al MTA un nombre HELO completo y correcto y revisa cualquier script o aplicación que construya por sí mismo los comandos del sobre o las cadenas AUTH. Cuando las direcciones proceden de un formulario web o de una base de datos, valídelas antes de que lleguen a SMTP.</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>Una dirección del sobre con sintaxis incorrecta: faltan los corchetes angulares, hay espacios intercalados, un punto final, caracteres especiales sin comillas o dos direcciones en un mismo comando.</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>Un argumento HELO/EHLO vacío o mal formado, como una dirección IP sin corchetes o un nombre de host que contiene guiones bajos.</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>Datos AUTH que no son base64 válido, normalmente de un script que monta a mano la cadena PLAIN.</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>El cliente canceló el intercambio de autenticación con un solo asterisco, a lo que RFC 4954 responde con 501.</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>Un parámetro ESMTP con un valor no válido, por ejemplo un SIZE= no numérico o un NOTIFY= u ORCPT= mal formado.</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>Envíe el mismo sobre con swaks y anote qué comando recibe el 501.</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>Compruebe el nombre que anuncia su MTA Postfix en HELO/EHLO; debe ser un nombre de host completo (FQDN) o una dirección literal entre corchetes.</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>Decodifique la cadena AUTH PLAIN que envía el cliente y confirme que contiene id de autorización, NUL, usuario, NUL, contraseña.</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>Busque la línea rechazada en el registro del servidor de envío para ver el argumento exacto que se envió.</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>No reintente el comando ni el mensaje sin cambios: el mismo argumento se vuelve a rechazar. Corrija la dirección, el nombre HELO, el parámetro o los datos AUTH; dentro de la sesión, el cliente puede enviar de inmediato el comando corregido.</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>Los servidores de entrada de Gmail rechazan un HELO o EHLO cuyo argumento está vacío o no es ni un nombre de host válido ni una dirección literal, antes de que se intercambie ningún correo.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>Comando no implementado</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet several servers, Postfix and Gmail among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>El servidor reconoce el comando pero no lo implementa, o lo ha desactivado. RFC 5321 4.2.4 reserva 502 para los comandos conocidos pero no implementados y 500 para los desconocidos, aunque varios servidores, entre ellos Postfix y Gmail, también responden 502 a los verbos desconocidos.</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix 502 5.5.2 Error: command not recognized.</source>
        <comment>502|whenSeen</comment>
        <translation>En respuesta a comandos opcionales: VRFY o EXPN en servidores que los desactivan (Postfix con disable_vrfy_command = yes responde 502 5.5.1 VRFY command is disabled), ETRN o TURN, o EHLO en un servidor que solo habla HELO. Gmail responde 502 5.5.1 Unrecognized command a todo lo que no conoce, y Postfix, 502 5.5.2 Error: command not recognized.</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>Lo que hay que corregir es el cliente: solo debe usar los comandos que el servidor anunció en su respuesta a EHLO, recurrir a HELO cuando se rechaza EHLO y dejar de depender de VRFY o EXPN para comprobar direcciones. El administrador receptor solo actúa si el comando debería ofrecerse, por ejemplo activando ETRN para un cliente cuyo correo se mantiene en cola allí.</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>VRFY o EXPN están desactivados por política para impedir la recolección de direcciones.</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>El cliente usa una extensión que el servidor nunca anunció después de EHLO, como ETRN, TURN, BDAT sin CHUNKING, o AUTH en un servidor sin autenticación.</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>Un servidor que solo admite HELO rechaza EHLO y el cliente no recurre a HELO.</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Postfix or Gmail, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>Una errata o un verbo desconocido enviado a Postfix o Gmail, que comunican los comandos no reconocidos con 502 en lugar de 500.</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>Enumere lo que el servidor anuncia realmente después de EHLO y compárelo con el comando que falló.</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>En su propio servidor Postfix, compruebe si VRFY se ha desactivado.</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>Revise en la configuración del cliente las funciones que fuerza sin tener en cuenta la respuesta a EHLO, como un ETRN programado o AUTH en el puerto 25.</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>No repita el comando ni en esta sesión ni en las siguientes; seguirá fallando. Continúe sin él (HELO en lugar de EHLO, sin VRFY) o cambie el cliente.</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>Gmail devuelve 502, no 500, para un comando que no conoce en absoluto, así que un 502 de Gmail suele apuntar a una errata o a un cliente que no es SMTP, más que a una función desactivada.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>Secuencia de comandos incorrecta</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>El comando es válido pero llegó en el momento equivocado de la sesión: RCPT antes de MAIL, DATA antes de cualquier RCPT aceptado, MAIL antes de HELO/EHLO, un segundo MAIL dentro de una transacción o AUTH después de un inicio de sesión correcto. El servidor lo rechaza y permanece en su estado actual.</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>Sobre todo en RCPT TO o DATA. En los rebotes oculta a menudo el problema real: un cliente con pipelining envía DATA aunque se rechazaron todos los RCPT, así que la última respuesta registrada es 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim cita el error de RCPT anterior dentro de su 503). También responde a un AUTH enviado donde no se ofrece autenticación (Postfix: 503 5.5.1 Error: authentication not enabled).</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>Mire primero la respuesta anterior al 503. Si se rechazaron destinatarios, corrija esa causa (dirección, permiso de retransmisión, política) y el 503 desaparece por sí solo. Si el orden es realmente incorrecto, hay que corregir el software cliente o el script: primero EHLO, de nuevo EHLO después de STARTTLS, AUTH una sola vez y solo donde se anuncie, y después MAIL, RCPT y DATA.</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>Se rechazaron todos los RCPT TO (usuario desconocido, retransmisión denegada) y el cliente con pipelining envió DATA de todos modos, así que el 503 oculta el 5xx anterior.</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>El cliente no volvió a enviar EHLO después de STARTTLS, que devuelve la sesión a su estado inicial.</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>Se envió AUTH a un puerto o servidor donde la autenticación no está activada, o una segunda vez después de que ya se hubiera completado.</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>Un cliente o script casero envía RCPT antes de MAIL, o inicia un segundo MAIL sin RSET.</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>Lea toda la transcripción o todo el rebote, no solo su última línea; busque las respuestas a RCPT TO anteriores al 503.</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>Ejecute la misma transacción paso a paso sobre STARTTLS y observe dónde pone objeciones el servidor.</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>Si el 503 responde a AUTH, compruebe si la autenticación está siquiera activada para ese proceso de escucha de Postfix; normalmente solo lo está para el envío de mensajes.</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>Repetir la misma secuencia da el mismo 503. Corrija primero el cliente o el rechazo anterior; dentro de la sesión, el cliente todavía puede enviar el comando correcto, o enviar RSET y empezar de nuevo la transacción.</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>Gmail rechaza MAIL, AUTH o STARTTLS enviados antes de cualquier comando de saludo, por ejemplo un cliente que emite STARTTLS nada más conectarse.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>Parámetro del comando no implementado</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>El comando es conocido, pero el servidor no admite el valor del parámetro que lo acompaña. En la práctica responde a AUTH con un mecanismo que el servidor no ofrece (RFC 4954 lo combina ahí con 5.5.4), y Postfix también lo usa para rechazar nombres HELO y direcciones del sobre que no son completos (FQDN).</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only answers AUTH before STARTTLS with 504 5.5.4.</source>
        <comment>504|whenSeen</comment>
        <translation>En AUTH, cuando un cliente insiste en un mecanismo como CRAM-MD5, NTLM o XOAUTH2 que el servidor no tiene: Gmail y Microsoft Exchange responden 504 5.7.4 Unrecognized authentication type (tipo de autenticación no reconocido). En HELO, MAIL FROM o RCPT TO en servidores Postfix que usan reject_non_fqdn_helo_hostname o las restricciones equivalentes para remitente y destinatario: 504 5.5.2 con Helo command rejected: need fully-qualified hostname, o need fully-qualified address. Postfix con smtpd_tls_auth_only responde a un AUTH anterior a STARTTLS con 504 5.5.4.</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>En el caso de AUTH, el usuario o el administrador del cliente elige un mecanismo que el servidor anuncie (PLAIN o LOGIN sobre TLS es la opción habitual) y se asegura de que STARTTLS va primero. En los rechazos de HELO o de direcciones, el administrador del lado que envía configura un nombre HELO completo (myhostname en Postfix) y hace que las aplicaciones usen direcciones completas como user@example.com. El administrador receptor solo suaviza una restricción si es demasiado estricta para un socio conocido.</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>El cliente fuerza un mecanismo AUTH que no figura en la respuesta a EHLO del servidor, por ejemplo CRAM-MD5 o NTLM contra un servidor que solo ofrece PLAIN y LOGIN.</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>Se envía AUTH antes de STARTTLS a un servidor que solo permite la autenticación sobre TLS y lo comunica con 504 en lugar de 538.</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>El MTA de envío anuncia un nombre HELO corto y no completo, como mailhost, y el receptor usa reject_non_fqdn_helo_hostname.</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>Al remitente o al destinatario del sobre le falta un dominio completo (del estilo user@localhost) y el receptor exige uno.</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>El proveedor ya no acepta un mecanismo retirado, como el antiguo XOAUTH de Google.</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>Abra una sesión STARTTLS, escriba EHLO test.example.com y lea la línea 250-AUTH para ver qué mecanismos se ofrecen.</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>Compruebe el nombre HELO que envía su servidor Postfix; debe ser un nombre completo (FQDN).</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>Asegúrese de que ese nombre se resuelve en DNS.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>En el servidor Postfix receptor, vea qué restricciones non-FQDN están activas y qué código usan.</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>No reintente con el mismo mecanismo, nombre HELO o dirección; el rechazo es permanente. Tras un AUTH fallido, el cliente puede probar otro mecanismo anunciado en la misma sesión, como permite RFC 4954.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>El servicio de envío de mensajes de Gmail responde esto cuando el cliente pide un mecanismo SASL que Gmail no ofrece; se refiere al nombre del mecanismo, no a la contraseña.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>Dirección de correo electrónico incorrecta</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>Ningún RFC define 510 como código de respuesta SMTP. Las listas de «errores SMTP» lo llaman dirección de correo incorrecta y, en la práctica, el número es casi siempre el código de estado mejorado 5.1.0 (otro estado de dirección, RFC 3463) sin sus puntos. La respuesta real fue muy probablemente 550 5.1.0 o 553 5.1.0: un problema de dirección que el servidor no precisó más.</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>En resúmenes abreviados de rebotes: paneles de ESP, sistemas de incidencias, avisos de webmail y mensajes de foros que escriben «error 510» para una línea como &quot;550 5.1.0 Sender denied&quot;. Exchange Online, por ejemplo, usa 5.1.0 para un remitente rechazado y para destinatarios que no pudo resolver. Un 510 auténtico en la red es poco frecuente y solo procede de software que no cumple los estándares.</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>El remitente (o quien lea el rebote) obtiene primero la línea de respuesta completa del rebote o del registro de correo, porque 5.1.0 no dice si se rechazó la dirección del remitente o la del destinatario. Revise ambas direcciones en busca de erratas y caracteres sobrantes. Si la respuesta es de Exchange Online y nombra al remitente, pida al remitente que escriba un mensaje nuevo en lugar de responder a una copia guardada o sin conexión. Si la línea dice algo completamente distinto, busque su código real de tres dígitos.</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>Un resumen de rebotes o un panel mostró el código mejorado 5.1.0 sin puntos.</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>El servidor receptor rechazó una dirección, pero solo comunicó la categoría genérica de direcciones (5.1.0) en lugar de 5.1.1 o 5.1.7.</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>Exchange Online respondió 5.1.0 Sender denied (remitente denegado), normalmente después de que alguien respondiera a un mensaje que se había guardado como archivo y abierto sin conexión.</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>No se pudo consultar una dirección interna heredada de Exchange (legacyExchangeDN), así que Exchange no pudo resolver el destinatario.</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>Busque en su propio registro de correo la línea de respuesta completa de la dirección fallida; el código básico real son los tres primeros dígitos, y el código mejorado va a continuación.</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>En el mensaje de rebote, lea los campos Status: y Diagnostic-Code: de la parte delivery-status (estado de la entrega) en lugar del resumen simplificado de la parte superior.</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>Compruebe que tanto el dominio del remitente del sobre como el dominio del destinatario existen en DNS.</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>Un MTA de envío que reciba alguna vez un 510 literal debe juzgarlo por su primer dígito (RFC 5321 4.2): un error permanente, así que debe generar un rebote del mensaje en lugar de dejarlo en la cola. Vuelva a enviar solo después de corregir la dirección.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>Dirección de correo electrónico incorrecta</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>usuario inexistente</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>destinatario no válido</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>dirección inexistente</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>511 no es un código de respuesta SMTP en ningún RFC. Cuando alguien informa de un «error 511, dirección de correo incorrecta», casi siempre se refiere al código mejorado 5.1.1, dirección de buzón de destino incorrecta: el servidor del destinatario dice que el buzón no existe. En la red llega como 550 5.1.1 (ocasionalmente 553 o 554 con 5.1.1).</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>En estadísticas de rebotes, herramientas de CRM y de boletines y listas de errores copiadas, donde &quot;550 5.1.1 ... User unknown&quot; se resume como 511. La respuesta subyacente llega en respuesta a RCPT TO, o más tarde en un rebote cuando el servidor receptor solo comprueba los destinatarios después de aceptar el mensaje.</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>El remitente revisa la dirección del destinatario letra por letra (letras intercambiadas, un punto que falta, un dominio de país equivocado, la dirección de un antiguo empleado) y la confirma con el destinatario por teléfono o por otro canal. Los responsables de listas eliminan la dirección tras un 5.1.1 confirmado en lugar de reintentarla. Si usted gestiona el servidor receptor y el usuario sí existe, revise las consultas de alias, virtuales y de directorio que hace el servidor en el momento de RCPT.</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>Una errata en la parte local de la dirección, la parte anterior a la @.</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>La cuenta se eliminó o se renombró, por ejemplo después de que un empleado se marchara o de que una empresa cambiara el formato de sus direcciones.</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>Una dirección antigua tomada de una libreta de direcciones o de la caché de autocompletado que ya no coincide con el directorio.</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>En el lado receptor, un usuario que existe en el almacén de buzones pero falta en la tabla de alias o de destinatarios que comprueba el servidor SMTP.</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>Pruebe el destinatario sin enviar ningún mensaje: la respuesta a RCPT TO muestra si el servidor conoce el buzón (muchos grandes proveedores no lo dirán).</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>En su propio servidor Postfix, vea qué tabla respondió para la dirección y qué respuesta dio.</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>Si usa Exim, pregúntele cómo enrutaría la dirección; un resultado unrouteable significa que el 5.1.1 es correcto.</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>Nada debe reintentar un 511 a secas; interprételo como un error permanente por su primer dígito. En el caso del 550 5.1.1 real que hay detrás, deje de enviar a esa dirección hasta que una persona confirme una corregida.</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>No se encuentra en DNS el host del dominio del destinatario</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>Ningún RFC asigna 512. Las listas de errores lo usan para «no se encuentra el dominio del destinatario», que es el código mejorado 5.1.2, dirección de sistema de destino incorrecta (RFC 3463): la parte posterior a la @ no existe o no puede recibir correo. La respuesta real suele ser 550 5.1.2 o 553 5.1.2, o un rebote que redacta el propio servidor del remitente tras una consulta DNS fallida.</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>A menudo sin que intervenga ningún servidor remoto: el MTA de envío consulta los registros MX y de dirección del dominio, obtiene NXDOMAIN y genera él mismo el rebote del mensaje. Sendmail lo escribe como 550 5.1.2 con &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix informa &quot;Host or domain name not found&quot; y lo clasifica como 5.4.4. Gmail responde con 553 5.1.2 a un envío de mensajes a un dominio inexistente.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>El remitente revisa la ortografía del dominio (hotmial, gmial, un sufijo de país que falta, .con en lugar de .com). Si el dominio es correcto, el administrador del propietario del dominio debe corregir el DNS: puede que el dominio haya caducado o perdido su delegación. Si fallan muchos dominios a la vez, el administrador del remitente revisa el propio resolvedor del servidor de envío, porque un resolvedor local averiado hace que cualquier consulta parezca un dominio inexistente.</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>El dominio del destinatario está mal escrito y el nombre mal escrito no está registrado.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>El registro del dominio del destinatario caducó o sus servidores de nombres dejaron de responder.</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>El resolvedor del servidor de envío está averiado, bloqueado por un firewall o responde desde una caché obsoleta.</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>Se usó un nombre solo interno (un dominio .local o de horizonte dividido) como dirección de correo fuera de la red donde se resuelve.</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>Pregunte al DNS por los servidores de correo (MX) del dominio; un NXDOMAIN en la respuesta completa significa que el dominio no existe.</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>Resuelva el nombre desde los servidores raíz hacia abajo, sin pasar por su propio resolvedor, para descartar un fallo de DNS local.</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>Busque el rebote local en el registro del servidor de envío.</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>Trate un 512 a secas como permanente por su primer dígito. Un MTA de envío debe generar un rebote ante un NXDOMAIN autoritativo, pero seguir reintentando (temporal) ante tiempos de espera de DNS o SERVFAIL, que no dicen nada sobre si el dominio existe.</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>El tipo de dirección es incorrecto</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>formato de dirección no válido</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>Ningún RFC define 513. Las listas lo explican como «el tipo de dirección es incorrecto», y representa el código mejorado 5.1.3, sintaxis incorrecta de la dirección del buzón de destino (RFC 3463): la dirección del destinatario no es en absoluto una dirección válida, a diferencia de una dirección válida que no existe. Los servidores reales lo envían como 501 5.1.3 o 553 5.1.3.</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>Cuando el argumento de RCPT TO está mal formado: Postfix responde 501 5.1.3 Bad recipient address syntax, y Gmail responde 553 5.1.3 diciendo que la dirección del destinatario no es una dirección RFC 5321 válida. Aparece con formularios web y scripts que construyen direcciones a partir de lo que escribe el usuario, y con direcciones copiadas de documentos con caracteres invisibles.</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>El remitente o la aplicación que compuso el mensaje limpia la dirección: una sola @, sin espacios, sin nombre para mostrar ni comillas dentro de los corchetes angulares, sin punto final, sin comillas tipográficas ni caracteres de ancho cero pegados desde un procesador de textos. Los desarrolladores validan y recortan las direcciones antes de pasarlas a la biblioteca de correo, y solo pasan la dirección pura a RCPT TO.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>Espacios, comas o puntos y coma dentro de la dirección, a menudo de una lista pegada en un único campo.</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>Un nombre para mostrar y una dirección pasados juntos como destinatario del sobre en lugar de la dirección pura.</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>Caracteres invisibles o tipográficos (espacio de no separación, comillas curvas) copiados de un documento o una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>Caracteres no ASCII en la dirección enviados a un servidor que no ofrecía SMTPUTF8.</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>Muestre los caracteres ocultos de la dirección tal como la almacenó la aplicación.</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>Repita a mano el destinatario y lea la respuesta del servidor a RCPT TO.</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>En Postfix, busque la cadena exacta que envió el cliente, que el registro cita en la línea reject.</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>Sin reintento: una dirección mal formada falla igual cada vez. Trate cualquier 513 literal como un error permanente por su primer dígito y devuelva el mensaje para que se pueda corregir la dirección.</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>Use el ID de QHLO correcto</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>No es un código estándar. El texto procede del Internet-Draft de la extensión SMTP QUICKSTART (draft-fanf-smtp-quickstart, 2007), que proponía un comando QHLO para ahorrar idas y vueltas al principio de una sesión de envío de mensajes. El borrador caducó sin convertirse en RFC y no se conoce ningún servidor habitual que envíe 520.</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>Prácticamente nunca en el flujo real de correo. Aparece en listas de códigos de respuesta copiadas por la web, y solo podría proceder de un servidor experimental que implementara el borrador QUICKSTART, en respuesta a QHLO. Si un servidor corriente envía 520, está usando el número para un fin privado y el texto de su respuesta es la única guía.</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>Actúa el software cliente: deje de usar QHLO o cualquier modo quickstart y abra la sesión con un EHLO normal. Si el código procede del producto de un fabricante, lea su documentación o pregunte al administrador del servidor qué significa el texto.</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>Un servidor experimental o de pruebas que implementa el borrador caducado QUICKSTART rechazó el identificador indicado con QHLO.</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>Un software propietario reutilizó 520 con un significado propio, sin relación con el borrador; el texto de la respuesta lo explica.</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>El número se leyó mal en una línea de registro o se copió de una lista de Internet y nunca lo envió ningún servidor.</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>Obtenga del registro de envío el texto completo de la respuesta y el comando al que respondía; sin ellos, 520 no significa nada concreto.</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>Compruebe si el servidor anuncia alguna palabra clave de extensión no estándar en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>No reintente el mismo comando. Vuelva a conectarse con la secuencia EHLO estándar; si el servidor sigue respondiendo 520 a comandos corrientes, trátelo como un error permanente y consulte al administrador receptor.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>El host no acepta correo</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>El host no acepta correo en absoluto, de nadie. RFC 7504 (2015) estandarizó el código, propuesto primero en el RFC experimental 1846, como alternativa más clara a responder la conexión con 554. Un cliente que lo recibe debe renunciar a ese host en lugar de dejar el mensaje en cola y reintentar.</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>Normalmente como saludo, en lugar de 220, de una máquina que existe por otros motivos (un servidor web, un servidor de retransmisión solo de salida) y quiere decir claramente que no acepta correo; después se cierra la conexión o se rechazan los comandos siguientes. Postfix también lo envía en la práctica: postscreen desconecta con 521 5.5.1 Protocol error a los clientes que hablan antes del saludo o incumplen el protocolo.</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>El remitente debe dejar de enviar a ese host o dominio y confirmar la dirección con el destinatario por otro canal. Si el dominio debe recibir correo, el administrador del destinatario corrige sus registros MX o su servidor de correo. Si el 521 vino de postscreen, el administrador del remitente corrige el comportamiento del cliente respecto al protocolo (esperar el saludo, nada de pipelining si no se anuncia), ya que fue el cliente quien provocó la desconexión.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>El MX del dominio, o su registro A cuando no existe MX, apunta a una máquina que deliberadamente no ejecuta ningún servicio de correo.</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>El cliente llegó a un servidor de retransmisión solo de salida o a un servidor web, a menudo por registros DNS obsoletos o incorrectos.</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>postscreen de Postfix desconectó al cliente por una infracción del protocolo, como hablar antes del saludo, pipelining no anunciado o saltos de línea sin CR (bare newlines).</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>El dominio del destinatario dejó de recibir correo y dejó en su lugar un servicio que responde 521.</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>Compruebe adónde debe ir el correo del dominio; un MX nulo (0 .) significa que el dominio no recibe correo en absoluto.</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>Conéctese al host y lea la línea de saludo.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>En un cliente Postfix, busque el rechazo en el registro; un 521 5.5.1 Protocol error apunta a las pruebas de postscreen del otro lado.</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>Si lo envía postscreen en su propio servidor, revise las acciones de las pruebas pregreet y bare newline.</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>No deje el mensaje en cola para otro intento en ese host: el rechazo pretende ser permanente. Genere un rebote al remitente con el texto del 521 para que pueda revisar la dirección.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>Se necesita cifrado</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>Código que solo figura en el registro: ningún RFC define 523 como respuesta, pero el registro de códigos de estado mejorados de la IANA lo incluye como código básico de X.7.10 Encryption Needed, registrado por RFC 5248. Indica que la autenticación solicitada necesita antes una capa de privacidad; el cliente debe iniciar TLS (o elegir un mecanismo más seguro) y volver a autenticarse.</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>En respuesta a AUTH en una conexión sin cifrar. La biblioteca de Go go-smtp, que usan servidores como maddy, responde 523 5.7.10 TLS is required cuando un cliente intenta autenticarse antes de STARTTLS. La mayoría de los demás programas comunican la misma situación con 530, 538 o 504.</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>Lo corrige el usuario o el software cliente: active STARTTLS en el puerto 587 o TLS implícito en el puerto 465 antes de autenticarse. Si TLS está activado y sigue fallando, el administrador del cliente busca un firewall o un antivirus que elimine STARTTLS. El administrador del servidor no debe permitir inicios de sesión en texto sin cifrar solo para que desaparezca el error.</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>La opción de seguridad del cliente de correo es Ninguna, o STARTTLS solo si se anuncia, así que envía AUTH en texto sin cifrar.</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>El paso a STARTTLS falló o un dispositivo intermedio lo eliminó, y el cliente continuó sin cifrar.</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>El cliente usa un mecanismo de contraseña en claro como PLAIN o LOGIN donde el servidor exige una capa de privacidad.</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>Autentíquese sobre STARTTLS para confirmar que la cuenta funciona una vez cifrada la conexión; swaks pide la contraseña.</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>Compruebe que se ofrece STARTTLS y que el protocolo de enlace se completa desde la red del cliente.</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>En la configuración de la cuenta del cliente, ponga la seguridad en STARTTLS para el puerto 587 o SSL/TLS para el puerto 465, nunca en Ninguna.</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>No repita AUTH en la conexión sin cifrar. Emita STARTTLS, envíe EHLO de nuevo y después autentíquese; con TLS activo, el reintento debería funcionar.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>Sin definición básica (asociado a X.7.11)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>Código que solo figura en el registro, sin definición propia. El registro de la IANA cita 524, junto a 538, como código básico de X.7.11 Encryption required for requested authentication mechanism (el mecanismo de autenticación solicitado requiere cifrado), pero RFC 4954, que define X.7.11, solo usa 538. Interprete un 524 así: este mecanismo AUTH solo puede usarse en una conexión cifrada.</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>Muy pocas veces, en respuesta a AUTH en una conexión sin cifrar, de software que siguió la tabla de la IANA en lugar de RFC 4954. La mayoría de los servidores envían 538 5.7.11 o un 530 para la misma situación.</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>Lo corrige el lado del cliente: active STARTTLS o TLS implícito antes de autenticarse. Si ese proceso de escucha no ofrece TLS en absoluto, el administrador del servidor tiene que instalar un certificado o indicar a los usuarios un puerto de envío de mensajes que lo tenga.</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>El cliente intentó AUTH antes de STARTTLS y el servidor restringe ese mecanismo a sesiones cifradas.</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>El software del servidor tomó 524 de la tabla de la IANA para su respuesta de cifrado obligatorio, donde la mayoría de las implementaciones usan 538.</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>El proceso de escucha que usa el cliente no tiene TLS configurado, así que el mecanismo nunca puede usarse allí.</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>Lea la respuesta completa y su código mejorado; 5.7.11 confirma que el requisito es el cifrado.</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>Pruebe la misma cuenta después de STARTTLS con otro mecanismo.</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>Compruebe si el cliente tiene una opción como «exigir TLS» o «usar siempre STARTTLS» y que está activada.</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>Reintentar en texto sin cifrar no sirve de nada. Repita AUTH solo después de que STARTTLS se haya completado y se haya enviado un nuevo EHLO.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>Cuenta de usuario deshabilitada</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>Código que solo figura en el registro: el registro de la IANA asocia 525 con X.7.13 User Account Disabled, registrado por RFC 5248. Las credenciales eran correctas, pero la cuenta se ha deshabilitado, por ejemplo por impago, abuso o sospecha de intrusión, y se seguirá rechazando hasta que un administrador la vuelva a habilitar.</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>En principio, justo después de un AUTH correcto con una cuenta deshabilitada; pocos servidores lo usan, y la mayoría comunican una cuenta deshabilitada con 535 o 550. Gmail envía 525 con 5.7.10 por una infracción del protocolo que no tiene nada que ver (comandos en pipelining después de STARTTLS), así que lea el código mejorado y el texto antes de suponer que la cuenta está deshabilitada.</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>El titular de la cuenta se pone en contacto con el administrador o el proveedor de la cuenta de envío para saber por qué se deshabilitó y conseguir que se vuelva a habilitar; cambiar la contraseña en el cliente no sirve. En la variante 5.7.10 de Gmail, el administrador del remitente corrige el cliente o el MTA para que espere al protocolo de enlace TLS antes de enviar nada más.</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>El administrador deshabilitó o suspendió la cuenta (factura impagada, denuncia por abuso, contraseña comprometida).</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>La cuenta se bloqueó automáticamente tras un incidente de seguridad, como una ráfaga de spam saliente.</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>Desde Gmail con 5.7.10: el cliente envió más comandos justo detrás de STARTTLS en lugar de esperar al protocolo de enlace TLS.</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>Compruebe el código mejorado de la respuesta: 5.7.13 significa una cuenta deshabilitada; cualquier otro requiere leer el texto.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>Inicie sesión en el webmail del proveedor con la misma cuenta; allí suele explicarse en lenguaje claro que la cuenta está deshabilitada.</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>Ante un 525 5.7.10, repita la sesión con un cliente que no haga pipelining a través de STARTTLS y compare el resultado.</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>Deje de reintentar con esta cuenta: todos los intentos fallan hasta que se vuelva a habilitar, y los inicios de sesión repetidos pueden prolongar un bloqueo. Reanude cuando el administrador confirme que la cuenta está activa.</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>Gmail no usa 525 para las cuentas deshabilitadas: con 5.7.10 rechaza a un cliente que envió más comandos en pipelining después de STARTTLS en lugar de esperar al protocolo de enlace TLS. La propia lista de errores de Google ha publicado el mismo texto bajo 523 5.7.10, así que puede aparecer con cualquiera de los dos códigos básicos.</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>Autenticación obligatoria / Debe emitir primero un comando STARTTLS</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>El servidor rechaza el comando hasta que el cliente haya hecho algo antes: autenticarse (RFC 4954, enviado como 530 5.7.0 Authentication required) o iniciar TLS (RFC 3207, 530 Must issue a STARTTLS command first). Normalmente responde a MAIL FROM y deja la sesión abierta para que el cliente pueda dar el paso que falta.</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>Sobre todo en MAIL FROM en un puerto de envío de mensajes (587) o en un servidor de retransmisión que exige inicio de sesión, de clientes configurados sin autenticación o sin STARTTLS: impresoras, escáneres, scripts, herramientas de monitorización, aplicaciones web. Los servidores de envío de mensajes de Gmail envían 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 envía 530 5.7.57 a los clientes que intentan enviar sin autenticarse.</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>Lo corrige el lado del cliente: active STARTTLS (o TLS implícito en el 465) y la autenticación SMTP con las credenciales del buzón, y vuelva a enviar. En Microsoft 365, el administrador del tenant también debe permitir SMTP autenticado para ese buzón. Los dispositivos que no pueden autenticarse deben enviar a través de un servidor de retransmisión local o de un conector que el proveedor ofrezca para el envío de mensajes sin autenticar.</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>La autenticación SMTP está desactivada en el cliente, o este envía al puerto 25 de un servidor que solo retransmite para usuarios con sesión iniciada.</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>STARTTLS está desactivado en el cliente, así que envía MAIL FROM en texto sin cifrar a un servidor que solo acepta correo después de TLS.</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>Un AUTH anterior falló y el cliente ignoró el error, así que MAIL FROM llega sin autenticar.</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>Un dispositivo o una aplicación configurados para un antiguo servidor de retransmisión abierta (open relay) apuntan ahora a un servidor que exige inicio de sesión.</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>Lea la respuesta a EHLO: si aparece STARTTLS pero no AUTH, la autenticación solo se ofrece después de TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>Ejecute una prueba completa de envío de mensajes autenticado; swaks pide la contraseña si se omite --auth-password.</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>Busque en el propio registro del cliente una respuesta a AUTH antes de MAIL FROM; un AUTH ausente o fallido explica el 530.</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>No vuelva a enviar sin cambiar nada. En la misma sesión, el cliente puede emitir STARTTLS o AUTH según se le pide y repetir MAIL FROM; un mensaje en cola solo debe volver a salir después de corregir la configuración del cliente.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>Los servidores de envío de mensajes de Gmail exigen STARTTLS antes de cualquier transacción de correo; un cliente que envía en texto sin cifrar por el puerto 587 recibe esto en MAIL FROM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>El punto de conexión de envío de clientes de Exchange Online exige SMTP AUTH antes de MAIL FROM; también aparece cuando el intento de AUTH falló y el cliente continuó de todos modos sin autenticación.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>Sin definición básica (asociado a X.7.1)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>Código que solo figura en el registro, sin definición propia: el registro de la IANA incluye 533 entre los códigos básicos que se usan con X.7.1 Delivery not authorized, message refused (entrega no autorizada, mensaje rechazado). Trátelo como un rechazo permanente por motivos de seguridad o de política; el código mejorado y el texto de la respuesta aportan el detalle.</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>Casi nunca en la red, ya que 550 5.7.1 y 554 5.7.1 cubren lo mismo. Si aparece, lo hará desde software minoritario o personalizado en MAIL FROM o RCPT TO, después de que una comprobación de políticas (permiso de retransmisión, remitente no permitido, lista de bloqueo) haya rechazado al remitente.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>El administrador del remitente lee el texto de la respuesta para identificar la política y corrige la causa: autenticarse antes de retransmitir, enviar solo desde direcciones que la cuenta puede usar o conseguir que la IP de envío salga de la lista. Si el rechazo parece erróneo, consulte al administrador del destinatario indicando la respuesta completa, la hora y la IP de envío.</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>Un servidor personalizado o poco común comunica con 533 en lugar de 550 un rechazo por políticas, como retransmisión denegada o remitente no permitido.</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>La IP o el dominio de envío figura en una lista de bloqueo que consulta el receptor.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>El usuario autenticado intentó enviar como una dirección, o retransmitir a un dominio, para los que la cuenta no está autorizada.</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>Capture la respuesta completa; el código mejorado (normalmente 5.7.1) y el texto indican qué política se activó.</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>Confirme que el remitente del sobre coincide con la cuenta autenticada o con uno de sus alias permitidos.</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>Compruebe la IP de envío en cualquier lista de bloqueo que nombre el texto de la respuesta, usando la página de consulta o la zona DNS de esa lista.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>No reintente sin cambios; los rechazos por políticas se repiten. Vuelva a enviar después de corregir la causa o de que el administrador del destinatario conceda una excepción.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>El mecanismo de autenticación es demasiado débil</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>aplicaciones menos seguras</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>autenticación en dos pasos (2FA)</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>Definido por RFC 4954 como 534 5.7.9: el mecanismo AUTH que eligió el cliente es más débil de lo que permite la política del servidor para este usuario, y el cliente debe reintentar con uno más seguro. Los grandes proveedores lo amplían para indicar que el tipo de contraseña no es aceptable, sobre todo Gmail, que lo envía cuando se necesita una contraseña de aplicación o un inicio de sesión con OAuth.</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>Justo después de AUTH en un puerto de envío de mensajes. Con el significado del RFC: un cliente que usa PLAIN o LOGIN donde el servidor quiere SCRAM, CRAM-MD5 o GSSAPI para esa cuenta. Mucho más a menudo en la práctica: Gmail respondiendo 534-5.7.9 Application-specific password required, o 534-5.7.14 pidiendo al usuario que inicie sesión primero en un navegador web.</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>El usuario o el administrador del cliente cambia la forma en que el cliente se autentica. En Gmail, cree una contraseña de aplicación (la verificación en dos pasos debe estar activada) o cambie el cliente a OAuth 2.0, y complete cualquier comprobación de inicio de sesión pendiente en el navegador. En servidores que usan el significado del RFC, configure un mecanismo que el servidor acepte, como SCRAM-SHA-256 o CRAM-MD5, o actualice la biblioteca del cliente.</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>La cuenta tiene la verificación en dos pasos y el cliente envía la contraseña normal de la cuenta; Gmail quiere una contraseña de aplicación u OAuth 2.0.</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>El proveedor consideró sospechoso el inicio de sesión (nueva ubicación o dispositivo) y exige un inicio de sesión interactivo en el navegador antes de que SMTP vuelva a funcionar.</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>El cliente eligió un mecanismo en texto claro mientras que el servidor exige para ese usuario un mecanismo de desafío-respuesta o Kerberos.</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>Una biblioteca cliente antigua solo conoce LOGIN o PLAIN y no puede ofrecer el mecanismo más seguro que pide el servidor.</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>Lea el código mejorado y el texto: 5.7.9 con application-specific password significa contraseña de aplicación u OAuth; 5.7.14 significa una verificación en el navegador pendiente.</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>Enumere los mecanismos que se ofrecen después de STARTTLS para ver cuál sería una opción más segura.</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>Fuerce un mecanismo concreto con swaks para ver cuáles acepta el servidor para la cuenta.</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>Reintentar con el mismo mecanismo y la misma contraseña sigue fallando y puede provocar un bloqueo de la cuenta. RFC 4954 espera que el cliente pruebe un mecanismo más seguro en la misma sesión; si no, corrija las credenciales antes del siguiente intento.</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail envía esto cuando la cuenta usa la verificación en dos pasos y el cliente inició sesión con la contraseña normal; se requiere una contraseña de aplicación u OAuth 2.0, el problema no es el mecanismo SASL en sí.</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail bloqueó el inicio de sesión SMTP hasta que el titular de la cuenta inicie sesión en un navegador y supere una comprobación de seguridad.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>Credenciales de autenticación no válidas</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>contraseña incorrecta</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>autenticación fallida</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>La respuesta de RFC 4954 para un inicio de sesión fallido, enviada como 535 5.7.8: no se aceptó el nombre de usuario, la contraseña o el token. El cliente debe pedir al usuario nuevas credenciales en lugar de repetir las mismas.</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>Al final del intercambio AUTH en un puerto de envío de mensajes, desde clientes de correo, scripts, impresoras y herramientas de monitorización. Postfix responde 535 5.7.8 Error: authentication failed (autenticación fallida); Gmail envía 535-5.7.8 Username and Password not accepted; Microsoft 365 usa 535 5.7.139 y 535 5.7.3 tanto para contraseñas erróneas como para inicios de sesión bloqueados por la política del tenant.</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>El usuario vuelve a escribir o restablece la contraseña y comprueba el formato del nombre de usuario. En Gmail, use una contraseña de aplicación u OAuth 2.0. En Microsoft 365, el administrador del tenant activa SMTP autenticado para el buzón o pasa la aplicación a OAuth o a otro método de envío. Cuando fallan todos los usuarios a la vez, el administrador del servidor revisa el backend de autenticación y sus registros.</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>Contraseña incorrecta o caducada, o un nombre de usuario sin dominio (user en lugar de user@example.com) donde el servidor espera la dirección completa.</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>El proveedor ya no acepta la contraseña normal por SMTP: Gmail necesita una contraseña de aplicación u OAuth 2.0, y muchos tenants de Microsoft 365 tienen desactivado SMTP AUTH o la autenticación básica.</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>El cliente codifica mal los caracteres especiales de la contraseña, o un script construye incorrectamente la cadena AUTH PLAIN.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>El backend de autenticación del servidor (Dovecot, saslauthd, LDAP) está averiado o busca al usuario en el lugar equivocado.</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>Pruebe las mismas credenciales con swaks para descartar el cliente; pide la contraseña.</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>En un servidor Postfix que autentica a través de Dovecot, pruebe directamente el backend.</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>Busque el motivo que registró el servidor para el intento fallido.</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>En Microsoft 365, pida al administrador del tenant que compruebe en Exchange Online PowerShell si SMTP AUTH está desactivado para el buzón.</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>Nunca repita en bucle las mismas credenciales: nada cambia, y los fallos repetidos pueden bloquear la cuenta o hacer que se bloquee la IP del cliente (RFC 4954 permite a los servidores cortar la conexión tras varios fallos). Consiga credenciales corregidas y después inténtelo una vez.</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>Gmail envía esto ante una contraseña incorrecta y, muy a menudo, cuando se usa la contraseña correcta de la cuenta donde Gmail exige una contraseña de aplicación u OAuth 2.0.</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>Exchange Online rechaza el inicio de sesión porque SMTP AUTH está desactivado para toda la organización; la contraseña puede ser perfectamente correcta, y solo el administrador del tenant puede cambiar el ajuste.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>El mecanismo de autenticación solicitado requiere cifrado</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>Definido por RFC 4954 como 538 5.7.11: el mecanismo AUTH elegido solo puede usarse en una conexión cifrada. RFC 4954 mantiene el código por razones históricas e indica a los servidores que ni siquiera anuncien esos mecanismos en conexiones sin cifrar, pero algunos servidores aún responden con él a AUTH.</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>En AUTH, cuando un cliente ofrece un mecanismo de contraseña antes de STARTTLS. El paquete smtp-server de Node.js del proyecto Nodemailer, que usan varios servicios de envío alojados, responde 538 Error: Must issue a STARTTLS command first; otros servidores envían 538 5.7.11 con la redacción del RFC.</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>Configure el cliente para que cifre antes de autenticarse: STARTTLS en el puerto 587 o TLS implícito en el 465. En el código de una aplicación, ajuste las opciones de TLS de la biblioteca de correo según el puerto. El administrador del servidor puede ayudar no anunciando mecanismos de contraseña antes de STARTTLS, como recomienda RFC 4954.</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>El cliente envía AUTH PLAIN o LOGIN antes de STARTTLS porque el cifrado está desactivado en su configuración.</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>Un modo oportunista «usar TLS si está disponible» no detectó la oferta de STARTTLS y continuó en texto sin cifrar.</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>Las opciones secure y starttls de una biblioteca de correo están configuradas al revés para el puerto, por ejemplo sin TLS implícito y sin petición STARTTLS en el 587.</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>Confirme que el servidor ofrece STARTTLS y que el protocolo de enlace funciona desde la red del cliente.</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>Ejecute una prueba autenticada sobre STARTTLS para demostrar que la cuenta funciona una vez cifrada la conexión.</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>En la configuración del cliente o de la biblioteca, haga que STARTTLS sea obligatorio en lugar de opcional en el puerto 587, o active TLS implícito para el puerto 465.</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>No reintente AUTH sin cifrar. Inicie TLS, envíe EHLO de nuevo y autentíquese; entonces deberían aceptarse las mismas credenciales.</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>Mensaje rechazado por el filtro antispam del destinatario</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>Ningún RFC define 541; las listas de los blogs lo describen como un rechazo del filtro de spam del destinatario. Los rechazos reales por spam llegan como 550 o 554 con un código mejorado 5.7.x (normalmente 5.7.1). Cuando aparece &quot;541&quot; en un rebote real, lo más frecuente es que sea un 5.4.1 sin puntos, que Microsoft 365 envía como 550 5.4.1 para destinatarios desconocidos y retransmisión rechazada, no para spam.</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>En las categorías de rebotes de los ESP y en artículos de solución de problemas, más que en la red. El caso de Microsoft es frecuente: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; procede del bloqueo perimetral basado en directorio (directory-based edge blocking) de Exchange Online en RCPT TO. En el registro de la IANA, X.4.1 significa No answer from host, un código de clase 4, así que el 5.4.1 de Microsoft es un uso propio.</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>Obtenga primero la línea de respuesta exacta. Si es un 550 5.4.1 de Microsoft 365, trátelo como un destinatario desconocido: el remitente revisa la dirección, y el administrador del destinatario comprueba que el buzón o el contacto de correo existe en el tenant y que el dominio es un dominio aceptado. Si de verdad es un rechazo por contenido (5.7.x después del fin de datos), el administrador del remitente revisa la autenticación, la reputación de la IP de envío y el contenido del mensaje.</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>Exchange Online rechazó un destinatario que no está en su directorio (550 5.4.1 Recipient address rejected: Access denied).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>El MX del dominio apunta a Microsoft 365, pero el dominio no es un dominio aceptado en ese tenant, lo que da 550 5.4.1 Relay Access Denied (retransmisión denegada).</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>Una herramienta de procesamiento de rebotes asignó a un rechazo por spam 550 5.7.1 su propia etiqueta y su propio número.</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>Un filtro o un appliance de desarrollo propio emite un 541 inventado en lugar de un 550 o 554 estándar.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>Compruebe si el dominio del destinatario está alojado en Microsoft 365; un MX que termina en mail.protection.outlook.com significa que el 5.4.1 procede de Exchange Online.</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>Busque en su registro la respuesta remota completa para el destinatario fallido.</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>Si usted es el administrador del tenant receptor, confirme en el Centro de administración de Exchange que el destinatario existe y que el dominio está aceptado antes de cambiar nada más.</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>Permanente por su primer dígito: el MTA de envío genera un rebote en lugar de dejar el mensaje en cola. Volver a enviar el mismo mensaje a la misma dirección da la misma respuesta hasta que cambien la dirección, la configuración del tenant o el contenido.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>Acción solicitada no realizada: buzón no disponible</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>usuario no existe</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>lista negra</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>550|keywords</comment>
        <translation>dnsbl</translation>
    </message>
    <message>
        <source>RBL</source>
        <comment>550|keywords</comment>
        <translation>rbl</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>550|keywords</comment>
        <translation>rebote permanente</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>Un rechazo permanente: el servidor no ejecutará el comando para esta dirección o este mensaje. RFC 5321 agrupa tres motivos bajo un mismo código, buzón no encontrado, sin acceso o comando rechazado por motivos de política, así que 550 abarca por igual una dirección mal escrita, una cuenta cerrada, una retransmisión rechazada, una IP incluida en una lista de bloqueo y una comprobación DMARC fallida. El código mejorado que lo acompaña indica cuál: 5.1.1 usuario desconocido, 5.2.1 buzón deshabilitado, 5.7.1 política, 5.7.26 autenticación.</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>Sobre todo en respuesta a RCPT TO, cuando el receptor comprueba el destinatario; también en MAIL FROM (remitente rechazado) y después del fin de datos (veredictos de contenido, SPF, DKIM o DMARC). Postfix envía &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail y Microsoft 365 usan 550 para casi todos sus rechazos permanentes, cada uno con sus propios códigos mejorados; Yahoo y AOL documentan la mayoría de sus rechazos permanentes como 553 y 554, y un usuario desconocido de Yahoo rebota con 554.</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>Lea el código mejorado y el texto, y actúe en el lado correcto. 5.1.x: el remitente corrige la dirección o la confirma con el destinatario; los responsables de listas la suprimen. 5.2.1: la cuenta del destinatario está deshabilitada o inactiva y solo el destinatario o su administrador pueden reactivarla. 5.7.x en un gran proveedor: el administrador del remitente comprueba la IP de envío en las listas de bloqueo, corrige SPF, DKIM, la alineación DMARC y el DNS inverso, y después usa el formulario de exclusión de la lista o de soporte a remitentes del proveedor. &quot;Relay access denied&quot; o &quot;Unable to relay&quot;: el cliente debe autenticarse en su propio servidor de envío de mensajes en lugar de enviar a un servidor que no gestiona el dominio. Si usted gestiona el servidor receptor y el rechazo es erróneo, el administrador del destinatario revisa las tablas de alias, la sincronización del directorio y las reglas de transporte.</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>La dirección del destinatario no existe: una errata, una cuenta eliminada o un empleado que se ha marchado (5.1.1; en Microsoft, 5.1.10).</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>El buzón existe, pero está deshabilitado o inactivo (5.2.1; Gmail dice que la cuenta está inactiva).</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>La IP de envío figura en una lista de bloqueo DNS pública o en la lista de bloqueo propia de un proveedor (Outlook.com S3150, Microsoft 365 5.7.606-649).</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>El mensaje no superó SPF, DKIM o DMARC, y el dominio del remitente publica p=reject o el proveedor exige autenticación (5.7.26, 5.7.509, 5.7.515).</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>Un cliente no autenticado pidió a un servidor que retransmitiera a un dominio que el servidor no gestiona.</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>Un filtro de spam o de reputación consideró no deseado el mensaje o su dominio de envío (Gmail 5.7.1 likely unsolicited).</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>Una regla del lado del destinatario: el grupo solo acepta remitentes internos, una regla de transporte bloquea al remitente o el remitente figura en la lista de bloqueo del destinatario.</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>Lea la parte delivery-status (estado de la entrega) del rebote: Remote-MTA indica quién rechazó, Diagnostic-Code contiene la respuesta y el texto &quot;in reply to RCPT TO / end of DATA&quot; indica en qué fase.</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>Confirme que llegó al MX actual del dominio del destinatario y no a un host antiguo o de respaldo.</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>Compruebe la IP de envío (aquí 192.0.2.10, con los octetos invertidos) en Spamhaus; use su propio resolvedor, porque los resolvedores públicos reciben 127.255.255.254 en lugar de una respuesta.</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>Compruebe que la IP de envío tiene un registro PTR cuyo nombre se resuelve de vuelta a ella.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>Lea la política DMARC del dominio del remitente, que decide si se rechaza un mensaje que no la supera.</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>Reproduzca la comprobación del destinatario sin enviar ningún mensaje (desde la IP de envío real, no desde una conexión doméstica).</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>No reintente el mismo mensaje al mismo destinatario: una respuesta 5yz significa que el cliente no debe repetir la petición sin cambios (RFC 5321 4.2.1), y los intentos repetidos hacia usuarios desconocidos perjudican la reputación del remitente. Genere el rebote al remitente de inmediato y vuelva a enviar solo después de corregir la dirección, la autenticación o la inclusión en la lista de bloqueo.</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>La respuesta de Gmail a RCPT TO para un usuario desconocido: no existe ninguna cuenta de Google ni ningún usuario de Workspace con esa dirección. Corrija la dirección; reintentar nunca sirve.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>La cuenta de Google existe, pero está deshabilitada o lleva tiempo inactiva; solo el titular de la cuenta o su administrador de Workspace pueden restaurarla.</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>Un veredicto de spam y de reputación sobre este mensaje, su IP de envío o su dominio; Gmail usa 5.7.1 para varios bloqueos por políticas, y el texto que sigue al código indica cuál.</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>El mensaje no superó DMARC para el dominio del From y ese dominio publica p=reject; el mismo código mejorado abarca también el correo que no supera ni SPF ni DKIM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>El código propio de Exchange Online para destinatario no encontrado (5.1.10, que el registro asigna al MX nulo): la dirección no existe en el tenant del destinatario.</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>Bloqueo perimetral basado en directorio (directory-based edge blocking): el tenant no conoce al destinatario, que se rechaza en RCPT TO. El 5.4.1 de Microsoft no tiene el significado del registro (sin respuesta del host).</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>La IP de envío figura en la lista de bloqueo propia de Microsoft (5.7.606 a 5.7.649); el titular de la IP puede solicitar la retirada a través del portal de exclusión de Microsoft (delist portal) una vez corregida la causa.</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>Fallo de DMARC para el dominio del From con una política de rechazo; un código privado de Microsoft del rango 5.7.5xx.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com, Hotmail y Live rechazan la IP de envío o su red por motivos de reputación, a menudo ya en MAIL FROM; el operador del servidor de envío pide al soporte para remitentes de Microsoft que levante el bloqueo.</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>Desde mayo de 2025, Outlook.com rechaza el correo de dominios que envían más de 5000 mensajes al día salvo que superen SPF y DKIM y DMARC (al menos p=none) esté alineado.</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com y Hotmail responden esto, normalmente seguido de una etiqueta como (S2017062302), para destinatarios que no existen: el equivalente en el servicio de consumo de 5.1.10. Aquí 5.5.0 significa un buzón desconocido, no el estado de protocolo del registro.</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>Usuario no local; pruebe &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>Este servidor no gestiona el destinatario, y el servidor indica al cliente adónde enviar en su lugar: el texto de la respuesta lleva el nuevo forward-path. Es una de las pocas respuestas cuyo texto está pensado para que lo analicen los programas (RFC 5321 4.2). RFC 5321 3.4 permite a los servidores usarlo para usuarios que se han trasladado, pero advierte de que revela direcciones, así que hoy es poco frecuente.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>En respuesta a RCPT TO, y a VRFY, de servidores antiguos o pequeños configurados con una tabla de usuarios que se han trasladado, como en &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Algunos servidores también usan indebidamente 551 como rechazo de retransmisión para dominios que no atienden, sin dar ninguna dirección.</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>Si la respuesta nombra una nueva dirección, el remitente la comprueba con el destinatario, actualiza la libreta de direcciones y vuelve a enviar a la nueva dirección; un cliente de correo o un MTA no lo harán por sí solos. Si no se da ninguna dirección, trátelo como un rechazo de retransmisión: envíe a través de su propio servidor de envío de mensajes autenticado y compruebe que los registros MX del dominio apuntan al servidor que realmente lo aloja. Los administradores de destinatarios que no quieren revelar las nuevas direcciones pasan al reenvío silencioso (respondido con 250; un 251 seguiría mostrando la nueva dirección) o a un simple 550.</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>El destinatario se trasladó a una nueva dirección y el servidor antiguo mantiene una tabla de usuarios trasladados que responde 551.</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>Un cliente intentó retransmitir correo para un dominio externo y el servidor lo rechazó con 551 en lugar de 550 5.7.1.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>El MX del dominio todavía apunta a un servidor que ya no aloja el buzón del destinatario.</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>Copie la dirección que figura en el texto de la respuesta (entre &lt; y &gt;) y confírmela con el destinatario por otro canal.</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>Compruebe qué servidores reciben actualmente el correo del dominio.</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>Repita el destinatario contra ese servidor y lea la respuesta a RCPT TO.</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>No reintente el mismo destinatario ni redirija en silencio: RFC 5321 dice que los servidores no deben suponer que el cliente actuará con la nueva dirección. Genere el rebote del mensaje con el texto de la respuesta intacto para que una persona pueda volver a enviarlo a la dirección indicada.</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>Acción de correo solicitada abortada: superada la asignación de almacenamiento</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>mensaje demasiado grande</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>adjunto demasiado grande</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>buzón lleno</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>cuota excedida</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>La acción se abortó porque se superó un límite de almacenamiento. Hoy eso significa una de dos cosas: el buzón del destinatario ha superado su cuota o el mensaje es mayor de lo que acepta el servidor (la extensión SIZE, RFC 1870). RFC 821 también incluía 552 para demasiados destinatarios; RFC 5321 4.5.3.1.10 lo corrige a 452 e indica a los clientes que traten ese 552 como temporal.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>En MAIL FROM cuando el cliente declara un SIZE= superior al límite del servidor, después del fin de datos cuando el mensaje real es demasiado grande (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), y en RCPT TO o al final de los datos cuando el buzón está lleno, a menudo desde el agente de entrega (LMTP de Dovecot: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail usa 552 para bandejas de entrada llenas e inactivas a la vez, para los límites de tamaño y de encabezados y para los tipos de adjunto bloqueados. El registro incluye X.2.2 (buzón lleno) como clase 4, pero 552 5.2.2 es lo que envía la mayoría de los servidores.</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>Tamaño: el remitente reduce el mensaje o comparte un enlace en lugar de adjuntar el archivo; los adjuntos crecen aproximadamente un tercio al codificarse en base64, así que un archivo de 20 MB puede superar un límite de 25 MB. Si el rebote procede de su propio servidor, el administrador del remitente revisa el límite de salida. Cuota: el destinatario elimina o archiva correo o compra más almacenamiento; el remitente se lo comunica por otro canal. Tipo de adjunto: envíe el archivo en otro formato o como enlace.</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>Adjuntos que superan el límite de tamaño del receptor una vez añadida la codificación base64.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>El buzón del destinatario ha superado su cuota de almacenamiento.</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>Una cuenta de Gmail sin espacio de almacenamiento que ya no se usa (Gmail 552 5.2.2 out of storage space and inactive).</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>Un tipo de adjunto que el receptor rechaza, como ejecutables o archivos comprimidos que los contienen (Gmail 552 5.7.0).</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>Campos de encabezado demasiado grandes o demasiado numerosos, por ejemplo una lista To enorme o un Subject largo (límites de encabezados de Gmail 552 5.3.4).</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>Un servidor antiguo que todavía responde con 552 a demasiados destinatarios, como especificaba en su día RFC 821.</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>Mida el mensaje en bruto tal como se enviará, codificación incluida.</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Lea el límite de tamaño que anuncia el receptor en su respuesta a EHLO (la línea 250-SIZE, en bytes).</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>En Postfix, muestre el límite de tamaño de los mensajes y el límite de los buzones locales (message_size_limit vale 10240000 bytes de forma predeterminada).</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>En un servidor Dovecot, muestre el uso de cuota del destinatario.</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>Genere el rebote del mensaje: repetirlo sin cambios falla de la misma forma. La excepción es el uso de RFC 821 para demasiados destinatarios en RCPT TO, que RFC 5321 dice que se trate como temporal: envíe a los destinatarios restantes en una transacción posterior. Tras un rebote por cuota, una persona puede volver a enviar cuando el destinatario haya hecho sitio.</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>La cuenta de Google ha agotado su almacenamiento y no se está usando; Gmail envía 452 4.2.2 a una cuenta que simplemente está llena.</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>El mensaje completo, su número de adjuntos o sus encabezados superan los límites de recepción de Gmail; el texto indica qué límite.</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>Un tipo de adjunto que Gmail rechaza (por ejemplo, un ejecutable, también dentro de un archivo comprimido); es una política de contenido, no un problema de almacenamiento.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>Acción solicitada no realizada: nombre de buzón no permitido</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>Un rechazo permanente de una dirección como tal: el nombre del buzón no es aceptable para este servidor, clásicamente porque su sintaxis es incorrecta. En la práctica, 553 también abarca las direcciones de remitente que el servidor no acepta (dominio que no se resuelve, una dirección que no pertenece al usuario que ha iniciado sesión) y los dominios para los que el servidor no retransmite. RFC 5321 3.3 dice que los fallos en MAIL FROM producen normalmente 550 o 553, y 3.5.1 usa 553 para un nombre ambiguo en VRFY.</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>En MAIL FROM y RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix con comprobación del inicio de sesión del remitente: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. El rechazo de retransmisión de qmail: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 y 5.1.7 para un dominio de destinatario desconocido y para una sintaxis no válida del destinatario o del remitente. Los servidores SMTPUTF8 pueden usar 553 con 5.6.7 para direcciones no ASCII que no pueden aceptar.</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>El remitente corrige la dirección en cuestión: sintaxis correcta, un dominio real registrado y, en el envío de mensajes autenticado, solo una dirección como la que la cuenta tenga permiso para enviar. Los desarrolladores de aplicaciones configuran un remitente del sobre adecuado con un dominio público en lugar de root@localhost o www-data@server. Si la respuesta es un rechazo de retransmisión, el cliente debe autenticarse en su propio servidor de envío de mensajes. El administrador del servidor añade la dirección a los remitentes permitidos del usuario solo cuando el usuario es realmente su titular.</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>Una dirección mal formada: falta la @, hay espacios, corchetes angulares desparejados o un nombre para mostrar en el sobre.</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>El remitente del sobre usa un nombre de host interno que no se resuelve públicamente, algo típico de las tareas cron y las aplicaciones web.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>El usuario autenticado intentó enviar como una dirección que pertenece a otra persona.</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>El dominio del destinatario no es uno para el que este servidor reciba o retransmita correo.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>El dominio del destinatario no existe en DNS (Gmail 553 5.1.2).</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>Una dirección no ASCII enviada a un servidor que no puede gestionarla.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>Compruebe que el dominio del remitente del sobre se resuelve públicamente.</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>En Postfix, vea qué restricción rechazó la dirección.</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>En el host de envío, compruebe los nombres que Postfix pone en el correo generado localmente.</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>Repita la transacción con el remitente y el destinatario exactos para ver cuál de los dos se rechaza.</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>No reintente: la misma dirección da el mismo 553. Devuelva el mensaje para que se pueda cambiar la dirección o la configuración de envío, y después envíelo de nuevo como un mensaje nuevo.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>El dominio del destinatario no existe en DNS; normalmente es una errata en la parte posterior a la @.</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>El argumento de RCPT TO no es sintácticamente válido; Gmail ni siquiera buscó al usuario.</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>El argumento de MAIL FROM está mal formado; corrija el remitente del sobre que configura su aplicación o su servidor.</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>La transacción falló (al abrir la conexión: No SMTP service here)</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>lista negra</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>dnsbl</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>rebote permanente</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>Un error permanente que no encaja en ningún código más concreto. RFC 5321 le asigna dos funciones: &quot;transaction failed&quot; durante una sesión, y &quot;No SMTP service here&quot; cuando un servidor envía 554 en lugar del saludo 220 para rechazar toda la conexión. En la práctica es el segundo gran código de rechazo junto a 550: Postfix usa 554 de forma predeterminada para las coincidencias en listas de bloqueo, las retransmisiones rechazadas y los rechazos de los mapas de acceso, y después de DATA suele significar un veredicto de contenido, spam o virus.</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>Como primera línea en lugar de 220, cuando la IP que se conecta se rechaza de plano; RFC 5321 3.1 dice que el servidor debe entonces esperar a QUIT y debería responder a los demás comandos con 503. En RCPT TO, por las restricciones de Postfix: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; o &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. En DATA: &quot;554 5.5.1 Error: no valid recipients&quot; cuando se rechazaron todos los RCPT. Después del fin de datos, desde filtros de contenido, y como &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo y AOL envían la mayoría de sus rechazos permanentes como 554; Gmail y Microsoft lo usan para mensajes mal formados, bucles y (Microsoft) buzones llenos.</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>Averigüe primero la fase. Rechazado en el saludo o con un texto de lista de bloqueo: el administrador del remitente localiza la inclusión, elimina la causa (cuenta comprometida, retransmisión abierta, PTR ausente) y solicita la exclusión, y después consulta al postmaster del destinatario por otra vía si el bloqueo es local. Relay access denied (retransmisión denegada): el cliente debe autenticarse (normalmente en el puerto 587 con STARTTLS) o el administrador del destinatario debe añadir el dominio a los dominios de retransmisión o virtuales del servidor si el MX apunta realmente allí. Después del fin de datos: revise la autenticación, los enlaces, los adjuntos y el contenido. Yahoo 554 5.7.9: corrija DKIM y la alineación DMARC. Líneas &quot;dd&quot; de Yahoo: la dirección no existe, elimínela. Códigos de bucle (5.4.6, 5.4.14): corrija el reenvío o el conector que envía el correo de un lado a otro.</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>La IP que se conecta figura en una lista de bloqueo DNS que consulta el receptor, o en la lista de bloqueo propia del receptor.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>Un cliente no autenticado intentó retransmitir a un dominio externo (Postfix: Relay access denied).</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>Se rechazaron todos los destinatarios de la transacción, así que DATA falla sin destinatarios válidos.</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>Un filtro de contenido encontró spam, un virus o un adjunto prohibido después del fin de datos.</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy (Yahoo 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>El mensaje no superó la política DMARC o DKIM del dominio del remitente (Yahoo 554 5.7.9).</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>El destinatario no existe en Yahoo o AOL, cuyo rebote por usuario desconocido es una línea 554 &quot;dd&quot;.</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>Una regla de reenvío o un bucle de conectores hizo que el mensaje superara el límite de saltos (Gmail 5.4.6, Exchange Online 5.4.14).</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>Un mensaje mal formado: estructura MIME rota, saltos de línea sin CR o encabezados no válidos (Gmail 554 5.6.0).</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>Conéctese y lea el banner: un 554 ahí significa que se rechaza toda la conexión, antes de examinar ninguna dirección.</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>Consulte la IP de envío (192.0.2.10 invertida) en una segunda lista de bloqueo además de Spamhaus.</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>Pruebe el envío de mensajes autenticado a través de su propio servidor, que es lo que pide un rechazo de retransmisión.</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>En un receptor Postfix, busque la restricción que produjo el 554 y sus códigos predeterminados.</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>En los rebotes por bucle, cuente los encabezados Received: del mensaje devuelto para ver qué hosts se lo pasan de un lado a otro.</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>No repita la transacción sin cambios. Un saludo 554 significa que el receptor rechaza a este cliente, así que bombardearlo con nuevas conexiones solo prolonga la inclusión en la lista; envíe QUIT y genere un rebote o retenga el correo hasta que se elimine la causa. Un 554 después del fin de datos es definitivo para ese mensaje; vuelva a enviarlo solo después de cambiar lo que se rechazó.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>La respuesta de Yahoo para un destinatario desconocido, sin código mejorado; Yahoo indica que no se reintente y que se elimine la dirección de las listas. El mismo sistema de correo atiende también las direcciones de AOL.</translation>
    </message>
    <message>
        <source>The message failed Yahoo&apos;s authentication checks (DKIM, SPF, DMARC), typically DMARC failure for a domain publishing p=reject; fix authentication rather than asking for a reputation review.</source>
        <comment>554|providers.meaning</comment>
        <translation>El mensaje no superó las comprobaciones de autenticación de Yahoo (DKIM, SPF, DMARC), normalmente un fallo de DMARC para un dominio que publica p=reject; corrija la autenticación en lugar de pedir una revisión de reputación.</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>La estructura o los encabezados del mensaje incumplen RFC 5322 o MIME de forma tan grave que Gmail lo rechaza de plano.</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>Un bucle de enrutamiento: el mensaje lleva demasiados encabezados Received, normalmente por reglas de reenvío que apuntan unas a otras.</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>El cliente envió demasiados comandos sin autenticarse primero; Gmail termina el intento en lugar de esperar a AUTH.</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online comunica un buzón de destinatario lleno como 554 5.2.2; el destinatario debe liberar espacio. Microsoft también usa 5.2.2 para un remitente que superó los límites de envío.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>La detección de bucles de Exchange Online, comunicada con el código propio de Microsoft 5.4.14 (el código de bucle del registro es X.4.6); busque reglas de reenvío o conectores que devuelvan el mensaje.</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>Parámetros de MAIL FROM/RCPT TO no reconocidos o no implementados</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>El cliente añadió a MAIL FROM o RCPT TO un parámetro ESMTP (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS, etc.) que este servidor no reconoce o no puede implementar. RFC 5321 4.1.1.11 asigna 555 a ese caso y 455 a una imposibilidad temporal. El fallo está en el comando del cliente, no en las direcciones.</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>Justo después de MAIL FROM o RCPT TO, normalmente cuando un cliente usa una extensión que el servidor no anunció en su respuesta a EHLO: parámetros DSN a un servidor sin DSN, un cliente que recurrió a HELO pero sigue añadiendo SIZE=, o un firewall con inspección SMTP que eliminó palabras clave de la lista de EHLO. Postfix responde &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail incluye &quot;555 5.5.2 Syntax error&quot; entre sus respuestas.</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>El software cliente solo debe enviar los parámetros que el servidor enumeró en su respuesta a EHLO, y ninguno después de recurrir a HELO. Actualice o reconfigure la biblioteca de correo o el MTA (las opciones forzadas de DSN o SMTPUTF8 son culpables habituales). Si un firewall o un proxy inspecciona SMTP, pida a su administrador que desactive la inspección que reescribe EHLO. Revise también la sintaxis del comando: no se admite ningún espacio a ninguno de los lados de los dos puntos en MAIL FROM: y RCPT TO:.</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>Un parámetro de una extensión que el servidor nunca anunció, como NOTIFY= o RET= a un servidor sin DSN.</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>EHLO falló, el cliente recurrió a HELO y siguió añadiendo parámetros de extensiones de todos modos.</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>Un dispositivo intermedio reescribió o acortó la respuesta a EHLO, así que cliente y servidor no coinciden en las extensiones admitidas.</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>Argumentos mal formados, por ejemplo un espacio después de los dos puntos o un valor de parámetro defectuoso.</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>Lea las extensiones que ofrece realmente el servidor; cada línea 250- después de EHLO es una palabra clave.</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>Compare con lo que atraviesa el firewall probando desde dentro y desde fuera de la red, o mediante una sesión cifrada que la inspección no pueda alterar.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>En un servidor Postfix, compruebe si se ocultan a propósito palabras clave de EHLO.</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>Capture la línea MAIL FROM o RCPT TO exacta que envía el cliente, desde su registro de depuración o capturando el tráfico de una sesión de prueba.</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>Repetir el mismo comando vuelve a fallar. Un cliente puede iniciar una nueva transacción sin un parámetro opcional que el servidor no admita (SIZE, NOTIFY), pero no debe eliminar REQUIRETLS para que el mensaje pase (RFC 8689); en ese caso el mensaje rebota.</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>Gmail combina 555 con el código mejorado de error de sintaxis, así que revise la sintaxis de MAIL FROM y RCPT TO (corchetes angulares, ningún espacio después de los dos puntos) además de los parámetros.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>El dominio no acepta correo</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>Definido por RFC 7504: el dominio de la dirección no acepta correo en absoluto. El motivo habitual es un registro MX nulo (RFC 7505, &quot;MX 0 .&quot;), con el que un dominio declara que no recibe correo; el código mejorado correspondiente es 5.1.10, Recipient address has null MX (la dirección del destinatario tiene un MX nulo). Se distingue de 521 (este host no acepta correo) y de 550 (este buzón se rechaza).</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>En respuesta a RCPT TO, de un servidor de envío de mensajes o de retransmisión que consultó el dominio del destinatario antes de aceptarlo, por ejemplo Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. O en un rebote que escribe su propio MTA sin contactar con nadie (Postfix registra &quot;Domain example.com does not accept mail (nullMX)&quot;). Una trampa clásica: el propio example.com publica un MX nulo, así que el correo de prueba dirigido a él siempre falla de esta forma.</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>El remitente revisa la dirección: el dominio está aparcado, solo se usa para la web o es un dominio no-reply, o una errata lo convirtió en uno de esos dominios. Pida al destinatario una dirección que acepte correo. Si el dominio es suyo y sí quiere recibir correo, el administrador del dominio elimina el MX nulo y publica registros MX reales. Los sistemas de prueba deben usar un sumidero de correo o un dominio bajo su control en lugar de example.com.</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>El dominio está aparcado o solo se usa para un sitio web y publica un MX nulo.</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Una errata produjo otro dominio existente que publica un MX nulo.</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>Direcciones de prueba o de relleno en example.com o example.net llegaron a un servidor de correo real.</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>El propietario del dominio dejó un MX nulo tras trasladar el correo a un nuevo proveedor.</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>Respuestas enviadas a un dominio no-reply que rechaza el correo deliberadamente.</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Consulte el MX; una única respuesta &quot;0 .&quot; es un MX nulo.</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>Contrástelo con otra herramienta, que muestra el registro con su preferencia y su destino.</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>En un remitente con Postfix, enumere los mensajes rechazados o rebotados por MX nulo.</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>No deje el mensaje en cola ni reintente: un MX nulo es la declaración publicada del propietario del dominio de que no se acepta correo, así que el MTA de envío genera el rebote de inmediato. Solo un cambio de DNS por parte del propietario del dominio hace posible la entrega.</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>Respuesta a una consulta de dirección</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>557 no está definido en RFC 5321 ni en ningún otro RFC publicado. Se propuso en un Internet-Draft sobre un mecanismo de consulta de direcciones, como la respuesta que transporta el resultado de la consulta, y ese borrador nunca llegó a ser un estándar. Los MTA habituales y los grandes proveedores no lo envían, y las listas de códigos no oficiales atribuyen al número significados sin relación.</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>Prácticamente nunca en la Internet pública. Si aparece, el otro lado ejecuta software experimental o personalizado, o un filtro configurado con un código de respuesta casero; más a menudo, el número es una mala lectura de otro código en un registro o en una captura de pantalla.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>El administrador del remitente identifica el software que lo envió (banner, encabezados Received, el postmaster remoto) y consulta su documentación para conocer el significado. Si el código procede de la configuración de su propio servidor o filtro, sustitúyalo por una respuesta estándar, como 550 o 554 con un código mejorado adecuado, para que otros programas puedan actuar en consecuencia.</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>Un servidor experimental que implementa el borrador de consulta de direcciones.</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>Un filtro o una regla personalizada configurados con un código de respuesta inventado.</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>Un código copiado incorrectamente de un registro, una incidencia o una captura de pantalla.</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>Identifique el software remoto por su banner de saludo.</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>Busque la línea de respuesta exacta en su registro para ver el comando al que respondía y el texto que sigue al código.</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>Un MTA de envío interpreta un código desconocido por su primer dígito (RFC 5321 4.2): trate 557 como un error permanente, genere un rebote en lugar de dejar el mensaje en cola y deje que una persona contacte con el postmaster remoto.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>lista negra</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>571 no es un código de respuesta SMTP en ningún RFC. Quien dice «error 571, bloqueado» casi siempre se refiere al código mejorado 5.7.1, Delivery not authorized, message refused (entrega no autorizada, mensaje rechazado; RFC 3463), que llega como 550 5.7.1 o 554 5.7.1. De vez en cuando, un filtro o la configuración personalizada de un servidor pone un 571 literal en la red; los clientes deben tratarlo por su primer dígito como un error permanente.</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>En incidencias del servicio de asistencia, NDR de Exchange (&quot;#550 5.7.1 ...&quot;), resúmenes de rebotes y registros de appliances de seguridad. La respuesta que hay detrás es un rechazo por políticas en MAIL FROM, RCPT TO o después del fin de datos: retransmisión sin autenticar, una IP incluida en una lista de bloqueo, un remitente que la organización del destinatario no permite o un veredicto de spam.</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>Obtenga la línea de respuesta completa y lea el texto que sigue a 5.7.1, porque 5.7.1 solo dice &quot;not authorized&quot;. Rechazo de retransmisión: el cliente que envía se autentica en su propio servidor. IP en una lista de bloqueo: el administrador del remitente corrige la causa y solicita la exclusión. Destinatario restringido (un grupo que solo acepta remitentes internos o incluidos en una lista): el administrador del destinatario debe permitir al remitente. Veredicto de spam: revise la autenticación y el contenido.</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>Un cliente envió sin autenticarse a través de un servidor que no retransmite para él (550 5.7.1 Unable to relay, no se puede retransmitir).</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>La IP o el dominio de envío tiene mala reputación o figura en una lista de bloqueo.</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>El destinatario es un grupo de distribución o un buzón que solo acepta correo de remitentes internos o incluidos en una lista.</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>Una regla de transporte o una política personalizada del lado del destinatario (reglas gcdp de Google Workspace) rechazó el mensaje.</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>Un appliance de filtrado configurado para responder con un 571 literal.</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>Busque la línea exacta con 5.7.1 para la dirección fallida; las palabras que siguen al código nombran la política.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>Compruebe si la IP de envío figura en Spamhaus (192.0.2.10 invertida), usando su propio resolvedor.</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>Si el texto menciona la retransmisión, compruebe que su cliente puede autenticarse para el envío de mensajes.</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>Nunca reintente sin cambios un 571 ni el 550 5.7.1 que hay detrás: la política que lo rechazó sigue vigente. Genere el rebote y vuelva a enviar solo después de resolver el permiso de retransmisión, la inclusión en la lista o la regla del destinatario.</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>Otro estado no definido</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>error no especificado</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>El código mejorado comodín: el servidor solo dice si el resultado es un éxito (2.0.0), un error temporal (4.0.0) o un error permanente (5.0.0), sin categoría ni detalle. El código básico y el texto de la respuesta contienen toda la información real.</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>En cualquier punto de la sesión y muy a menudo en los rebotes. Postfix responde 250 2.0.0 Ok: queued (puesto en cola) después de los datos del mensaje, 221 2.0.0 Bye a QUIT y 220 2.0.0 Ready to start TLS. Postfix y Exim también escriben Status: 5.0.0 o 4.0.0 en una DSN cuando la respuesta del servidor remoto no tenía código mejorado propio.</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>Ignore el código mejorado y lea el código básico y el texto que lo acompaña: dicen lo que pasó realmente. Con 2.0.0 no hay nada que corregir. Con 4.0.0 o 5.0.0 en un rebote, el remitente (o su administrador) lee la línea Diagnostic-Code, que cita la respuesta original del servidor remoto, y parte de ahí.</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>La respuesta del servidor remoto no llevaba código mejorado, así que el MTA que informa rellenó el genérico X.0.0 al redactar la DSN.</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>Software de servidor que etiqueta con 2.0.0 las respuestas de éxito rutinarias, como el 250 final después de los datos del mensaje o el 221 a QUIT.</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>Un filtro, un milter o un servicio de políticas rechazó el mensaje con su propio texto libre y no eligió un código mejorado concreto.</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Abra el rebote y lea la línea Diagnostic-Code: cita lo que dijo realmente el servidor remoto.</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Busque el mensaje en el registro del servidor de envío por destinatario y lea la respuesta completa registrada con él.</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>Decida solo por el dígito de clase: 2.0.0 no necesita nada, 4.0.0 se reintenta más tarde con la espera progresiva habitual, 5.0.0 no se reintenta sin cambios. El código genérico no da ningún otro motivo para apartarse de eso.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>Otro estado de dirección</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>dirección no válida</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>Algo relacionado con una dirección de la transacción, la del remitente o la de un destinatario, provocó este resultado, pero el servidor no dice qué. Como 5.1.0 es un rechazo permanente ligado a esa dirección; como 4.1.0 se espera que el problema de la dirección se resuelva, por ejemplo una comprobación que aún no se pudo completar.</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>En respuestas a MAIL FROM o RCPT TO, y en las DSN. Postfix responde 550 5.1.0 ... Sender address rejected: User unknown in local recipient table cuando no existe una dirección de remitente de un dominio que aloja (reject_unlisted_sender), aunque el texto mencione la tabla de destinatarios, y algunas versiones de Postfix registran dsn=5.1.0 cuando generan un rebote para un dominio con MX nulo. Postfix, Gmail y Exchange también ponen 2.1.0 en la respuesta 250 a MAIL FROM, una forma de éxito que el registro no incluye.</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>Lea el texto que sigue al código para saber qué dirección se rechazó. Si nombra la dirección del remitente, el administrador del remitente se asegura de que el remitente del sobre sea un buzón real y existente de un dominio que se resuelve; si nombra a un destinatario, el remitente revisa esa dirección en busca de erratas. Con 4.1.0, el servidor de envío simplemente reintenta.</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>El remitente del sobre parece local para el servidor receptor, pero no existe allí, así que Postfix con reject_unlisted_sender lo rechaza.</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>El dominio del destinatario publica un MX nulo y el MTA de envío lo comunica con el código genérico de dirección en lugar de 5.1.10.</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>Una regla de política o de reescritura de direcciones rechazó una dirección sin elegir un código más concreto.</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Lea el texto de la respuesta: dice si se rechazó la dirección del remitente o la del destinatario.</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Si la dirección del remitente pertenece a un dominio que aloja el servidor Postfix que la rechaza, compruebe que existe en el mapa de alias virtuales.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Compruebe si el dominio del destinatario publica un MX nulo (una única respuesta &apos;0 .&apos;).</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0: no vuelva a enviar sin cambios a la misma dirección ni desde ella. 4.1.0: reintente más tarde con la espera progresiva normal, ya que el servidor espera que la comprobación de la dirección acabe teniendo éxito.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>Dirección de buzón de destino incorrecta</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>usuario desconocido</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>destinatario no válido</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>destinatario no encontrado</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>la dirección no existe</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>dirección de correo inexistente</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>El buzón no existe: la parte de la dirección a la izquierda de la @ es desconocida en el destino, aunque el dominio en sí está bien. Está pensado como un error permanente (5.1.1), el rebote permanente (hard bounce) clásico para una dirección mal escrita o eliminada; 4.1.1 aparece cuando un servidor aún no puede confirmar el destinatario y pide un reintento posterior.</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>Casi siempre en respuesta a RCPT TO, antes de enviar ningún dato del mensaje, y después en el rebote que redacta el servidor de envío. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, o in virtual mailbox table: usuario desconocido en la tabla de destinatarios locales o en la de buzones virtuales) y Sendmail (User unknown) lo usan. Postfix envía 450 4.1.1 ... unverified address mientras su verificación de la dirección del destinatario sigue en curso.</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>El remitente revisa la dirección en busca de erratas, sobre todo antes de la @, y confirma la dirección correcta con el destinatario por otro canal. Los responsables de listas eliminan la dirección tras un 5.1.1. Si el buzón debería existir, el administrador del destinatario comprueba que figura en el directorio o en la tabla de consulta que usa el servidor receptor, y que las pasarelas y los hosts MX de respaldo tienen una lista de destinatarios actualizada.</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>Un error de escritura en la parte local: una letra que falta, el nombre y el apellido intercambiados o el separador equivocado.</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>El buzón se eliminó o se renombró, por ejemplo después de que se marchara un empleado, y no se conservó ningún alias.</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>Una entrada obsoleta en una lista de direcciones o en la caché de autocompletado del cliente de correo.</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>Una pasarela o un MX de respaldo comprueba los destinatarios contra una lista desactualizada y rechaza un buzón que existe en el servidor final.</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>El buzón se creó, pero la tabla de consulta del servidor receptor (mapa virtual, consulta LDAP) no se regeneró o no lo ve.</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Busque los hosts MX del dominio del destinatario.</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Pruebe la dirección contra ese MX sin enviar ningún mensaje: observe la respuesta a RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>En un servidor Postfix que usted gestione, compruebe si el destinatario está en el mapa de buzones virtuales.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>No reintente un 5.1.1: la dirección no aparecerá por sí sola, y los intentos repetidos hacia direcciones muertas perjudican la reputación del remitente. Un 4.1.1 se reintenta con la espera progresiva normal; si se convierte en 5.1.1, deténgase.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>La respuesta de Gmail en RCPT TO cuando una dirección de gmail.com o de Google Workspace no tiene cuenta; coincide con el significado del registro.</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Exchange no pudo resolver el destinatario en su directorio. Entre usuarios de la misma organización suele tratarse de una entrada de autocompletado antigua (X.500 / legacyExchangeDN) de un buzón que se volvió a crear o se trasladó: elimine la sugerencia, vuelva a escribir la dirección y envíe de nuevo.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>Dirección de sistema de destino incorrecta</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>el dominio no existe</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>nxdomain</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>sin registro mx</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>dominio no encontrado</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>La parte de dominio de la dirección del destinatario (a la derecha de la @) no puede recibir correo: no existe en DNS o no tiene ningún host de correo utilizable. Está definido como un error permanente, así que el mensaje no se puede entregar hasta que se corrija el dominio.</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>O bien en respuesta a RCPT TO de un servidor que comprueba los dominios de los destinatarios, o bien en un rebote que redacta el servidor de envío después de que fallara su propia consulta DNS. Postfix con reject_unknown_recipient_domain responde 450 4.1.2 ... Recipient address rejected: Domain not found (temporal de forma predeterminada, porque los problemas de DNS pueden pasar), y Sendmail genera un rebote con 550 5.1.2 ... Host unknown.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>El remitente revisa la ortografía del dominio (despistes habituales: una letra que falta en el nombre de un proveedor conocido, un punto final, un sufijo de país que falta). Si el dominio es correcto, el administrador del destinatario comprueba que está registrado y delegado, y que publica registros MX, o al menos un registro de dirección, que lleven a un servidor de correo operativo.</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>Un dominio mal escrito, por ejemplo una letra duplicada o que falta en el nombre de un gran proveedor.</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>El registro del dominio caducó o sus servidores de nombres ya no responden por él.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>El dominio existe, pero no tiene ni registro MX ni registro A o AAAA, así que no hay ningún host al que entregar.</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>El registro MX nombra un host que a su vez no se resuelve.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Consulte los hosts de correo del dominio.</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Si no hay MX, busque el registro de dirección que se usa como alternativa.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Siga la delegación desde la raíz para ver si el dominio existe y si sus servidores de nombres responden.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>No reintente sin cambios un 5.1.2; corrija la dirección. Si la causa fue una caída del DNS y el servidor usó un código básico 4xx, reintente con la espera progresiva normal.</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>Gmail no pudo encontrar el dominio de la dirección del destinatario, normalmente por una errata o un signo de puntuación sobrante tras la dirección; la misma idea que el significado del registro.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>Sintaxis incorrecta de la dirección del buzón de destino</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>dirección de correo no válida</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>dirección mal formada</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>La dirección del destinatario no es en absoluto una dirección válida: incumple la sintaxis de las direcciones, por ejemplo con espacios, sin @, con dos puntos seguidos o con corchetes angulares desparejados. El registro lo trata como permanente, ya que la misma cadena se rechaza cada vez.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>En respuesta a RCPT TO, normalmente con 501 o 553. Postfix responde 501 5.1.3 Bad recipient address syntax (sintaxis incorrecta en la dirección del destinatario), Gmail responde 553-5.1.3 ... is not a valid RFC 5321 address, y Exchange local informa 5.1.3 STOREDRV.Submit; invalid recipient address. Los scripts y formularios web que construyen ellos mismos la línea RCPT TO son el origen habitual.</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>El remitente, o el software cliente que construye el sobre, corrige la dirección: sin espacios ni signos de puntuación sobrantes, exactamente una @, un dominio completo y la dirección pura entre corchetes angulares en RCPT TO. Las aplicaciones deben validar las direcciones antes de poner el correo en cola.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>Espacios, comas o puntos y coma dentro de la dirección, a menudo por pegar varias direcciones en un solo campo.</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>Dos puntos consecutivos, o un punto al principio o al final de la parte local.</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>Un nombre para mostrar o unas comillas pasados a RCPT TO en lugar de la dirección pura.</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>Caracteres no ASCII enviados a un servidor que no ofrecía SMTPUTF8.</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Copie la dirección exacta del rebote y busque espacios ocultos, comillas, puntos duplicados o un dominio que falta.</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Repita el sobre con la dirección corregida y observe la respuesta a RCPT TO.</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>No reintente: una dirección mal formada se rechaza de la misma forma en cada intento. Corrija la dirección y envíe un mensaje nuevo.</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>Gmail rechaza una dirección de destinatario que no sigue la sintaxis de RFC 5321; igual que el significado del registro.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>Dirección de buzón de destino ambigua</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>La dirección coincidió con más de un buzón en el sistema de destino, así que el servidor no puede saber cuál se quería decir. Procede de sistemas que asocian las direcciones de forma laxa (por nombre o coincidencia parcial) y puede ser permanente (5.1.4) o transitorio persistente (4.1.4).</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>Poco frecuente en la Internet actual. Procede de sistemas basados en directorio que resuelven los destinatarios por nombre, como versiones antiguas de Exchange y algunas pasarelas de groupware, en respuesta a RCPT TO o en una DSN. El comando VRFY de RFC 5321 tiene la misma idea: un servidor puede responder que un nombre es ambiguo y enumerar los candidatos.</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>El remitente usa la dirección completa y exacta en lugar de una forma abreviada o un nombre. El administrador del destinatario elimina el duplicado: dos usuarios o contactos con el mismo alias, la misma dirección proxy o el mismo nombre en el directorio, y revisa las reglas de coincidencia laxas, como la coincidencia por nombre de pila.</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>Dos objetos del directorio tienen el mismo alias o la misma dirección proxy, por ejemplo después de que una migración importara dos veces a un usuario.</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>El sistema receptor asocia los destinatarios por nombre y varias personas comparten ese nombre.</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>Se usó una parte local corta, como un nombre de pila, donde el sistema esperaba la dirección completa.</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>El administrador del destinatario busca en el directorio todos los objetos que tienen la dirección.</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>Vuelva a enviar usando la dirección completa exactamente como la da el destinatario.</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4: no reintente la misma dirección; vuelva a enviar con una que no sea ambigua. 4.1.4: reintente más tarde con espera progresiva, ya que el administrador del destinatario puede estar corrigiendo el duplicado.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>Dirección de destino válida</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>Un código de éxito: la dirección de destino es válida y se aceptó. RFC 3463 lo pensó para los informes de entrega positivos y, en la práctica, casi todos los servidores ponen 2.1.5 en la respuesta 250 a RCPT TO.</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>En la respuesta que acepta cada destinatario en RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) y en las DSN de éxito cuando el remitente pidió NOTIFY=SUCCESS. En RCPT TO solo significa que la dirección se aceptó para esta transacción, no que el mensaje haya llegado a la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>Nada que corregir. Investigue más solo si un mensaje aceptado con 2.1.5 rebota después o nunca llega: entonces el problema está después de la aceptación (filtrado de contenido, un paso de entrega posterior o un MX de respaldo que acepta cualquier dirección), y el administrador del destinatario rastrea el mensaje en sus registros.</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>La dirección del destinatario existe y el servidor la aceptó para esta transacción.</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>Un servidor que no verifica los destinatarios en RCPT TO (algunos hosts MX de respaldo, dominios con buzón comodín) acepta cualquier dirección y puede generar un rebote más tarde.</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>Se solicitó una DSN de éxito con NOTIFY=SUCCESS y el servidor final informó de la entrega.</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Ejecute el sobre hasta RCPT TO y confirme la respuesta 250 2.1.5.</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Si el correo aceptado nunca llegó, busque el ID de cola que dio el servidor receptor en su respuesta 250 después de los datos (Postfix lo registra como queued as ...) y envíeselo al administrador del destinatario, que lo busca en su propio registro.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>Nada que reintentar: el destinatario se aceptó. El cliente continúa el diálogo con más comandos RCPT TO o con DATA.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>El buzón de destino se ha trasladado, sin dirección de reenvío</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>cuenta cerrada</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>el empleado dejó la empresa</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>La dirección fue válida, pero el buzón ya no existe y el servidor no ofrece ninguna dirección de reenvío. Es un error permanente; a diferencia de 5.1.1, indica al remitente que la dirección existió realmente en algún momento.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>En respuesta a RCPT TO o en un rebote, de servidores que mantienen una lista de usuarios que se han marchado. La tabla relocated de Postfix rechaza con 5.1.6 y un texto como User has moved to seguido de la nueva dirección, así que en la práctica a menudo sí da una dirección de reenvío. Exchange local usa 5.1.6 para otra cosa: un conector de recepción que rechaza dominios de destinatario de una sola etiqueta (una dirección como user@example sin sufijo).</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>El remitente deja de usar la dirección y pide la nueva a la persona o a su organización; si el texto de la respuesta nombra una nueva dirección, úsela. Los responsables de listas eliminan la dirección. El antiguo administrador del destinatario puede añadir un alias de reenvío o una respuesta automática si la organización quiere que se pueda localizar a la persona.</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>La persona dejó la organización y el administrador puso la dirección en una tabla relocated o de usuarios que se han marchado.</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>Una empresa cambió su dominio o su esquema de nombres y retiró a propósito las direcciones antiguas.</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>En Exchange, el dominio del destinatario tiene una sola etiqueta y el conector de recepción está configurado para rechazar esos dominios.</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Lea el texto completo de la respuesta: algunos servidores ponen la nueva dirección después de &apos;moved to&apos;.</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>En un servidor Postfix, compruebe si la dirección está en la tabla relocated.</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>No reintente: el buzón no volverá. Elimine la dirección, o envíe de nuevo a la nueva dirección si la respuesta indicaba una.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>Sintaxis incorrecta de la dirección del buzón del remitente</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>dirección de remitente no válida</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>mail from mal formado</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>La dirección del remitente, normalmente el MAIL FROM del sobre, no es sintácticamente válida. Como 5.1.7 es un rechazo permanente; los servidores también envían 4.1.7 cuando rechazan a un remitente solo de momento, por ejemplo mientras todavía lo están verificando.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>En respuesta a MAIL FROM, o a RCPT TO en servidores que aplican ahí las restricciones de remitente. Postfix dice 501 5.1.7 Bad sender address syntax y Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix con reject_unverified_sender reutiliza el código como 450 4.1.7 ... Sender address rejected: unverified address, que se refiere a la verificación, no a la sintaxis. Los scripts, las impresoras y los escáneres son orígenes frecuentes.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>El administrador del remitente, o la aplicación que envía, corrige el remitente del sobre: una dirección completa con una sola @ y un dominio completo, entre corchetes angulares, sin nombre para mostrar. Los dispositivos y scripts suelen enviar un nombre de usuario solo o un dominio que es solo un nombre de host; configure una dirección real. En el caso del 4.1.7 de Postfix, asegúrese de que la dirección del remitente puede recibir correo, porque el receptor la sondea.</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>Una aplicación o un dispositivo envía como remitente del sobre un nombre de usuario solo, o un nombre de host sin dominio.</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>Un nombre para mostrar, comillas o espacios acaban dentro de MAIL FROM.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>El dominio del remitente no tiene sufijo, como user@localhost o un nombre de host interno corto.</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>El servidor receptor está sondeando la dirección del remitente y todavía no tiene respuesta (Postfix 4.1.7).</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Busque el remitente del sobre que vio el servidor; Postfix lo registra como from=&lt;...&gt;.</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Repita la transacción con una dirección de remitente limpia y compare la respuesta a MAIL FROM.</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7: no reintente con la misma dirección de remitente; corríjala primero. 4.1.7: reintente más tarde con la espera progresiva normal; suele pasar cuando el receptor ha terminado de verificar al remitente.</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>Gmail rechaza un remitente del sobre que no sigue la sintaxis de direcciones de RFC 5321; igual que el significado del registro.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>Dirección de sistema del remitente incorrecta</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>el dominio del remitente no existe</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>El dominio de la dirección del remitente no existe o no puede recibir correo, así que no se le podrían devolver los rebotes. Los servidores rechazan a esos remitentes de forma permanente (5.1.8) cuando el dominio claramente ha desaparecido, y de forma temporal (4.1.8) cuando simplemente falló la consulta DNS.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>En respuesta a MAIL FROM, o en RCPT TO en servidores que evalúan tarde las restricciones de remitente, como hace Postfix de forma predeterminada. Postfix con reject_unknown_sender_domain responde 450 4.1.8 ... Sender address rejected: Domain not found (dominio no encontrado); Sendmail responde 553 5.1.8 ... Domain of sender address ... does not exist, o 451 4.1.8 cuando no se resuelve. Microsoft 365 usa 5.1.8 con un significado distinto.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>El administrador del remitente se asegura de que el remitente del sobre usa un dominio público real con registros MX o de dirección: no un nombre solo interno (como un dominio .local), no una errata y no un dominio cuyo registro haya caducado. Si el DNS parece correcto, compruebe que los servidores de nombres del dominio responden desde fuera de la red de la empresa. Un remitente de Microsoft 365 que recibió 5.1.8 necesita que su administrador proteja la cuenta y la libere.</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>La aplicación que envía usa un dominio interno que solo existe en el DNS privado de la empresa.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>El registro del dominio del remitente caducó o su delegación está rota.</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>El dominio del remitente no tiene registro MX ni registro A o AAAA.</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>Un fallo temporal de DNS en el lado receptor, que da 4.1.8 en lugar de 5.1.8.</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Consulte los registros MX del dominio del remitente desde una máquina fuera de su red.</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Si no hay MX, busque los registros de dirección que se usan como alternativa, IPv4 e IPv6.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>En el servidor Postfix receptor, enumere las restricciones de remitente vigentes.</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8: reintente con la espera progresiva normal; los problemas de DNS suelen resolverse en minutos. 5.1.8: no reintente hasta que se haya corregido el dominio del remitente o el remitente del sobre.</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>Exchange Online ha restringido la propia cuenta que envía, normalmente porque envió spam después de ser comprometida. No dice nada sobre el dominio del remitente: un administrador protege la cuenta y la quita de la lista de entidades restringidas (Restricted entities) del portal de Microsoft 365 Defender.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>Mensaje retransmitido a un sistema de correo no conforme</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>La dirección era válida, pero el mensaje se ha entregado a un sistema que no habla el protocolo de estado o de seguimiento en uso, así que no se puede dar más información. Procede de RFC 3886 (seguimiento de mensajes) y, en la mayoría de sus usos, es informativo más que un error.</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>Poco frecuente. Pertenece a las respuestas de seguimiento de mensajes (la extensión MTRK de RFC 3885 y el formato de estado de RFC 3886) y a los informes de estado en los que el rastro termina en una pasarela o un servidor que no puede informar más allá. En una DSN corriente, la misma situación suele mostrarse como Action: relayed (retransmitido).</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>Normalmente no hay nada que corregir: el mensaje ha salido de la parte del recorrido que informa del estado. Si la prueba de entrega es importante, pregunte directamente al destinatario o pida al administrador del destinatario que busque en sus registros, porque el último salto que informa no puede ver más allá.</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>El siguiente salto es una pasarela hacia otro tipo de sistema de mensajería (groupware antiguo, una pasarela de fax o SMS) sin soporte de seguimiento.</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>Un servidor posterior en la cadena no admite DSN ni seguimiento, así que el servidor que informa pasó el mensaje sin ellos.</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>El mensaje fue a un servicio externo cuya entrega interna no es visible para el servidor que informa.</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>En el informe de estado, lea los campos Action, Status y Remote-MTA para ver dónde terminó el rastro.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>Compruebe si el siguiente salto anuncia DSN en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>Nada que reintentar: el mensaje se aceptó y siguió su camino. Trate una forma de clase 4 o 5 como un estado final desconocido y, si es importante, confirme la entrega fuera del sistema de correo.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>La dirección del destinatario tiene un MX nulo</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>rfc 7505</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>El dominio del destinatario publica un MX nulo (un único registro MX con preferencia 0 y el host &apos;.&apos;), la declaración explícita del propietario de que el dominio no acepta correo en absoluto. El error es permanente: como el dominio tiene un registro MX, no se aplica la alternativa A/AAAA y la entrega falla de inmediato.</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>En dos lugares. Un servidor de envío que consulta el dominio del destinatario y encuentra el MX nulo hace fallar el mensaje de inmediato y lo comunica en el rebote, con 556 como código básico (RFC 7504); algunas versiones de Postfix registran en ese caso dsn=5.1.0 con Domain ... does not accept mail (nullMX). Un servidor receptor o de envío de mensajes que compruebe los dominios de los destinatarios también puede rechazar RCPT TO con 556 5.1.10, como hace Postfix con reject_unknown_recipient_domain.</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>El remitente revisa la dirección: un MX nulo suele significar que el dominio nunca estuvo pensado para el correo (dominios aparcados, solo web o de relleno) o que la dirección contiene una errata. Si el destinatario realmente debe recibir correo allí, el administrador del destinatario sustituye el MX nulo por registros MX reales; un MX nulo debe ser el único registro MX del dominio.</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>La dirección usa un dominio que deliberadamente no acepta correo, como un dominio aparcado, solo web o de relleno.</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Una errata que por casualidad lleva a un dominio real que publica un MX nulo.</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>El propietario del dominio trasladó el correo a otro sitio y dejó el MX nulo por error.</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Direcciones de prueba o de ejemplo usadas en datos reales: example.com, por ejemplo, publica un MX nulo.</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Consulte los registros MX del dominio del destinatario; un MX nulo aparece como la única respuesta &apos;0 .&apos;.</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Busque el rebote en el registro del servidor de envío para ver el código y el texto que registró.</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>Nunca reintente: el dominio ha declarado que no acepta correo. Genere el rebote de inmediato en lugar de mantener el mensaje en la cola.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>Uso propio de Exchange Online, sin relación con el MX nulo: el destinatario no existe en la organización de Microsoft 365 que aloja el dominio, en la práctica un usuario desconocido como con 5.1.1. El remitente revisa la dirección y borra las entradas de autocompletado obsoletas de Outlook; el administrador del destinatario revisa el objeto del destinatario y sus direcciones proxy.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>Otro estado del buzón o estado no definido</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>error de buzón</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>El buzón existe, pero algo relacionado con él impidió la entrega y el servidor no dice qué. Como 4.2.0 se espera que el problema pase; como 5.2.0 es un error permanente para este mensaje.</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>Normalmente en un rebote redactado por el almacén de correo del destinatario más que en RCPT TO, porque el problema solo aparece al escribir el mensaje en el buzón. Exchange y Microsoft 365 usan a menudo 5.2.0 seguido del nombre de una excepción STOREDRV.Deliver que indica el motivo real; el software de LMTP y de entrega local puede usarlo cuando el almacén devuelve un error que no sabe clasificar.</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>Lea el texto que sigue al código: casi siempre nombra la situación real. El administrador del destinatario revisa entonces el propio buzón (cuota, incluidas las carpetas ocultas, carpetas dañadas, permisos, un buzón en proceso de traslado). El remitente solo puede transmitir el rebote al destinatario por otro canal.</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>El buzón o una de sus carpetas ocultas supera un límite de almacenamiento que no se comunica como un simple buzón lleno.</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>El buzón se está trasladando, migrando o reparando y el almacén rechaza las escrituras.</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>Un error de permisos o del sistema de archivos en el almacén de buzones durante la entrega.</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>Una regla de entrega o un script Sieve asociado al buzón falló al procesar el mensaje.</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Copie del rebote el texto que sigue a 5.2.0; en Microsoft 365, el nombre de la excepción (por ejemplo QuotaExceededException) indica al administrador dónde mirar.</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>En Microsoft 365, el administrador del destinatario comprueba el tamaño de las carpetas de Elementos recuperables (Recoverable Items).</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>En un servidor Dovecot, el administrador comprueba el uso de cuota del destinatario.</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0: reintente con espera progresiva. 5.2.0: no vuelva a enviar automáticamente el mismo mensaje; envíelo de nuevo solo cuando el lado del destinatario informe de que el buzón está reparado.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>El controlador del almacén de Exchange Online no pudo colocar el mensaje en el buzón y nombra la excepción. QuotaExceededException puede deberse a un área de Elementos recuperables llena, por ejemplo bajo una retención (retention hold), aunque el buzón visible esté muy por debajo de su límite.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>Buzón deshabilitado, no acepta mensajes</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>cuenta deshabilitada</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>buzón desactivado</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>El buzón existe, pero está desactivado y no acepta mensajes. El registro admite ambas clases: 5.2.1 cuando el buzón no se volverá a habilitar nunca, 4.2.1 cuando solo está deshabilitado por el momento.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>En respuesta a RCPT TO para cuentas suspendidas, bloqueadas o inactivas. Gmail envía 550 5.2.1 para cuentas deshabilitadas o inactivas y usa 450 4.2.1 para otra situación: un destinatario que recibe correo más rápido de lo que Gmail permite. Exchange ha usado 5.2.1 para mensajes puestos en cuarentena por su filtro de contenido y para buzones a los que no se puede acceder.</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>El remitente confirma por otro canal si la dirección sigue en uso y la elimina de las listas si la cuenta está cerrada. El destinatario, o su administrador, vuelve a habilitar la cuenta, resuelve la suspensión o inicia sesión para reactivarla. En el caso del límite de frecuencia 4.2.1 de Gmail, el remitente reduce el ritmo y deja que la cola reintente.</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>El proveedor o la organización suspendió la cuenta, por ejemplo por impago o abuso.</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>La cuenta estuvo sin usarse tanto tiempo que el proveedor la deshabilitó.</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>El empleado se marchó y el administrador bloqueó el buzón en lugar de eliminarlo.</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>El 4.2.1 de Gmail: el destinatario está recibiendo demasiado correo en poco tiempo.</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Lea el texto: deshabilitada, inactiva, suspendida o que recibe correo demasiado rápido apuntan cada una a una corrección distinta.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Cuente cuántos mensajes envió recientemente su servidor a ese destinatario, por si hay un límite de frecuencia en juego.</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1: no reintente; la cuenta está cerrada al correo. 4.2.1: reintente con espera progresiva y espacie los mensajes; Gmail vuelve a aceptarlos cuando baja el ritmo de correo entrante del destinatario.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>La cuenta de Google existe, pero está deshabilitada o inactiva (las respuestas antiguas decían &apos;is disabled&apos;); coincide con el significado del registro.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Uso propio de Gmail: el buzón está bien, pero recibe correo más rápido de lo que Gmail permite, así que el remitente debe ir más despacio y reintentar. Gmail también tiene una forma permanente 550 5.2.1 que dice que el usuario recibe correo a un ritmo que impide que se le entreguen más mensajes.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>Buzón lleno</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>cuota excedida</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>bandeja de entrada llena</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>sin espacio de almacenamiento</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>El buzón del destinatario ha superado su cuota de almacenamiento. RFC 3463 lo concibe como un fallo transitorio persistente (4.2.2), porque el destinatario puede borrar correo para hacer sitio; muchos servidores envían 5.2.2 en su lugar, y esa forma permanente es muy frecuente en los rebotes.</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>En RCPT TO en servidores que conocen la cuota de antemano (Gmail, Dovecot con comprobación de cuota), o al final de los datos y en los rebotes cuando el almacén encuentra el buzón lleno durante la entrega. Dovecot responde 552 5.2.2 ... Quota exceeded (mailbox for user is full), o 452 4.2.2 cuando está configurado quota_full_tempfail. Exchange devuelve 554 5.2.2 mailbox full.</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>El destinatario elimina o archiva correo y vacía la papelera, o el administrador del destinatario aumenta la cuota. El remitente no puede corregir nada técnicamente: avise al destinatario por otra vía y vuelva a enviar más tarde. Los responsables de listas deben interpretar los rebotes por cuota que se prolongan durante semanas como señal de un buzón abandonado.</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>El destinatario nunca limpia el buzón y este alcanzó su cuota.</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>Un buzón compartido o de función, como info@, recibe mucho correo y nadie lo mantiene.</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>Los adjuntos grandes llenaron rápidamente un buzón pequeño.</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>El almacenamiento compartido con otros servicios está lleno, como en Gmail, cuya cuota cubre también Google Drive y Fotos.</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>En un servidor Dovecot, muestre el uso del destinatario frente al límite.</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>En Postfix con entrega local en mbox, compare el tamaño del archivo del buzón con mailbox_size_limit.</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Como remitente, observe si el rebote dice 4.2.2 (su servidor sigue reintentando) o 5.2.2 (se ha dado por vencido).</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2: siga reintentando con espera progresiva durante el tiempo de vida normal en la cola, ya que el destinatario puede liberar espacio. 5.2.2: el mensaje vuelve, pero la situación puede pasar; vuelva a enviarlo a mano más tarde en lugar de hacerlo de inmediato.</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>La cuenta de Google ha superado su cuota de almacenamiento y Gmail aplaza el mensaje (las respuestas antiguas decían &apos;The email account that you tried to reach is over quota&apos;); el uso temporal previsto.</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Gmail convierte el problema de cuota en un rechazo permanente cuando la cuenta llena además parece abandonada, para que el servidor del remitente deje de reintentar.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota. Exchange Online also uses 5.2.2 with &apos;Submission quota exceeded&apos; for a sender who exceeded the sending rate limits, which is a sender-side problem.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>El buzón del destinatario alcanzó su cuota de prohibición de recepción. Exchange Online también usa 5.2.2 con &apos;Submission quota exceeded&apos; para un remitente que superó los límites de frecuencia de envío, que es un problema del lado del remitente.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>La longitud del mensaje supera el límite administrativo</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>mensaje demasiado grande</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>adjunto demasiado grande</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>El mensaje es mayor de lo que acepta este buzón concreto. El registro lo pensó para un límite por buzón inferior al de todo el sistema (ese caso es X.3.4); es un error permanente para este mensaje.</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>Al final de los datos, o en MAIL FROM cuando el cliente declaró el tamaño con SIZE=. Exchange usa 5.2.3 con RESOLVER.RST.RecipSizeLimit cuando el tamaño máximo de recepción del destinatario es menor que el mensaje. Gmail usa 552 5.2.3 para su propio límite de tamaño de mensaje, que en realidad es un límite del sistema.</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>El remitente reduce el mensaje: quita o comprime los adjuntos, o comparte los archivos grandes mediante un enlace. Recuerde que la codificación base64 hace que los adjuntos ocupen aproximadamente un tercio más que los archivos en disco. Si el límite del buzón es excesivamente bajo, el administrador del destinatario aumenta su tamaño de recepción.</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>Un adjunto que como archivo está justo por debajo del límite y lo supera tras la codificación base64.</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>Un tamaño máximo de recepción por destinatario configurado por debajo del límite de transporte de la organización.</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>Muchas imágenes insertadas, o un hilo reenviado que arrastra adjuntos anteriores.</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Compare el tamaño que figura en el rebote con el límite que indica; cuenta el tamaño del mensaje codificado, no el de los archivos.</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>En Exchange Online, el administrador del destinatario consulta el límite de recepción del buzón.</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>No reintente el mismo mensaje: la próxima vez tendrá exactamente el mismo tamaño. Envíe en su lugar una versión más pequeña.</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>El límite general de tamaño de mensaje de Gmail, un límite de todo el sistema que el registro clasificaría como X.3.4; Gmail también envía el mismo texto con 5.3.4.</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>El mensaje supera el tamaño máximo de recepción propio del destinatario, exactamente el caso por buzón que describe el registro.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>Problema de expansión de la lista de correo</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>lista de distribución</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>La dirección es una lista de correo o un grupo de distribución y la lista no se pudo expandir en sus miembros. Puede ser permanente (5.2.4) o transitorio persistente (4.2.4), según la definición de la lista esté rota o solo no esté disponible por el momento.</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>Cuando el correo va a una lista, un alias o un grupo de distribución: en RCPT TO si el servidor lo expande de inmediato, o en un rebote del servidor de la lista. El registro lo asocia con 450 y 452. Las versiones antiguas de Exchange informaban 5.2.4 mailing list expansion problem, y los gestores de listas o los grupos basados en directorio pueden producirlo cuando no se puede leer la pertenencia.</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>El remitente solo puede comunicarlo al responsable de la lista o al administrador del destinatario. El responsable o el administrador revisa la definición de la lista: el archivo include o la consulta de directorio que aporta los miembros, los grupos anidados que forman un bucle o apuntan a grupos eliminados, y el servidor de directorio del que depende la expansión.</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>El alias apunta a un archivo include que falta o que el sistema de correo no puede leer.</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>El directorio que contiene la pertenencia al grupo (LDAP, Active Directory) es inaccesible, lo que da un 4.2.4 temporal.</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>Los grupos anidados se refieren unos a otros en bucle, o a un grupo que se eliminó.</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>La expansión superaría el número de destinatarios que el servidor permite para un mensaje.</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Pida al sistema de correo que expanda la dirección sin entregar nada: Sendmail muestra los miembros o el error en el terminal, mientras que sendmail -bv de Postfix le envía el informe por correo.</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>En Postfix, busque la lista en la base de datos de alias.</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4: reintente con espera progresiva; la expansión suele volver a funcionar cuando vuelve el directorio. 5.2.4: no reintente hasta que el responsable de la lista la haya reparado.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>Otro estado del sistema de correo o estado no definido</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>error interno del servidor</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>Algo relacionado con el sistema de correo de destino, más que con la dirección o el buzón, provocó este resultado, y el servidor no da detalles. La forma temporal 4.3.0 (un fallo del lado del servidor) es con diferencia la más frecuente; 5.3.0 es un rechazo permanente a nivel del sistema y 2.3.0, una variante de éxito poco habitual.</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>En cualquier fase, sobre todo al final de los datos o en RCPT TO. Postfix envía 451 4.3.0 Error: queue file write error cuando no puede guardar el mensaje en su cola, y 451 4.3.0 ... Temporary lookup failure cuando falla una consulta a una tabla o a una base de datos. Gmail usa 451 4.3.0 y 421 4.3.0 para problemas temporales de su lado. Exchange usa 5.3.0 Too many related errors cuando pasa un mensaje a la cola de mensajes dudosos (poison message queue).</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>Con 4.3.0, el lado que envía normalmente solo espera, mientras el administrador receptor busca en el registro del servidor, en el momento del rechazo, el error de fondo (disco lleno, consulta fallida, filtro de contenido bloqueado). Con 5.3.0, el texto de la respuesta dice qué rechazó el sistema; el administrador del destinatario tiene que corregir el servidor, y el remitente solo puede ponerse en contacto con él.</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>El servidor receptor no pudo escribir el mensaje en su cola: disco lleno, error del sistema de archivos o permisos incorrectos.</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>Falló durante la transacción una tabla de consulta, una base de datos o un servidor LDAP del que depende el servidor de correo.</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>Un filtro de contenido, un milter o un antivirus se bloqueó o agotó el tiempo de espera.</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>El proveedor rechazó el mensaje de momento sin dar un motivo concreto.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>En el servidor Postfix receptor, busque el mensaje warning o fatal registrado justo antes del rechazo.</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Compruebe el espacio libre y los inodos donde reside la cola.</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Deje que Postfix compruebe su propia configuración, propietarios y permisos.</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0: reintente más tarde con espera progresiva; la mayoría de las causas se reparan sin ayuda del remitente. 5.3.0: no reintente sin cambios; averigüe por el texto o por el administrador del destinatario qué rechazó el sistema.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>El rechazo temporal genérico de Gmail: el remitente no tiene nada que cambiar, solo reintentar más tarde. Gmail también envía 451 4.3.0 Multiple destination domains per transaction is unsupported, que pide al cliente que ponga los destinatarios de dominios distintos en transacciones separadas.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>Sistema de correo lleno</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>disco lleno</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>sin espacio en disco</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>El sistema de correo en su conjunto se ha quedado sin almacenamiento, normalmente espacio en disco o en la cola, así que ahora no puede aceptar el mensaje. A diferencia de un buzón lleno, el destinatario no puede solucionarlo borrando correo; solo está definido como error temporal.</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>En MAIL FROM, RCPT TO o al final de los datos, con 452. Postfix responde 452 4.3.1 Insufficient system storage cuando el espacio libre en el sistema de archivos de la cola es inferior al que necesita (queue_minfree, y 1,5 veces message_size_limit). Exchange responde 452 4.3.1 Insufficient system resources cuando se activa la back pressure por falta de espacio en disco o de memoria.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>El administrador del servidor receptor libera espacio en el volumen de la cola o del almacén (registros antiguos, cuarentena, una cola de aplazados desbordada) o añade capacidad; en Exchange, revise también los umbrales de back pressure y el disco que contiene la base de datos de la cola. El remitente no hace nada: su servidor reintenta.</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>La partición que contiene la cola de correo está llena, a menudo porque los registros o la cola de aplazados no dejaron de crecer.</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>El sistema de archivos se ha quedado sin inodos aunque quede espacio libre.</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>Un bucle de correo o una campaña de spam llenaron la cola.</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>La back pressure de Exchange reacciona ante poco espacio en disco o un uso elevado de memoria.</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Compruebe el espacio y los inodos del sistema de archivos de la cola.</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Vea cuántos mensajes hay en cola, para detectar un bucle o una campaña de spam.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Compare el umbral de espacio libre de Postfix con su límite de tamaño de mensaje.</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>Reintente más tarde con la espera progresiva normal; el código solo está definido como temporal. Si dura más que el tiempo de vida en la cola, el mensaje se devuelve, así que avise al administrador receptor si puede contactar con él.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>El sistema no acepta mensajes de la red</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>servidor de correo caído</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>El host que aloja el buzón no acepta mensajes de la red. Como 4.3.2 es temporal (apagado en curso, sobrecarga, mantenimiento); como 5.3.2, usado con la respuesta 521 de RFC 7504, el host nunca acepta correo.</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>Un servidor que se está apagando, está sobrecargado o en mantenimiento puede poner 4.3.2 en sus respuestas temporales; Exchange local responde con 4.3.2 (Service not available, Service not active) cuando sus componentes de transporte están inactivos, por ejemplo después de que una actualización lo dejara en modo de mantenimiento. Un host que no acepta correo en absoluto puede responder 521 con 5.3.2 a los comandos posteriores al saludo. Microsoft 365 también usa 4.3.2 para límites a nivel de buzón.</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>Con 4.3.2, el lado que envía espera mientras el administrador receptor restablece el servicio: termina el mantenimiento, reduce la carga y, en Exchange, vuelve a poner como activos los componentes inactivos del servidor en el Shell de administración de Exchange. Con 521 y 5.3.2, el dominio del destinatario está enviando el correo a un host que rechaza todo el correo: el administrador del destinatario corrige los registros MX, o publica un MX nulo si el dominio realmente no acepta correo.</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>El servidor está en mantenimiento o apagándose y rechaza nuevas transacciones.</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>El servidor está sobrecargado y descarta trabajo hasta que baje la carga.</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>En Exchange, algunos componentes del servidor quedaron inactivos tras una actualización o un mantenimiento.</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>El MX o el registro de dirección alternativo lleva a un host que deliberadamente no es un servidor de correo y responde 521.</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Conéctese al puerto 25 y lea el saludo: 220 significa abierto, mientras que 421, 521 o 554 significan que el host rechaza.</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>En Exchange, enumere los componentes del servidor que no están activos (EX01 es el nombre del servidor).</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Compruebe a qué hosts apuntan los registros MX del dominio.</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2: reintente con la espera progresiva normal, preferiblemente hacia otro host MX del dominio si lo hay. 5.3.2 con 521: no reintente ese host; antes tiene que cambiar la configuración MX del dominio.</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it. Exchange Online also uses 4.3.2 with &apos;recipient thread limit exceeded&apos; when one mailbox is receiving too many messages at once.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online: una carpeta del buzón del destinatario ha alcanzado el límite de un millón de elementos, así que la entrega falla (observe el 554 permanente con un código 4.x); sacar elementos de esa carpeta lo soluciona. Exchange Online también usa 4.3.2 con &apos;recipient thread limit exceeded&apos; cuando un buzón recibe demasiados mensajes a la vez.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>El sistema no admite las funciones seleccionadas</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>El mensaje pide una función que el sistema de destino no admite, normalmente en una pasarela que no puede trasladar una función de un sistema de correo a otro. Es permanente (5.3.3) cuando la función nunca estará disponible allí, y transitorio (4.3.3) cuando se espera que vuelva a admitirse.</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>Poco habitual y específico de cada fabricante. Puede aparecer en MAIL FROM o RCPT TO cuando un parámetro nombra una extensión de la que carece el siguiente salto, o en un rebote de una pasarela que no pudo trasladar al siguiente sistema una propiedad solicitada (un plazo de entrega, una prioridad, una solicitud de acuse de recibo). Exchange local ha usado 5.3.3 Unrecognized command cuando a un conector de recepción usado para el correo interno le falta el mecanismo de autenticación Exchange Server.</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>Lea el texto para ver qué función se rechazó. El administrador del remitente o el software cliente deja de solicitarla para ese destino, o enruta por un camino que la admita. Si el sistema receptor debería admitirla, su administrador activa la extensión o corrige el conector, como en el caso de Exchange.</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>El mensaje solicita una extensión de la que carece el siguiente sistema, como la transferencia binaria o un plazo de entrega, y la pasarela no puede descartarla en silencio.</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>Una pasarela hacia un sistema de mensajería que no es SMTP no puede representar en el otro lado una propiedad del mensaje.</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>Conectores de recepción internos de Exchange configurados sin la autenticación Exchange Server, por lo que se rechazan los comandos específicos de Exchange.</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>Enumere las extensiones que ofrece el servidor receptor y compárelas con los parámetros que su servidor envía en MAIL FROM y RCPT TO.</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>En el servidor Postfix de envío, busque la transacción para ver qué comando se rechazó.</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3: no repita la misma petición al mismo sistema; prescinda de la función no admitida o enrute por otro lugar. 4.3.3: reintente más tarde con espera progresiva.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>Mensaje demasiado grande para el sistema</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>mensaje demasiado grande</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>adjunto demasiado grande</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>El mensaje es mayor de lo que el sistema receptor acepta para cualquier mensaje, ya sea el límite técnico o fijado por el administrador. Es un error permanente para este mensaje; compárelo con X.2.3, que es un límite de un buzón concreto.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>En MAIL FROM cuando el cliente declaró un SIZE= mayor que el límite anunciado por el servidor; si no, al final de los datos, una vez que el servidor ha contado los bytes, y en rebotes de saltos posteriores. Postfix responde 552 5.3.4 Message size exceeds fixed limit (message_size_limit, unos 10 MB por mensaje de forma predeterminada). Exchange usa 5.3.4 Message size exceeds fixed maximum message size, y Gmail usa 552 5.3.4 para su límite de tamaño y para demasiados adjuntos o encabezados demasiado grandes.</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>El remitente reduce el mensaje: menos adjuntos o adjuntos comprimidos, o un enlace de descarga en su lugar. Al comparar el tamaño de los archivos con el límite, tenga en cuenta la codificación base64, que añade aproximadamente un 37 por ciento. El administrador receptor puede aumentar el límite, pero entonces cada salto del recorrido, filtros incluidos, debe aceptar el nuevo tamaño.</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Un adjunto mayor que el límite del destino, como los 10 MB predeterminados de un servidor Postfix sin ajustar.</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>Un mensaje por debajo del límite como archivos, pero por encima una vez codificado en MIME.</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Un servidor de retransmisión o un filtro del recorrido tiene un límite inferior al del servidor final.</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>Específico de Gmail: demasiados adjuntos o un encabezado demasiado grande, comunicados con el mismo código.</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Lea la línea SIZE de la respuesta del servidor a EHLO: es el mensaje más grande que acepta el servidor.</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>En Postfix, muestre el límite configurado en bytes.</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>En Exim, muestre el límite configurado.</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>No reintente el mismo mensaje: los límites de tamaño no cambian entre intentos. Envíe en su lugar un mensaje más pequeño.</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>El límite de tamaño de mensaje de Gmail. Con otros textos (el número de adjuntos supera el límite de Google, o un encabezado supera su límite de tamaño), el mismo código cubre los límites de Gmail en cuanto a número de adjuntos y tamaño de los encabezados.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>Sistema configurado incorrectamente</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>servidor de correo mal configurado</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>El sistema receptor está configurado de una forma que no le permite aceptar este mensaje: un error de configuración del lado del servidor, no un problema del mensaje ni de la dirección. 4.3.5 cuando se espera que el administrador lo corrija pronto, 5.3.5 cuando el rechazo es definitivo.</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>Postfix envía 451 4.3.5 Server configuration error (o Server configuration problem) cuando una restricción, una tabla de consulta o un servicio de políticas está mal configurado, y escribe los detalles solo en su propio registro. Exchange local usa 5.3.5 System incorrectly configured cuando detecta un bucle, por ejemplo un conector de recepción cuyo FQDN coincide con otro servidor del flujo de correo.</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>Solo el administrador del servidor receptor puede corregirlo: lea el registro del servidor en el momento del rechazo, donde Postfix anota la advertencia real (una restricción desconocida, un archivo de mapa que falta, un servidor de políticas inaccesible), corríjala y recargue. El remitente solo puede comunicar el rebote y esperar.</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>Una lista de restricciones nombra una tabla de consulta que no existe o que tiene el tipo equivocado.</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>Un servicio de políticas o un milter que figura en la configuración no está en ejecución.</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>Un nombre de restricción mal escrito introducido por un cambio de configuración.</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>Dos servidores del flujo de correo presentan el mismo nombre de host, así que Exchange interpreta el salto como un bucle.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>En el servidor Postfix receptor, busque la advertencia escrita en el mismo momento que la respuesta 4.3.5.</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Muestre solo los ajustes que difieren de los valores predeterminados de Postfix, para localizar la errata o el mapa que falta.</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Compruebe que cada archivo de mapa que figura en la configuración existe y es más reciente que su origen.</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5: reintente con espera progresiva; se resuelve en cuanto el administrador repara la configuración. 5.3.5: no reintente sin cambios; contacte con el administrador del destinatario.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>Se cambió la prioridad solicitada</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>Un código de éxito de la extensión MT-PRIORITY (RFC 6710): el servidor aceptó el mensaje, pero no respetó la prioridad de transferencia que pidió el cliente, o la predeterminada que implicaba. El texto que sigue al código empieza por la prioridad aplicada realmente.</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>Solo entre servidores que admiten MT-PRIORITY ambos, algo poco frecuente fuera de entornos especializados como la mensajería militar o de emergencias. El cliente pide una prioridad de -9 a 9 con el parámetro MT-PRIORITY de MAIL FROM, y el servidor comunica el cambio en una respuesta positiva (250, o 251), por ejemplo cuando el remitente no está autorizado para una prioridad alta.</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>No hay nada roto: el mensaje se aceptó. Si la prioridad es importante, el administrador del remitente comprueba que la cuenta o el host que envía está autorizado para ese nivel en el sistema receptor, o lo acuerda con el administrador receptor.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>La política del servidor receptor no autoriza a este remitente para la prioridad alta solicitada, así que se rebajó.</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>El servidor receptor admite menos niveles de prioridad y asignó la petición al nivel más cercano del que dispone.</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>La política local sube o baja la prioridad de determinados remitentes o destinatarios.</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Confirme que el servidor receptor ofrece MT-PRIORITY en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Lea el número al principio del texto de la respuesta, después del código: es la prioridad que tiene ahora el mensaje.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>Nada que reintentar: el mensaje se aceptó con la prioridad modificada. Continúe con la transacción con normalidad.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>Otro estado de red o de enrutamiento o estado no definido</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>error de enrutamiento</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>error de red</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>Un cajón de sastre para los problemas del lado de la red o del enrutamiento de la entrega que no describe ninguno de los códigos X.4 más concretos. Como 4.4.0, el sistema de envío no pudo hacer pasar el mensaje esta vez y sigue intentándolo; como 5.4.0, el sistema que informa ha renunciado definitivamente a esa ruta.</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>Sobre todo en motivos de aplazamiento y en rebotes redactados por el MTA de envío, más que en una respuesta del otro extremo. Microsoft Exchange antepone 451 4.4.0 a los fallos de DNS y a los intentos de entrega fallidos en el LastError de su cola, y Postfix responde a un número de saltos excedido con 554 5.4.0 Error: too many hops.</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>Lea el texto que sigue al código y la línea de registro del MTA correspondiente: la causa real (fallo de DNS, conexión rechazada, límite de saltos) casi siempre aparece ahí. El administrador de correo del remitente parte de ese detalle: corrige el DNS local, el firewall o el enrutamiento si el fallo está en el lado que envía, o envía al administrador del destinatario el error exacto, el host MX y las marcas de tiempo si su lado es inaccesible o se comporta mal.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>El propio resolvedor del servidor de envío falló o agotó el tiempo de espera al consultar los registros MX o de dirección del destino.</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>Un firewall, un bloqueo del proveedor sobre el puerto 25 saliente o una ruta averiada impidió la conexión con el MX de destino.</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>El mensaje alcanzó el límite de saltos de un MTA por un bucle de reenvío o de retransmisión (Postfix lo comunica como 5.4.0, no como 5.4.6).</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>Una pasarela o un appliance de seguridad informó de un fallo de red sin decir de qué tipo.</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Busque el motivo completo del aplazamiento o del rebote en el registro del servidor de envío; el texto que sigue al código nombra el fallo real.</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Confirme que los registros MX del destino se resuelven desde el propio servidor de envío, no solo desde su estación de trabajo.</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Pruebe si el puerto 25 del MX de destino es accesible desde el host de envío.</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>Con 4.4.0, reintente con la espera progresiva normal; la situación suele ser transitoria. Con 5.4.0, no reintente la misma ruta sin cambios; busque primero la causa concreta en el texto de diagnóstico.</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>El error de cola de Exchange cuando falla su consulta DNS del siguiente salto, en este ejemplo porque el dominio de destino no existe. Exchange sigue reintentando y, una vez superado su tiempo de caducidad de mensajes, devuelve un NDR con 550 4.4.7 QUEUE.Expired; message expired. El registro describiría esto como X.4.3 o X.4.4; Exchange usa el genérico 4.4.0.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>Sin respuesta del host</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>el servidor no responde</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>no se puede conectar al servidor de correo</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>puerto 25 bloqueado</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>El servidor de envío intentó abrir una conexión con el siguiente salto y no obtuvo ninguna respuesta útil: la conexión agotó el tiempo de espera, se rechazó o el host estaba demasiado ocupado para atenderla. RFC 3463 solo lo define como un error transitorio persistente, así que 4.4.1 significa que se sigue intentando, no que haya fallado definitivamente.</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>Casi siempre lo genera el propio MTA de envío y se muestra en su registro o en un aviso de retraso, porque el otro extremo nunca llegó a decir nada. Postfix registra aplazamientos como connect to mail.example.com[192.0.2.25]:25: Connection timed out con dsn=4.4.1. Un servidor de envío de mensajes con BURL también responde 451 4.4.1 cuando el servidor IMAP que guarda el mensaje es inaccesible (RFC 4468).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>El administrador del remitente comprueba primero que el host de envío puede llegar al puerto 25, ya que muchas redes en la nube y domésticas lo bloquean en salida. Si otros dominios funcionan, el problema está en el destino: su host MX está caído, bloqueado por un firewall o escucha en la dirección equivocada, y el administrador del destinatario tiene que corregirlo. Indíquele qué host MX y qué dirección IP intentó usar y cuándo.</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>El host MX del destino está caído, sobrecargado o no escucha en el puerto 25.</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>Un firewall en cualquiera de los dos lados descarta el tráfico SMTP en silencio, así que el intento agota el tiempo de espera en lugar de rechazarse.</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>La red de envío (proveedor de nube o ISP) bloquea las conexiones salientes al puerto 25.</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>El registro MX todavía apunta a una dirección IP antigua o incorrecta después de una migración.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Enumere los hosts MX del destino por orden de preferencia.</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Pruebe una conexión TCP al puerto 25 de cada MX desde el servidor de envío; un tiempo de espera agotado sugiere un filtrado, y connection refused significa que no hay nada escuchando.</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Compruebe que su host puede llegar al puerto 25 en otro lugar, por ejemplo el MX de otro dominio, para descartar un bloqueo de salida.</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Examine los motivos de aplazamiento que Postfix registró para este destino.</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>Reintente más tarde con espera progresiva, probando los demás hosts MX por orden de preferencia. El mensaje solo falla cuando se agota el tiempo de vida en la cola, lo que aparece entonces como una caducidad (X.4.7).</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>Exchange Online envía esto en RCPT TO, sin que haya ningún problema de red, cuando el bloqueo perimetral basado en directorio (Directory-Based Edge Blocking) rechaza una dirección que no existe en el tenant receptor (o que no se ha sincronizado allí), o cuando el dominio no está configurado correctamente como dominio aceptado. Trátelo como un rebote por destinatario no válido: el remitente revisa la dirección y el administrador del destinatario revisa los destinatarios y los dominios aceptados del tenant.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>Conexión defectuosa</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>conexión reiniciada</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>conexión interrumpida</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>Se estableció una conexión con el siguiente salto, pero la transacción no pudo completarse porque la línea se cortó, se detuvo o agotó el tiempo de espera a mitad. Como X.4.1, está definido como un error transitorio persistente, así que el mensaje permanece en la cola para otro intento.</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>O bien en el registro del MTA de envío, donde Postfix escribe lost connection with mail.example.com[192.0.2.25] while sending end of data y dsn=4.4.2, o bien como respuesta de un servidor que cierra una sesión lenta o inactiva: el servidor SMTP de Postfix envía 421 4.4.2 seguido de su nombre de host y Error: timeout exceeded, y Gmail envía 451 4.4.2 Timeout - closing connection.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>El administrador del remitente comprueba en qué fase se cortó la conexión. Los cortes durante DATA con mensajes grandes suelen apuntar a problemas de MTU o de la ruta, a un dispositivo intermedio que inspecciona SMTP o al límite de tiempo de un receptor; los tiempos de espera por inactividad apuntan a un cliente lento o a un host de envío sobrecargado. Si solo está afectado un destino, facilite al administrador del destinatario las marcas de tiempo y la fase en que falló.</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>Un firewall o un dispositivo intermedio que inspecciona SMTP y corta o altera la sesión.</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>Problemas de MTU de la ruta que detienen los paquetes grandes, de modo que los mensajes pequeños pasan y los grandes se quedan colgados durante DATA.</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>El cliente hizo una pausa demasiado larga entre comandos y el tiempo de espera por inactividad del servidor cerró la sesión.</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>El servidor receptor se reinició, se bloqueó o descartó conexiones por la carga a mitad de la transacción.</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Averigüe en qué fase se perdió la conexión.</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Ejecute una transacción de prueba completa hacia el mismo MX y observe dónde se detiene.</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Compruebe que STARTTLS se completa limpiamente; un protocolo de enlace roto suele aparecer como una conexión cortada.</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Si los mensajes grandes fallan y los pequeños pasan, pruebe si los paquetes de tamaño completo llegan al MX sin fragmentarse.</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>Reintente más tarde con espera progresiva; una conexión cortada de vez en cuando es normal en Internet. Los cortes repetidos en la misma fase hacia el mismo destino son un problema de configuración que reintentar no resolverá por sí solo.</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>Gmail cierra la sesión porque el cliente fue demasiado lento entre comandos o al enviar los datos. Vuelva a conectarse y reintente; si sigue ocurriendo, busque un host de envío sobrecargado o una ruta de red lenta.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>Fallo del servidor de directorio</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>error de dns</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>tiempo de espera dns agotado</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>fallo de resolución de nombres</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>error de consulta dns</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>No se pudo enrutar el mensaje porque un servicio de directorio, en la práctica casi siempre DNS, no estaba disponible o respondió con un error. RFC 3463 lo concibió como un error temporal (4.4.3), aunque algunos servidores lo envían con un 5.</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>En el lado que envía, cuando la consulta MX o de dirección del destino agota el tiempo de espera o devuelve SERVFAIL; Postfix aplaza con Name service error for name=example.com type=MX: Host not found, try again y dsn=4.4.3. En el lado receptor, cuando una comprobación basada en DNS no puede terminar: RFC 7208 recomienda 451 4.4.3 cuando una comprobación SPF acaba en un error temporal.</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>Averigüe qué DNS está fallando. Si el servidor de envío no puede resolver nada, su administrador repara el resolvedor local (configuración del resolvedor, un demonio de caché detenido, DNS saliente bloqueado). Si solo falla un dominio, los servidores autoritativos de ese dominio están caídos, mal delegados (lame) o rotos por DNSSEC, y el administrador del destinatario o su proveedor de DNS deben repararlos.</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>El resolvedor local del servidor de envío está caído, es inaccesible o tiene limitada la frecuencia de consultas.</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>Los servidores de nombres autoritativos del dominio de destino agotan el tiempo de espera o responden SERVFAIL.</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>Un fallo de DNSSEC (firmas caducadas, registro DS incorrecto) hace que los resolvedores con validación rechacen la respuesta.</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>Una consulta SPF, DKIM o DMARC en el lado receptor agotó el tiempo de espera, y el receptor aplazó en lugar de decidir.</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Compruebe que el resolvedor que usa el servidor de correo responde siquiera para el destino.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Siga la delegación desde la raíz para ver si fallan los propios servidores de nombres del dominio.</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Repita la consulta con la comprobación DNSSEC desactivada; si solo funciona así, las firmas de la zona están rotas.</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Vea qué resolvedores tiene configurados el servidor de correo.</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>Reintente más tarde con espera progresiva; las caídas de DNS suelen ser breves. Un 5.4.3 de un receptor a menudo también es en realidad temporal: vuelva a enviar cuando se corrija el problema de DNS.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>No se puede enrutar</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>sin registro mx</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>El sistema de correo no pudo encontrar un siguiente salto para el destino porque faltaba la información de enrutamiento que necesitaba. El desencadenante típico es un DNS que responde pero no da ningún MX ni ninguna dirección utilizable para el dominio; 4.4.4 significa que los registros aún pueden aparecer, 5.4.4 que el sistema de envío se ha dado por vencido.</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>Lo genera el MTA de envío, normalmente en un rebote, cuando no encuentra el dominio o su ruta. Postfix genera el rebote con Host or domain name not found. Name service error for name=example.com type=A: Host not found y dsn=5.4.4; Microsoft Exchange informa 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. También aparece cuando un servidor de retransmisión interno no tiene transporte, conector ni smarthost para el destino.</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>Primero el remitente revisa la dirección en busca de un dominio mal escrito, con diferencia la causa más frecuente. Si el dominio es correcto, su propietario (el administrador del destinatario) debe publicar registros MX, o al menos un registro A o AAAA, que apunten a un servidor de correo operativo. En el lado que envía, el administrador comprueba que el enrutamiento interno (mapas de transporte, conectores de envío, smarthosts) cubre el destino.</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>Una errata en el dominio del destinatario (example.con en lugar de example.com), así que el dominio no existe.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>El dominio existe, pero no tiene ni registro MX ni registro A o AAAA al que recurrir.</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>El registro MX nombra un host que no tiene registro de dirección.</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>Un servidor de retransmisión interno no tiene ruta (entrada en el mapa de transporte, conector o smarthost) para el dominio de destino.</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Compruebe que el dominio existe (NOERROR en lugar de NXDOMAIN) y lea sus registros MX.</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Resuelva cada nombre de host MX; un nombre sin registros A o AAAA no se puede usar para la entrega.</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Compruebe también el lado IPv6 si el host MX no tiene dirección IPv4.</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>En Exim, pregunte a los routers cómo entregarían la dirección.</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>Con 4.4.4, reintente con espera progresiva por si se están corrigiendo los registros. Con 5.4.4, no reintente sin cambios; corrija la dirección o espere a que el propietario del dominio publique registros que funcionen.</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>Exchange determinó que el dominio de destino no existe en DNS y generó el rebote del mensaje. Si el dominio sí existe, Microsoft remite a los administradores a la configuración DNS que usa el servicio de transporte de Exchange.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>Congestión del sistema de correo</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>demasiadas conexiones</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>límite de envío superado</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>El sistema de correo que recibe o retransmite está congestionado y no aceptará el mensaje ahora. Solo está definido como error transitorio persistente: el mensaje en sí está bien, y el remitente debe ir más despacio y volver a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>Como respuesta en el momento de la conexión o a MAIL FROM y RCPT TO cuando un servidor está sobrecargado o aplica límites de conexiones y de frecuencia; Gmail envía 421 4.4.5 Server busy, try again later. Gmail también envía 550 5.4.5 a sus propios usuarios que superan su límite diario de envío, un uso propio del proveedor con un 5.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>El mensaje no tiene ningún problema. El administrador del remitente deja que la cola reintente y, si los aplazamientos persisten, reduce el número de conexiones en paralelo y el ritmo de envío hacia ese destino. El administrador del destinatario solo tiene que actuar si su propio servidor está realmente sobrecargado (cola acumulada, disco, CPU).</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>El servidor receptor está sobrecargado o en mantenimiento y rechaza las nuevas sesiones.</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>El remitente abrió demasiadas conexiones simultáneas hacia el mismo destino.</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>El ritmo de envío (mensajes o destinatarios por minuto) superó los límites de limitación del receptor.</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>La propia cola de un servidor de retransmisión está atascada y rechaza más correo de los servidores anteriores.</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Cuente cuántas entradas de la cola del servidor de envío mencionan el dominio de destino.</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Compruebe cuántas entregas en paralelo hace Postfix hacia un mismo destino.</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Vea si los aplazamientos se producen en el momento de la conexión o en RCPT TO.</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>Reintente más tarde con una espera progresiva exponencial y menos conexiones en paralelo hacia ese host; bombardear un servidor congestionado solo prolonga los aplazamientos.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>El aplazamiento temporal de Gmail por estar ocupado. Se resuelve reintentando más tarde, idealmente con menos conexiones simultáneas desde la IP de envío.</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Se envía a un usuario de Gmail o de Google Workspace que envía correo, no a un MTA receptor: la cuenta ha agotado su cuota de envío diaria móvil, y el envío vuelve a funcionar cuando ha pasado la ventana. Es un uso propio de Google de X.4.5 con un 5, fuera del significado del registro.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>Bucle de enrutamiento detectado</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>El mensaje ha pasado de mano en mano demasiadas veces, bien porque los servidores lo enrutan de un lado a otro, bien porque las reglas de reenvío lo hacen circular en círculo. RFC 3463 lo incluye como transitorio, pero en la práctica casi siempre se envía como un 5.4.6 permanente, ya que un bucle no se arregla solo.</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>Al final de DATA o en un rebote, cuando el número de encabezados Received: supera el límite del MTA (sendmail: Too many hops 26 (25 max); Gmail se detiene en 50 saltos), o cuando un MTA ve que el siguiente salto es él mismo (Postfix: mail for example.com loops back to myself). La entrega local de Postfix también genera rebotes por los bucles de Delivered-To como mail forwarding loop for user@example.com (bucle de reenvío).</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>Lea los encabezados Received: de la copia rebotada para ver qué hosts se repiten. Normalmente tiene que actuar el destinatario o su administrador: eliminar una regla de reenvío que apunta de vuelta al buzón original, o corregir los registros MX, las rutas de retransmisión o los conectores que devuelven el dominio a su origen. El remitente solo puede comunicarlo.</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>Dos buzones se reenvían el correo el uno al otro, o una cadena de reenvíos termina donde empezó.</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>Un registro MX o una ruta de retransmisión apunta de vuelta al servidor que intenta entregar, a menudo tras una migración o en una configuración híbrida de Exchange.</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>El dominio no está configurado como local en el servidor al que apunta su MX, así que ese servidor lo retransmite hacia delante y vuelve.</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>Una lista de correo está suscrita a sí misma o a otra lista que la alimenta.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Cuente los encabezados Received: de la copia rebotada y busque nombres de host que se repitan.</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Compruebe si el MX del dominio apunta precisamente al servidor que informa del bucle.</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>En Postfix, compruebe que el dominio figura donde debe para entregarse o retransmitirse.</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Busque en el registro los mensajes de bucle que escribe Postfix.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>No reintente sin cambios: el mensaje volverá a entrar en bucle. Vuelva a enviar solo después de corregir la regla de reenvío o el enrutamiento.</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Gmail rechaza un mensaje que ya lleva más de 50 saltos en encabezados Received:. El bucle está en el recorrido anterior a Gmail, a menudo un par de reglas de reenvío o un dominio mal enrutado.</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Exchange Server and Exchange Online both use 5.4.6, and Exchange Online also reports loops and broken routes with 5.4.14 and other codes up to 5.4.20, often in hybrid setups; Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Exchange detiene un mensaje en bucle en cuanto se supera su número de saltos y devuelve este NDR. Exchange Server y Exchange Online usan ambos 5.4.6, y Exchange Online también comunica bucles y rutas rotas con 5.4.14 y otros códigos hasta 5.4.20, a menudo en configuraciones híbridas; Microsoft aconseja revisar las reglas de la bandeja de entrada, el reenvío y el targetAddress del buzón.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>Tiempo de entrega vencido</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>entrega retrasada</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>mensaje atascado en la cola</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>tiempo de entrega agotado</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>El mensaje lleva demasiado tiempo en circulación: permaneció en una cola más allá del tiempo de vida de reintentos del sistema, o superó un límite de tiempo de entrega fijado por el remitente. Como 4.4.7 es un aviso de retraso o un rechazo transitorio; como 5.4.7, el mensaje se ha devuelto sin entregar. RFC 3463 pide a los sistemas que, cuando puedan, informen en su lugar del problema de fondo.</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>En rebotes y avisos de retraso del propio servidor de salida del remitente tras días de intentos fallidos, por ejemplo el retry timeout exceeded de Exim (tiempo de reintento superado) o el 550 4.4.7 QUEUE.Expired; message expired de Microsoft Exchange (mensaje caducado en la cola). Postfix registra status=expired, returned to sender, pero conserva en el rebote el último estado real (como 4.4.1).</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>Busque los motivos de aplazamiento anteriores en el rebote o en el registro; dicen por qué seguía fallando la entrega (MX inaccesible, greylisting nunca superado, fallo de TLS, aplazamientos repetidos por políticas con 4xx). El administrador del remitente corrige esa causa de fondo o pide al administrador del destinatario que lo haga, y después el remitente vuelve a enviar el mensaje. Aumentar el tiempo de vida en la cola solo oculta el problema.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>El MX de destino estuvo inaccesible o rechazó las conexiones durante todo el periodo de reintentos.</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>El receptor siguió respondiendo con códigos 4xx temporales (greylisting, límites de frecuencia, reputación) hasta que el remitente se dio por vencido.</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>Un problema de TLS o de certificado hizo fallar todos los intentos de entrega.</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>Venció un límite de tiempo de entrega fijado por el remitente antes de que el mensaje llegara.</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>Se acortó el tiempo de vida en la cola, así que los mensajes caducan al cabo de horas en lugar de días.</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Busque el historial de aplazamientos del destinatario; los motivos registrados antes de la caducidad son el problema real.</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Vea cuánto tiempo sigue intentándolo el servidor Postfix antes de darse por vencido.</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Compruebe qué más sigue esperando en la cola de Postfix.</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>En Exim, enumere la cola con la antigüedad de cada mensaje.</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>Un aviso de retraso 4.4.7 no requiere nada; el servidor sigue reintentando. Tras un 5.4.7 o un rebote por caducidad, el mensaje ha salido de la cola, así que vuelva a enviarlo cuando se corrija el problema de entrega de fondo.</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Microsoft&apos;s Exchange Online list describes 4.4.7 Message expired as usually a problem on the receiving server.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>Exchange se da por vencido tras su tiempo de caducidad de mensajes (dos días de forma predeterminada en Exchange Server) y envía este NDR; observe el 550 combinado con un código 4.x.x. La lista de Exchange Online de Microsoft describe 4.4.7 Message expired como un problema que suele estar en el servidor receptor.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>Otro estado del protocolo o estado no definido</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>error de protocolo smtp</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>Un código genérico sobre el propio diálogo SMTP: los comandos, su orden o el estado del protocolo, sin un detalle X.5 más concreto. Con un 2 es una etiqueta neutra en una respuesta corriente del protocolo; con un 4 o un 5, el servidor pone objeciones a cómo habla SMTP el cliente.</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>En cualquier punto de la sesión. Gmail aplaza a los clientes que incumplen el protocolo con 451 4.5.0 SMTP protocol violation, y con 454 4.5.0 cuando se envían comandos en pipelining después de STARTTLS. RFC 4468 usa 250 2.5.0 en las respuestas a BURL, y 554 5.5.0 o 503 5.5.0 cuando BURL llega sin destinatarios válidos.</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>Examine el comando exacto que provocó la respuesta. Con 4.5.0 o 5.5.0, el software cliente, o quien lo configuró, debe corregir su comportamiento SMTP: esperar el saludo 220, enviar EHLO de nuevo después de STARTTLS, no hacer pipelining más allá de STARTTLS, terminar las líneas con CRLF. Una respuesta 2.5.0 es un éxito y no requiere ninguna acción.</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>El cliente envió comandos en pipelining después de STARTTLS, o antes de que el servidor anunciara PIPELINING.</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>El cliente envió comandos antes del saludo o continuó sin esperar las respuestas.</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>Finales de línea con LF solo u otra entrada mal formada que el servidor clasifica como infracción del protocolo.</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>Un servidor que etiqueta cualquier rechazo a nivel de protocolo con el código genérico en lugar de uno concreto.</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Reproduzca la sesión a mano, comando a comando, y observe cada respuesta.</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Ejecute un cliente de referencia contra el mismo servidor; si funciona, el problema está en su software cliente.</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Active el registro del protocolo SMTP de su cliente y busque varios comandos enviados antes de que llegara la primera respuesta.</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>Con 2.5.0 no hay nada que reintentar; continúe el diálogo. Con 4.5.0, reintente más tarde, pero corrija el cliente si se repite. Con 5.5.0, no repita sin cambios la misma secuencia de comandos.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>El rechazo temporal de Gmail cuando el cliente no sigue SMTP (orden de comandos incorrecto, entrada mal formada). Corrija el cliente antes de confiar en los reintentos.</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>El cliente envió más comandos en la misma ráfaga que STARTTLS. Debe esperar la respuesta 220, completar el protocolo de enlace TLS y después enviar EHLO de nuevo.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>Comando no válido</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>El cliente envió un comando fuera de secuencia o que el servidor no admite en ese punto. RFC 3463 lo define como permanente, así que el mismo comando en el mismo lugar seguirá fallando, aunque algunos servidores lo envían con un 4.</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>Normalmente 503 5.5.1 para una secuencia incorrecta (RCPT antes de MAIL, DATA antes de cualquier RCPT aceptado, MAIL antes de EHLO) y 502 5.5.1 para un comando desactivado, como VRFY en Postfix. Gmail responde a un envío de mensajes sin inicio de sesión con 530 5.5.1 Authentication Required (autenticación obligatoria).</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>El fallo está en el software cliente o en su configuración. Examine el comando que provocó la respuesta y el anterior. Correcciones típicas: enviar primero EHLO, completar MAIL FROM antes de RCPT TO, activar la autenticación en el cliente de correo y dejar de depender de comandos que el servidor ha desactivado (VRFY, EXPN, ETRN).</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>Comandos enviados en el orden equivocado, como RCPT TO antes de MAIL FROM o DATA sin ningún destinatario aceptado.</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>Un cliente de correo configurado sin autenticación que habla con un servidor de envío de mensajes que la exige.</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>El cliente usa un comando que el servidor ha desactivado, como VRFY o EXPN.</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>Un segundo MAIL FROM dentro de una transacción abierta sin un RSET entre medias.</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Reproduzca la transacción hasta RCPT TO y vea qué comando se rechaza.</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Para el envío de mensajes, pruebe con autenticación tal como debería hacerlo el cliente de correo.</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Active el registro de depuración SMTP del cliente y lea el comando enviado justo antes del rechazo.</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>No vuelva a enviar el mismo comando en el mismo lugar. Corrija el orden de los comandos o añada el paso que falta (EHLO, AUTH) y después inicie una nueva transacción; trate un 4.5.1 como cualquier otro error temporal.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>smtp.gmail.com rechaza MAIL FROM de un cliente que no ha iniciado sesión. Configure el cliente para que se autentique (OAuth o una contraseña de aplicación) en el puerto 587 con STARTTLS o en el puerto 465 con TLS.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>Error de sintaxis</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>El servidor no pudo analizar el comando: el verbo es desconocido o sus argumentos están mal formados. Solo está definido como permanente, así que los mismos bytes se volverán a rechazar.</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>En cualquier comando. Casos reales habituales: MAIL FROM: user@example.com sin corchetes angulares (Gmail responde 555 5.5.2 Syntax error), una respuesta AUTH que el servidor no puede decodificar de base64 (RFC 4954 prescribe 501 5.5.2), un registro SPF con un error permanente (RFC 7208 sugiere 550 5.5.2) y un cliente que habla TLS o HTTP a un puerto SMTP sin cifrar.</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>El software cliente debe enviar comandos bien formados: corchetes angulares alrededor de las direcciones, ningún parámetro que el servidor no haya anunciado, finales de línea CRLF, líneas de comando dentro de 512 octetos. Si la respuesta menciona SPF, el propietario del dominio del remitente corrige el registro SPF. Si el servidor vio ruido binario, haga coincidir el modo TLS con el puerto: el 465 espera TLS desde el primer byte, el 25 y el 587 esperan STARTTLS.</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>Direcciones enviadas sin corchetes angulares o con espacios sobrantes, como MAIL FROM: user@example.com.</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>Un script, una impresora o un appliance con su propia implementación SMTP defectuosa.</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>TLS implícito enviado a un puerto STARTTLS, o texto sin cifrar enviado al puerto 465, así que el servidor lee ruido.</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>Un registro SPF con un error permanente (sintaxis incorrecta, demasiadas consultas DNS) evaluado por el receptor.</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Envíe una prueba correctamente formada al mismo servidor; si funciona, compare sus comandos con los de su cliente.</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Compruebe que el puerto 465 espera realmente TLS desde el primer byte; deberían aparecer un certificado y un saludo 220.</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Si el texto menciona SPF, lea el registro SPF del dominio del remitente y compruebe su sintaxis y su número de consultas.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>No reintente sin cambios; primero hay que corregir el comando o volverá el mismo 5.5.2.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>La respuesta de Gmail a un MAIL FROM o RCPT TO mal formado, normalmente una dirección sin corchetes angulares o con parámetros que no acepta.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>Demasiados destinatarios</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>límite de destinatarios</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>La transacción tiene más destinatarios de los que el servidor aceptará de una vez. Lo previsto es que el remitente entregue a los destinatarios ya aceptados y envíe el resto en otra transacción; algunos sistemas usan un 5.5.3 permanente cuando el mensaje en su conjunto tiene más destinatarios de los que permite la política.</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>En RCPT TO en cuanto se alcanza el límite por mensaje. Postfix responde 452 4.5.3 Error: too many recipients tras smtpd_recipient_limit (1000 de forma predeterminada); Gmail y Microsoft 365 aplazan el excedente con 452 4.5.3. RFC 5321 dice que los servidores deben admitir al menos 100 destinatarios y deberían usar 452 en este caso.</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>Un MTA de envío correcto lo gestiona por sí solo, dividiendo la lista de destinatarios, así que normalmente nadie tiene que actuar. Si, en cambio, el correo falla, el administrador del remitente reduce los destinatarios por transacción en el MTA o en el software de envíos, y los remitentes masivos dividen las listas grandes. Ante un 5.5.3 permanente de Exchange, el remitente reduce las direcciones de To, Cc y Bcc o usa una lista de distribución.</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Un mensaje dirigido a más destinatarios de los que el servidor receptor acepta por transacción.</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Software de envíos masivos que manda toda su lista en una sola transacción SMTP.</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>Microsoft 365 aplaza los destinatarios del sobre que superan su límite por transacción para un mismo dominio.</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>Un cliente que trata el 452 como fatal en lugar de reintentar los destinatarios aplazados.</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Vea cuántos destinatarios por mensaje acepta su propio Postfix.</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Compruebe cuántos destinatarios pone su cliente Postfix en una misma entrega hacia un destino.</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Busque los destinatarios que se aplazaron con 4.5.3 y compruebe que se reintentaron.</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>Entregue a los destinatarios que se aceptaron y después reintente los aplazados en una nueva transacción con menos destinatarios en cada una. Un 5.5.3 exige reducir la lista de destinatarios antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Gmail solo acepta parte de la lista de destinatarios en esta transacción; un MTA normal reintenta el resto. El texto remite a los límites de envío de Google, así que también lo ven los usuarios de Gmail que envían a listas muy grandes.</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Exchange Online aplaza los destinatarios del sobre que superan los 200 de un mismo dominio en una transacción; el servidor de envío debe enviar al resto en otra transacción.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>Argumentos del comando no válidos</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>parámetro no válido</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>El comando es válido, pero uno de sus argumentos no lo es: fuera de rango, mal formado, o un parámetro o una palabra clave que el servidor no reconoce. RFC 3463 lo describe como permanente, aunque el registro también admite un 4 para límites que pueden levantarse más tarde.</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>Sobre todo como 501 5.5.4 o 555 5.5.4. Postfix lo usa cuando los argumentos no se pueden analizar, mostrando la forma esperada (501 5.5.4 Syntax: VRFY address) o nombrando el valor erróneo (501 5.5.4 Bad message size syntax, sintaxis incorrecta del tamaño del mensaje), y para los parámetros de MAIL FROM desconocidos; RFC 4954 usa 504 5.5.4 para un mecanismo AUTH que el servidor no admite; Gmail rechaza un nombre HELO o EHLO incorrecto con 501 5.5.4.</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>El software cliente, o quien lo configuró, debe enviar argumentos que el servidor acepte: un mecanismo AUTH de la lista de EHLO, parámetros ESMTP solo cuando el servidor haya anunciado la extensión correspondiente, un nombre de host completo o una dirección literal en EHLO, y números donde se esperan números.</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>Un mecanismo AUTH que el servidor no anunció.</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>Parámetros de MAIL FROM como SIZE=, BODY= o SMTPUTF8 enviados a un servidor que no anunció la extensión, o con valores no válidos.</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>Un argumento de EHLO vacío o no válido, como una palabra suelta o una dirección IP sin corchetes.</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>Parámetros DSN (NOTIFY=, ORCPT=, RET=) con sintaxis incorrecta.</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Enumere las extensiones y los mecanismos AUTH que ofrece el servidor y compárelos con lo que envía el cliente.</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Compruebe el nombre de host que presenta su servidor Postfix en EHLO.</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Pruebe la autenticación con un mecanismo tomado de la lista anunciada.</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>No reintente con los mismos argumentos; corrija el parámetro o el mecanismo y vuelva a enviar el comando. Un 4.5.4 puede reintentarse más tarde, ya que el servidor indica que el límite es temporal.</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>Gmail rechaza un nombre EHLO o HELO vacío o que no es un nombre de dominio válido ni una dirección literal; el servidor de envío debe presentar un nombre de host adecuado.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>Versión de protocolo incorrecta</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>Las dos partes no pudieron ponerse de acuerdo en una versión del protocolo ni resolver automáticamente la discrepancia. Forma parte del conjunto original de RFC 3463, pero hoy se envía pocas veces; la mayoría de los servidores comunican las discrepancias de protocolo como 5.5.1 o 5.5.2.</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>Se ve pocas veces en la red. Encaja en casos como un cliente que habla LMTP (LHLO) a un proceso de escucha SMTP, o un cliente muy antiguo que solo admite HELO hablando con un servicio que exige ESMTP, y las pasarelas de protocolos pueden usarlo cuando no pueden trasladar una versión de un protocolo de correo a otra.</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>El administrador del cliente se asegura de que el software habla el protocolo que espera el puerto: SMTP con STARTTLS en el 25 y el 587, TLS desde el primer byte en el 465, LMTP solo en un socket LMTP. Después lea el texto que sigue al código; el servidor suele decir qué esperaba.</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>Un cliente que habla LMTP a un puerto SMTP, o SMTP a un socket LMTP.</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>Un cliente antiguo que solo conoce HELO hablando con un servicio que exige funciones ESMTP.</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>Una pasarela entre sistemas de correo que no puede traducir una versión del protocolo a la otra.</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Conéctese a mano y lea el saludo; suele mostrar si el puerto habla ESMTP o LMTP.</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Compruebe para qué protocolo y qué puerto o socket está configurada la aplicación que envía, y compárelo con el servicio que escucha allí.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>No reintente sin cambios; hay que reconfigurar el cliente para que hable el protocolo correcto en el puerto correcto.</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>La línea del intercambio de autenticación es demasiado larga</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>Durante SMTP AUTH, el cliente envió una línea en base64 más larga que el búfer del servidor para el mecanismo SASL elegido, así que el servidor hizo fallar el comando AUTH. Lo define RFC 4954, enviado como 500 5.5.6, y señala que en su momento se consideraba que 12288 octetos bastaban para los mecanismos desplegados.</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>Solo en respuesta a AUTH o a una línea de continuación tras un desafío 334. Los desencadenantes típicos son tokens Kerberos (GSSAPI) grandes, tokens bearer de OAuth que superan un límite pequeño del servidor o un cliente que envió una línea dañada e interminable. Postfix responde 500 5.5.6 SASL response limit exceeded.</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>El administrador del servidor amplía el búfer de autenticación si los tokens legítimos son mayores de lo que permite, por ejemplo tickets Kerberos con muchas pertenencias a grupos o tokens OAuth largos; en Postfix es smtpd_sasl_response_limit (12288 de forma predeterminada), mientras que una respuesta inicial en la propia línea AUTH está limitada por line_length_limit. En el lado del cliente, compruebe que se usa el mecanismo previsto y que cada respuesta es una única línea base64 bien formada; PLAIN sobre TLS evita los tokens grandes.</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>Un ticket Kerberos (GSSAPI) inflado por muchas pertenencias a grupos.</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>Un token de acceso OAuth 2.0 mayor que el límite de línea AUTH del servidor.</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>Un error del cliente que envía datos incorrectos o ningún salto de línea, así que el servidor lee una única línea desbocada.</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>Un servidor con un búfer de autenticación inusualmente pequeño, muy por debajo de los 12288 octetos que menciona RFC 4954.</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Autentíquese con un mecanismo sencillo para confirmar que la cuenta funciona y que el fallo se debe al tamaño del token.</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Busque el fallo de AUTH en el registro del servidor en torno al momento del intento.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>En un servidor Postfix, lea los límites que se aplican a las respuestas SASL y a la línea del comando AUTH.</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Si el cliente o su biblioteca pueden registrar el token, compare su longitud con el límite del servidor.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>No repita el mismo intercambio AUTH; falla de la misma forma. Use un token más pequeño u otro mecanismo, o consiga que se amplíe el límite del servidor, y después vuelva a autenticarse.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>Otro error de medio o error no definido</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>mensaje dañado</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>mime no válido</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>Algo relacionado con el contenido del mensaje impidió entregarlo, y no encaja ningún código X.6 más concreto. En los rechazos suele significar que el receptor consideró el mensaje mal formado: MIME roto, encabezados incorrectos o contenido que no puede procesar.</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>Sobre todo al final de DATA, después de que el receptor haya analizado el mensaje. Gmail rechaza los mensajes mal formados con 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange usa en cambio el código para el éxito: su respuesta normal a DATA es 250 2.6.0 seguido del ID del mensaje y de Queued mail for delivery (correo en cola para su entrega).</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>El remitente, o el software que generó el mensaje, corrige su estructura: líneas de encabezado bien formadas, exactamente un From, un Date y un Message-ID, líneas de no más de 998 caracteres, límites MIME que coincidan, codificaciones de transferencia correctas. El correo generado por scripts y dispositivos es el sospechoso habitual; enviar el mismo contenido desde un cliente de correo corriente muestra si el fallo es del generador.</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>MIME roto: límites (boundaries) ausentes o que no coinciden, un Content-Transfer-Encoding incorrecto, partes truncadas.</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>Líneas de encabezado mal formadas, duplicadas o más largas de lo que permite RFC 5322.</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>Caracteres LF sueltos o NUL en el mensaje, normalmente procedentes de scripts o de dispositivos embebidos.</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>Un analizador de contenido que no pudo procesar un adjunto y rechazó el mensaje con un código genérico.</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Guarde el mensaje rechazado en un archivo e inspeccione sus encabezados principales.</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Busque líneas de más de 998 caracteres, que RFC 5322 prohíbe.</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Envíe el mismo contenido desde un cliente de correo corriente; si esa copia se acepta, el fallo es del software que lo genera.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>No reintente sin cambios; el mismo contenido se volverá a rechazar. Un 4.6.0 puede tener éxito en un intento posterior si el procesamiento de contenido del receptor estaba fallando temporalmente.</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Gmail consideró el mensaje estructuralmente no válido (encabezados o MIME que no cumplen RFC 5322); el software que envía tiene que producir un mensaje correcto.</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>La respuesta de éxito normal de Exchange después de DATA: el mensaje se aceptó y se puso en cola. El 2.6.0 es una costumbre de Exchange, no un error, aunque el registro solo incluye X.6.0 para los fallos.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>Medio no admitido</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>tipo de contenido no admitido</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>El mensaje usa un tipo de medio o una codificación que el protocolo de entrega o el siguiente sistema del recorrido no pueden transportar. Solo está definido como permanente: el mensaje no puede seguir adelante en su forma actual.</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>Poco frecuente como respuesta SMTP directa; más a menudo en un rebote de un servidor de retransmisión o de una pasarela que no pudo transmitir el contenido, por ejemplo contenido binario hacia un salto sin BINARYMIME, o una pasarela hacia fax, SMS o un sistema heredado que no puede representar el tipo MIME.</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>El remitente vuelve a enviar el contenido en una forma que el recorrido pueda transportar: MIME estándar con codificación base64 o quoted-printable y un tipo de adjunto común. Si el destino es una pasarela (fax, buscapersonas, sistema heredado), el administrador del destinatario puede decir qué formatos acepta.</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>Contenido binario (BODY=BINARYMIME) enviado hacia un salto que no ofrece BINARYMIME.</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>Contenido de 8 bits en bruto que se dirige a un salto solo de 7 bits que no lo convertirá.</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>Una pasarela hacia un sistema que no es de correo electrónico y no puede representar el tipo MIME del mensaje.</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Compruebe qué extensiones de cuerpo (8BITMIME, BINARYMIME, CHUNKING) anuncia el siguiente salto después de EHLO.</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Compruebe cómo están codificados el cuerpo del mensaje y los adjuntos.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>No reintente sin cambios; vuelva a codificar el contenido o conviértalo a un tipo admitido y envíe un mensaje nuevo.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>Conversión necesaria pero prohibida</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>Para entregar el mensaje, un sistema del recorrido tendría que convertir su contenido, pero la conversión no está permitida, bien porque el remitente lo indicó en el mensaje, bien porque la política del host de envío lo prohíbe.</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>En rebotes de servidores de retransmisión y pasarelas, en el punto en que el siguiente salto no puede aceptar el contenido tal cual, por ejemplo MIME de 8 bits hacia un servidor solo de 7 bits cuando el servidor de retransmisión está configurado para no rebajar nunca la codificación, o contenido para una pasarela X.400 o similar marcado para no convertirse.</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>El remitente elimina la prohibición o envía contenido que no necesita conversión (codificaciones seguras para 7 bits, como base64 o quoted-printable). Si la prohibición es la política del host de envío, el administrador del remitente decide si permite rebajar la codificación para esa ruta.</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>El mensaje o su sobre prohíbe la conversión del contenido, y el siguiente salto necesita una.</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>El servidor de retransmisión está configurado para no rebajar nunca el contenido de 8 bits, y el siguiente salto carece de 8BITMIME.</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>Una pasarela hacia X.400 u otro sistema de correo tendría que transformar el contenido, y la configuración del remitente no lo permite.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Compruebe si el siguiente salto anuncia 8BITMIME; conéctese, envíe EHLO example.net y lea la lista.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Busque en el mensaje bytes no ASCII en bruto que obligarían a una conversión.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>No reintente sin cambios; permita la conversión o vuelva a codificar el contenido para que no haga falta ninguna, y envíe de nuevo.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>Conversión necesaria pero no admitida</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>El contenido debe convertirse antes de poder reenviarlo, y el host que tendría que hacerlo no puede. El propio ejemplo de RFC 3463 es una pasarela que acepta correo de 8 bits pero no puede rebajarlo a 7 bits para un siguiente salto que lo exige.</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>En un rebote del servidor de retransmisión que se quedó atascado, o como 554 5.6.3 al final de los datos. RFC 4468 incluye 554 5.6.3 Conversion required but not supported como posible respuesta a BURL, cuando el contenido referenciado necesitaría una conversión que el servidor de envío de mensajes no puede realizar.</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>El remitente puede evitar la conversión enviando contenido seguro para 7 bits: partes codificadas en base64 o quoted-printable y encabezados codificados según RFC 2047. El administrador del servidor de retransmisión que falló puede activar la rebaja de MIME, o enrutar el correo por un recorrido que admita 8BITMIME de extremo a extremo.</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>Contenido de 8 bits enrutado hacia un servidor sin 8BITMIME a través de un servidor de retransmisión que no puede rebajarlo.</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>Contenido binario que necesitaría una nueva codificación para un salto sin BINARYMIME.</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>Una pasarela que carece de un conversor para el tipo de contenido en cuestión.</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Cuente las líneas con bytes de 8 bits en bruto en los encabezados y el cuerpo del mensaje.</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>En un servidor de retransmisión Postfix, confirme que no se ha desactivado la conversión de salida de 8 a 7 bits.</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Identifique el salto sin 8BITMIME por el campo Remote-MTA o Reporting-MTA del rebote y lea su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>No reintente sin cambios por el mismo recorrido; envíe contenido seguro para 7 bits o consiga primero que se corrija el servidor de retransmisión.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>Se realizó una conversión con pérdida</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>Normalmente un éxito con advertencia: el mensaje se entregó, pero una conversión por el camino perdió parte de la información, como caracteres que no se podían representar o partes que se aplanaron o se descartaron. RFC 3463 también lo admite como error permanente cuando el remitente prohibió la conversión con pérdida.</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>Como 2.6.4 en un informe de entrega o en una respuesta 250; RFC 4468 muestra 250 2.6.4 MIME header conversion with loss performed (conversión con pérdida de los encabezados MIME) para BURL. La forma 5.6.4 aparece en rebotes de pasarelas que se negaron a convertir con pérdida.</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>Con 2.6.4 no hay nada que corregir, pero el destinatario puede recibir una copia degradada. Si eso importa, el remitente vuelve a enviar un contenido más sencillo (texto sin formato o tipos de adjunto comunes, encabezados codificados correctamente), o el administrador del destinatario localiza la pasarela que hizo la conversión. Con 5.6.4, el remitente debe permitir la conversión con pérdida o cambiar el contenido.</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>Una pasarela convirtió el mensaje a un juego de caracteres o un formato que no puede representar todos los caracteres.</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>Se rebajaron encabezados MIME con texto no ASCII y se perdieron los caracteres originales.</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>Se eliminó o sustituyó un tipo de adjunto que el sistema de destino no puede almacenar.</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Lea el bloque por destinatario del informe de entrega; Action y Status muestran si se entregó (2.6.4) o se rechazó (5.6.4).</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Si puede contactar con el destinatario, compare lo que llegó con lo que se envió para ver qué se perdió.</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>Con 2.6.4 no hay nada que reintentar; el mensaje se entregó. Con 5.6.4, vuelva a enviar solo después de cambiar el contenido o el ajuste de conversión.</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>La conversión falló</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>Hacía falta una conversión y se intentó, pero falló. Puede ser temporal (4.6.5, el conversor puede funcionar en un intento posterior) o permanente (5.6.5, este contenido no se puede convertir).</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>En rebotes o aplazamientos de servidores de retransmisión, pasarelas y filtros de contenido que transforman mensajes: rebajar de 8 a 7 bits, volver a codificar adjuntos, convertir juegos de caracteres o pasar el correo a fax y a otros sistemas que no son de correo electrónico.</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>Con 4.6.5, el administrador del servidor de retransmisión revisa el conversor o el filtro (servicio bloqueado, herramienta que falta, límites de recursos) y deja que la cola reintente. Con 5.6.5, el remitente envía contenido que evite la conversión: codificaciones estándar, tipos de archivo comunes y juegos de caracteres declarados correctamente.</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>El juego de caracteres declarado en el mensaje no corresponde a sus bytes, así que la nueva codificación falla.</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>Un adjunto dañado o truncado que el conversor no puede analizar.</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>El servicio de conversión o el filtro de contenido del servidor de retransmisión se bloqueó o agotó el tiempo de espera.</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>Un juego de caracteres o un tipo MIME poco habitual que el conversor no conoce.</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>Compruebe los juegos de caracteres declarados y las codificaciones de transferencia del mensaje.</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>En el servidor de retransmisión, busque errores del conversor o del filtro de contenido en el momento del fallo.</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>Reintente un 4.6.5 más tarde con espera progresiva. No reintente un 5.6.5 sin cambios; primero tiene que cambiar el contenido.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>Contenido del mensaje no disponible</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>El servidor de envío de mensajes no pudo obtener el contenido del mensaje del lugar al que lo remitió el cliente. El código procede de BURL (RFC 4468): en lugar de subir el mensaje, el cliente da una URL de una copia guardada en un servidor IMAP, y el servidor no pudo recuperarla. 4.6.6 significa que se vuelva a intentar más tarde; 5.6.6, que esta referencia no funcionará.</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>En respuesta al comando BURL en un servidor de envío de mensajes (puerto 587), normalmente como 554 5.6.6 IMAP URL resolution failed. BURL es poco frecuente: el servicio de envío de mensajes de Dovecot (2.3 y posteriores) es una implementación, usada junto con IMAP URLAUTH (RFC 4467). Si el servidor IMAP es totalmente inaccesible, RFC 4468 sugiere en su lugar 451 4.4.1.</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>El cliente generó una URL que el servidor no puede resolver o no tiene permiso para usar. El administrador de correo comprueba que el servidor de envío de mensajes está configurado para confiar en el servidor IMAP que figura en la URL y llegar a él (en Dovecot, imap_urlauth_host y la configuración de URLAUTH) y que la URL apunta a un mensaje existente. Como solución alternativa, el cliente puede enviar el mensaje con DATA en lugar de BURL.</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>La URL autorizada con URLAUTH ha caducado o se ha revocado, o el mensaje al que apunta se eliminó o se movió.</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>La URL nombra un host o un puerto del que el servidor de envío de mensajes no está configurado para obtener contenido.</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>El servidor de envío de mensajes no tiene una relación de confianza con el servidor IMAP (ese caso tiene su propio código, X.7.14).</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>El servidor IMAP falló mientras se obtenía el contenido.</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Compruebe de qué host y puerto IMAP puede obtener contenido BURL el servicio de envío de mensajes de Dovecot.</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Conéctese al puerto de envío de mensajes, envíe EHLO example.net y confirme que se anuncia BURL con el tipo de URL esperado.</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Envíe el mismo mensaje con DATA en lugar de BURL para distinguir un problema de obtención de un problema del mensaje.</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>Reintente un 4.6.6 más tarde. Tras un 5.6.6, no repita el mismo BURL; genere una URL nueva o envíe el mensaje con DATA.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>No se permiten direcciones no ASCII para ese remitente/destinatario</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>dirección de correo internacionalizada</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>Una dirección del sobre contiene caracteres no ASCII (UTF-8) y el servidor no la aceptará en esta transacción, porque no admite SMTPUTF8 o porque el cliente no lo solicitó en MAIL FROM. RFC 6531 lo combina con 553 cuando se rechaza una dirección de RCPT TO y con 550 cuando se rechaza la de MAIL FROM.</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>En MAIL FROM o RCPT TO: Postfix responde 553 5.6.7 Must declare SMTPUTF8 to send unicode address cuando un cliente envía una dirección UTF-8 sin el parámetro SMTPUTF8. Postfix también genera rebotes con dsn=5.6.7 en el lado que envía (SMTPUTF8 is required, but was not offered by host ...), a menudo porque un script puso UTF-8 en bruto en un encabezado Subject y el siguiente salto no ofrece SMTPUTF8.</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>Si la dirección está realmente internacionalizada, el cliente que envía debe usar SMTPUTF8 (la respuesta a EHLO debe incluirlo y MAIL FROM debe llevar el parámetro SMTPUTF8), y todos los saltos deben admitirlo; si no, el remitente necesita una dirección ASCII de la misma persona. Si solo los encabezados contienen UTF-8, el software que envía debe codificarlos como encoded words de RFC 2047. Un administrador de Postfix también puede limitar smtputf8_autodetect_classes, o configurar smtputf8_enable = no como hacen muchos, a costa de perder la compatibilidad con EAI.</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>La dirección del destinatario o del remitente tiene caracteres no ASCII en la parte local o un dominio con U-labels, y el servidor carece de SMTPUTF8.</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>El cliente envió una dirección UTF-8 pero omitió el parámetro SMTPUTF8 en MAIL FROM.</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>El UTF-8 en bruto de los encabezados del mensaje hizo que Postfix marcara el mensaje como necesitado de SMTPUTF8, y el siguiente salto no lo ofrece.</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>Un servidor que admite SMTPUTF8 en general rechaza las direcciones no ASCII para este buzón o dominio concreto.</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Vea si el servidor receptor incluye SMTPUTF8 en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Compruebe los ajustes de SMTPUTF8 del Postfix de envío.</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Busque los mensajes rebotados y los hosts que no ofrecían SMTPUTF8.</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Para un dominio internacionalizado, obtenga su forma A-label (xn--), que los servidores sin SMTPUTF8 pueden aceptar.</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>No reintente sin cambios. Vuelva a enviar cuando el recorrido admita SMTPUTF8, a través de un servidor que lo admita, o a una dirección ASCII de la misma persona.</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>Se requiere una respuesta con cadena UTF-8, pero el cliente SMTP no la permite</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>El servidor tendría que mostrar en su respuesta un nombre de buzón que contiene UTF-8, pero el cliente no indicó que puede manejar respuestas UTF-8. Corresponde a VRFY y EXPN con SMTPUTF8 (RFC 6531, sección 3.7.4.2): como 252 2.6.8, el servidor se niega a mostrar la dirección pero sigue aceptando correo para ella; como 550 5.6.8 (o 553), la rechaza.</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>Solo en respuesta a VRFY o EXPN enviados sin el parámetro SMTPUTF8, cuando la respuesta contendría un buzón no ASCII. Muy poco frecuente en la práctica, ya que la mayoría de los servidores públicos desactivan por completo VRFY y EXPN.</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>No hay nada roto. Un cliente o un administrador que quiera la respuesta completa comprueba que la respuesta a EHLO incluye SMTPUTF8 y repite el comando con el parámetro, como VRFY name SMTPUTF8. Tras un 252 2.6.8, se puede enviar correo a la dirección sin más.</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>VRFY o EXPN emitido sin el parámetro SMTPUTF8 para un buzón cuyo nombre está internacionalizado.</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>Una lista expandida con EXPN que contiene al menos una dirección no ASCII.</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>Un cliente o script antiguo que nunca envía SMTPUTF8 consultando a un servidor compatible con EAI.</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>Abra una sesión, envíe EHLO example.net, compruebe que aparece SMTPUTF8 y repita el VRFY o el EXPN con el parámetro SMTPUTF8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>No hay nada que reintentar para el mensaje en sí. Repita VRFY o EXPN con el parámetro SMTPUTF8 si necesita la respuesta.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>Un mensaje con encabezados UTF-8 no puede transferirse a uno o varios destinatarios, así que el mensaje debe rechazarse</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>El mensaje tiene encabezados internacionalizados (UTF-8) y al menos un destinatario no puede aceptar un mensaje así, de modo que el servidor lo rechaza después del punto final de DATA. El registro de la IANA lo combina con 550, mientras que RFC 6531, sección 3.5, describe la respuesta como 554 Transaction failed, así que puede aparecer con cualquiera de los dos códigos básicos.</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>Al final de DATA en un servidor compatible con SMTPUTF8 que aceptó los destinatarios y solo entonces descubrió que uno de ellos, por ejemplo un buzón en un almacén posterior sin soporte de EAI, no puede recibir encabezados UTF-8. RFC 6531 anima a los servidores a detectarlo en RCPT TO, lo que da X.6.7.</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>El remitente vuelve a enviar sin encabezados internacionalizados (encoded words de RFC 2047 en Subject y en los nombres para mostrar, direcciones ASCII), o envía por separado a los destinatarios que no pueden recibir correo EAI. El administrador del destinatario puede activar la compatibilidad con SMTPUTF8 de extremo a extremo si el buzón debe recibir ese tipo de correo.</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>El buzón de un destinatario está detrás de un almacén o de un salto posterior sin soporte de SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>El mensaje lleva UTF-8 en bruto en los encabezados (Subject, nombres para mostrar, direcciones) en lugar de encoded words.</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>Una lista de destinatarios mixta en la que algunos destinatarios admiten correo internacionalizado y otros no.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Busque bytes no ASCII en bruto en la sección de encabezados del mensaje, todo lo que hay hasta la primera línea en blanco.</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Confirme que el propio servidor receptor ofrece SMTPUTF8, de modo que el rechazo procede de un destinatario situado detrás de él.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>No reintente sin cambios; vuelva a enviar con los encabezados codificados, o solo a los destinatarios que aceptan correo internacionalizado.</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>Obsoleto: duplicado de X.6.8</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>Una entrada obsoleta del registro que duplica X.6.8; use e interprete X.6.8 en su lugar. El RFC experimental 5336 la registró por error como segundo código para la misma situación, una respuesta UTF-8 que el cliente no ha permitido (X.6.8 con 553 y 550, X.6.10 con 252); RFC 6531 integró el caso 252 en X.6.8 y marcó X.6.10 como obsoleto.</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>Prácticamente nunca. Solo el software escrito según el RFC experimental 5336 podría enviar todavía 252 2.6.10 en respuesta a VRFY o EXPN; si lo ve, significa exactamente lo mismo que X.6.8.</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>Trátelo como X.6.8: el cliente envió VRFY o EXPN sin el parámetro SMTPUTF8 y la respuesta contendría un nombre de buzón UTF-8. El administrador del servidor que lo envía debería actualizar el software para que use X.6.8.</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>Software de servidor que implementa el RFC experimental 5336 en lugar de RFC 6531.</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>Una tabla de estados fija copiada del registro tal como estaba antes de 2012.</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>Compruebe que el servidor incluye SMTPUTF8 después de EHLO y repita el VRFY o el EXPN con el parámetro SMTPUTF8, como con X.6.8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>No hay nada que reintentar para el mensaje; trátelo exactamente como X.6.8 y repita la consulta con SMTPUTF8 si necesita la respuesta.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>Otro estado de seguridad o estado no definido</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>tls obligatorio</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>autenticación smtp obligatoria</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>El código comodín de seguridad y de políticas: algo se rechazó, se retrasó o (como 2.7.0) se aceptó por un motivo de seguridad que el servidor no describe con más precisión. Como 5.7.0 es un rechazo permanente, sobre todo 530 5.7.0 cuando el cliente debe usar STARTTLS o iniciar sesión primero; como 4.7.0 es temporal, como 454 4.7.0 cuando el backend de autenticación del servidor está caído, o el límite de frecuencia 421 4.7.0 de un proveedor. 235 2.7.0 es la respuesta normal a un AUTH correcto.</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>En los puertos de envío de mensajes (587, 465) en torno a STARTTLS y AUTH, y en MAIL FROM cuando un cliente intenta enviar sin iniciar sesión. Postfix responde 530 5.7.0 Must issue a STARTTLS command first cuando TLS es obligatorio, y 454 4.7.0 cuando falla su propia configuración de TLS o SASL. Los grandes receptores, como Gmail y Yahoo, usan 421 4.7.0 para limitar a los remitentes con mala reputación.</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>Lea el texto que sigue al código, porque contiene el motivo real. Si pide STARTTLS o autenticación, el software cliente debe configurarse con STARTTLS en el puerto 587 (o SSL/TLS en el puerto 465) e iniciar sesión con las credenciales del buzón. Si es un 454 4.7.0, un error temporal de autenticación, el administrador del servidor revisa el backend de autenticación (Dovecot, Cyrus SASL, LDAP) y los archivos del certificado TLS. Si es una limitación 421 4.7.0 de un proveedor, el administrador del remitente corrige los problemas de reputación (registro PTR, SPF, DKIM, tasa de quejas, volumen repentino) y deja que la cola reintente.</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>El cliente de correo o la aplicación habla con el puerto de envío de mensajes sin STARTTLS mientras el servidor exige TLS antes que nada.</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>El cliente se salta SMTP AUTH y pasa directamente a MAIL FROM en un servidor que solo retransmite para usuarios con sesión iniciada.</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>El backend SASL del servidor (socket de autenticación de Dovecot, saslauthd, LDAP) es inaccesible, así que los inicios de sesión fallan temporalmente.</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>El servidor no puede cargar su propio certificado TLS o su clave, así que no puede ofrecer STARTTLS y responde con un rechazo temporal.</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>Un gran receptor está limitando la IP o el dominio de envío por su baja reputación o por un aumento repentino del volumen.</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Conéctese al puerto de envío de mensajes con TLS, envíe EHLO a mano y compruebe que la línea 250-AUTH aparece dentro de la sesión TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Ejecute un envío de mensajes autenticado completo para ver qué comando provoca la respuesta 5.7.0 o 4.7.0.</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>En un servidor Postfix, busque advertencias de TLS y de SASL en torno al momento del fallo.</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Ante una limitación 421 4.7.0 de un proveedor, compruebe que la IP de envío tiene un registro PTR cuyo nombre se resuelve de vuelta a la misma IP.</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>Depende de la clase. 4.7.0 es temporal: mantenga el mensaje en la cola y reintente con espera progresiva. 5.7.0 no se resolverá reintentando, así que corrija primero la configuración de TLS o de inicio de sesión. 2.7.0 es un éxito: continúe la sesión.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>El servidor de envío de mensajes de Gmail, smtp.gmail.com, envía esto cuando un cliente intenta AUTH o MAIL FROM en el puerto 587 antes de cifrar la conexión con STARTTLS.</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>En smtp.gmail.com significa que el cliente llegó a MAIL FROM sin un inicio de sesión correcto; Gmail solo retransmite el correo enviado por cuentas de Google autenticadas.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>El aplazamiento temporal por reputación de Yahoo para la IP de envío (quejas, volumen inusual o contenido que parece spam). No es un fallo de seguridad en el sentido del registro; los reintentos tienen éxito cuando se recupera la reputación.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>Entrega no autorizada, mensaje rechazado</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>lista negra</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>lista de denegación</translation>
    </message>
    <message>
        <source>RBL</source>
        <comment>X.7.1|keywords</comment>
        <translation>rbl</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>X.7.1|keywords</comment>
        <translation>dnsbl</translation>
    </message>
    <message>
        <source>relay denied</source>
        <comment>X.7.1|keywords</comment>
        <translation>retransmisión denegada</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>retransmisión no permitida</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>El rechazo por políticas más frecuente: el servidor receptor no aceptará este mensaje de este remitente, cliente o dirección IP. El registro lo define solo como permanente (5.7.1), y abarca la denegación de retransmisión, las coincidencias en listas de bloqueo, las restricciones de remitente o de destinatario y los veredictos de los filtros de spam. En la práctica, 4.7.1 también se envía mucho como aplazamiento temporal por políticas, con el greylisting como caso clásico.</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>Normalmente en RCPT TO (relay access denied, es decir, retransmisión denegada; restricciones de destinatario; greylisting) o al final de DATA (filtros de spam y de contenido, comprobaciones de encabezados), a veces en MAIL FROM cuando la IP del cliente figura en una lista de bloqueo. Postfix, Exim, Exchange, Microsoft 365, Gmail y Yahoo lo envían, y el texto que sigue al código nombra la regla que se activó.</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>Lea la respuesta completa y actúe según la regla que nombra. Relay access denied (retransmisión denegada): el software cliente debe autenticarse antes de enviar a dominios externos, o el administrador del destinatario debe añadir el dominio a los dominios aceptados del servidor. IP en una lista de bloqueo: el administrador del remitente localiza la inclusión, corrige su causa (cuenta comprometida, retransmisión abierta, PTR ausente) y solicita la exclusión. Veredicto de spam o de reputación: el administrador del remitente revisa la autenticación, el contenido y el volumen, y después pide una revisión al proveedor receptor. Con el greylisting 4.7.1 no hay que hacer nada; el servidor de envío reintenta por sí solo.</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>Retransmisión denegada: el cliente envió a un dominio externo sin autenticarse, o desde una dirección IP en la que el servidor no confía.</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>La IP de envío figura en una lista de bloqueo DNS (Spamhaus ZEN, Barracuda, SpamCop) o en la lista de bloqueo privada de un proveedor.</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>Un filtro de spam o de malware, o el sistema de reputación del proveedor, consideró el mensaje no deseado o peligroso.</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>Una regla del lado del destinatario: el buzón o el grupo solo acepta correo de determinados remitentes, o solo de dentro de la organización.</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>Greylisting (como 4.7.1): el receptor aplaza el primer intento de un remitente desconocido y acepta un reintento posterior.</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>La dirección del remitente o su dominio figura en la propia lista de bloqueo del destinatario, o no supera una verificación de la dirección del remitente.</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Busque el rechazo en el registro del servidor de envío y lea el texto completo de la respuesta, incluida cualquier etiqueta entre corchetes como S3150 o BL21.</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Compruebe la IP de envío en Spamhaus ZEN con sus octetos invertidos; una respuesta en 127.0.0.x significa que figura en la lista. Consulte a través de su propio resolvedor, ya que Spamhaus rechaza muchos resolvedores públicos.</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Si fue su propio servidor Postfix el que envió el rechazo, vea qué restricción lo produjo.</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Si su propio servidor responde Relay access denied (retransmisión denegada) a un cliente que debería estar permitido, revise la configuración de retransmisión.</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>Con 5.7.1, no vuelva a enviar sin cambios: la política lo rechazará de nuevo hasta que se corrija el bloqueo o el ajuste. Con 4.7.1, mantenga el mensaje en la cola y reintente con normalidad; un servidor con greylisting deja pasar un intento posterior, normalmente al cabo de unos minutos.</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Outlook.com (Hotmail, Live, MSN) rechaza la IP de envío porque figura en la lista de bloqueo propia de Microsoft, distinta de las listas de bloqueo DNS públicas. El administrador del remitente debe solicitar la exclusión a través del soporte para remitentes de Microsoft.</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>El veredicto de spam de Gmail sobre este mensaje, emitido al final de DATA a partir del contenido y de la reputación del remitente. Gmail también usa 5.7.1 para los defectos de encabezado según RFC 5322 y para las IP a las que no se permite enviarle directamente.</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Yahoo rechaza la IP del cliente porque aparece en una lista de Spamhaus; primero hay que conseguir la exclusión en Spamhaus.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>Expansión de la lista de correo prohibida</translation>
    </message>
    <message>
        <source>not allowed to send to this group</source>
        <comment>X.7.2|keywords</comment>
        <translation>no autorizado a enviar a este grupo</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>El remitente no tiene permiso para publicar en la lista de correo o el grupo de distribución al que iba dirigido el mensaje, así que la lista no lo expandirá a sus miembros. Solo está definido como error permanente. Es poco frecuente en la práctica: la mayoría de los gestores de listas y de los groupware rechazan a los remitentes no autorizados con 5.7.1 o retienen el mensaje para moderación.</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>En RCPT TO, cuando la propia dirección de la lista comprueba los remitentes, o más tarde en un rebote (DSN) del servidor de la lista después de recibir el mensaje y descubrir que el remitente no está autorizado. Los casos típicos son listas de debate solo para miembros, listas de anuncios y grupos de distribución limitados a remitentes internos o nominales.</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>El remitente comprueba que publica desde la dirección exacta que está suscrita o autorizada, no desde un alias u otra cuenta. Si debería estar autorizado, el responsable de la lista o el administrador del destinatario añade la dirección a los miembros o a los remitentes autorizados, o levanta la restricción a los remitentes externos. Después, el remitente vuelve a enviar el mensaje.</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>La lista solo acepta mensajes de suscriptores, y el mensaje procedía de una dirección que no está suscrita.</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>El remitente está suscrito con una dirección pero escribió desde otra (un alias, una cuenta personal, una dirección de reenvío).</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>Un grupo de distribución está restringido a remitentes internos o a una lista nominal de remitentes autorizados.</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>La lista es una lista de anuncios en la que solo pueden publicar los responsables o los moderadores.</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Compare el remitente del sobre y la dirección From del mensaje rebotado con la dirección suscrita a la lista.</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Como responsable de una lista de Mailman 3, enumere los miembros para ver si el remitente está entre ellos.</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Envíe un mensaje de prueba breve desde la dirección suscrita para confirmar que la lista lo acepta.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>No reintente sin cambios: la lista rechaza cada vez al mismo remitente. Vuelva a enviar solo cuando el remitente tenga permiso para publicar o escriba desde la dirección suscrita.</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>Yahoo usa 5.7.2 para un bloqueo duradero de la IP de envío por su reputación, que no tiene nada que ver con las listas de correo. El administrador del remitente debe corregir el problema de reputación y contactar con el soporte para remitentes de Yahoo.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>Se requiere una conversión de seguridad, pero no es posible</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>La entrega requería convertir el mensaje de un formato de mensajería segura a otro (por ejemplo, entre los esquemas de cifrado o firma de dos pasarelas), y esa conversión no se pudo hacer. Solo está definido como error permanente. El significado del registro casi nunca se encuentra hoy; el código es más conocido por los servidores de Microsoft, que responden a un inicio de sesión SMTP fallido con 535 5.7.3.</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>En el sentido del registro: en un rebote (DSN) de una pasarela de correo seguro que conecta dos sistemas de mensajería con formatos de seguridad distintos. En la práctica: como 535 5.7.3 Authentication unsuccessful (autenticación incorrecta) de Exchange Server y de Microsoft 365 (smtp.office365.com) cuando falla SMTP AUTH, normalmente con impresoras, escáneres y aplicaciones que envían a través de un buzón de Microsoft 365.</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>Ante un 535 5.7.3 de Microsoft: el usuario o el responsable de la aplicación revisa el nombre de usuario (la dirección completa del buzón) y la contraseña, y el administrador del tenant comprueba que el SMTP autenticado está habilitado para el buzón y no bloqueado por los valores predeterminados de seguridad ni por una directiva que exija autenticación moderna. Si no se permite la autenticación básica, la aplicación debe pasar a OAuth o a otro método de retransmisión, como un conector. Ante un fallo de conversión real, el remitente envía el mensaje en un formato que la pasarela pueda manejar, tras consultarlo con el administrador del destinatario.</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: el SMTP autenticado (SMTP AUTH) está deshabilitado para el tenant o para este buzón.</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 o Exchange: contraseña incorrecta o caducada, o un nombre de usuario que no es la dirección completa del buzón.</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: los valores predeterminados de seguridad o el acceso condicional exigen autenticación multifactor o moderna, así que se rechaza un inicio de sesión con contraseña simple.</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>Una pasarela de correo seguro recibió un mensaje firmado o cifrado en un formato que no puede traducir para el sistema de destino.</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Reproduzca el inicio de sesión contra el servidor de envío de mensajes que usa la aplicación y anote la respuesta a AUTH.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>En Exchange Online PowerShell, compruebe si SMTP AUTH está deshabilitado para el buzón (True significa deshabilitado).</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Compruebe también el ajuste de SMTP AUTH de todo el tenant.</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>En un rebote de una pasarela, lea las líneas Diagnostic-Code y Remote-MTA para ver qué pasarela rechazó la conversión.</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>No repita el mismo inicio de sesión ni el mismo mensaje: un inicio de sesión de Microsoft fallido necesita credenciales o ajustes del tenant corregidos, y una conversión de seguridad rechazada necesita otro formato de mensaje.</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>Exchange Online y Exchange Server responden a un inicio de sesión SMTP AUTH fallido con 5.7.3, sea cual sea el motivo: credenciales incorrectas, SMTP AUTH desactivado o autenticación básica bloqueada. Cuando SMTP AUTH está deshabilitado para todo el tenant, Microsoft 365 puede enviar 535 5.7.139 con un texto que lo indica.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>Funciones de seguridad no admitidas</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>método de autenticación no admitido</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>El mensaje o la sesión pidió una función de seguridad que el servidor o la ruta de entrega no admite, como un método de autenticación que el servidor no ofrece. Solo está definido como error permanente. Su forma moderna habitual es 504 5.7.4 en respuesta a AUTH con un mecanismo desconocido o desactivado.</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>En AUTH, cuando el software cliente insiste en un mecanismo (CRAM-MD5, NTLM, GSSAPI, el antiguo XOAUTH) que el servidor no anunció; Gmail y Exchange responden 504 5.7.4 Unrecognized authentication type (tipo de autenticación no reconocido). Un servidor Postfix que envía también registra dsn=4.7.4 para su propio aplazamiento cuando su política exige TLS y el servidor remoto no ofrece STARTTLS.</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>El software cliente, o quien lo configure, elige un mecanismo de autenticación de la lista de la respuesta a EHLO del servidor después de STARTTLS: normalmente PLAIN o LOGIN sobre TLS, o XOAUTH2 u OAUTHBEARER para OAuth. En el caso del aplazamiento por TLS de Postfix, el administrador del remitente pide al administrador del destinatario que active STARTTLS, o suaviza la política de TLS para ese destino si el cifrado no es realmente obligatorio.</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>El cliente está configurado para un mecanismo de autenticación que el servidor no anuncia, como CRAM-MD5 o NTLM.</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>La aplicación todavía usa un mecanismo retirado; en el caso de Gmail, el antiguo XOAUTH en lugar de XOAUTH2.</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>El cliente intenta AUTH antes de STARTTLS, mientras que el servidor solo enumera sus mecanismos dentro de la sesión TLS.</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>La política de TLS del remitente exige cifrado para un destino cuyo servidor no ofrece STARTTLS.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Enumere los mecanismos que ofrece el servidor después de STARTTLS leyendo la línea 250-AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>En un remitente con Postfix, busque los aplazamientos causados por una política de TLS obligatoria.</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Compruebe si el servidor de destino ofrece siquiera STARTTLS.</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>No vuelva a enviar el mismo comando AUTH; elija un mecanismo que ofrezca el servidor. El propio aplazamiento 4.7.4 por TLS de un servidor de envío permanece en la cola, pero sigue fallando hasta que cambie la política de TLS o el servidor remoto.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>smtp.gmail.com rechaza un mecanismo AUTH que no ofrece; Gmail envía el mismo código a los clientes que siguen usando el mecanismo retirado XOAUTH.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>Fallo criptográfico</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>error de certificado</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>error ssl</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>Un sistema que debía descifrar o verificar el mensaje, o cifrar su transferencia, no pudo hacerlo porque faltaba una clave o un certificado, o no era válido. Como 4.7.5 es un error temporal que puede resolverse cuando se corrija el problema de la clave o del certificado; como 5.7.5 es un rechazo permanente para este mensaje.</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>Sobre todo en el propio registro y en los avisos de retraso de un servidor Postfix que envía, más que en una respuesta remota: Postfix registra dsn=4.7.5 cuando falla un protocolo de enlace TLS, cuando su motor TLS no puede arrancar o cuando una política obligatoria (encrypt, verify, secure, DANE) considera que el certificado remoto no es de confianza o no coincide. También procede de pasarelas S/MIME o PGP que no encuentran o no pueden usar la clave del destinatario.</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>Ante un aplazamiento por TLS en su propio servidor, el administrador del remitente averigua primero de qué lado está el fallo. Un certificado caducado, autofirmado o con un nombre incorrecto en el servidor remoto lo debe corregir el administrador del destinatario; un paquete de CA desactualizado, una política por destino demasiado estricta o una biblioteca TLS antigua en el lado que envía corresponden al administrador del remitente. Ante un fallo de una pasarela de cifrado, el administrador del remitente se asegura de que la pasarela tenga un certificado o una clave válidos y sin caducar para el destinatario.</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>El certificado del servidor remoto está caducado, es autofirmado o se emitió para otro nombre, con una política de envío que exige verificación.</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>El protocolo de enlace TLS falla directamente: no hay ninguna versión de protocolo ni cifrado en común, o la configuración TLS del servidor está rota.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>El propio motor TLS del servidor de envío no puede arrancar (falta el archivo de CA, clave ilegible, biblioteca rota).</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>Un registro TLSA de DANE o una política MTA-STS no coincide con el certificado que presenta el servidor.</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>Una pasarela de cifrado no tiene ninguna clave pública ni certificado válido para el destinatario.</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Busque los aplazamientos relacionados con TLS en un remitente con Postfix y lea el motivo entre corchetes.</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Examine la cadena de certificados, las fechas de validez y los nombres que presenta el servidor remoto.</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Si el dominio usa DANE, compare sus registros TLSA con ese certificado.</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Muestre la política de TLS que aplica el servidor Postfix de envío.</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>4.7.5 permanece en la cola y se reintenta con espera progresiva, pero sigue fallando hasta que se corrija el certificado, la clave o la política, así que corríjalo antes de que se agote el tiempo de vida en la cola. No reintente 5.7.5 sin cambios.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>Algoritmo criptográfico no admitido</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>cifrado no admitido</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>Un sistema autorizado a descifrar o verificar el mensaje no pudo hacerlo, porque el mensaje usa un algoritmo que no implementa, como un cifrado o un esquema de firma del que carece una pasarela de cifrado. 4.7.6 significa que la situación puede pasar, por ejemplo tras una actualización de software; 5.7.6, que el mensaje tal como se envió no se procesará.</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>Pocas veces en respuestas SMTP en vivo. Aparece en rebotes de pasarelas S/MIME u OpenPGP que encontraron un algoritmo de cifrado o de firma que no admiten: un cifrado heredado que se ha desactivado, o un tipo de clave más reciente que una pasarela antigua no conoce. Los fallos de negociación TLS entre servidores de correo se comunican normalmente con otros códigos (Postfix lo registra como 4.7.5).</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>El remitente, o su administrador si se trata de una pasarela central, cifra o firma con un algoritmo que admitan ambas partes: para S/MIME, AES con los algoritmos que figuran en las capacidades del certificado del destinatario; para OpenPGP, los algoritmos de las preferencias de la clave del destinatario. Si la parte desactualizada es la pasarela del destinatario, el administrador del destinatario debe actualizarla.</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>El mensaje está cifrado con un cifrado que la pasarela receptora ha desactivado, como 3DES o RC2 de clientes S/MIME antiguos.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>La firma usa un algoritmo que la pasarela que verifica no implementa, por ejemplo una clave de curva elíptica en un sistema antiguo.</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>Un mensaje OpenPGP usa un formato de clave o de paquete más reciente que una pasarela antigua no puede analizar.</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Muestre la estructura de un mensaje S/MIME guardado para ver qué algoritmos de cifrado y de firma usa.</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>En el caso de un mensaje OpenPGP, enumere sus paquetes para ver los algoritmos usados.</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Lea el Diagnostic-Code del rebote para ver qué pasarela rechazó el mensaje y por qué.</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>4.7.6 puede reintentarse desde la cola, pero eso solo sirve si entretanto se actualiza el lado receptor. Tras un 5.7.6, vuelva a enviar solo cuando el mensaje esté cifrado o firmado con un algoritmo admitido.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>Fallo de integridad del mensaje</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>la firma no coincide</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>Un sistema autorizado a comprobar la integridad del mensaje lo encontró alterado o dañado en tránsito, por ejemplo una firma que ya no coincide con el contenido. 5.7.7 rechaza el mensaje y 4.7.7 comunica el problema como transitorio; 2.7.7 en un informe de entrega significa que el mensaje se entregó, pero se tomó nota del problema de integridad.</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>Poco frecuente en respuestas SMTP; sobre todo en informes de entrega de pasarelas que verifican firmas S/MIME u OpenPGP, o de sistemas que comprueban un mensaje después de la transferencia. Los culpables habituales son los sistemas que reescriben el correo en tránsito: pies de página añadidos por servidores de listas o pasarelas, finales de línea cambiados, adjuntos recodificados o contenido de 8 bits convertido a quoted-printable.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>El administrador del remitente rastrea dónde cambia el mensaje después de firmarse: una herramienta de avisos legales o pies de página, una lista de correo, una pasarela antivirus o una conversión de la codificación de transferencia. O bien se firma después de esos cambios, o bien se impide que el intermediario modifique los mensajes firmados. El administrador del destinatario comprueba si su propia pasarela de entrada altera los mensajes antes de que se ejecute la comprobación de integridad.</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>Se añadió un pie de página, un aviso legal o un banner después de firmar el mensaje.</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>Un servidor de retransmisión convirtió contenido de 8 bits o cambió los finales de línea, rompiendo una firma que cubre el cuerpo.</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>Una pasarela antivirus o de prevención de pérdida de datos reescribió o eliminó un adjunto.</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>El mensaje se truncó o se dañó durante la transferencia.</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Verifique la firma S/MIME de una copia guardada sin comprobar la cadena de certificados, para ver si el contenido sigue coincidiendo.</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Verifique una firma OpenPGP en la parte del mensaje guardada.</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Compare los encabezados Received de la copia enviada y de la recibida para encontrar el salto que modificó el mensaje.</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>Tras un 5.7.7, no vuelva a enviar por el mismo recorrido, porque la misma reescritura volverá a romper el mensaje. Un 4.7.7 puede reintentarse más tarde. 2.7.7 no requiere reintento; el mensaje se entregó.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>Credenciales de autenticación no válidas</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>contraseña incorrecta</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>error de inicio de sesión</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>autenticación fallida</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>El servidor rechazó el nombre de usuario y la contraseña (o el token) que envió el cliente con AUTH. Es un error permanente para ese inicio de sesión: el cliente debe proporcionar otras credenciales, no limitarse a intentarlo de nuevo. RFC 4954 lo combina con 535; el registro también incluye 554 por su uso anterior en la extensión BURL, donde X.7.14 lo ha sustituido desde entonces.</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>En AUTH, en los puertos de envío de mensajes 587 y 465, justo después de que el cliente envíe sus credenciales. Postfix con Dovecot o Cyrus SASL responde 535 5.7.8 Error: authentication failed (autenticación fallida), y smtp.gmail.com de Gmail responde 535 5.7.8 Username and Password not accepted. Las impresoras, los escáneres, los formularios de contacto de los sitios web y las herramientas de copia de seguridad se topan a menudo con él tras un cambio de contraseña.</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>El usuario, o el responsable del software cliente, revisa el nombre de usuario (normalmente la dirección de correo completa) y la contraseña, y actualiza todos los dispositivos o aplicaciones que los guardan. En Gmail y otros proveedores con verificación en dos pasos, cree una contraseña de aplicación o pase la aplicación a OAuth. Si las credenciales son sin duda correctas, el administrador del servidor revisa el backend de autenticación, el formato de nombre de inicio de sesión esperado y si la cuenta está bloqueada.</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>El cliente tiene guardada una contraseña incorrecta o desactualizada, a menudo tras un cambio o una caducidad de la contraseña.</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>El nombre de usuario no es el que espera el servidor, por ejemplo solo la parte local en lugar de la dirección completa.</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>La cuenta tiene verificación en dos pasos y el cliente envía la contraseña normal en lugar de una contraseña de aplicación o un token OAuth.</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>El archivo de configuración de la aplicación o su codificación estropean los caracteres especiales de la contraseña.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>El backend de autenticación del servidor busca al usuario en el dominio (realm) o en la base de datos equivocados.</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Pruebe el inicio de sesión a mano y lea la respuesta del servidor a AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>En un servidor Postfix, enumere los inicios de sesión SASL fallidos y las direcciones de cliente que hay detrás.</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>En un servidor que usa Dovecot, pruebe las mismas credenciales directamente contra el servicio de autenticación.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Genere usted mismo una cadena AUTH PLAIN para descartar problemas de codificación en la aplicación (en máquinas compartidas, use una contraseña de prueba, no una real).</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>No reintente con las mismas credenciales: los fallos repetidos pueden bloquear la cuenta o hacer que herramientas como fail2ban veten la IP del cliente. Vuelva a intentarlo solo después de corregir el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>smtp.gmail.com rechaza el inicio de sesión: dirección o contraseña incorrectas, o la contraseña normal de Google enviada por una aplicación para una cuenta que necesita una contraseña de aplicación u OAuth.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>El mecanismo de autenticación es demasiado débil</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>autenticación en dos pasos</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>El servidor rechaza el mecanismo de autenticación que eligió el cliente porque su política exige uno más seguro para este usuario, por ejemplo cuando un inicio de sesión con contraseña simple no es suficiente. Es un error permanente de ese intento de AUTH, y el cliente debe volver a intentarlo con otro mecanismo u otra credencial.</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>En AUTH, en los puertos de envío de mensajes, como 534 5.7.9 (RFC 4954). Gmail envía 534 5.7.9 Application-specific password required cuando una cuenta con verificación en dos pasos inicia sesión con su contraseña normal. Yahoo y AOL usan 5.7.9 de una forma distinta en sus servidores de entrada, para el correo no autenticado o rechazado por políticas al final de DATA.</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>Ante un 534 5.7.9 real, el software cliente debe usar un mecanismo o una credencial más seguros: una contraseña de aplicación u OAuth (XOAUTH2, OAUTHBEARER) para Gmail, o un mecanismo que el servidor permita para esa cuenta. Ante el 550 5.7.9 de Yahoo, el administrador del remitente hace que el correo se autentique: un registro SPF que cubra el servidor de envío para el dominio del sobre y una firma DKIM para el dominio del From, además de un registro DMARC para los remitentes masivos.</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>Se accedió a una cuenta de Gmail o de Google Workspace con verificación en dos pasos usando la contraseña de la cuenta en lugar de una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>La política del servidor solo permite mecanismos OAuth o de desafío-respuesta para la cuenta, y el cliente usó PLAIN o LOGIN.</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>Entrada en Yahoo o AOL: el mensaje no superó ni SPF ni DKIM (uso propio de Yahoo de 5.7.9).</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message was refused for a content or sender policy reason, reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>Entrada en Yahoo: el mensaje se rechazó por un motivo de política de contenido o de remitente, comunicado como 554 5.7.9.</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Examine la línea AUTH de la respuesta a EHLO después de STARTTLS para ver si se ofrecen mecanismos OAuth (XOAUTH2, OAUTHBEARER).</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Ante un rechazo de Yahoo, compruebe que el dominio del remitente del sobre publica SPF.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Ante un rechazo de Yahoo, compruebe que existe la clave DKIM del selector indicado en el encabezado DKIM-Signature del mensaje (s=).</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>No repita el mismo AUTH; pase a un mecanismo más seguro, a una contraseña de aplicación o a OAuth. Ante el 550 5.7.9 de Yahoo, no vuelva a enviar hasta que el mensaje supere SPF o DKIM.</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>smtp.gmail.com quiere una contraseña de aplicación u OAuth porque la cuenta de Google tiene verificación en dos pasos; se rechaza la contraseña normal de la cuenta.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Los servidores de entrada de Yahoo rechazan el correo que no supera ni SPF ni DKIM. Es un significado propio de Yahoo, sin relación con el «mecanismo demasiado débil» del registro, que se refiere a SMTP AUTH.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent policy rejection at the end of DATA, for content or sender reasons it does not spell out in the reply.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>El rechazo permanente por políticas de Yahoo al final de DATA, por motivos de contenido o de remitente que no detalla en la respuesta.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>Se necesita cifrado</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>El servidor no aceptará el mecanismo de autenticación solicitado en una conexión sin cifrar: antes debe haber una capa de cifrado externa, en la práctica TLS. Es permanente para ese intento; el cliente debe iniciar TLS y volver a autenticarse, o usar un mecanismo más seguro. El registro lo combina con 523, un código de respuesta que no se define en ningún otro lugar.</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>En AUTH, cuando un cliente prueba un mecanismo en texto claro (PLAIN, LOGIN) antes de STARTTLS. 523 5.7.10 es poco frecuente en la práctica, porque la mayoría de los servidores simplemente no anuncian AUTH hasta que TLS está activo, o responden 530 5.7.0 o 538 5.7.11. Gmail usa 5.7.10 para una regla de TLS propia: comandos enviados en pipelining detrás de STARTTLS.</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>El software cliente debe usar STARTTLS en el puerto 587 (o SSL/TLS en el puerto 465) y autenticarse solo cuando TLS esté activo. En el caso de la respuesta de Gmail, el cliente o su biblioteca de correo está enviando más comandos en la misma ráfaga que STARTTLS; debe esperar la respuesta 220 y terminar el protocolo de enlace TLS antes de enviar nada más, lo que normalmente implica actualizar la biblioteca o la aplicación.</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>La seguridad de la conexión del cliente está configurada como Ninguna, o como STARTTLS solo si está disponible, y se autentica en texto claro.</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>Un proxy, un antivirus o un firewall elimina STARTTLS de la respuesta a EHLO, así que el cliente nunca cifra la conexión.</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>El cliente envía EHLO o AUTH en pipelining justo detrás de STARTTLS en lugar de esperar al protocolo de enlace (uso de Gmail).</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Examine la respuesta a EHLO en la conexión sin cifrar: debería aparecer STARTTLS y, a ser posible, todavía no los mecanismos de contraseña.</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Complete STARTTLS y después AUTH PLAIN para confirmar que la configuración corregida funciona.</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>En la configuración de la cuenta del cliente de correo, asegúrese de que la seguridad de la conexión saliente es STARTTLS o SSL/TLS, nunca Ninguna.</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>No vuelva a enviar el mismo AUTH en texto claro. Vuelva a conectarse, complete STARTTLS y después autentíquese; no hay que reintentar nada desde la cola.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>Uso propio de Gmail: el cliente envió más comandos en la misma ráfaga que STARTTLS. Gmail lo rechaza para impedir la inyección de comandos en la sesión TLS; el cliente debe esperar al protocolo de enlace. La referencia de errores de Gmail lo incluye con el código de respuesta 523.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>El mecanismo de autenticación solicitado requiere cifrado</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>El mecanismo de autenticación elegido solo puede usarse en una conexión cifrada, y esta conexión no lo está. RFC 4954 lo define como 538 5.7.11 y dice que se mantiene sobre todo por razones históricas: los servidores modernos no deberían anunciar esos mecanismos antes de que TLS esté activo. El registro también lo combina con 524.</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>En AUTH, en una conexión sin cifrar, con servidores antiguos o permisivos que enumeran PLAIN o LOGIN antes de STARTTLS pero se niegan a usarlos sin él. Gmail envía 501 5.7.11 por un error distinto: un comando STARTTLS enviado con parámetros.</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>El software cliente debe iniciar TLS antes de autenticarse: STARTTLS en el puerto 587 o SSL/TLS en el puerto 465 en la configuración de la cuenta. El administrador del servidor puede evitar la trampa anunciando los mecanismos de contraseña solo después de STARTTLS (en Postfix, smtpd_tls_auth_only = yes). Ante el 501 5.7.11 de Gmail, el cliente debe enviar STARTTLS sin argumentos.</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>El cliente se autenticó antes de STARTTLS porque el servidor enumeraba mecanismos AUTH en la conexión sin cifrar.</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>La seguridad de la conexión del cliente está configurada como Ninguna, mientras que el servidor solo permite inicios de sesión con contraseña sobre TLS.</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>Un cliente o un script envía STARTTLS con un argumento, lo que RFC 3207 prohíbe (Gmail responde 501 5.7.11).</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Conéctese con STARTTLS, envíe EHLO a mano y compare la línea AUTH con la de una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>En un servidor Postfix, compruebe si AUTH solo se ofrece dentro de las sesiones TLS.</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>En un backend Dovecot 2.3, compruebe si los inicios de sesión en texto claro se rechazan sin TLS y qué mecanismos están activados.</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>No hay nada que poner en cola: vuelva a conectarse, inicie TLS y repita AUTH. Volver a intentarlo sin cifrado obtiene el mismo rechazo.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>La respuesta de Gmail cuando un cliente envía STARTTLS seguido de un argumento; no se aplica el significado del registro, cifrado obligatorio para un mecanismo AUTH.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>Se necesita una transición de contraseña</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>El servidor necesita que el usuario inicie sesión una vez con el mecanismo PLAIN (normalmente sobre TLS) para poder almacenar la contraseña en la forma que necesita el mecanismo solicitado; después, el mecanismo solicitado debería funcionar en las sesiones siguientes. Siempre es una situación temporal (4.7.12); RFC 4954 lo combina con 432, y el registro también incluye 422.</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>En AUTH, cuando un cliente pide un mecanismo de desafío-respuesta (CRAM-MD5, DIGEST-MD5, SCRAM) y el servidor todavía no tiene la contraseña en la forma que requiere ese mecanismo, normalmente tras una migración o un cambio del esquema de almacenamiento de contraseñas. Poco frecuente en la práctica, ya que la mayoría de los clientes y servidores usan simplemente PLAIN sobre TLS.</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>El software cliente (o el usuario) se autentica una vez con PLAIN a través de una conexión cifrada y después vuelve al mecanismo preferido. Si el cliente no puede hacerlo, configúrelo de forma permanente con PLAIN o LOGIN sobre TLS. El administrador del servidor comprueba que la base de datos de contraseñas almacena un esquema que puedan usar los mecanismos anunciados, y deja de anunciar los mecanismos que no pueden funcionar.</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>Las contraseñas se migraron o se volvieron a cifrar con otro hash, y al servidor le falta el secreto necesario para CRAM-MD5, DIGEST-MD5 o SCRAM.</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>El cliente está fijado a un mecanismo de desafío-respuesta y no ha iniciado sesión con PLAIN desde el cambio.</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>El servidor anuncia mecanismos que su almacenamiento de contraseñas actual no puede admitir.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Inicie sesión una vez con PLAIN sobre TLS implícito para completar la transición.</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>En un servidor Dovecot, consulte la entrada de contraseña del usuario para ver en qué esquema está almacenada.</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Compare los mecanismos de la respuesta del servidor a EHLO después de STARTTLS con aquel al que está fijado el cliente.</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>No es un reintento desde la cola: autentíquese una vez con PLAIN sobre TLS y después vuelva a usar el mecanismo original. Repetir ese mecanismo sin el paso por PLAIN devuelve de nuevo 4.7.12.</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>Cuenta de usuario deshabilitada</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>cuenta bloqueada</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>Las credenciales eran correctas, pero la cuenta se ha deshabilitado, así que el servidor no le permitirá enviar. Sigue siendo permanente hasta que el usuario contacte con el administrador; a diferencia de una respuesta de contraseña incorrecta, pedir al usuario que vuelva a escribir la contraseña no servirá. El registro lo combina con 525.</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>En AUTH, justo después de una comprobación de credenciales correcta, en servidores de envío de mensajes que distinguen las cuentas deshabilitadas de las contraseñas incorrectas. Los desencadenantes habituales son cuentas suspendidas tras usarse para enviar spam, facturas de alojamiento impagadas y empleados que se han marchado. Muchos servidores no lo usan y responden 535 5.7.8 también para las cuentas deshabilitadas.</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>El usuario contacta con su administrador de correo o su proveedor. El administrador averigua por qué se deshabilitó la cuenta (denuncia por abuso, cuenta comprometida, facturación), elimina la causa (nueva contraseña, limpieza de malware en los dispositivos del usuario, spam eliminado de la cola de salida) y vuelve a habilitar la cuenta. Después, el software cliente puede volver a iniciar sesión con su configuración actual.</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>La cuenta se suspendió después de ser comprometida y usarse para enviar spam.</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>El plan de alojamiento o la suscripción de correo se suspendió por impago.</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>El administrador deshabilitó la cuenta de alguien que dejó la organización.</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>Los inicios de sesión fallidos repetidos o las denuncias por abuso provocaron un bloqueo automático.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Inicie sesión en el webmail o en el portal de la cuenta del proveedor con las mismas credenciales; una cuenta suspendida suele mostrar allí un aviso.</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Confirme el comportamiento a mano: con una cuenta deshabilitada, el rechazo llega aunque la contraseña sea correcta.</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Como administrador en Postfix, vea cuándo envió correo correctamente esta cuenta por última vez.</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>No reintente: todos los intentos se rechazan hasta que un administrador vuelva a habilitar la cuenta.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>Se requiere una relación de confianza</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>aplicaciones menos seguras</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>El servidor de envío de mensajes necesita una relación de confianza configurada con otro servidor para poder hacer lo que se le pidió. La definición procede de BURL (RFC 4468), donde el servidor de envío de mensajes obtiene el mensaje del servidor IMAP del usuario a partir de una URL y no tiene configurada la confianza para hacerlo. Es permanente y sustituyó al uso anterior de 5.7.8 para este caso.</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>En el envío de mensajes con BURL, en respuesta al comando BURL que sustituye a DATA o BDAT, cuando el servidor de envío de mensajes no puede resolver la URL URLAUTH de IMAP por falta de una relación de confianza configurada con ese servidor IMAP. Pocos clientes usan BURL, así que es poco frecuente. Gmail usa 534 5.7.14 de otra forma, sin relación, en AUTH, cuando quiere que el usuario inicie sesión primero en un navegador web.</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>Con BURL, el administrador del servidor de envío de mensajes configura la confianza con el servidor IMAP (acceso URLAUTH para la identidad de envío y la autorización que necesite), o el software cliente recurre a enviar él mismo el contenido del mensaje con DATA o BDAT. Ante el 534 5.7.14 de Gmail, el usuario inicia sesión en la cuenta de Google en un navegador, completa cualquier comprobación de seguridad y después usa una contraseña de aplicación u OAuth en el cliente.</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>El servidor de envío de mensajes no tiene configurada una relación de confianza con el servidor IMAP que figura en la URL de BURL.</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>La URL URLAUTH se emitió para una identidad de envío distinta de la que usa el servidor de envío de mensajes.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>Uso de Gmail: Google bloqueó el inicio de sesión por sospechoso y quiere que el usuario lo confirme en un navegador web.</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Compruebe si el servidor de envío de mensajes incluye BURL en su respuesta a EHLO después de STARTTLS; si no lo hace, el cliente no debe usar BURL en absoluto.</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Busque en el registro del servidor de envío de mensajes el comando BURL y la obtención IMAP fallida.</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>En el caso de Gmail, inicie sesión en la cuenta de Google en un navegador desde la misma red y revise sus alertas de seguridad recientes.</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>No repita el mismo comando BURL, que falla siempre sin la relación de confianza. Envíe el contenido directamente con DATA o BDAT, o reintente cuando la confianza esté configurada.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>smtp.gmail.com rechaza el inicio de sesión hasta que el usuario inicie sesión en la cuenta de Google en un navegador, normalmente tras un inicio de sesión sospechoso bloqueado; no tiene nada que ver con las relaciones de confianza de BURL.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>El nivel de prioridad es demasiado bajo</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>El servidor receptor admite la extensión MT-PRIORITY (RFC 6710) y no aceptará el mensaje con la prioridad que indicó el cliente en MAIL FROM. Como 4.7.15 (normalmente con 450), el rechazo es temporal: de momento, el servidor solo acepta tráfico de mayor prioridad, por ejemplo durante una congestión. Como 5.7.15 (normalmente con 550), la política del servidor rechaza de plano ese nivel de prioridad.</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>En respuesta a un MAIL FROM que lleva un parámetro MT-PRIORITY=n (n va de -9 a 9, y 0 es lo normal). Solo se encuentra en redes que usan prioridades de transferencia de mensajes, como los sistemas de mensajería militares, gubernamentales o de servicios de emergencia con servidores de retransmisión compatibles con MT-PRIORITY; los servidores de correo de Internet corrientes no anuncian la extensión y nunca envían este código.</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>Decide el remitente. Si el mensaje es realmente más urgente, vuelva a enviarlo con un valor de MT-PRIORITY más alto que el remitente esté autorizado a usar; si no, deje que espere, porque un aplazamiento 4.7.15 se resuelve cuando la red receptora sale de su modo de solo alta prioridad. El administrador del remitente debe confirmar qué rango de prioridades acepta el servidor de retransmisión de este cliente, ya que los servidores pueden rebajar o rechazar las prioridades solicitadas por clientes no autorizados para ellas.</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>La red receptora está congestionada o en modo de crisis y temporalmente solo acepta mensajes con una prioridad mínima o superior.</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>El mensaje se envió con un valor de MT-PRIORITY bajo o negativo (por ejemplo -5) que el servidor receptor rechaza por política.</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>El cliente no está autorizado para la prioridad que pidió, así que el servidor la rebajó a un nivel que después rechaza.</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Lea la respuesta a EHLO del servidor receptor: para que este código tenga sentido, debe aparecer MT-PRIORITY (posiblemente seguido del nombre de una política).</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Busque el aplazamiento o el rebote en el registro de envío para ver qué destinatario y qué intento se rechazaron.</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Pregunte a los administradores de la red receptora qué niveles de prioridad aceptan de su sistema y si hay un mínimo temporal en vigor.</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>Ante 4.7.15, mantenga el mensaje en la cola y reintente con espera progresiva; la prioridad mínima puede volver a bajar. Ante 5.7.15, no reintente con la misma prioridad: vuelva a enviar solo con una prioridad más alta y autorizada, o no lo haga.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>El mensaje es demasiado grande para la prioridad indicada</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>El servidor solo acepta mensajes con este nivel de MT-PRIORITY hasta un tamaño determinado, y este es mayor. RFC 6710 permite a un servidor fijar límites de tamaño por prioridad para que el tráfico urgente siga siendo rápido; como 4.7.16 el límite es temporal (por ejemplo durante una congestión), como 5.7.16 es una política permanente. No es el límite de tamaño general del servidor, que se comunica con X.3.4 o X.2.3.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>En respuesta a MAIL FROM cuando el cliente declaró tanto MT-PRIORITY como SIZE, o después del final de DATA, una vez conocido el tamaño real; el registro lo combina con 552. Solo en servidores de retransmisión que implementan prioridades de transferencia de mensajes, normalmente en redes cerradas de mensajería militar o de emergencias.</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>El remitente reduce el mensaje (quita los adjuntos grandes o los sustituye por un enlace) o lo vuelve a enviar con una prioridad más baja, en la que se permiten mensajes mayores. El administrador del remitente puede preguntar al lado receptor su límite de tamaño para cada nivel de prioridad y configurar el cliente para que divida o rebaje automáticamente los mensajes prioritarios grandes.</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>Se envió un adjunto grande con un nivel de prioridad alto que el servidor receptor reserva para mensajes breves y urgentes.</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>La red receptora funciona en un modo degradado y ha reducido temporalmente el tamaño permitido en cada prioridad.</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>El valor SIZE declarado en MAIL FROM superó el límite por prioridad, aunque está por debajo del máximo general del servidor.</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Busque el intento rechazado en el registro de envío, con el tamaño del mensaje y el destinatario.</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Compárelo con el límite general que anuncia el servidor en la línea SIZE de su respuesta a EHLO, para distinguir el límite por prioridad del general.</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Pregunte a los administradores receptores su límite de tamaño por nivel de prioridad y si es una regla permanente o una restricción temporal.</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>Ante 4.7.16, reintente más tarde con espera progresiva, ya que el tamaño permitido puede restablecerse. Ante 5.7.16, no vuelva a enviar sin cambios: reduzca primero el tamaño o baje la prioridad.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>El titular del buzón ha cambiado</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>dirección de correo reciclada</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>El mensaje pedía la protección Require-Recipient-Valid-Since (RRVS), RFC 7293, y el sistema receptor sabe que el buzón del destinatario no ha pertenecido de forma continua al mismo titular desde la fecha que indicó el remitente. La dirección se cerró y se volvió a asignar, o cambió de manos de otro modo, así que el correo se rechaza en lugar de entregárselo a un desconocido. Solo se usa como error permanente.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>En respuesta a RCPT TO cuando el cliente usó el parámetro RRVS=date-time, o después de DATA cuando el mensaje llevaba en su lugar un campo de encabezado Require-Recipient-Valid-Since («destinatario válido desde»). El remitente suele ser un banco, una tienda o una red social que escribe a una dirección que verificó hace mucho tiempo, y el receptor es un proveedor que recicla las direcciones abandonadas e implementa RRVS.</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>El remitente (el operador de la aplicación que envía) marca la dirección como que ya no pertenece al cliente, deja de escribirle y pide al cliente una dirección actual por otro canal. No elimine la fecha RRVS para volver a enviar: la comprobación existe para evitar que los restablecimientos de contraseña y los avisos de la cuenta lleguen al nuevo titular de la dirección.</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>El proveedor del destinatario cerró la cuenta antigua tras una larga inactividad y más tarde asignó la misma dirección a un usuario nuevo.</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>La dirección registrada se verificó antes de que la asumiera su titular actual, así que la fecha RRVS es anterior a la titularidad actual.</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Busque la fecha que el sistema de envío puso en el encabezado Require-Recipient-Valid-Since, que fija desde cuándo debe ser válido el destinatario (o en el parámetro RRVS) y compárela con la última vez que el cliente confirmó la dirección.</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Contacte con el cliente por teléfono, notificación de la aplicación o correo postal para obtener una nueva dirección confirmada antes de enviar nada confidencial.</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>No reintente: el cambio de titularidad es permanente. Marque o elimine la dirección y envíe solo a una dirección nueva confirmada.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>El propietario del dominio ha cambiado</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>Otro resultado de Require-Recipient-Valid-Since (RFC 7293): el sistema receptor informa de que el dominio del destinatario ha cambiado de propietario desde la fecha que indicó el remitente. Cualquier dirección de ese dominio puede pertenecer ahora a otra organización, así que el mensaje se rechaza. Solo se usa como error permanente.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>En respuesta a RCPT TO con un parámetro RRVS, o después de DATA en la forma de campo de encabezado, en sistemas receptores que conocen los cambios de propietario de los dominios que alojan. Caso típico: el antiguo dominio de una empresa caducó y lo registró otra persona, que ahora gestiona su correo.</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>El remitente considera obsoletas para este cliente todas las direcciones de ese dominio, deja de enviar y obtiene una nueva dirección del cliente. El administrador del remitente puede consultar el registro y el enrutamiento del correo del dominio para confirmar el cambio antes de purgar las direcciones de la base de datos.</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>El dominio caducó y lo registró un nuevo propietario que ahora gestiona su correo.</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>La organización propietaria del dominio se vendió, se fusionó o cambió de nombre, y el dominio pasó a otra parte.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Lea los datos de registro y los servidores de nombres actuales del dominio para ver si han cambiado recientemente.</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Vea adónde va ahora el correo del dominio; un proveedor distinto del que figura en sus datos respalda el cambio de propietario.</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>No reintente: el receptor rechaza por diseño este mensaje para ese dominio. Vuelva a enviar solo a una dirección nueva confirmada, normalmente de otro dominio.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>No se puede completar la prueba RRVS</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>El remitente pidió la comprobación Require-Recipient-Valid-Since («destinatario válido desde», RFC 7293), pero el sistema receptor no puede saber si el buzón ha tenido un único titular desde esa fecha, porque no registró la marca de tiempo que necesitaría. En lugar de adivinar, rechaza el mensaje y deja la decisión al remitente. Solo se usa como error permanente.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>En respuesta a RCPT TO (parámetro RRVS) o después de DATA (campo de encabezado), normalmente cuando la fecha RRVS es anterior al historial de la cuenta que conserva el proveedor receptor. Solo lo envían los receptores que implementan RFC 7293, así que es poco frecuente.</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>El remitente decide si el mensaje puede entregarse sin protección. Para un boletín, es razonable volver a enviar sin el parámetro o el campo de encabezado RRVS; para un restablecimiento de contraseña o un aviso de la cuenta, confirme primero la dirección con el cliente y después vuelva a enviar con una fecha RRVS reciente.</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>La fecha RRVS es anterior al historial de la cuenta que conserva el sistema receptor.</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>El sistema receptor nunca guardó, o perdió, la fecha de creación de este buzón, por ejemplo tras migrar cuentas entre plataformas.</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Compruebe la fecha que usó la aplicación de envío para RRVS (normalmente cuando el cliente confirmó por última vez la dirección); una fecha muy antigua hace probable este resultado.</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Vea si el servidor receptor anuncia RRVS en su respuesta a EHLO, lo que indica si se evaluó la forma de parámetro o solo la forma de encabezado.</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>No reintente con la misma fecha RRVS. O bien vuelva a enviar sin protección RRVS, si el remitente acepta ese riesgo, o bien confirme la dirección y envíe con una fecha más reciente.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>No se encontró ninguna firma DKIM válida</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>fallo dkim</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>correo sin firmar</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>El receptor exige una firma DKIM válida y no encontró ninguna que se verificara: el mensaje no estaba firmado en absoluto o todas sus firmas fallaron. RFC 7372 define el código para que los receptores puedan decir exactamente esto en lugar de un 5.7.1 genérico. Es un rechazo permanente.</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>Después del punto final de DATA, una vez que el receptor ha comprobado las firmas. Lo envían pasarelas y MTA configurados para exigir DKIM a algunos o a todos los remitentes, por ejemplo con una regla según la cual el correo que dice proceder de un banco, o del propio dominio del destinatario, debe llevar una firma válida.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>El administrador del remitente debe conseguir que el mensaje lleve una firma que se verifique: activar la firma DKIM en el servidor o el servicio que lo envía, publicar la clave pública correspondiente bajo el selector y asegurarse de que nada posterior al firmante (pie de página con aviso legal, reescritura de enlaces, software de listas) altera los encabezados o el cuerpo firmados. Verifíquelo con un mensaje de prueba antes de volver a enviar.</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>La firma DKIM nunca se activó en el servidor ni en el servicio de envío, así que el mensaje no llevaba firma.</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>Una pasarela, una herramienta de avisos legales o un antivirus modificó el cuerpo después de la firma, así que el hash del cuerpo ya no coincide.</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>La clave pública del selector falta en DNS, se truncó al pegarla o se eliminó mientras todavía se firmaba correo con ella.</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Tome d= y s= del encabezado DKIM-Signature de un mensaje enviado y obtenga esa clave; una respuesta vacía significa que falta la clave.</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Verifique una copia guardada del mensaje exactamente tal como salió de su último servidor (python3-dkim proporciona dkimverify).</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Envíe una prueba a un buzón bajo su control y busque dkim=pass en el encabezado Authentication-Results (resultados de autenticación) que añadió el receptor.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>No reintente sin cambios: el mismo mensaje sin firmar o con la firma rota falla de la misma forma. Vuelva a enviar cuando la firma funcione.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>No se encontró ninguna firma DKIM aceptable</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>clave dkim débil</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>Al menos una firma DKIM se verificó, pero la política del receptor no acepta ninguna. Los motivos típicos son una firma de un dominio inesperado, una clave o un algoritmo débiles, o una firma que deja fuera encabezados que el receptor exige. Permanente; X.7.22 es el caso más concreto en el que el problema es específicamente el dominio del autor.</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>Al final de DATA, en receptores cuya política DKIM va más allá de superado o no superado. A menudo después de que un remitente pase a un nuevo servicio de correo que firma con su propio dominio, o en sistemas que siguen RFC 8301 y ya no aceptan firmas rsa-sha1 ni claves RSA de menos de 1024 bits.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>El administrador del remitente examina lo que contiene la firma y la ajusta: firmar con el dominio propio de la organización, usar rsa-sha256 con una clave de 2048 bits (se puede añadir además una firma ed25519) y firmar al menos los encabezados From, To, Subject, Date y Message-ID del mensaje. Si el receptor quiere firmas de un dominio concreto, pregunte a su administrador cuál.</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>La única firma válida pertenece al dominio del proveedor de servicios de correo, que el receptor no acepta para este remitente.</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>La firma usa rsa-sha1 o una clave RSA de menos de 1024 bits, que el receptor considera inaceptable.</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>La firma se verifica, pero no cubre encabezados que exige la política del receptor, como Subject o Reply-To.</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Examine las etiquetas a= (algoritmo), d= (dominio) y h= (encabezados firmados) del encabezado DKIM-Signature de un mensaje enviado.</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Compruebe el tamaño de la clave: un valor p= de unos 216 caracteres base64 es una clave RSA de 1024 bits; de unos 392 caracteres, de 2048 bits.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Pregunte al administrador del destinatario qué dominio de firma, algoritmo o cobertura de encabezados espera su política.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>No reintente sin cambios; el receptor juzgará la misma firma de la misma manera. Vuelva a enviar después de cambiar el dominio de firma, la clave o el algoritmo.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>No se encontró ninguna firma DKIM válida que coincida con el autor</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>alineación dkim</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>el dominio del from no coincide</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>El mensaje tiene firmas DKIM que se verifican, pero ninguna es del dominio que figura en el encabezado From. El receptor quiere que el propio dominio del autor avale el mensaje: un caso particular de X.7.21, cercano a lo que comprueba la alineación DMARC. Rechazo permanente.</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>Al final de DATA, normalmente en boletines, facturas o alertas enviados a través de un servicio de terceros que firma con su propio dominio mientras la dirección From usa el dominio del cliente. También aparece cuando una lista de correo o un servicio de reenvío vuelve a firmar el mensaje con su propio dominio y la firma original se rompió.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>El administrador del remitente configura DKIM personalizado en el servicio de envío para que firme con un d= igual al dominio del From, normalmente publicando los registros de selector del servicio (CNAME o TXT) en el DNS de ese dominio y activándolos en la configuración del servicio. Después compruebe que un mensaje de prueba muestra una firma válida cuyo dominio coincide con el encabezado From.</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>Un servicio de marketing o de gestión de incidencias firma con su propio dominio porque nunca se configuró la firma personalizada para el dominio del cliente.</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>La dirección From se cambió a un nuevo dominio de marca que todavía no tiene clave DKIM propia.</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>La única firma válida la añadió una lista de correo o un servicio de reenvío, no el dominio del autor.</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Compare el dominio d= de cada encabezado DKIM-Signature con el dominio del encabezado From del mismo mensaje.</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Compruebe que el selector del servicio de envío está publicado bajo el dominio del From.</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>No vuelva a enviar sin cambios. Vuelva a enviar cuando el servicio de envío firme con el dominio del From.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>La validación SPF falló</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>spf hardfail</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>fallo spf</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>El receptor comprobó SPF para el remitente del sobre (MAIL FROM) o para el nombre HELO y obtuvo un resultado fail: el registro SPF del dominio dice que la dirección IP que se conecta no puede enviar en su nombre. RFC 7372 asigna este código a los receptores que rechazan ante un fallo de SPF, en lugar del antiguo 5.7.1 genérico. Permanente. Este es el significado del registro; Gmail usa en cambio 4.7.23 para problemas de DNS inverso (véase el apartado de proveedores).</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>Normalmente justo después de MAIL FROM o RCPT TO, ya que SPF solo necesita la dirección IP y el sobre; algunos filtros esperan a después de DATA. Frecuente con el reenvío (la IP del servidor de reenvío no figura en el registro del dominio original), tras trasladar el correo a un nuevo proveedor y con el correo enviado por una nueva herramienta SaaS que nadie añadió a SPF.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>El administrador del remitente añade el remitente que falta al registro SPF del dominio del sobre (ip4:, ip6: o el include: del servicio), manteniendo el total en diez consultas DNS o menos, y después vuelve a enviar. Si el correo se reenvió, el administrador del servidor de reenvío necesita SRS (reescritura del remitente), y el remitente original debería firmar con DKIM para que el mensaje pueda seguir superando DMARC después del reenvío.</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>El mensaje salió a través de un servidor o un servicio cuya dirección IP no figura en el registro SPF del dominio del sobre.</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>Un servidor de reenvío retransmitió el mensaje, así que el receptor vio la IP del servidor de reenvío, no una que autorice el dominio original.</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>No se añadió una nueva IP de salida o un IPv6 recién activado a un registro SPF que termina en -all.</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Lea el registro SPF del dominio del remitente del sobre (el Return-Path), que puede ser distinto del dominio del From.</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Busque el intento rechazado en su registro para ver qué servidor de retransmisión lo rechazó y cuál de sus IP se usó.</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Si el servidor tiene IPv6, compruebe su dirección; una conexión IPv6 necesita una entrada ip6: o un mecanismo que coincida.</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>No reintente sin cambios desde la misma IP: el resultado de SPF no cambiará. Vuelva a enviar después de actualizar el registro y de que haya vencido el TTL del registro antiguo.</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Gmail usa 4.7.23 para un problema de DNS inverso, no de SPF: la IP que se conecta no tiene registro PTR, o el nombre del PTR no se resuelve de vuelta a esa IP. El correo se aplaza hasta que el DNS directo y el inverso coincidan; la forma permanente de Gmail para el mismo problema es 5.7.25.</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Se usa en los informes de no entrega de Microsoft 365 cuando el servidor de destino rechazó el mensaje por motivos de SPF; la propia respuesta del servidor remoto suele seguir tras una flecha (-&gt;) y nombra el motivo del sistema receptor.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>Error en la validación SPF</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>límite de 10 consultas spf</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>varios registros spf</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>El receptor no pudo completar la comprobación SPF por un error, no por un fallo. Como 4.7.24 (con 451) es un temperror de SPF, normalmente un tiempo de espera de DNS agotado al obtener el registro; como 5.7.24 (con 550) es un permerror de SPF, lo que significa que el propio registro está roto: sintaxis incorrecta, dos registros SPF o más de diez consultas DNS. RFC 7372 los asigna en lugar de 4.4.3 y 5.5.2.</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>Después de MAIL FROM o al final de DATA, en receptores que actúan ante los errores de SPF. La forma permanente suele seguir a una modificación del registro SPF (un include más que lo lleva por encima de diez consultas, una errata, un segundo registro v=spf1); la forma temporal aparece mientras los servidores de nombres del dominio del remitente son lentos o inaccesibles.</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>Con 5.7.24, el administrador del remitente repara el registro: reúne todo en un único registro TXT v=spf1, corrige la sintaxis y elimina o aplana includes hasta que no más de diez mecanismos necesiten consultas DNS. Con 4.7.24, compruebe que los servidores de nombres autoritativos del dominio responden rápido desde fuera; si lo hacen, el problema puede estar en el receptor y la cola entregará el mensaje en un intento posterior.</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>El registro SPF necesita más de diez consultas DNS una vez contados todos los include, a, mx, ptr, exists y redirect.</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>El dominio publica dos registros TXT v=spf1 separados, lo que convierte el resultado en un error permanente.</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>El registro contiene un error de sintaxis, como un nombre de host después de ip4:, un mecanismo mal escrito o un carácter sobrante.</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Los servidores de nombres del dominio agotan el tiempo de espera o responden SERVFAIL, así que el receptor obtiene un error temporal.</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Enumere todos los registros TXT del dominio del sobre y asegúrese de que exactamente uno de ellos empieza por v=spf1.</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Expanda cada include: (y los include que contenga) y cuente todos los mecanismos que cuestan una consulta DNS.</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Pregunte directamente a cada servidor de nombres autoritativo del dominio; uno que agote el tiempo de espera explica un temperror.</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>Ante 4.7.24, reintente con la espera progresiva normal; los tiempos de espera de DNS suelen resolverse. Ante 5.7.24, no reintente hasta que se corrija el registro SPF, porque cada intento chocará con el mismo error permanente.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>La validación del DNS inverso falló</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>rdns</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>sin dns inverso</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>falta el registro ptr</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>La dirección IP del cliente que se conecta no superó la comprobación de DNS inverso del receptor: no tiene registro PTR, o el nombre del registro PTR no se resuelve de vuelta a la misma dirección (DNS inverso confirmado por el directo, FCrDNS). Los receptores lo usan como un filtro barato contra equipos domésticos infectados y servidores mal gestionados. Rechazo permanente.</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>En cualquier momento tras la conexión, sobre todo en respuesta a MAIL FROM, RCPT TO o al final de DATA. Típico después de trasladar un servidor de correo a un nuevo VPS o a una nueva dirección en la nube, después de activar IPv6 (la dirección IPv6 no tiene PTR) o cuando el nombre del PTR apunta a un host cuyo registro A se cambió después. Gmail lo envía como 550 5.7.25.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>El administrador del remitente pide a quien controla la dirección IP (proveedor de alojamiento, ISP o consola de la nube; no el registrador del dominio) que configure un registro PTR que nombre el servidor de correo, por ejemplo mail.example.com, y se asegura de que ese nombre tiene un registro A o AAAA que apunta de vuelta a la misma IP. El nombre HELO debería ser el mismo nombre de host. Después, vuelva a enviar.</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>La dirección IP de envío no tiene ningún registro PTR, algo habitual en las direcciones nuevas de VPS y de la nube.</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>El nombre PTR existe, pero su registro A o AAAA apunta a otra dirección, así que la comprobación directa falla.</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>El servidor envía por IPv6 y solo su dirección IPv4 tiene DNS inverso.</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>El PTR es un nombre genérico de ISP que el receptor trata como una dirección dinámica o doméstica.</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Consulte el registro PTR de la dirección IP de envío.</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Resuelva en sentido directo el nombre devuelto y confirme que da la misma dirección.</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Repita la consulta inversa para la dirección IPv6 del servidor, si la tiene.</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Compárelo con el nombre HELO que anuncia su Postfix (Exim y otros tienen un ajuste equivalente).</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>No reintente sin cambios desde esa dirección IP. Reintente cuando existan el PTR y los registros A o AAAA correspondientes y hayan caducado las respuestas negativas en caché.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>El uso de Gmail coincide con el significado del registro y abarca los remitentes IPv4 e IPv6; la forma temporal del mismo problema llega como 4.7.23, no como 4.7.25.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>Fallaron varias comprobaciones de autenticación</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>fallo dmarc</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>El servidor receptor ejecutó más de una comprobación de autenticación del remitente (SPF, DKIM y normalmente, además, DMARC) y el mensaje no superó ninguna. El código es un rechazo permanente: el mismo mensaje enviado de la misma forma se volverá a rechazar.</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>Al final de DATA, cuando el receptor ya tiene el mensaje completo y puede verificar sus firmas. Gmail lo hizo famoso: desde hace años responde con 550 5.7.26 al correo que no supera la política DMARC del dominio del remitente y al correo sin ningún resultado SPF o DKIM utilizable, y sus requisitos para remitentes de 2024 hicieron esta respuesta mucho más frecuente.</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>Corrija la autenticación en el lado que envía, para el dominio que figura en el encabezado From. Publique un registro SPF que cubra todos los servidores que envían en nombre del dominio, firme el correo saliente con DKIM usando una clave publicada en DNS y haga que al menos uno de ellos esté alineado con el dominio del From para que DMARC se supere. Después envíe un mensaje de prueba y lea su encabezado Authentication-Results antes de volver a enviar el correo rebotado.</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>No hay registro SPF, o el registro SPF no incluye el servidor o el servicio que envió realmente el mensaje.</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>No hay firma DKIM, o la firma se rompió por una pasarela, una lista de correo o un pie de página que modificó el mensaje después de firmarlo.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF y DKIM se superan para un dominio distinto del que figura en el encabezado From, así que la alineación DMARC falla y la política DMARC del dominio indica rechazar.</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>Un servicio de envío añadido recientemente (herramienta de boletines, CRM, sistema de incidencias) envía con el dominio de la empresa sin estar autorizado en DNS.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Lea el registro SPF del dominio del remitente y asegúrese de que incluye la dirección IP del servidor de envío o el include del servicio.</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Compruebe que existe la clave pública DKIM del selector indicado en el encabezado DKIM-Signature del mensaje (s=).</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Lea la política DMARC del dominio para ver qué se le indicó al receptor que hiciera con los fallos.</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Envíe un mensaje de prueba a un buzón bajo su control en un gran proveedor y lea el encabezado Authentication-Results (resultados de autenticación): spf=, dkim= y dmarc= deben indicar pass.</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>No reintente el mismo mensaje sin cambios: volverá a fallar. Vuelva a enviar solo después de corregir los registros de autenticación o la firma.</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>Gmail envía 5.7.26 tanto cuando un mensaje no supera ni SPF ni DKIM como cuando no supera la política DMARC del dominio del From; el texto que sigue al código indica cuál de los dos casos es.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>La dirección del remitente tiene un MX nulo</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>El dominio del remitente del sobre, o del encabezado From, publica un registro MX nulo (MX 0 .), que declara que nunca recibe correo. Un receptor puede rechazar ese correo porque los rebotes y las respuestas nunca podrían llegar al remitente, y un dominio que declara no tener servicio de correo es probablemente una falsificación. Definido en RFC 7505; permanente. Este es el significado del registro; Gmail usa los mismos dígitos para los fallos de SPF (véase el apartado de proveedores).</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>En respuesta a MAIL FROM cuando el receptor comprueba el MX del dominio del sobre, o después de DATA cuando comprueba el dominio del encabezado From. Los culpables típicos son una aplicación que envía como noreply@ de un dominio cuyo DNS contiene un MX nulo, y dominios aparcados o solo de envío a los que se dio un MX nulo por error.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>El administrador del remitente elimina el MX nulo y publica un MX real para el dominio que se usa en MAIL FROM y en From, o bien cambia la aplicación para que envíe desde un dominio que sí acepte correo (sirve un subdominio para rebotes con su propio MX). RFC 7505 dice que los dominios que se usan como remitentes no deben publicar un MX nulo.</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>A un dominio solo de envío se le dio un MX nulo para que no recibiera nada, pero se sigue usando en MAIL FROM o en From.</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>Una plantilla DNS para dominios aparcados o sin uso añadió MX 0 . a un dominio que después empezó a enviar correo.</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>Spam o phishing que falsifica un dominio con MX nulo, en cuyo caso el rechazo está cumpliendo su función.</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Consulte el MX de los dominios del sobre y del From; una única respuesta 0 . es un MX nulo.</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Compruebe qué dominio añade su Postfix a las direcciones de remitente generadas localmente, ya que el remitente del sobre de una aplicación puede ser distinto de su dirección From.</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Después de publicar un MX real, confirme que el host que nombra acepta conexiones en el puerto 25.</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>No reintente sin cambios el 5.7.27 del registro: el MX nulo es una declaración deliberada en el DNS. El aplazamiento 4.7.27 de Gmail se reintenta con normalidad, pero solo tiene éxito cuando se supera SPF.</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>No tiene nada que ver con el MX nulo: Gmail envía 4.7.27 (aplazamiento) y 5.7.27 (rechazo) cuando el mensaje no superó SPF según sus requisitos para remitentes. Corrija el registro SPF del dominio del sobre e ignore el título del registro.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>Se detectó una avalancha de correo</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>bombardeo de suscripciones</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>El receptor cree que el mensaje forma parte de una avalancha de mensajes abusivos similares, normalmente un bombardeo de correo en el que una dirección recibe cientos de confirmaciones de alta provocadas por envíos falsificados de formularios web. 4.7.28 aplaza el mensaje y 5.7.28 lo rechaza. La IANA registró el código a partir de un Internet-Draft de John Levine que nunca se publicó como RFC.</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>En RCPT TO o al final de DATA, cuando un receptor ve una ráfaga de mensajes casi idénticos dirigidos a un destinatario o procedentes de un mismo origen. Los remitentes se lo encuentran cuando se ha abusado de su formulario de alta en el boletín, de restablecimiento de contraseña o de contacto para bombardear a una víctima. Gmail también usa 4.7.28 para su propia limitación por tasa de spam (véase el apartado de proveedores).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>El administrador del remitente detiene la avalancha en su origen: añade un CAPTCHA o un límite de frecuencia al formulario web, envía como máximo una confirmación por dirección en un periodo determinado y elimina de la cola las confirmaciones dirigidas a la dirección atacada. Ante el 4.7.28 de Gmail, reduzca el volumen desde la IP o el dominio afectados, descarte los destinatarios que no interactúan y vigile la tasa de spam en Postmaster Tools.</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>Un bot envió muchas veces el formulario de alta o de contacto del remitente con la dirección de la víctima.</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>Un error o un bucle de una aplicación envió la misma notificación a un destinatario una y otra vez.</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>Una cuenta comprometida o un script en el servidor de envío envió en masa mensajes casi idénticos.</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>En Gmail: un aumento del correo con aspecto no solicitado procedente de la dirección IP de envío o del dominio autenticado.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Cuente cuántos mensajes envió recientemente su servidor a la dirección afectada.</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Compruebe en la línea de resumen de la cola si se están acumulando mensajes en espera.</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Busque en el registro del servidor web ráfagas de envíos de formularios, que apuntan a un bot que usa su formulario.</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>Ante 4.7.28, reintente a intervalos crecientes y con un ritmo de envío más bajo; insistir lo empeora. Ante 5.7.28, no vuelva a enviar el mismo mensaje, que el receptor ha clasificado como parte de una avalancha abusiva.</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>Un límite de frecuencia por reputación más que un veredicto de bombardeo de correo: Gmail ha visto demasiado correo con aspecto no solicitado procedente de su dirección IP, o de su dominio DKIM o SPF (las variantes más largas del texto indican cuál), y ralentiza la aceptación. Se resuelve cuando se recupera la reputación.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>Fallo de validación ARC</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>El mensaje llevaba encabezados Authenticated Received Chain (RFC 8617, un RFC experimental) y la cadena no se validó, así que el receptor no pudo confiar en los resultados de autenticación registrados por los intermediarios por los que pasó. Un receptor puede rechazar ese correo, sobre todo si además no supera DMARC. Este es el significado del registro; Gmail usa los mismos dígitos para el correo enviado sin TLS (véase el apartado de proveedores).</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>Al final de DATA, en correo que pasó por una lista de correo, un servicio de reenvío o una pasarela de seguridad que añade los encabezados ARC-Seal, ARC-Message-Signature (firma del mensaje) y ARC-Authentication-Results (resultados de autenticación). Poco frecuente en la práctica: la mayoría de los receptores solo usan ARC como indicio cuando DMARC falla, así que una cadena rota rara vez provoca un rechazo por sí sola.</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>El administrador del intermediario cuyo conjunto ARC falla (a menudo un servidor de listas o una pasarela) corrige su sellado ARC: una clave publicada para su selector, números de instancia correctos y ningún cambio en el mensaje después del sellado. El remitente original no puede reparar la cadena de otro sistema: envíe el rebote con los encabezados completos al operador de la lista o del servicio de reenvío.</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>Un intermediario modificó el mensaje después de añadir su conjunto ARC, rompiendo su ARC-Message-Signature.</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>La clave pública del selector indicado en un ARC-Seal falta en DNS.</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>Falta un conjunto ARC o está desordenado (los números de instancia i=1, i=2, etc. no son consecutivos), lo que invalida la cadena.</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>Un salto posterior selló con cv=fail, marcando la cadena como ya rota.</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Enumere los encabezados ARC con sus números de instancia i= y el resultado cv= de cada ARC-Seal.</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Verifique la cadena en una copia guardada del mensaje (python3-dkim proporciona arcverify).</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Obtenga la clave correspondiente a los s= y d= del ARC-Seal que falla.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>No reintente sin cambios un 5.7.29 del registro: la cadena rota forma parte del mensaje y vuelve a fallar. Un aplazamiento 4.7.29 de Gmail solo tiene éxito al reintentar cuando la conexión usa TLS.</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>No tiene nada que ver con ARC: Gmail envía 4.7.29 (aplazamiento) y 5.7.29 (rechazo) cuando el mensaje le llegó por una conexión sin TLS. Haga que el MTA de envío use STARTTLS hacia los hosts MX de Gmail, y compruebe todos los servidores de retransmisión del recorrido de salida.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>Se requiere compatibilidad con REQUIRETLS</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>El mensaje se envió con la opción REQUIRETLS (RFC 8689), que exige TLS verificado y compatibilidad con REQUIRETLS en cada salto, y un servidor no encontró un siguiente salto que la ofreciera. En lugar de renunciar a la protección, el mensaje se devuelve. Permanente. Este es el significado del registro; Gmail usa los mismos dígitos para los fallos de DKIM (véase el apartado de proveedores).</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>Sobre todo en un rebote (DSN) del propio servidor de retransmisión de salida del remitente o de un salto posterior, después de que la respuesta a EHLO del siguiente servidor no incluyera REQUIRETLS; algunas implementaciones también lo usan al rechazar directamente MAIL FROM ... REQUIRETLS. Todavía poco frecuente, porque pocos servidores implementan REQUIRETLS (Postfix documenta que lo admite en versiones recientes).</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>Decide el remitente. Si el contenido no debe atravesar un enlace sin cifrar o sin verificar, no lo envíe por correo electrónico a este destinatario, o pida al administrador del destinatario que active REQUIRETLS junto con DANE o MTA-STS. Si no, vuelva a enviar sin REQUIRETLS, algo que controla el cliente que envía o la política de correo de la organización.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>El servidor de correo del destinatario no anuncia REQUIRETLS, como sigue ocurriendo con la mayoría de los servidores.</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>Un servidor de retransmisión del recorrido, como un servicio de filtrado de salida o un smarthost, no admite REQUIRETLS.</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>El cliente que envía activa REQUIRETLS en todo el correo, incluido el dirigido a destinatarios cuyos servidores no pueden respetarlo.</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Busque los hosts MX del dominio del destinatario.</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Compruebe si el MX incluye REQUIRETLS en la respuesta a EHLO que da después de STARTTLS.</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Lea los campos Reporting-MTA y Remote-MTA del rebote para ver qué salto se dio por vencido y si es su propio servidor de retransmisión.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>No reintente un 5.7.30 del registro: el recorrido no adquirirá compatibilidad con REQUIRETLS entre un intento y otro. Un aplazamiento 4.7.30 de Gmail se reintenta con normalidad, pero solo tiene éxito cuando se supera DKIM.</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>No tiene nada que ver con REQUIRETLS: Gmail envía 4.7.30 (aplazamiento) y 5.7.30 (rechazo) cuando el mensaje no superó DKIM según sus requisitos para remitentes. Firme el correo saliente con DKIM para su dominio y publique la clave.</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>Ante VRFY, 250 confirma el buzón; 252 ni lo confirma ni lo niega, pero el servidor aceptaría correo para él.</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>Solo VRFY recibe estas respuestas. La mayoría de los servidores responden a cualquier VRFY con 252 para que no se puedan recopilar direcciones.</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>Nunca tome 252 como prueba de que una dirección existe. Para probar una dirección, envíe un mensaje u observe la respuesta a RCPT TO.</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>Ambos indican que el destinatario no es local; 251 acepta el mensaje y lo reenvía, 551 lo rechaza e indica adónde enviarlo.</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>251 es una respuesta de éxito en RCPT TO; 551 es un error permanente con &quot;please try &lt;forward-path&gt;&quot;.</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>Tras 251 no hay nada que hacer, aunque se puede actualizar la libreta de direcciones. Tras 551, vuelva a enviar a la dirección indicada, una vez que esté seguro de que es correcta.</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>421 termina toda la sesión, para todos los mensajes y destinatarios que incluye; 450 rechaza una sola acción de correo, normalmente un destinatario, y la sesión continúa.</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>421 suele ser la primera línea tras conectarse (el saludo) o la última antes de que el servidor cuelgue, y su texto habla del servicio, de la conexión o de su dirección IP. 450 responde a MAIL FROM o RCPT TO y nombra un buzón o un motivo como el greylisting.</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>El servidor de envío reintenta ambos. Para 421, examine el lado emisor en su conjunto: número de conexiones, ritmo de envío y reputación de la dirección IP. Para 450, examine ese destinatario concreto o el retraso del greylisting, y espere al siguiente reintento desde la misma dirección IP.</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>En el saludo, ambos rechazan la conexión, pero 421 significa «vuelva a intentarlo más tarde» y 554 significa que este cliente no recibe servicio.</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>El primer dígito decide: 421 en el saludo viene con textos sobre carga, demasiadas conexiones o un bloqueo temporal; 554 en el saludo nombra una lista de bloqueo o un rechazo permanente, y el servidor responde a cada comando siguiente con 503 hasta QUIT.</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>Para 421, no haga nada al principio: reduzca el número de conexiones en paralelo si se repite. Para 554, busque la dirección IP de envío en las listas de bloqueo y corrija el problema de reputación; reintentar desde la misma dirección IP no servirá de nada.</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>450 se refiere al buzón del destinatario (ocupado, bloqueado o en greylisting); 451 se refiere al propio servidor receptor, que encontró un error durante el procesamiento.</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>El código mejorado y el texto lo indican: 450 llega con 4.2.x o con un mensaje de greylisting que nombra al destinatario; 451 llega con 4.3.0, 4.4.x o &quot;Temporary local problem&quot;, a menudo después de que fallara una consulta DNS o un analizador de contenido en el lado receptor.</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>Ninguno requiere al principio ninguna acción del remitente: la cola reintenta. Si 450 persiste durante días, pregunte al administrador del destinatario por el buzón; si 451 persiste, el administrador del servidor receptor tiene que reparar su servidor, así que comuníquele la línea de respuesta exacta.</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>La misma condición, buzón no disponible, pero 450 es temporal y 550 es permanente.</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Solo difiere el primer dígito: tras 450, el mensaje permanece en la cola del remitente y puede llegar un aviso de retraso; tras 550, el servidor del remitente desiste de inmediato y devuelve un rebote.</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>Tras 450, no vuelva a enviar a mano: la cola reintenta por sí sola. Tras 550, volver a enviar el mismo mensaje no cambia nada; corrija la dirección o elimine el motivo que indica el código mejorado, y después envíe de nuevo.</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>451 es un error de procesamiento en el servidor receptor; 452 indica que se agotó un recurso: espacio en disco, la cuota de un buzón o el número de destinatarios permitidos en una transacción.</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>452 nombra el recurso: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) o un buzón lleno (4.2.2). 451 habla de un error local, de un fallo de consulta o de un servicio que no respondió.</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>Para 452 con 4.5.3 no hay nada mal: el servidor de envío entrega a los destinatarios restantes en una transacción posterior. En el caso del almacenamiento, el administrador del servidor receptor libera espacio. Para 451, espere al reintento y comunique un error persistente al administrador del servidor receptor.</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>Ambos se refieren al almacenamiento; 452 es temporal (el espacio puede liberarse), 552 es permanente (se ha superado la asignación para este mensaje).</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>El código mejorado distingue los casos: 452 con 4.2.2 o 4.3.1 es un buzón o un disco lleno que puede recuperarse; 552 con 5.2.2 es un buzón que ha superado su cuota, y 552 con 5.3.4 o 5.2.3 es un mensaje demasiado grande.</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>Para 452, deje que la cola reintente y avise al destinatario de que su buzón está lleno. Para 552 con 5.2.2, pida al destinatario que libere espacio y después vuelva a enviar; para 552 con un código de tamaño, envíe un mensaje más pequeño o un enlace en lugar del adjunto.</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>454 es un error temporal de TLS o de autenticación en el lado del servidor; 530 es un requisito que el cliente no ha cumplido.</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>454 responde al propio STARTTLS o AUTH (&quot;454 4.7.0 Temporary authentication failure&quot;), así que el cliente hizo lo correcto. 530 responde a MAIL FROM cuando el cliente se saltó STARTTLS o AUTH.</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>Tras 454, el cliente reintenta más tarde y el administrador del servidor receptor revisa el certificado o el backend de contraseñas. Tras 530, hay que cambiar la configuración del cliente: iniciar TLS y después autenticarse.</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>500 significa que el servidor no entendió la línea; 502 significa que entendió el comando, pero no lo implementa aquí.</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>502 responde a un verbo conocido que está desactivado, como VRFY o EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 responde a datos basura, a una línea demasiado larga o a otro protocolo, como un protocolo de enlace TLS en un puerto de texto sin cifrar; Postfix 3.7 y posteriores también responden a los comandos desconocidos con 500 5.5.2.</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>Para 500, compruebe que el cliente habla SMTP con el puerto correcto y en el modo correcto (TLS implícito en el 465, STARTTLS en el 587 y el 25). Para 502, deje de usar ese comando; no hay nada roto.</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>501 rechaza cómo está escrito el argumento de un comando; 553 rechaza el propio nombre del buzón.</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>501 aparece tras una sintaxis incorrecta: un corchete angular que falta, un nombre EHLO no válido, un parámetro desconocido (&quot;501 5.5.4&quot;). 553 aparece tras una dirección sintácticamente correcta que no se acepta (5.1.3, 5.1.7, o un remitente que no pertenece a la cuenta con la que se inició sesión).</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>Para 501, corrija el software de envío o su configuración, ya que el propio comando está mal formado. Para 553, corrija la dirección que introdujo el usuario o la identidad con la que envía.</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>503 es un comando en el orden equivocado; 530 es un comando rechazado hasta que el cliente se haya autenticado o haya iniciado TLS.</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>503 aparece tras RCPT TO antes de MAIL FROM, DATA antes de cualquier destinatario, o AUTH donde no se ofrece (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 responde a MAIL FROM con &quot;Authentication required&quot; o &quot;Must issue a STARTTLS command first&quot;.</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>Para 503, corrija la secuencia del cliente: EHLO, STARTTLS, de nuevo EHLO, AUTH, MAIL FROM, RCPT TO, DATA. Para 530, active TLS y la autenticación SMTP en la configuración de la cuenta del cliente.</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>530 significa que el cliente no se ha autenticado; 535 significa que lo intentó y se rechazaron sus credenciales.</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>535 es la respuesta a AUTH. 530 responde a MAIL FROM o RCPT TO de un cliente que nunca envió AUTH.</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>Para 530, active la autenticación en el cliente. Para 535, compruebe el nombre de usuario y la contraseña, si el proveedor exige una contraseña de aplicación y si SMTP AUTH está permitido para la cuenta.</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>534 rechaza la forma de iniciar sesión; 535 rechaza las credenciales.</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>Con 534 es muy posible que la contraseña sea correcta: el mecanismo es demasiado débil, o el proveedor exige una contraseña de aplicación o un inicio de sesión en el navegador (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). Con 535, el nombre de usuario o la contraseña son incorrectos, o la cuenta no puede usar SMTP.</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>Para 534, use TLS y un mecanismo más seguro, una contraseña de aplicación u OAuth, según lo que pida el proveedor. Para 535, corrija las credenciales o desbloquee la cuenta.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>Dos capas de una misma respuesta: 535 es el código básico para credenciales rechazadas y 5.7.8, el código mejorado para lo mismo; normalmente llegan juntos como 535 5.7.8.</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>Un registro del cliente muestra &quot;535 5.7.8&quot; o &quot;535-5.7.8 Username and Password not accepted&quot; justo después de AUTH. Algunos servidores envían 535 sin código mejorado, con el mismo significado.</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>Corrija las credenciales (nombre de usuario, contraseña o contraseña de aplicación) y compruebe que la cuenta puede usar SMTP AUTH.</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>551 indica que el destinatario no está en este servidor y nombra adónde enviar en su lugar; 550 rechaza al destinatario sin indicar otro destino.</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Una respuesta 551 lleva un forward-path (&quot;please try &lt;address&gt;&quot;); hoy es poco frecuente y algunos servidores la usan indebidamente para denegar la retransmisión. Una respuesta 550, en cambio, nombra un motivo o un código mejorado.</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>Tras 551, compruebe que la dirección que ofrece es auténtica y vuelva a enviar a ella. Tras 550, lea el código mejorado: 5.1.1 es una dirección errónea; 5.7.1, un rechazo por política.</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>553 rechaza la propia dirección, su forma o el derecho del remitente a usarla; 550 rechaza el buzón o el mensaje por otro motivo.</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>553 suele llegar en MAIL FROM o RCPT TO con 5.1.3, 5.1.7 o un texto como &quot;Sender address rejected: not owned by user&quot;. 550 llega con 5.1.1 (el usuario no existe), 5.7.1 (política) o un bloqueo.</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>Para 553, corrija la dirección: una errata, caracteres no permitidos o una dirección From que su cuenta no puede usar. Para 550, siga lo que indica su código mejorado.</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>550 suele rechazar un solo destinatario; 554 rechaza toda la transacción, ya sea en el momento de la conexión o después de los datos del mensaje.</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Fíjese en dónde llega: 550 responde a RCPT TO (o MAIL FROM); 554 es el saludo (&quot;No SMTP service here&quot;) o la respuesta al final de DATA, donde se ejecutan las comprobaciones de contenido y de reputación.</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>Para 550, compruebe la dirección del destinatario o el motivo de política para ese destinatario. Para 554 tras DATA, compruebe el contenido, la dirección IP de envío en las listas de bloqueo y la autenticación del dominio; para 554 en el saludo, lo que se rechaza es la propia dirección IP.</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>No son alternativas, sino dos capas de una misma respuesta: 550 es el código de respuesta básico (permanente, buzón no disponible) y 5.1.1, el código de estado mejorado que indica el porqué (el buzón no existe).</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Una respuesta como &quot;550 5.1.1 User unknown&quot; lleva ambos. 550 también aparece junto a 5.7.1, 5.2.1, 5.1.10 y otros, así que 550 por sí solo nunca indica cuál; 5.1.1 aparece además en el campo Status de un informe de rebote.</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>Lea primero el código mejorado cuando lo haya: es el más preciso de los dos. Cuando una respuesta solo trae 550, el texto que le sigue es la única pista.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>Dos capas de una misma respuesta: 552 es el código básico para una asignación de almacenamiento superada; 5.3.4, el código mejorado que indica que el mensaje es demasiado grande para el sistema.</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>552 por sí solo es ambiguo, porque también acompaña a 5.2.2 (buzón lleno) y a 5.2.3 (límite de tamaño del destinatario); con 5.3.4, el motivo es el límite de tamaño de mensaje del servidor.</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>Lea el código mejorado: con 5.3.4, envíe un mensaje más pequeño; con 5.2.2, el destinatario tiene que liberar espacio.</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>521 es un host que nunca acepta correo de nadie; 554 en el saludo rechaza a este cliente, normalmente por su dirección IP.</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>521 procede de hosts configurados para no recibir ningún correo, y a menudo el dominio publica además un MX nulo. 554 en el saludo suele nombrar una lista de bloqueo, una política o su dirección.</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>Tras 521, deje de enviar allí: la dirección o el registro MX es erróneo. Tras 554, busque la dirección IP de envío en la lista de bloqueo indicada y solicite que la retiren, o envíe a través de un servidor con buena reputación.</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>556 indica que el dominio del destinatario no recibe correo en absoluto; 554 indica que esta transacción falló, por un motivo que da su texto.</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>556 llega con 5.1.10, a menudo desde su propio servidor de envío después de encontrar el MX nulo del dominio (&quot;MX 0 .&quot;), antes de cualquier conexión con el destinatario. 554 procede del servidor remoto, en el saludo o después de DATA.</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>Tras 556, la dirección no puede funcionar: pida otra al destinatario. Tras 554, lea su texto: lista de bloqueo, contenido o política.</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 es un buzón que el servidor del destinatario no conoce; 5.1.10 es un dominio que declara que no recibe ningún correo (MX nulo).</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.1 procede del servidor del destinatario después de RCPT TO. 5.1.10 suele proceder de su propio servidor de envío, que leyó el MX nulo del dominio y nunca llegó a conectarse.</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Para 5.1.1, busque erratas en la parte anterior a la @. Para 5.1.10, ninguna forma de escribir el buzón funcionará: pida una dirección de otro dominio.</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 es una dirección que no existe; 5.2.1 es un buzón que existe, pero está deshabilitado o suspendido.</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>El texto lo indica: &quot;does not exist&quot;, &quot;no such user&quot; o &quot;user unknown&quot; para 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; o &quot;suspended&quot; para 5.2.1.</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Para 5.1.1, corrija la dirección. Para 5.2.1, contacte con el destinatario por otra vía; si el rebote se repite durante semanas, considere que la dirección ya no existe y elimínela de las listas.</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 señala un fallo en la parte anterior a la @ (el buzón); 5.1.2, en la parte posterior (el dominio).</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.2 suele proceder de su propio servidor, que no pudo encontrar el dominio en DNS; 5.1.1 procede del servidor del destinatario, que buscó el buzón y no encontró nada.</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Corrija la parte errónea: el nombre de usuario para 5.1.1, el dominio para 5.1.2.</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>5.1.2 indica que el dominio del destinatario no es un destino de correo válido; 5.4.4 indica que el sistema de envío no pudo encontrar una ruta hasta él.</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>5.1.2 aparece con un dominio que no existe (NXDOMAIN), a menudo por una errata. 5.4.4 aparece cuando el DNS responde sin una ruta utilizable: un MX que apunta a un nombre sin dirección, o registros que no se pueden resolver.</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>Para 5.1.2, corrija la ortografía del dominio. Para 5.4.4, el administrador del dominio del destinatario repara sus registros MX; si fallan muchos dominios, compruebe el propio resolvedor DNS del servidor de envío.</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>5.1.10 se refiere al dominio del destinatario, que no recibe correo; 5.7.27 se refiere al dominio del remitente, que declara que no recibe correo y, por tanto, se rechaza como remitente.</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>5.1.10 nombra la dirección del destinatario y suele proceder de su propio servidor de envío. 5.7.27 procede del servidor receptor y se refiere a su dominio de MAIL FROM o de From.</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>Para 5.1.10, use otra dirección de destinatario. Para 5.7.27, el administrador del remitente elimina el MX nulo o envía desde un dominio que pueda recibir respuestas y rebotes.</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>El mismo buzón lleno; el servidor de envío reintenta ante 4.2.2, mientras que ante 5.2.2 desiste de inmediato.</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>Solo difiere la clase, y los servidores eligen de forma distinta para la misma situación: muchos envían 452 4.2.2, mientras que otros envían 552 5.2.2.</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>Tras 4.2.2 no hay nada que hacer: la cola reintenta, y se puede avisar al destinatario de que su buzón está lleno. Tras 5.2.2, el destinatario tiene que liberar espacio antes de que se vuelva a enviar el mensaje.</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>5.2.2 es un buzón lleno; 5.2.3 es un mensaje concreto que supera el límite de tamaño del destinatario.</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>El texto habla de cuota o de buzón lleno en el caso de 5.2.2, y de tamaño del mensaje en el de 5.2.3. Un mensaje de prueba corto llega a un buzón con 5.2.3, nunca a uno con 5.2.2.</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>Para 5.2.2, el destinatario libera espacio. Para 5.2.3, envíe menos: comprima el adjunto o comparta un enlace.</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>Ambos se refieren al tamaño: 5.3.4 es el límite de todo el servidor; 5.2.3, un límite fijado para el destinatario o el buzón.</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>5.3.4 puede llegar ya en MAIL FROM, cuando el parámetro SIZE supera el límite que anunció el servidor, y se aplica a todos los destinatarios de ese servidor; 5.2.3 llega para destinatarios concretos.</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>En ambos casos, envíe un mensaje más pequeño. Solo el administrador del servidor receptor puede aumentar un límite de 5.3.4 (en Postfix, message_size_limit); un límite de 5.2.3 puede ser propio de ese buzón o grupo.</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>4.4.1 significa que no se pudo establecer ninguna conexión con el host receptor; 4.4.2 significa que se estableció una conexión y después se cortó.</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>Postfix registra 4.4.1 con &quot;Connection timed out&quot; o &quot;Connection refused&quot; durante la conexión, y 4.4.2 con &quot;lost connection with ... while sending ...&quot;.</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>Para 4.4.1, compruebe que el puerto 25 de salida está abierto, que el host MX está activo y que su dirección es correcta. Para 4.4.2, examine qué hizo el lado remoto a mitad de la sesión: tiempos de espera agotados, fallos de TLS o un firewall que corta las transferencias largas.</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>Ambos se refieren a un mensaje que no se pudo entregar a tiempo; 4.4.7 es un aviso de que sigue en cola, 5.4.7 es el fallo definitivo una vez agotado el tiempo de vida en la cola.</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>Un aviso 4.4.7 indica que el mensaje está retrasado y que el servidor seguirá intentándolo (Action: delayed). Un rebote 5.4.7 indica que el servidor ha desistido (Action: failed) y devuelve el mensaje.</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>Tras 4.4.7 todavía no se ha perdido nada: averigüe por qué el destino es inalcanzable. Tras 5.4.7, hay que volver a enviar el mensaje cuando el destino acepte correo.</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>Ambos indican que hay demasiados destinatarios; 4.5.3 pide el resto en otra transacción, 5.5.3 rechaza el mensaje por tener demasiados.</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>4.5.3 llega con 452 cuando se alcanza el límite por transacción del servidor; los destinatarios aceptados antes siguen recibiendo el mensaje. 5.5.3 es un rechazo permanente, a menudo por el límite de destinatarios por mensaje de un proveedor.</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>Tras 4.5.3 no hay nada que hacer: los servidores de correo envían por sí solos a los destinatarios restantes. Tras 5.5.3, divida la lista de destinatarios o use una lista de correo o un servicio de envío masivo.</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>Ambos son rechazos temporales por seguridad o por política; 4.7.0 no da ningún motivo concreto, 4.7.1 indica que la entrega no está autorizada por ahora.</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>4.7.0 suele ir asociado a problemas de TLS o de autenticación y a límites de frecuencia para tráfico sospechoso; 4.7.1 suele ir asociado al greylisting o a un bloqueo temporal de la dirección IP de envío. El texto es la única guía fiable.</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>Deje que la cola reintente en ambos casos. Si persisten, compruebe la reputación de la dirección IP de envío, su DNS inverso, el SPF y el DKIM del dominio, y si TLS funciona.</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>5.7.0 es un rechazo de seguridad sin especificar; 5.7.1 es un rechazo porque el remitente, el destinatario o la retransmisión no están autorizados.</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>5.7.0 es típico con 530 cuando primero hay que usar TLS o autenticarse. 5.7.1 suele llegar con 550 o 554 y un motivo: retransmisión denegada, una lista de bloqueo, una política para el destinatario.</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>Para 5.7.0, cumpla el requisito que nombra el texto (STARTTLS, AUTH). Para 5.7.1, actúe según el motivo indicado: autentíquese para retransmitir, consiga que le retiren de la lista de bloqueo o pida al destinatario que admita al remitente.</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>5.7.1 es cualquier rechazo de autorización; 5.7.26 es específicamente correo que no superó la autenticación (SPF y DKIM y, por tanto, DMARC).</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>Un texto de 5.7.26 habla de autenticación, SPF, DKIM o DMARC. Un texto de 5.7.1 nombra la retransmisión, una lista de bloqueo, una política o el remitente.</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>Para 5.7.26, el administrador del dominio de envío corrige SPF, firma con DKIM y alinea ambos con el dominio del From. Para 5.7.1, siga el motivo del texto.</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>El mismo rechazo, entrega no autorizada, pero 4.7.1 es temporal y 5.7.1 es permanente.</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>La clase lo indica: 4.7.1 mantiene el mensaje en la cola del remitente, normalmente por greylisting o por un bloqueo temporal; 5.7.1 lo devuelve de inmediato.</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>Tras 4.7.1, deje que la cola reintente desde la misma dirección IP. Tras 5.7.1, elimine el motivo que da el texto antes de volver a enviar.</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 es un nombre de usuario o una contraseña rechazados; 5.7.0 es un motivo de seguridad sin especificar, que al iniciar sesión suele significar que hace falta autenticarse.</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 llega después de AUTH, normalmente como 535 5.7.8. 5.7.0 llega antes de AUTH, como 530 5.7.0, cuando el cliente intentó enviar sin iniciar sesión o sin TLS.</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>Para 5.7.8, corrija las credenciales o use una contraseña de aplicación. Para 5.7.0, active TLS y la autenticación en el cliente.</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 rechaza las credenciales; 5.7.9 rechaza el mecanismo de autenticación o el tipo de contraseña.</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 llega con 535; 5.7.9 llega con 534 y textos como &quot;Application-specific password required&quot;.</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>Para 5.7.8, corrija el nombre de usuario o la contraseña. Para 5.7.9, cambie a un mecanismo más seguro, a una contraseña de aplicación o a OAuth, según lo que pida el proveedor.</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>Ambos indican que la autenticación requiere cifrado; 5.7.10 (con 523) pide una capa de cifrado antes de usar el mecanismo, 5.7.11 (con 538) indica que el mecanismo elegido solo funciona en una conexión cifrada.</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>El código básico los distingue: 523 va con 5.7.10 y 538 con 5.7.11. Ambos responden a AUTH en una conexión sin cifrar, y ambos son poco frecuentes, porque los servidores modernos no ofrecen mecanismos de contraseña antes de TLS.</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>En ambos casos, inicie TLS (STARTTLS, o TLS implícito en el puerto 465) antes de AUTH, y compruebe que el cliente no recurre al texto sin cifrar.</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>5.7.23 es solo un fallo de la comprobación SPF; 5.7.26 significa que fallaron varias comprobaciones de autenticación, así que el mensaje tampoco tenía una firma DKIM válida.</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>Un texto de 5.7.23 nombra SPF y, a menudo, la dirección IP de envío; un texto de 5.7.26 indica que el mensaje no está autenticado o menciona DMARC.</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>Para 5.7.23, añada el servidor de envío o el servicio que envía al registro SPF del dominio. Para 5.7.26, haga eso y además firme con DKIM alineado con el dominio del From.</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>5.7.25 rechaza una dirección IP de envío sin DNS inverso válido; 5.7.1 es un rechazo de autorización general.</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>Un texto de 5.7.25 menciona PTR o el DNS inverso (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 nombra algún otro motivo.</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>Para 5.7.25, pida a quien gestione la dirección IP (el proveedor de hosting o de red) un registro PTR cuyo nombre se resuelva de vuelta a la misma dirección. Para 5.7.1, siga su texto.</translation>
    </message>
</context>
</TS>
