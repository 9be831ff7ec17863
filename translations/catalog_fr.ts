<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>Impossible d&apos;ouvrir la connexion</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>Aucune RFC ne définit 101 comme réponse SMTP&#xa0;: un serveur SMTP ne peut envoyer que des codes commençant par 2, 3, 4 ou 5, et SMTP n&apos;a aucune classe 1xx. Le nombre affiché est presque toujours un numéro d&apos;erreur du système d&apos;exploitation, le plus souvent l&apos;errno Linux 101, ENETUNREACH (Network is unreachable), remonté par un client ou une bibliothèque qui n&apos;a même pas pu ouvrir la connexion TCP. On le confond souvent avec 421 ou avec le code d&apos;état étendu 4.4.1 que les serveurs de messagerie journalisent pour ce même type d&apos;échec.</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>Avant tout dialogue SMTP, pendant que le client essaie encore de se connecter. Sources typiques&#xa0;: PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), smtplib de Python (&quot;[Errno 101] Network is unreachable&quot;) et des lignes de journal Postfix telles que &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, très souvent pour l&apos;adresse IPv6 d&apos;un MX de destination, sur un hôte dont l&apos;IPv6 ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>Ni le message ni le destinataire ne sont en cause&#xa0;: l&apos;hôte d&apos;envoi n&apos;a aucun chemin réseau vers le serveur. L&apos;administrateur de l&apos;expéditeur (ou la personne qui gère l&apos;hôte où tourne le script) vérifie la route par défaut et, si les échecs concernent des adresses IPv6, soit rétablit la connectivité IPv6, soit configure le logiciel de messagerie pour n&apos;utiliser que l&apos;IPv4 (dans Postfix, inet_protocols = ipv4). Vérifiez aussi que le nom de serveur indiqué dans les paramètres du client se résout bien vers l&apos;adresse attendue, et qu&apos;il ne manque pas de route à un VPN ou au réseau d&apos;un conteneur. Le courrier en file d&apos;attente partira quand le MTA réessaiera, une fois que l&apos;hôte pourra joindre le serveur.</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>Un serveur de messagerie le traite comme un échec temporaire&#xa0;: le message reste en file d&apos;attente et les nouvelles tentatives sont de plus en plus espacées. Un script ou une application doit réessayer après un délai ou signaler l&apos;échec à son utilisateur&#xa0;; répéter la tentative ne servira à rien tant que la route n&apos;est pas corrigée.</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>La destination possède un enregistrement AAAA et l&apos;IPv6 est activé sur l&apos;hôte d&apos;envoi, mais sans route IPv6 par défaut&#xa0;: chaque tentative en IPv6 échoue immédiatement.</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>L&apos;hôte d&apos;envoi n&apos;a aucune route par défaut utilisable, par exemple un conteneur, une VM ou un serveur fraîchement installé avec une mauvaise passerelle.</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>Côté envoi, un VPN, une règle de routage par politique ou une règle de pare-feu envoie dans le vide le trafic destiné au réseau du serveur.</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>Le nombre a été recopié d&apos;une liste de «&#xa0;codes d&apos;erreur SMTP&#xa0;» publiée sur un blog&#xa0;; c&apos;est l&apos;erreur de socket du client, pas une réponse d&apos;un serveur de messagerie.</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>Recherchez les adresses IPv6 et IPv4 que le client va essayer pour joindre le serveur.</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>Demandez au noyau quelle route il utiliserait pour l&apos;adresse en échec&#xa0;; une erreur à cette étape confirme le problème de routage.</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>Essayez une simple connexion TCP vers le port utilisé par le client (25, 465 ou 587).</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>Sur un hôte Postfix, listez les échecs récents de type «&#xa0;réseau injoignable&#xa0;» et notez s&apos;ils concernent tous l&apos;IPv6.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>Aucune RFC ne définit 111 comme réponse SMTP&#xa0;; un serveur de messagerie ne peut jamais l&apos;envoyer, puisque les réponses SMTP commencent par 2, 3, 4 ou 5. Ce nombre est l&apos;errno Linux 111, ECONNREFUSED&#xa0;: la tentative de connexion du client a été activement rejetée, par un reset TCP ou un ICMP port-unreachable, parce que rien n&apos;écoute sur ce port ou qu&apos;un pare-feu le rejette. On le confond souvent avec 421 ou 554, qui proviennent d&apos;un serveur qui a bel et bien répondu, et il correspond au 4.4.1 que les serveurs de messagerie journalisent pour les connexions en échec.</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>Au moment de la connexion, avant toute bannière d&apos;accueil. Il apparaît sous la forme &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; en Python, &quot;Connection refused (111)&quot; dans PHPMailer, et dans les journaux Postfix sous la forme &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; avec dsn=4.4.1 et status=deferred. Les logiciels Windows signalent la même situation par l&apos;erreur de socket 10061.</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>Déterminez d&apos;abord de quel côté vient le refus. Si vous gérez le serveur, vérifiez que le service de messagerie tourne, qu&apos;il écoute sur l&apos;adresse publique et sur le bon port (pas seulement sur 127.0.0.1) et que le pare-feu de l&apos;hôte l&apos;autorise. Si vous êtes l&apos;expéditeur, vérifiez que l&apos;application utilise le bon hôte et le bon port (587 ou 465 pour la soumission, 25 entre serveurs) et qu&apos;aucun pare-feu, local ou chez le fournisseur, ne rejette le SMTP sortant. Le courrier déjà présent dans la file d&apos;attente d&apos;un MTA est remis quand le MTA réessaie, une fois que le port accepte les connexions.</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>Traitez-le comme temporaire&#xa0;: un MTA garde le message en file d&apos;attente et réessaie à intervalles croissants jusqu&apos;à l&apos;expiration de sa durée de vie en file (cinq jours par défaut dans Postfix). Une application doit attendre avant de réessayer et alerter quelqu&apos;un, car le refus se reproduira tant que le service en écoute ou le pare-feu n&apos;aura pas été corrigé.</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>Le service de messagerie du serveur est arrêté ou a planté&#xa0;: rien n&apos;écoute sur le port 25, 465 ou 587.</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>Le MTA n&apos;écoute que sur l&apos;interface de bouclage (par exemple Postfix avec inet_interfaces = loopback-only) alors que le client se connecte par le réseau.</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>L&apos;application vise le mauvais hôte ou le mauvais port, par exemple 465 sur un serveur qui ne propose que 587, ou un nom de serveur qui n&apos;est plus en service.</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>Un pare-feu placé devant le serveur rejette le port avec un reset au lieu d&apos;ignorer silencieusement les paquets.</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>Testez depuis le réseau du client si le port accepte les connexions TCP.</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>Sur le serveur, listez les sockets SMTP en écoute et les adresses auxquelles ils sont liés.</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>Sur un serveur Postfix, affichez les interfaces et les protocoles sur lesquels il écoute.</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>Sur le MTA d&apos;envoi, listez les connexions refusées récentes pour voir quelles destinations sont touchées.</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>Réponse de succès non standard</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>200 n&apos;est pas une réponse SMTP valide et ne l&apos;a jamais été&#xa0;: la RFC 821 ne définissait aucun 200, et des commandes comme NOOP et RSET réussissent avec 250. Ce code n&apos;est répertorié que parce que la RFC 876, une étude des serveurs SMTP menée en 1983, a constaté que certains des premiers serveurs répondaient à tort 200 là où 250 était requis.</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>Pratiquement jamais dans le courrier actuel. Historiquement, quelques serveurs du début des années 1980 l&apos;envoyaient en réponse à NOOP ou RSET. Quand quelqu&apos;un signale un 200 aujourd&apos;hui, il provient généralement d&apos;un serveur SMTP écrit à la main ou simulé, ou bien c&apos;est le code d&apos;état HTTP 200 d&apos;une API d&apos;envoi web qui s&apos;est retrouvé dans un journal à côté de codes SMTP.</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>Rien à corriger dans le message. Un serveur qui répond réellement 200 à une commande SMTP doit être corrigé par son développeur pour envoyer 250. Un client conforme à la RFC 5321 ne lit que le premier chiffre d&apos;un code inconnu et traite donc 200 comme un succès&#xa0;; seul un client qui abandonne sur ce code a besoin d&apos;un correctif de la part de son mainteneur. Si le 200 provient d&apos;une API HTTP d&apos;envoi d&apos;e-mails, consultez les événements de remise de ce service au lieu de chercher une signification SMTP.</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>Rien à réessayer&#xa0;: un client conforme à la RFC 5321 lit le 2 initial comme un succès et poursuit. Ne renvoyez le message que si un client strict a interrompu la session, et seulement après correction du client ou du serveur.</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>Un serveur SMTP très ancien ou fait maison qui utilise 200 au lieu de 250 pour NOOP, RSET ou d&apos;autres commandes réussies.</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>Une API HTTP d&apos;envoi d&apos;e-mails a répondu 200 OK et ce code d&apos;état a été lu comme s&apos;il s&apos;agissait d&apos;une réponse SMTP.</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>Un banc de test ou un serveur SMTP simulé qui répond avec des codes piochés dans une liste de référence.</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>Dialoguez à la main avec le serveur et notez quelle commande produit le 200.</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>Vérifiez si le 200 provient vraiment d&apos;une session SMTP en cherchant dans le journal Postfix les réponses distantes qui commencent par 200&#xa0;: pour un message accepté, la réponse figure dans status=sent (...), pour une réponse inattendue, après &quot;said:&quot;.</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>État du système, ou réponse d&apos;aide système</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>211 est une réponse de succès qui transmet des informations d&apos;état ou d&apos;aide sur le serveur lui-même. La RFC 5321 la cite à côté de 214 comme réponse valide à HELP, mais elle est rare en pratique, car la plupart des serveurs utilisent 214 pour le texte d&apos;aide. Elle ne dit jamais rien d&apos;un message en particulier.</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>Uniquement quand quelqu&apos;un envoie HELP, ou une commande d&apos;état privée que quelques serveurs implémentent, lors d&apos;une session manuelle ou d&apos;un scan&#xa0;; le script smtp-commands de nmap, par exemple, envoie EHLO et HELP pour lister ce que prend en charge un serveur. Elle n&apos;apparaît ni lors de la remise normale, ni dans les avis de non-remise, ni dans les journaux de file d&apos;attente.</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>Rien à corriger&#xa0;: c&apos;est une réponse de succès à titre informatif. N&apos;approfondissez que si un client la traite comme une erreur, ce qui est un bogue de ce logiciel client, ou si l&apos;administrateur du serveur veut limiter ce que le serveur révèle de lui-même à des inconnus.</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>Rien à réessayer&#xa0;: HELP n&apos;a aucun effet sur une transaction de messagerie, le client passe donc simplement à sa commande suivante.</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>Quelqu&apos;un qui testait le serveur à la main a tapé HELP, et cette implémentation répond 211 plutôt que 214.</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>Un scanner ou un outil d&apos;inventaire a envoyé HELP pour identifier le serveur et lister ses commandes.</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>Le serveur propose une commande d&apos;état non standard et étiquette sa sortie avec 211.</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>Envoyez vous-même HELP et comparez le code avec le 214, plus habituel.</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>Listez les commandes et extensions que le serveur déclare prendre en charge.</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>Message d&apos;aide (destiné à l&apos;utilisateur humain)</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>214 est la réponse de succès normale à HELP&#xa0;: le texte qui suit s&apos;adresse à une personne qui lit la session, par exemple une liste des commandes prises en charge ou des remarques sur une commande non standard. Les programmes ne doivent pas l&apos;analyser, et elle n&apos;indique en rien si le courrier sera accepté.</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and answers 502 instead, so a 502 there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>Dans les sessions interactives ou scriptées, après HELP, généralement sous forme de réponse multiligne. Exim répond par &quot;214-Commands supported:&quot; suivi d&apos;une liste de commandes, Sendmail par plusieurs lignes &quot;214-2.0.0&quot; de texte d&apos;aide. Postfix n&apos;implémente pas HELP et répond 502 à la place&#xa0;: chez lui, un 502 n&apos;est donc pas une anomalie.</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>Rien à corriger&#xa0;: HELP a fonctionné. La liste de commandes d&apos;une réponse 214 peut être incomplète ou obsolète&#xa0;; fiez-vous donc à la réponse à EHLO pour savoir quelles extensions (STARTTLS, AUTH, SIZE, PIPELINING) sont réellement proposées. Un administrateur de serveur qui préfère ne pas exposer de détails sur son logiciel peut raccourcir le texte d&apos;aide.</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>Rien à réessayer&#xa0;; HELP se situe hors de la transaction de messagerie, le client poursuit donc avec EHLO, MAIL FROM ou QUIT comme prévu.</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>Un administrateur ou un ingénieur support a tapé HELP pendant une session de test avec telnet ou openssl.</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>Un outil de supervision ou de scan de sécurité a envoyé HELP pour recenser les commandes prises en charge.</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>Un client a envoyé HELP avec un nom de commande en argument pour obtenir de l&apos;aide sur cette seule commande.</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>Comparez le texte de HELP avec les extensions annoncées dans la réponse à EHLO, sur lesquelles les clients se fondent réellement.</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>Ouvrez une session à la main et envoyez HELP, éventuellement suivi d&apos;un nom de commande.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; Service prêt</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>220 est la bannière d&apos;accueil du serveur&#xa0;: la connexion TCP est ouverte et le service SMTP est prêt à recevoir EHLO. Le premier mot après le code devrait être le nom d&apos;hôte du serveur. Le même code répond à STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; sur de nombreux serveurs) pour indiquer que le client peut commencer dès maintenant la négociation TLS.</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>En première ligne de toute connexion réussie, avant que le client ne dise quoi que ce soit, puis à nouveau en réponse à STARTTLS. Bannières typiques&#xa0;: &quot;ESMTP Postfix&quot;, celle de Microsoft, &quot;Microsoft ESMTP MAIL Service ready&quot;, celle de Gmail, qui se termine par &quot;- gsmtp&quot;. Une bannière qui commence par &quot;220-&quot; s&apos;étend sur plusieurs lignes&#xa0;; le postscreen de Postfix envoie volontairement une telle bannière partielle pour piéger les robots de spam qui parlent avant leur tour.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>Rien à corriger&#xa0;: le serveur fonctionne et accepte la session. Approfondissez si la bannière met plusieurs secondes à arriver (DNS inverse lent sur le serveur, ou délai d&apos;accueil volontaire), si elle annonce un hôte inattendu (vous atteignez peut-être un répartiteur de charge, un équipement qui intercepte le port 25 ou la mauvaise IP), ou si elle est remplacée par une rangée d&apos;astérisques, signe d&apos;un Cisco ASA ou PIX qui pratique l&apos;inspection ESMTP, laquelle peut aussi masquer STARTTLS. Si la négociation TLS échoue juste après le 220 de STARTTLS, l&apos;administrateur du serveur doit corriger le certificat ou les paramètres du protocole TLS.</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>Rien à réessayer&#xa0;: poursuivez avec EHLO ou, après le 220 de STARTTLS, lancez la négociation TLS puis renvoyez EHLO. Si aucune bannière n&apos;arrive dans les cinq minutes autorisées par la RFC 5321, abandonnez cette connexion et essayez le MX suivant, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>Une connexion normale à un serveur SMTP en état de marche&#xa0;; la bannière est la première réponse attendue.</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>Le client a envoyé STARTTLS et le serveur a accepté de négocier TLS.</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>Une bannière multiligne envoyée par postscreen ou par un test similaire précédant l&apos;accueil, qu&apos;un client correct se contente d&apos;attendre.</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>Un pare-feu ou un équipement d&apos;interception a réécrit la bannière, qui ne montre donc pas le vrai nom du serveur.</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>Connectez-vous et lisez la bannière en notant le temps qu&apos;elle met à s&apos;afficher.</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>Testez STARTTLS et examinez le certificat que présente le serveur après sa réponse 220.</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>Comparez le DNS inverse de l&apos;adresse IP du serveur avec le nom figurant dans la bannière.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; Le service ferme le canal de transmission</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>221 est la réponse du serveur à QUIT&#xa0;: la session est terminée et le serveur s&apos;apprête à fermer la connexion TCP. C&apos;est un succès pour la seule prise de congé&#xa0;: ce code ne dit rien du sort des messages envoyés plus tôt dans la session.</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>Tout à la fin d&apos;une session, après l&apos;envoi de QUIT par le client. Postfix répond &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. Il figure souvent en bas d&apos;une transcription qui contient une erreur plus haut, et c&apos;est pourquoi on l&apos;accuse à tort.</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>Rien à corriger. Pour le débogage, remontez dans la transcription&#xa0;: le sort du message est donné par la réponse qui suit le point final après DATA (250&#xa0;: accepté&#xa0;; 4xx ou 5xx&#xa0;: non accepté). N&apos;enquêtez que si le serveur ferme sans aucun 221, ou envoie 221 en réponse à autre chose que QUIT&#xa0;; cela indique un délai dépassé, un plantage ou un équipement intermédiaire qui coupe la session.</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>Rien à réessayer&#xa0;: la session s&apos;est terminée normalement. Les messages dont la réponse de fin de données était 250 ont été transmis&#xa0;; ceux qui ont reçu plus tôt des réponses 4xx restent dans la file d&apos;attente de l&apos;expéditeur pour leurs propres nouvelles tentatives.</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>Le client a terminé son travail et envoyé QUIT, la fin normale de toute session.</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>Le client a reçu un rejet plus tôt, par exemple un 550 sur RCPT TO, et a poliment fermé la session avec QUIT.</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>Un outil de test ou une sonde de supervision s&apos;est connecté, a vérifié la bannière ou la réponse à EHLO, puis a quitté.</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>Trouvez le vrai résultat dans la même transcription&#xa0;: la réponse juste après le point de fin de données, ou le rejet sur MAIL FROM ou RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>Sur un serveur Postfix, lisez les lignes de déconnexion&#xa0;: elles comptent chaque commande et ses succès (par exemple data=1 quit=1), et l&apos;absence de quit signifie que le client a coupé la connexion.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>Authentification réussie</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>235 signifie que l&apos;échange AUTH a réussi&#xa0;: le serveur a accepté le nom d&apos;utilisateur et le mot de passe, ou le jeton, et le client est authentifié pour le reste de la session. Il s&apos;accompagne normalement du code d&apos;état étendu 2.7.0. L&apos;authentification seule ne permet pas d&apos;envoyer sous n&apos;importe quelle adresse&#xa0;; le serveur peut encore refuser ensuite l&apos;expéditeur ou les destinataires.</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>Lors de la soumission sur le port 587 ou 465, généralement après STARTTLS, juste après l&apos;aboutissement d&apos;AUTH PLAIN, d&apos;AUTH LOGIN, de XOAUTH2 ou d&apos;un autre mécanisme SASL. Les clients de messagerie, les imprimantes et scanners, les applications web et les MTA qui relaient via un smarthost le voient tous&#xa0;; Postfix envoie &quot;235 2.7.0 Authentication successful&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>Rien à corriger pour la connexion elle-même. Si l&apos;envoi échoue malgré tout après le 235, lisez la réponse suivante&#xa0;: un 553 ou un 550 sur MAIL FROM signifie en général que le compte n&apos;a pas le droit d&apos;envoyer sous cette adresse (par exemple reject_sender_login_mismatch dans Postfix), et des erreurs 5.7.x plus loin relèvent de la politique du serveur. Les administrateurs de serveur doivent aussi surveiller les 235 venant d&apos;adresses IP ou de pays inhabituels, car bien des campagnes de spam depuis des comptes compromis commencent par une connexion réussie avec un mot de passe volé.</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>Rien à réessayer&#xa0;; poursuivez avec MAIL FROM. N&apos;envoyez pas de nouveau AUTH dans la même session&#xa0;: après un AUTH réussi, la RFC 4954 impose au serveur de rejeter le suivant avec 503.</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>Le client a envoyé des identifiants corrects avec un mécanisme proposé par le serveur, sur une connexion que le serveur juge suffisamment sûre.</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>Un mot de passe d&apos;application ou un jeton OAuth a été accepté sur un compte qui l&apos;exige à la place du mot de passe habituel.</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>Un compte compromis est utilisé par un spammeur&#xa0;; une telle connexion ressemble en tout point à une connexion légitime.</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>Reproduisez la connexion avec swaks (il demande le mot de passe) pour distinguer les problèmes d&apos;identifiants des problèmes de configuration du client.</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Sur un serveur Postfix, listez quels comptes se sont connectés depuis quelles adresses clientes.</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Si le 235 est suivi d&apos;un rejet de l&apos;expéditeur, vérifiez comment le serveur associe les identifiants de connexion aux adresses d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>Action de messagerie demandée effectuée avec succès</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>250 est la réponse de succès générale&#xa0;: la commande a fonctionné. Elle répond à EHLO (avec la liste des extensions), à MAIL FROM, à chaque RCPT TO accepté, à RSET, à NOOP et surtout à la fin des données du message, où elle signifie que le serveur de réception a pris la responsabilité de remettre le message ou d&apos;émettre un avis de non-remise. Elle ne garantit pas l&apos;arrivée en boîte de réception&#xa0;: le serveur de réception peut encore classer le message en spam, ou échouer plus tard et envoyer un avis de non-remise.</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>Tout au long d&apos;une session normale. Celle qui répond à la question «&#xa0;mon courrier est-il parti&#xa0;?&#xa0;» est le 250 qui suit le point final, que les MTA journalisent avec le texte du serveur de réception, par exemple chez Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; lorsque le saut suivant est un autre Postfix. ETRN (RFC 1985) et ATRN (RFC 2645) utilisent aussi 250 pour indiquer que le traitement de la file d&apos;attente ou la connexion inversée a commencé.</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>Rien à corriger&#xa0;: le serveur de réception a accepté la commande ou le message. Si le destinataire affirme que le courrier n&apos;est jamais arrivé, communiquez-lui l&apos;heure, l&apos;adresse de l&apos;expéditeur et l&apos;identifiant de file d&apos;attente ou le texte qui suivait le 250 dans votre journal&#xa0;; l&apos;administrateur du destinataire cherche alors dans ses propres journaux, dans sa quarantaine et dans le dossier spam, car à partir de ce moment le message est sous la responsabilité de son serveur.</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>Rien à réessayer&#xa0;: après un 250 en fin de données, le MTA d&apos;envoi considère ce destinataire comme traité et supprime sa copie. Renvoyer le message ne ferait que créer un doublon&#xa0;; enquêtez plutôt côté réception.</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>La commande était valide et autorisée, le serveur l&apos;a donc exécutée.</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>En fin de données, le message a passé les contrôles du serveur de réception et a été mis en file d&apos;attente pour remise.</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>Le serveur de réception accepte d&apos;abord et filtre ensuite (filtre de contenu après mise en file d&apos;attente, ou fournisseur qui met en quarantaine sans prévenir)&#xa0;: il a répondu 250 pour un message qui n&apos;atteindra pas la boîte de réception.</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>Trouvez la ligne d&apos;acceptation du destinataire dans le journal du Postfix d&apos;envoi, avec le texte de la réponse du serveur de réception.</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>Sur le serveur Exim de l&apos;expéditeur, rassemblez toutes les lignes de journal concernant les remises à ce destinataire.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>Demandez à l&apos;administrateur du destinataire de tracer le message chez lui à l&apos;aide de l&apos;identifiant de file d&apos;attente ou du Message-ID figurant dans la réponse 250 (suivi des messages dans Microsoft 365, Email Log Search dans Google Workspace).</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>Gmail a accepté le message&#xa0;; l&apos;horodatage et l&apos;identifiant permettent de le retrouver dans les journaux de Google. L&apos;acceptation ne dit rien du classement que fera Gmail&#xa0;: boîte de réception ou spam.</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>Exchange et Exchange Online répondent à la fin des données avec 2.6.0, le Message-ID du message et un identifiant interne&#xa0;; c&apos;est le Message-ID que l&apos;administrateur du destinataire recherche dans le suivi des messages.</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>Utilisateur non local&#xa0;; transfert vers &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>251 accepte un destinataire tout en indiquant au client que la boîte aux lettres ne se trouve pas sur ce serveur et que le message sera transféré à l&apos;adresse donnée dans le texte de la réponse. C&apos;est un succès&#xa0;: le courrier sera remis. La RFC 5321 permet aux serveurs de transférer silencieusement avec un 250 à la place, ce que font la plupart, si bien que 251 est rare. Dans l&apos;extension ETRN (RFC 1985), le même numéro signifie &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>En réponse à RCPT TO, ou à VRFY, de la part de serveurs configurés pour annoncer les transferts, en général des systèmes anciens ou spécialisés, après qu&apos;un utilisateur a changé d&apos;adresse&#xa0;; Postfix, Exim et Exchange transfèrent silencieusement et répondent 250. Également en réponse à ETRN quand le serveur ne détient rien pour le domaine demandé, par exemple lorsque fetchmail en mode ETRN interroge un MX de secours.</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>Rien à corriger&#xa0;; le destinataire recevra le message. L&apos;expéditeur peut mettre à jour son carnet d&apos;adresses avec la nouvelle adresse indiquée dans la réponse, mais la RFC 5321 recommande aux clients de ne le faire automatiquement que s&apos;ils font confiance au serveur, et les logiciels clients ne sont pas tenus d&apos;en tenir compte. Après un 251 en réponse à ETRN, il n&apos;y a tout simplement aucun courrier en file d&apos;attente à récupérer pour ce domaine.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>Rien à réessayer&#xa0;: le destinataire est accepté et le dialogue se poursuit avec d&apos;autres RCPT TO ou avec DATA. Après un 251 en réponse à ETRN, interrogez de nouveau le serveur à la prochaine échéance prévue plutôt que de répéter ETRN immédiatement.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>La boîte aux lettres du destinataire a été déplacée et le serveur est configuré pour révéler l&apos;adresse de transfert.</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>Une requête ETRN portait sur un domaine pour lequel le serveur n&apos;a aucun message en file d&apos;attente.</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>Un serveur ancien utilise encore l&apos;avis de transfert à la manière de la RFC 821, que la plupart des MTA modernes ont abandonné pour des raisons de confidentialité.</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>Lisez le forward-path dans le texte de la réponse et confirmez la nouvelle adresse avec le destinataire avant de modifier les adresses enregistrées.</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>Pour ETRN, regardez ce que le serveur qui met le courrier en file d&apos;attente détient réellement pour le domaine.</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>Répétez l&apos;ETRN à la main (d&apos;abord EHLO, puis ETRN example.com) et lisez la réponse.</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>Impossible de vérifier l&apos;utilisateur par VRFY, mais le message sera accepté et sa remise tentée</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>252 répond à VRFY sans confirmer ni infirmer l&apos;adresse&#xa0;: le serveur ne veut pas ou ne peut pas dire si la boîte aux lettres existe, mais il accepterait du courrier pour elle et tenterait de le remettre. La RFC 5321 demande aux serveurs qui désactivent VRFY pour des raisons de sécurité de répondre 252&#xa0;; c&apos;est donc aujourd&apos;hui la réponse habituelle à VRFY sur Internet. Dans ETRN (RFC 1985), 252 signifie &quot;OK, pending messages for node &lt;x&gt; started&quot;.</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>Après VRFY, le plus souvent envoyé par des collecteurs d&apos;adresses, des services de nettoyage de listes et des scanners, parfois par un administrateur qui teste à la main. qmail répond toujours &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail utilise la même formulation avec 2.1.5, et Exim sans ACL VRFY répond &quot;252 Administrative prohibition&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>Rien à corriger&#xa0;: 252 est la façon polie pour le serveur de refuser la vérification&#xa0;; n&apos;y voyez donc pas la preuve que l&apos;adresse existe. Seule la réponse à RCPT TO, dans une vraie transaction, montre si le courrier pour une adresse est accepté. Activer VRFY relève du choix de l&apos;administrateur du destinataire, et le laisser désactivé est normal et recommandé.</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>Rien à réessayer&#xa0;: répéter VRFY donne le même 252. Poursuivez avec la vraie transaction de messagerie ou avec QUIT.</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>VRFY est désactivé sur le serveur pour empêcher la collecte d&apos;adresses&#xa0;; il répond donc par le 252 neutre.</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>Le serveur est un MX ou un relais qui accepte le courrier pour le domaine mais ne peut pas vérifier les boîtes aux lettres sur le serveur final.</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>Une requête ETRN pour un domaine ayant du courrier en file d&apos;attente a été acceptée et la remise des messages en attente a commencé.</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>Vérifiez la même adresse avec RCPT TO, qui est ce qui compte pour la remise, et arrêtez-vous avant DATA.</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>Sur votre propre serveur Postfix, vérifiez si VRFY est désactivé (Postfix répond alors 502 plutôt que 252).</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>Gmail ne vérifie jamais les adresses via VRFY&#xa0;: il donne cette réponse neutre, reprise de la formulation de qmail, que la boîte aux lettres existe ou non.</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>OK, remise des &lt;n&gt; messages en attente pour le nœud &lt;x&gt; lancée</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>253 est une réponse de succès à ETRN (RFC 1985)&#xa0;: le serveur a commencé à remettre les messages qu&apos;il retenait pour le domaine ou l&apos;hôte indiqué et en précise le nombre. Elle n&apos;existe que dans l&apos;extension ETRN, qui permet à un site connecté par intermittence de demander à son MX de secours ou au serveur de messagerie de son fournisseur de vider la file d&apos;attente vers lui.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>Uniquement après une commande ETRN, généralement envoyée par fetchmail en mode ETRN, par le serveur de messagerie d&apos;un petit bureau quand sa liaison s&apos;établit, ou par un administrateur qui teste à la main. Les serveurs peuvent répondre à ETRN par les plus simples 250 ou 252, et beaucoup le font (Postfix, par exemple, répond 250)&#xa0;: 253 est donc rarement vu.</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>Rien à corriger&#xa0;: le traitement de la file d&apos;attente a commencé. Les messages retenus arrivent par de nouvelles connexions SMTP entrantes vers le serveur du client&#xa0;; s&apos;ils n&apos;arrivent pas, l&apos;administrateur du client vérifie que ce serveur est joignable sur le port 25 depuis le serveur qui détient la file d&apos;attente, et que ses enregistrements MX et son pare-feu sont corrects.</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>Rien à réessayer&#xa0;: le vidage de la file est en cours. N&apos;envoyez de nouveau ETRN qu&apos;à la connexion suivante ou à la prochaine interrogation planifiée, pas en boucle pendant que la remise est en cours.</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>Le site client s&apos;est connecté et a envoyé ETRN pour son domaine au serveur qui met son courrier en file d&apos;attente.</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>fetchmail ou une tâche planifiée émet régulièrement ETRN pour le compte d&apos;un serveur de messagerie doté d&apos;une connexion commutée ou dynamique.</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>Après le 253, surveillez le journal de votre propre serveur pour voir arriver les remises entrantes.</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>Sur un relais Postfix qui retient le courrier, videz à la main les messages différés pour le domaine si nécessaire.</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>Sur un relais Exim, lancez un traitement de la file d&apos;attente pour les messages adressés au domaine.</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>Défi du serveur (texte base64 à suivre)</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>334 est la réponse intermédiaire au sein d&apos;un échange AUTH&#xa0;: le serveur attend la donnée d&apos;authentification suivante, et le texte qui suit le code est un défi encodé en base64, éventuellement vide. Le client répond par une ligne en base64, ou par un astérisque seul pour annuler, et l&apos;échange se termine par 235 en cas de succès ou par une erreur comme 535.</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>Juste après l&apos;envoi d&apos;AUTH par le client, lors de la soumission. Avec AUTH LOGIN, les serveurs envoient &quot;334 VXNlcm5hbWU6&quot; et &quot;334 UGFzc3dvcmQ6&quot;, qui se décodent en &quot;Username:&quot; et &quot;Password:&quot;&#xa0;; avec AUTH PLAIN envoyé sans réponse initiale, le défi est vide. Avec XOAUTH2, Gmail envoie un 334 dont le texte base64 est une erreur JSON lorsque le jeton OAuth est rejeté.</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>Rien d&apos;anormal en soi&#xa0;; le logiciel client doit répondre au défi. Si une session se bloque ou échoue après un 334, le client n&apos;envoie pas ce qu&apos;il faut (texte non encodé, mauvais mécanisme ou jeton expiré). Décodez le défi pour voir ce que veut le serveur&#xa0;; en cas d&apos;erreur JSON XOAUTH2, l&apos;expéditeur doit rafraîchir le jeton OAuth ou accorder la portée (scope) de messagerie, puis réessayer.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>Poursuivez le dialogue&#xa0;: envoyez la ligne de réponse base64 suivante, ou un astérisque seul pour abandonner l&apos;échange, ce à quoi le serveur répond 501. Ne recommencez pas AUTH après chaque 334.</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>Le client a lancé AUTH LOGIN, qui demande toujours le nom d&apos;utilisateur puis le mot de passe en deux étapes 334.</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>Le client a envoyé AUTH PLAIN ou un autre mécanisme sans réponse initiale&#xa0;; le serveur envoie donc un défi vide.</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>Un mécanisme de type défi-réponse comme CRAM-MD5 envoie un nonce en base64 auquel le client doit répondre par un condensat à clé.</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>Un jeton XOAUTH2 était expiré, révoqué ou dépourvu de la portée de messagerie, et le serveur le signale sous forme de défi JSON en base64 avant l&apos;échec final.</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>Décodez le texte du défi pour voir ce que demande le serveur.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>Construisez une chaîne AUTH PLAIN pour un test manuel avec un compte de test&#xa0;; elle est seulement encodée, pas chiffrée&#xa0;: ne l&apos;utilisez donc que sur TLS.</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>Déroulez tout l&apos;échange AUTH sur TLS avec swaks et lisez chaque étape 334 dans la transcription.</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>Dans XOAUTH2, Google signale un jeton d&apos;accès rejeté par un défi 334 dont le texte base64 se décode en un JSON contenant status, schemes et scope&#xa0;; le client répond par une ligne vide et reçoit ensuite la réponse d&apos;échec finale.</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>Début de la saisie du message&#xa0;; terminer par &lt;CRLF&gt;.&lt;CRLF&gt;</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>354 est le feu vert après DATA&#xa0;: le serveur a au moins un destinataire accepté et attend maintenant le message lui-même, en-têtes et corps, terminé par une ligne ne contenant qu&apos;un point. C&apos;est une réponse intermédiaire, pas une acceptation&#xa0;; le verdict sur le message est la réponse qui suit le point final.</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>Juste après l&apos;envoi de DATA par le client&#xa0;; BDAT ne comporte pas cette étape. Textes typiques&#xa0;: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. Lors d&apos;un test manuel, c&apos;est à ce moment que l&apos;on tape les en-têtes, une ligne vide, puis le corps.</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>Rien à corriger à ce stade. Les problèmes qui surviennent juste après le 354 relèvent de la phase de données&#xa0;: si la session se bloque ou expire pendant l&apos;envoi d&apos;un gros message, soupçonnez le chemin réseau (problème de MTU, équipement intermédiaire qui inspecte le SMTP) ou une liaison lente&#xa0;; l&apos;administrateur de l&apos;expéditeur doit alors comparer avec un petit message de test. Si le serveur rejette le message après le point, lisez cette réponse-là, pas le 354.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>Poursuivez le dialogue&#xa0;: envoyez le contenu en doublant les points en début de ligne (dot-stuffing), puis le point final, et attendez la réponse finale, pour laquelle la RFC 5321 accorde dix minutes. Si la connexion tombe avant cette réponse, considérez le message comme non remis et réessayez plus tard.</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>Le client a envoyé DATA après qu&apos;au moins un RCPT TO a été accepté&#xa0;; le serveur est donc prêt à recevoir le contenu.</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>Un test manuel avec telnet ou openssl a atteint l&apos;étape des données.</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>Avec PIPELINING, le client a envoyé DATA dans le même lot que ses destinataires, et le 354 confirme qu&apos;au moins l&apos;un d&apos;eux a été accepté.</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>Envoyez un petit message de test et observez le 354 et la réponse finale dans la transcription.</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>Si les gros messages se bloquent après le 354 alors que les petits passent, vérifiez la MTU du chemin vers le serveur.</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>Sur le serveur Postfix de l&apos;expéditeur, vérifiez combien de temps il attend pour le transfert des données et pour la réponse finale.</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>Octet-offset est le décalage de la transaction</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>355 appartient à l&apos;extension expérimentale CHECKPOINT de la RFC 1845 (1995), conçue pour reprendre les gros transferts interrompus. Lorsqu&apos;un client répète une transaction interrompue en envoyant MAIL FROM avec le même TRANSID, un serveur qui a conservé les données partielles répond 355 avec un nombre en tête de ligne&#xa0;: le décalage, compté à partir de zéro, du prochain octet de données du message qu&apos;il attend. L&apos;extension n&apos;a jamais été largement déployée, et les serveurs courants ne la proposent pas.</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>Pratiquement jamais. Il ne peut suivre qu&apos;un MAIL FROM portant un paramètre TRANSID, sur un serveur qui a annoncé CHECKPOINT dans sa réponse à EHLO. Il figure dans les listes de codes SMTP par souci d&apos;exhaustivité&#xa0;; dans le trafic réel, un 355 provient plus probablement d&apos;un outil de test ou d&apos;un serveur au comportement anormal.</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>Rien à corriger en fonctionnement normal. Si un client reçoit 355 sans avoir utilisé CHECKPOINT, le serveur se comporte anormalement et il faut prévenir son administrateur&#xa0;; un logiciel client qui n&apos;a jamais envoyé de TRANSID ne peut pas poursuivre raisonnablement cette transaction et doit la réinitialiser. Pour les très gros messages, respectez la limite SIZE annoncée par le serveur ou envoyez un lien au lieu d&apos;une pièce jointe.</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>Seul un client qui utilise CHECKPOINT continue, en envoyant les données du message à partir du décalage indiqué, comme le décrit la RFC 1845. Tout autre client doit envoyer RSET et réessayer avec le message entier depuis le début.</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>Un client qui implémente la RFC 1845 s&apos;est reconnecté après un transfert interrompu et a répété MAIL FROM avec le même TRANSID.</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>Un serveur SMTP de test ou simulé, qui émet des codes tirés d&apos;une liste de référence, a répondu 355 sans réelle prise en charge des points de reprise.</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>Vérifiez d&apos;abord si le serveur annonce l&apos;extension&#xa0;; CHECKPOINT doit apparaître dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>Cherchez un paramètre TRANSID= dans la ligne MAIL FROM envoyée par le client&#xa0;; sans lui, un 355 n&apos;a aucun sens.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>Délai de connexion dépassé</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>420 n&apos;est un code de réponse SMTP dans aucune RFC&#xa0;; les listes de codes le décrivent comme un délai dépassé pendant le dialogue avec le serveur distant. Le nombre provient surtout de Novell GroupWise, dont l&apos;Internet Agent (GWIA) journalise &quot;420 TCP read error&quot; ou &quot;420 TCP write error&quot; pour ses propres délais dépassés en sortie. On le confond facilement avec la vraie réponse 421, ou avec le code d&apos;état étendu 4.2.0 écrit sans points.</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>En sortie, sur un système GroupWise&#xa0;: GWIA s&apos;était connecté à l&apos;hôte distant, puis une lecture ou une écriture s&apos;est bloquée jusqu&apos;à l&apos;expiration de son délai (cinq minutes par défaut pour les lectures TCP), et il a enregistré 420 localement avant de déplacer le message dans sa file d&apos;attente des messages différés. Le serveur distant n&apos;a jamais envoyé 420. Avec d&apos;autres logiciels, un «&#xa0;420&#xa0;» dans un ticket est généralement un 421 ou un 4.2.0 mal lu.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur examine le chemin réseau&#xa0;; GroupWise réessaie le courrier différé selon son propre calendrier. Si une seule destination échoue, soupçonnez ce serveur de réception&#xa0;: un filtre qui bloque ou ralentit délibérément votre IP (tarpit), ou un nom HELO qui ne correspond pas à votre adresse publique. Si toutes les destinations échouent, vérifiez votre propre pare-feu, la MTU du routeur, la carte réseau et la ligne Internet&#xa0;; une capture de paquets d&apos;une session en échec permet en général de trancher.</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>Rien de particulier&#xa0;: le logiciel qui l&apos;a journalisé le traite comme transitoire et réessaie depuis sa file d&apos;attente des messages différés. Si une destination continue d&apos;échouer pendant des heures, cessez d&apos;attendre et diagnostiquez la connexion.</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>Un pare-feu ou un routeur situé entre le GroupWise Internet Agent et Internet bloque le flux TCP, par exemple à cause d&apos;un problème de MTU ou de découverte de la MTU du chemin avec les grosses pièces jointes.</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>Le serveur de réception ralentit ou cesse de répondre en cours de session (tarpitting, surcharge, ou filtre qui n&apos;apprécie pas l&apos;IP d&apos;envoi) jusqu&apos;à l&apos;expiration du délai de lecture de GWIA.</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>Un fichier de message corrompu dans le répertoire d&apos;envoi de GWIA, que l&apos;agent ne parvient pas à transmettre.</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>Quelqu&apos;un a noté une réponse 421 ou le code d&apos;état étendu 4.2.0 (un report dû au greylisting, par exemple) sous la forme 420.</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>Retrouvez le vrai dialogue SMTP du message en échec dans le journal de l&apos;agent ou du MTA, et notez la réponse réelle et le code d&apos;état étendu.</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>Vérifiez si des paquets de taille maximale atteignent le serveur de réception sans fragmentation (1472 octets de charge utile plus les en-têtes font 1500).</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>Lancez une session de test complète depuis le même hôte et observez où elle se bloque.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; Service non disponible, fermeture du canal de transmission</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>Le serveur ferme la connexion et ne traitera ni cette commande ni aucune autre dans la session. Il peut s&apos;agir de la bannière d&apos;accueil (le service n&apos;est pas disponible pour le moment) ou de la réponse à n&apos;importe quelle commande ultérieure, lorsque le serveur doit s&apos;arrêter, a atteint une limite ou a décidé d&apos;éconduire le client. Le client doit s&apos;arrêter, se reconnecter plus tard et peut, entre-temps, essayer un autre hôte MX.</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>Le plus souvent à la bannière d&apos;accueil ou juste après EHLO, MAIL FROM ou RCPT TO. Sources typiques&#xa0;: postscreen et smtpd de Postfix (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim et Exchange lorsque les limites de connexions sont atteintes ou que le service s&apos;arrête, et les grands fournisseurs qui brident les adresses IP à mauvaise réputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>En général, il suffit de laisser la file d&apos;attente réessayer. Si cela persiste, l&apos;administrateur de l&apos;expéditeur lit le texte&#xa0;: une limite de connexions ou de débit impose moins de connexions parallèles et un débit de messages plus faible vers ce domaine (dans Postfix, un transport dédié avec une limite de concurrence par destination plus basse et un délai entre les envois)&#xa0;; un blocage lié à la réputation impose de vérifier les listes de blocage, le PTR, SPF, DKIM, DMARC et les taux de plaintes, puis d&apos;envoyer moins de courrier, et du courrier davantage souhaité par ses destinataires. Si le texte évoque un arrêt ou un problème local du côté du serveur de réception, seul l&apos;administrateur du destinataire peut y remédier.</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>Réessayez plus tard en espaçant progressivement les tentatives&#xa0;; la session est terminée, reconnectez-vous donc au lieu d&apos;envoyer d&apos;autres commandes. Passer à l&apos;hôte MX suivant ne pose pas de problème, mais se reconnecter sans cesse au même hôte prolonge le bridage lié à la réputation.</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>Le serveur de réception bride l&apos;IP d&apos;envoi pour des raisons de réputation ou de volume (plaintes pour spam, hausse soudaine du volume, inscription sur une liste de blocage).</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>Trop de connexions simultanées depuis un même client, ou limite de débit de connexions atteinte.</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>Le service SMTP est en cours d&apos;arrêt ou de redémarrage, ou n&apos;a plus de processus de travail disponibles.</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>Le client était trop lent ou a envoyé trop de commandes erronées, et le serveur a mis fin à la session (délai dépassé ou limite d&apos;erreurs atteinte).</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>Une exigence de TLS ou de politique pour le domaine du destinataire n&apos;est pas satisfaite et le fournisseur ferme la session (Gmail&#xa0;: &quot;TLS required for RCPT domain&quot;).</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>Lisez le texte de report enregistré pour la destination&#xa0;; il indique la limite ou le blocage appliqué.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>Vérifiez si l&apos;IP d&apos;envoi figure sur une liste de blocage publique (requête avec les octets dans l&apos;ordre inverse).</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>Vérifiez que l&apos;IP d&apos;envoi possède un enregistrement PTR dont le nom se résout vers cette même IP.</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>Comptez le nombre de connexions SMTP sortantes que votre serveur maintient ouvertes simultanément.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>Gmail limite le débit de l&apos;IP d&apos;envoi en raison de sa réputation ou d&apos;un trafic qui ressemble à du spam&#xa0;; la situation se résorbe à mesure que le volume baisse et que la réputation se rétablit.</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>Yahoo reporte le courrier provenant de l&apos;IP en raison des taux de plaintes ou d&apos;un volume inhabituel&#xa0;; l&apos;étiquette entre crochets (TSS04 et similaires) est un code de motif propre à Yahoo.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>Pas de définition de base (associé à X.7.12)</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>Aucune RFC ne définit de réponse 422. Le registre IANA des codes d&apos;état étendus cite 422 à côté de 432 comme codes de base pour X.7.12 (une transition de mot de passe est nécessaire), alors que la RFC 4954, qui définit X.7.12, n&apos;utilise jamais que 432 4.7.12. Si vous rencontrez un 422, interprétez-le comme un échec transitoire ayant le sens de 432.</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>Pratiquement jamais sur le réseau&#xa0;; nous ne connaissons aucun serveur courant qui l&apos;envoie. On le trouve dans le tableau du registre IANA ou dans des bibliothèques de listes de codes qui recopient les associations du registre. Un serveur qui l&apos;enverrait le ferait en réponse à AUTH.</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>Traitez-le comme un 432&#xa0;: l&apos;utilisateur, ou le logiciel client pour son compte, s&apos;authentifie une fois avec un mécanisme en clair comme PLAIN sur TLS, afin que le serveur puisse dériver les identifiants dont le mécanisme plus robuste a besoin, puis revient au mécanisme habituel. Si le serveur continue de répondre 422, son administrateur doit vérifier le backend d&apos;authentification et passer à la réponse 432 documentée.</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>Ne bouclez pas sur le même mécanisme. Une connexion PLAIN sur TLS devrait permettre au mécanisme plus robuste de fonctionner lors des sessions suivantes&#xa0;; un client de messagerie doit prévenir l&apos;utilisateur plutôt que de réessayer en silence.</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>Les identifiants enregistrés du compte n&apos;existent pas encore sous la forme exigée par le mécanisme SASL demandé, par exemple après un changement du mode de stockage des mots de passe.</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>Un serveur ou une bibliothèque qui a recopié l&apos;association du registre IANA et émet 422 là où la RFC 4954 prescrit 432.</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>Essayez le même compte avec AUTH PLAIN après STARTTLS et voyez si le serveur l&apos;accepte (swaks demande le mot de passe).</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>Lisez le journal d&apos;authentification du serveur autour de la tentative en échec.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>Pas de définition de base (associé à X.5.1)</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>Aucune RFC ne définit de réponse 430. Le registre IANA des codes d&apos;état étendus cite 430 parmi les codes de base utilisés avec X.5.1 (commande invalide)&#xa0;: ce code ne figure dans le catalogue qu&apos;en raison de cette association. Interprétez-le comme le refus temporaire d&apos;une commande que le serveur a jugée invalide.</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>Rare dans les sessions réelles&#xa0;: il figure dans le registre et dans les bibliothèques qui le recopient. Un serveur qui l&apos;envoie le ferait après une commande qu&apos;il n&apos;a pas acceptée, comme un verbe inconnu, une commande hors séquence, ou des commandes envoyées en pipeline sans prise en charge de PIPELINING.</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>Le logiciel client, ou la personne qui le maintient, examine la commande qui a provoqué la réponse&#xa0;: verbes mal orthographiés ou non pris en charge, commandes envoyées avant EHLO ou avant la fin de la négociation STARTTLS, ou pipeline que le serveur n&apos;a jamais annoncé. Corrigez le dialogue&#xa0;; si la commande est valide, l&apos;administrateur du serveur doit expliquer pourquoi il répond avec un code non enregistré.</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>Un client peut réessayer une fois plus tard, comme pour tout 4xx, mais une commande invalide reste invalide&#xa0;: si la même commande provoque de nouveau un 430, corrigez-la au lieu de réessayer.</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>Le client a envoyé une commande que le serveur ne reconnaît pas ou n&apos;autorise pas à ce stade de la session.</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>Une implémentation de serveur qui a pris l&apos;association du registre au pied de la lettre et répond 430 avec X.5.1 comme forme atténuée de 500 ou 503.</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>Rejouez la session à la main et notez quelle commande reçoit le 430.</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>Comparez cette commande avec les capacités que le serveur liste dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>Espace disque insuffisant / mémoire insuffisante</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>431 n&apos;est un code de réponse SMTP dans aucune RFC. Selon les listes de codes, il signifie que le serveur de réception manque d&apos;espace disque ou de mémoire&#xa0;; cette interprétation vient du code d&apos;état étendu 4.3.1 (système de messagerie plein) écrit sans points. Sur le réseau, cette situation se traduit par un 452, généralement &quot;452 4.3.1&quot;.</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>Dans les tableaux de codes et dans les signalements où quelqu&apos;un a abrégé 4.3.1. Exemples réels de la situation&#xa0;: Postfix qui répond à MAIL FROM par &quot;452 4.3.1 Insufficient system storage&quot; quand le système de fichiers de sa file d&apos;attente manque d&apos;espace, et la contre-pression (back pressure) de Microsoft Exchange qui répond &quot;452 4.3.1 Insufficient system resources&quot;.</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>Rien à faire pour l&apos;expéditeur, sinon laisser la file d&apos;attente réessayer. L&apos;administrateur du destinataire libère de l&apos;espace disque sur le système de fichiers de la file d&apos;attente ou du spool, vérifie la mémoire et la taille de la file et, sur Exchange, consulte les événements de contre-pression ainsi que le volume qui héberge la base de données de la file d&apos;attente de transport.</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>Traitez-le comme le 452 qu&apos;il est en réalité&#xa0;: réessayez plus tard en espaçant progressivement les tentatives. Les pénuries de disque et de mémoire se résorbent généralement en quelques minutes ou quelques heures une fois que l&apos;administrateur a réagi.</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>La partition de file d&apos;attente ou de spool du MTA de réception est presque pleine&#xa0;; il refuse donc le nouveau courrier jusqu&apos;à ce que de l&apos;espace se libère.</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>Contre-pression d&apos;Exchange&#xa0;: le service de transport a détecté un espace disque faible ou une forte utilisation de la mémoire et a cessé d&apos;accepter des messages.</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>Des journaux, une banque de boîtes aux lettres ou une file d&apos;attente bloquée ont rempli la partition sur laquelle écrit le MTA.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>Sur le serveur de réception, vérifiez l&apos;espace libre sur le système de fichiers qui contient la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>Comparez le seuil d&apos;espace libre de Postfix avec sa limite de taille&#xa0;; Postfix exige 1,5 fois message_size_limit d&apos;espace libre avant d&apos;accepter du courrier.</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>Retrouvez le refus dans le journal pour confirmer le vrai code et le texte.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>Une transition de mot de passe est nécessaire</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>Le serveur veut que l&apos;utilisateur passe à un autre mécanisme d&apos;authentification et ne peut pas encore mener à bien celui qui est demandé. La RFC 4954 le définit comme &quot;432 4.7.12 A password transition is needed&quot;&#xa0;: en général, l&apos;utilisateur se connecte une fois avec PLAIN sur TLS, ce qui permet au serveur de construire les identifiants dont le mécanisme choisi a besoin&#xa0;; ce mécanisme fonctionne ensuite.</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>En réponse à AUTH sur un port de soumission, après qu&apos;un serveur a changé la façon dont il stocke les mots de passe ou a activé un mécanisme de type défi-réponse (comme CRAM-MD5 ou SCRAM) pour des comptes dont le mot de passe enregistré ne peut pas encore le servir. Rare en pratique. Certaines listes de codes décrivent 432 comme «&#xa0;file d&apos;attente entrante d&apos;Exchange arrêtée&#xa0;»&#xa0;; c&apos;est une mauvaise lecture du code d&apos;état étendu 4.3.2, pas cette réponse.</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>L&apos;utilisateur, ou le client de messagerie pour son compte, s&apos;authentifie une fois avec AUTH PLAIN sur une connexion chiffrée, puis revient au mécanisme préféré. Si le client ne peut pas le faire, l&apos;administrateur du serveur peut réinitialiser le mot de passe (ce qui régénère les identifiants enregistrés) ou autoriser PLAIN sur TLS pour ce compte.</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>Ne réessayez pas le même mécanisme AUTH tel quel. Effectuez une connexion PLAIN sur TLS, puis utilisez le mécanisme d&apos;origine à la session suivante&#xa0;; entre-temps, le message attend dans la boîte d&apos;envoi du client.</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>Le mot de passe du compte est stocké sous une forme que le mécanisme demandé (par exemple un mécanisme de type défi-réponse) ne peut pas utiliser tant que le serveur n&apos;a pas vu une fois le mot de passe en clair.</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>L&apos;administrateur est passé à un nouveau schéma de stockage des mots de passe et convertit chaque compte lors de sa prochaine connexion en clair.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>Listez les mécanismes que propose le serveur après STARTTLS.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>Connectez-vous une fois avec PLAIN sur TLS, puis réessayez le mécanisme d&apos;origine dans une nouvelle session.</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>Le serveur du destinataire ne répond pas</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>441 n&apos;est un code de réponse SMTP dans aucune RFC. Les listes qui le décrivent comme «&#xa0;le serveur du destinataire ne répond pas&#xa0;» ont repris le code d&apos;état étendu 4.4.1 (pas de réponse de l&apos;hôte) en supprimant les points. Un serveur qui ne répond pas ne peut pas envoyer de réponse&#xa0;: il s&apos;agit donc toujours d&apos;un état que votre propre MTA enregistre au sujet d&apos;une connexion en échec.</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>Dans les avertissements de retard et les listes de file d&apos;attente, lorsque votre serveur n&apos;a pu se connecter à aucun MX de la destination. Postfix le journalise sous la forme &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; avec dsn=4.4.1, et un avertissement de retard comporte Status: 4.4.1.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur vérifie d&apos;abord que le port 25 sortant est ouvert depuis l&apos;hôte d&apos;envoi (de nombreux réseaux cloud et résidentiels le bloquent) et que les hôtes MX de la destination se résolvent et sont en écoute. Si un seul domaine échoue, c&apos;est à son administrateur de corriger ses enregistrements MX, son pare-feu ou son serveur en panne&#xa0;; la file d&apos;attente remet le courrier dès que c&apos;est fait.</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>Votre MTA réessaie de lui-même en espaçant progressivement les tentatives et n&apos;abandonne qu&apos;à la fin de sa durée de vie en file d&apos;attente (cinq jours par défaut dans Postfix). Rien à renvoyer à la main, sauf si l&apos;avis de non-remise définitif arrive.</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>Le port TCP 25 sortant est bloqué par le fournisseur d&apos;hébergement, le FAI ou le pare-feu de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>Les hôtes MX du domaine destinataire sont hors service, surchargés, ou protégés par un pare-feu qui bloque l&apos;IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>L&apos;enregistrement MX pointe vers une adresse erronée ou périmée, ou vers un hôte joignable uniquement dans la famille d&apos;adresses (IPv4 ou IPv6) que l&apos;expéditeur n&apos;utilise pas.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>Listez les hôtes MX de la destination.</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>Ouvrez une connexion TCP brute vers le port 25 du premier MX et attendez la bannière 220.</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>Regardez ce que la file d&apos;attente a enregistré pour les messages différés.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>Connexion interrompue</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>442 n&apos;est un code de réponse SMTP dans aucune RFC. Les listes qui l&apos;appellent «&#xa0;connexion interrompue&#xa0;» citent le code d&apos;état étendu 4.4.2 (mauvaise connexion) sans ses points. Il décrit une session qui s&apos;est interrompue en cours de route, telle que la signale votre propre MTA&#xa0;; quand un serveur dit quelque chose à ce sujet, la vraie réponse est généralement 421 4.4.2 ou 451 4.4.2.</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>Dans vos propres journaux et avis de retard après une coupure de session&#xa0;: Postfix signale &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; avec dsn=4.4.2, Gmail répond à un client bloqué &quot;451 4.4.2 Timeout - closing connection&quot;, et le smtpd de Postfix répond à un client lent &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>Si cela arrive de temps en temps, il n&apos;y a rien à faire&#xa0;: la file d&apos;attente réessaie. Si cela se répète vers une même destination, l&apos;administrateur de l&apos;expéditeur recherche un équipement intermédiaire (pare-feu, inspection SMTP, VPN ou répartiteur de charge) qui réinitialise les longues sessions, un problème de MTU avec les gros messages, ou un serveur de réception dont les filtres de contenu mettent trop de temps après le point final.</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>Réessayez plus tard. Une session coupée avant la réponse au point final compte comme non remise&#xa0;: le message entier est donc renvoyé, ce qui peut parfois produire un doublon.</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>Un pare-feu ou une fonction d&apos;inspection SMTP entre les serveurs réinitialise ou bloque la session, souvent pendant l&apos;envoi d&apos;un gros corps de message.</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>Problème de MTU du chemin&#xa0;: les commandes courtes passent, mais les paquets de taille maximale du corps du message sont perdus.</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>Le serveur de réception ou son analyseur de contenu a mis plus de temps que le délai d&apos;attente du client après la fin des données, ou a planté en cours de session.</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>Une liaison instable ou l&apos;expiration d&apos;une entrée de table NAT, d&apos;un côté ou de l&apos;autre.</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>Déterminez où la session s&apos;est coupée&#xa0;: &quot;while sending message body&quot; oriente vers la taille ou la MTU, &quot;while receiving the initial server greeting&quot; vers du filtrage.</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>Mesurez la MTU du chemin vers le serveur de réception.</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>Nombre maximal de sauts dépassé</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>446 n&apos;est un code de réponse SMTP dans aucune RFC. Les listes qui le décrivent comme «&#xa0;nombre maximal de sauts dépassé&#xa0;» citent le code d&apos;état étendu 4.4.6 (boucle de routage détectée) sans points. La situation est une boucle de messagerie&#xa0;: le message a traversé tant de serveurs, comptés d&apos;après ses en-têtes Received:, qu&apos;un MTA l&apos;a arrêté&#xa0;; en pratique, elle est signalée comme un échec permanent, 5.4.6 ou 554 5.4.6.</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>Dans les avis de non-remise, après qu&apos;un message a tourné en rond&#xa0;: deux serveurs dont chacun pense que l&apos;autre est la destination finale, un transfert qui pointe vers lui-même, ou une chaîne d&apos;alias qui boucle. Postfix arrête ce courrier dès que hopcount_limit (50 par défaut) en-têtes Received: sont présents et signale les boucles, par exemple sous la forme &quot;mail forwarding loop for user@example.com&quot; avec le DSN 5.4.6&#xa0;; Exchange Online signale &quot;Hop count exceeded - possible mail loop&quot;.</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>L&apos;administrateur du domaine où se produit la boucle, généralement côté destinataire, lit les en-têtes Received: de l&apos;avis de non-remise pour repérer les hôtes qui se répètent, puis corrige la cause&#xa0;: paramètres MX ou de relais qui pointent l&apos;un vers l&apos;autre, domaine local sur un serveur et relayé sur un autre, ou règle de transfert qui fait revenir le courrier à la même adresse.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>Ne réessayez pas tel quel&#xa0;: une boucle se reproduit tant que la configuration n&apos;est pas corrigée. Renvoyez le message une fois la boucle rompue.</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>Deux serveurs de messagerie configurés chacun pour relayer le domaine vers l&apos;autre, par exemple après une migration où l&apos;ancien et le nouveau système transfèrent tous deux le domaine.</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>Un transfert de boîte aux lettres ou un alias qui pointe vers lui-même, directement ou par une chaîne.</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>Un MX de secours ou un smart host qui réachemine le courrier du domaine vers le serveur principal, lequel le lui rend.</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>Un répondeur automatique ou une liste de diffusion qui répond sans fin à un autre répondeur automatique.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>Comptez les en-têtes Received: de la copie jointe à l&apos;avis de non-remise&#xa0;; des dizaines d&apos;en-têtes confirment une boucle.</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>Repérez les hôtes qui se répètent dans la chaîne Received:.</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>Vérifiez la limite de sauts sur un serveur Postfix.</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>Vérifiez que les enregistrements MX et les paramètres de relais s&apos;accordent sur le serveur final du domaine.</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>Délai dépassé pour le message sortant</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>447 n&apos;est un code de réponse SMTP dans aucune RFC. Les listes qui l&apos;appellent «&#xa0;délai dépassé pour le message sortant&#xa0;» désignent le code d&apos;état étendu 4.4.7 (délai de remise expiré) sans points&#xa0;: le message est resté en file d&apos;attente plus longtemps que permis et le MTA a averti l&apos;expéditeur ou abandonné. C&apos;est un état de file d&apos;attente signalé dans les avertissements de retard et les avis de non-remise, pas quelque chose qu&apos;un serveur distant dit pendant une session.</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>Dans les notifications de retard et les avis de non-remise définitifs, lorsque la durée de vie en file d&apos;attente a expiré, et dans les rapports de non-remise d&apos;Exchange sous la forme &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. La raison sous-jacente est ce qui a échoué de façon répétée pendant ces jours-là&#xa0;: généralement un 4xx du serveur de réception, ou aucune connexion du tout.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur lit la dernière erreur enregistrée pour le message, dans la file d&apos;attente ou dans la ligne de diagnostic de l&apos;avis de non-remise, car c&apos;est elle la vraie cause (connexions refusées, greylisting jamais franchi, blocage lié à la réputation, MX hors service). Une fois ce problème corrigé, l&apos;expéditeur renvoie le message. Allonger la durée de vie en file d&apos;attente ne fait que masquer le problème.</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>Plus rien à réessayer pour cette copie&#xa0;: le MTA d&apos;envoi a déjà abandonné. Renvoyez le message à la main une fois corrigée la cause indiquée par la dernière erreur enregistrée.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>Le MX de destination a été injoignable pendant toute la durée de vie en file d&apos;attente (hors service, bloqué par un pare-feu, ou enregistrements MX erronés).</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>Le serveur de réception a continué de répondre par des erreurs temporaires (limites de débit, greylisting, reports liés à la réputation) jusqu&apos;à ce que l&apos;expéditeur abandonne.</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>Un problème de routage ou de DNS côté expéditeur a empêché chaque tentative de quitter la file d&apos;attente.</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>Une durée de vie en file d&apos;attente ou un délai d&apos;expiration des messages trop court sur le serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>Lisez le dernier motif de report des messages encore en file d&apos;attente pour ce domaine.</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>Vérifiez combien de temps Postfix continue d&apos;essayer avant d&apos;émettre un avis de non-remise.</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>Sur Exim, affichez la règle de nouvelle tentative (retry) appliquée à la destination.</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>Erreur de routage</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>449 n&apos;est un code de réponse SMTP dans aucune RFC. Les listes le décrivent comme une erreur de routage et l&apos;associent à Microsoft Exchange, qui aurait utilisé un code d&apos;état étendu non enregistré, 4.4.9, pour certains échecs de routage internes&#xa0;; le code enregistré pour cette situation est X.4.4 (routage impossible). Aucun serveur n&apos;envoie 449 comme réponse pendant une session.</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>D&apos;après ces listes, dans les files d&apos;attente et les rapports de non-remise des anciens Exchange Server (époque 2000/2003), lorsqu&apos;un message ne pouvait pas être routé, par exemple parce que l&apos;espace d&apos;adressage d&apos;un connecteur ne convenait pas ou que le destinataire appartenait à un groupe de routage supprimé&#xa0;; aujourd&apos;hui, surtout dans des tableaux de codes recopiés.</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;organisation émettrice vérifie son propre routage&#xa0;: connecteurs ou smart hosts, domaines acceptés et résolution DNS de la destination. Envoyez ensuite un message de test vers le même domaine et lisez la vraie réponse ou l&apos;état indiqué dans la DSN&#xa0;; sur les systèmes actuels, l&apos;équivalent est généralement 4.4.4 ou 5.4.4, ou un échec DNS signalé par 4.4.3.</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>Le MTA le traite comme transitoire et continue de réessayer, mais une lacune de routage ne se résorbe pas d&apos;elle-même&#xa0;: corrigez la route ou le DNS, puis videz la file d&apos;attente.</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>Un connecteur d&apos;envoi ou un paramètre de smart host ne couvre pas le domaine du destinataire&#xa0;: le serveur n&apos;a donc aucune route vers celui-ci.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>Le domaine du destinataire ne se résout pas depuis le serveur d&apos;envoi (ni MX ni enregistrement d&apos;adresse, ou échec du résolveur local).</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>Des restes de configuration de routage (groupes de routage supprimés, connecteurs obsolètes) après une migration.</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>Vérifiez que le domaine de destination possède un MX utilisable.</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>Testez la résolution de noms depuis le serveur de messagerie lui-même, avec le résolveur qu&apos;il utilise réellement.</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>Affichez la façon dont Postfix route le courrier sortant (hôte relais et tables de transport).</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>Action demandée sur le courrier non effectuée&#xa0;: boîte aux lettres indisponible</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>Le serveur n&apos;a pas traité ce destinataire ou cette commande pour l&apos;instant, mais s&apos;attend à ce que cela puisse fonctionner plus tard&#xa0;; la RFC 5321 cite comme exemples une boîte aux lettres occupée et un blocage temporaire par politique. Aujourd&apos;hui, la raison de loin la plus courante est le greylisting, suivi des contrôles de politique temporaires (DNS inverse ou domaine de l&apos;expéditeur qui ne s&apos;est pas résolu, vérification d&apos;adresse en cours) et des limites de débit par destinataire.</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>Surtout sur RCPT TO, parfois sur MAIL FROM. Le greylisting avec postgrey apparaît dans Postfix sous la forme &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;&#xa0;; d&apos;autres outils de greylisting utilisent 450 4.7.1 ou 451 4.7.1. Postfix envoie aussi &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 dans les versions plus anciennes), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; et &quot;450 4.1.1 ... unverified address&quot;. Gmail utilise 450 4.2.1 quand un destinataire reçoit trop de courrier trop vite. Dans ODMR (RFC 2645), 450 répond aussi à un ATRN refusé.</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>Pour le greylisting, personne n&apos;a à intervenir tant que le MTA d&apos;envoi conserve le message et réessaie depuis la même adresse&#xa0;: la première nouvelle tentative après le délai de greylisting (cinq minutes par défaut dans postgrey) est acceptée. Si du courrier émis par une application se perd, l&apos;administrateur de l&apos;expéditeur fait en sorte qu&apos;elle soumette ses messages à un vrai MTA doté d&apos;une file d&apos;attente, au lieu de dialoguer directement avec le MX du destinataire. Pour les cas de politique, l&apos;administrateur de l&apos;expéditeur corrige ce que le texte indique&#xa0;: un enregistrement PTR qui se résout en retour vers l&apos;IP, un domaine d&apos;expéditeur qui se résout, ou un débit plus faible vers un destinataire très sollicité. L&apos;administrateur du destinataire peut ajouter à une liste d&apos;autorisation les gros expéditeurs qui réessaient depuis de nombreuses adresses différentes.</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>Réessayez plus tard en espaçant progressivement les tentatives, si possible depuis la même IP et avec le même expéditeur d&apos;enveloppe, et continuez pendant plusieurs jours avant d&apos;émettre un avis de non-remise&#xa0;; ne traitez jamais un 450 comme permanent. La RFC 5321 suggère des intervalles d&apos;au moins 30 minutes entre les tentatives&#xa0;; la plupart des MTA réessaient plus tôt, ce qui permet de franchir les délais de greylisting typiques de quelques minutes.</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>Greylisting&#xa0;: premier contact pour ce triplet IP du client, expéditeur et destinataire, reporté jusqu&apos;à une nouvelle tentative après le délai de greylisting.</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>L&apos;IP du client n&apos;a pas d&apos;enregistrement PTR, ou le nom PTR ne se résout pas en retour vers cette IP, et le serveur reporte au lieu de rejeter.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>Le domaine de l&apos;expéditeur ne s&apos;est pas résolu à ce moment-là (délai DNS dépassé ou enregistrements manquants)&#xa0;; le serveur n&apos;a donc pas pu le valider.</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>La vérification de l&apos;adresse du destinataire (une sonde vers le saut suivant) n&apos;est pas encore terminée, ou le saut suivant était injoignable.</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>Un destinataire reçoit du courrier trop vite et le fournisseur limite le débit vers cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>La boîte aux lettres est verrouillée ou occupée côté remise.</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>Un expéditeur qui réessaie chaque fois depuis une IP différente, ou avec un nouvel expéditeur d&apos;enveloppe à chaque tentative, ne correspond jamais à sa propre entrée de greylisting.</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>Lisez le texte complet du report&#xa0;: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; et &quot;Domain not found&quot; appellent chacun une correction différente.</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>Vérifiez l&apos;enregistrement PTR de l&apos;IP d&apos;envoi et que son nom pointe en retour vers la même adresse.</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>Côté réception, regardez pour quels expéditeurs le greylisting a différé du courrier.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>Vérifiez que le domaine de l&apos;expéditeur d&apos;enveloppe se résout.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>Gmail limite le débit vers une boîte aux lettres destinataire qui reçoit trop de courrier, et non le serveur d&apos;envoi&#xa0;; les tentatives ultérieures réussissent généralement.</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>Action demandée abandonnée&#xa0;: erreur locale de traitement</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>Le serveur a rencontré un problème de son côté et a abandonné la commande&#xa0;; le client peut réessayer plus tard. En pratique, 451 couvre les défaillances locales (erreur de configuration, échec d&apos;une recherche, filtre de contenu ou milter hors service, file d&apos;attente impossible à écrire) et, très souvent, le greylisting et les reports antispam temporaires envoyés sur RCPT TO ou après les données du message.</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>Sur RCPT TO ou après le point final de DATA. Lignes courantes&#xa0;: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist et outils similaires), &quot;451 4.3.5 Server configuration error&quot; (Postfix avec une table de correspondance ou une restriction défectueuse), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix quand un milter est injoignable et configuré en tempfail), &quot;Temporary local problem - please try later&quot; d&apos;Exim, et les réponses de limitation 451 4.7.5xx et 4.7.6xx de Microsoft.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>Le MTA de l&apos;expéditeur réessaie de lui-même&#xa0;; personne n&apos;a besoin d&apos;intervenir, sauf si les reports durent. Le travail se répartit alors ainsi&#xa0;: le greylisting et le bridage lié à la réputation se franchissent en réessayant normalement depuis une IP stable avec un PTR, un SPF et un DKIM corrects (rôle de l&apos;administrateur de l&apos;expéditeur), tandis que les erreurs de configuration, les milters hors service, les disques pleins et les échecs de requêtes d&apos;annuaire relèvent de l&apos;administrateur du destinataire, dont la ligne de journal pour la même session désigne le composant défaillant.</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>Réessayez plus tard en espaçant progressivement les tentatives et gardez le message en file d&apos;attente pendant plusieurs jours. Un 451 après le point final s&apos;applique à toute la transaction&#xa0;: c&apos;est donc le message complet qui repart, et non seulement certains destinataires.</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>Le greylisting ou un autre outil antispam reporte les expéditeurs inconnus, souvent après les données du message pour pouvoir évaluer le contenu.</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>Une table de correspondance, une base de données ou une requête d&apos;annuaire dont le serveur a besoin a échoué (fichier de table manquant, serveur LDAP ou Active Directory injoignable).</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>Un filtre de contenu, un démon antivirus ou un milter est hors service ou ne répond pas à temps, et le serveur est configuré pour reporter plutôt que d&apos;accepter du courrier non analysé.</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>Le serveur n&apos;a pas pu écrire le message dans sa file d&apos;attente (disque plein, permissions incorrectes, échec du processus cleanup).</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>Une vérification de l&apos;expéditeur par rappel (callout) vers le domaine de l&apos;expéditeur n&apos;a pas pu aboutir.</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>Bridage par le fournisseur en fonction de la réputation ou du volume de l&apos;IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>Lisez le code d&apos;état étendu du report&#xa0;: 4.7.x oriente vers une politique, 4.3.x vers le système du serveur de réception lui-même.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>Sur un serveur Postfix de réception, trouvez l&apos;avertissement journalisé pour la même session (échecs de recherche dans les tables, erreurs de milter).</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>Sur un serveur Exim de réception, consultez le journal panic pour trouver le problème local.</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>Vérifiez que l&apos;enregistrement SPF du domaine de l&apos;expéditeur couvre l&apos;IP d&apos;envoi, afin que les reports liés à la réputation se lèvent.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>Refus temporaire générique de Gmail&#xa0;; il ne donne aucune raison précise et disparaît normalement lors d&apos;une tentative ultérieure.</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>Outlook.com bride l&apos;IP d&apos;envoi en raison de sa réputation&#xa0;; 4.7.650 est un code d&apos;état étendu propre à Microsoft, qui ne provient pas du registre IANA.</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>Action demandée non effectuée&#xa0;: espace de stockage système insuffisant</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>Le serveur ne peut pas accepter cela maintenant, car une limite de ressources est atteinte. La RFC 5321 cite le stockage, et fait aussi de 452 la bonne réponse lorsqu&apos;un serveur ne peut plus accepter de destinataires dans une même transaction (&quot;too many recipients&quot;, 452 4.5.3)&#xa0;; une boîte aux lettres pleine (452 4.2.2) et une file d&apos;attente du serveur pleine (452 4.3.1) l&apos;utilisent également. Tous ces cas sont temporaires&#xa0;: le même courrier peut passer plus tard ou en plus petits lots.</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>Trop de destinataires&#xa0;: sur RCPT TO une fois la limite par message atteinte, par exemple &quot;452 4.5.3 Error: too many recipients&quot; chez Postfix après smtpd_recipient_limit (1000 par défaut), ou le 452 4.5.3 de Gmail. Stockage&#xa0;: sur MAIL FROM quand le système de fichiers de la file d&apos;attente de Postfix manque d&apos;espace (&quot;452 4.3.1 Insufficient system storage&quot;), quand un paramètre SIZE dépasse l&apos;espace libre à ce moment-là (RFC 1870), ou en cas de contre-pression d&apos;Exchange (&quot;452 4.3.1 Insufficient system resources&quot;). Boîte aux lettres au-delà de son quota&#xa0;: sur RCPT TO, comme le 452 4.2.2 de Gmail.</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>Lisez d&apos;abord le code d&apos;état étendu. Avec 4.5.3, le logiciel d&apos;envoi ne commet une erreur que s&apos;il abandonne&#xa0;: il doit remettre le message aux destinataires déjà acceptés et envoyer les autres dans une autre transaction&#xa0;; les outils d&apos;envoi en masse doivent mettre moins de destinataires par message, et un administrateur du destinataire dont la limite est inférieure à 100 enfreint la RFC 5321. Avec 4.2.2, le destinataire doit faire le ménage dans sa boîte aux lettres. Avec 4.3.1, l&apos;administrateur du destinataire libère de l&apos;espace disque ou traite la contre-pression pendant que l&apos;expéditeur attend.</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>En cas de destinataires trop nombreux, envoyez dès maintenant le message aux destinataires acceptés et placez les destinataires refusés dans une nouvelle transaction (RFC 5321 4.5.3.1.10)&#xa0;; ne les abandonnez jamais et n&apos;émettez pas d&apos;avis de non-remise pour eux. En cas de problème de stockage ou de quota, réessayez plus tard en espaçant progressivement les tentatives. La RFC 5321 demande aussi aux clients de traiter comme temporaire un 552 à l&apos;ancienne signalant trop de destinataires.</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>Plus de commandes RCPT TO dans une même transaction que ne l&apos;autorise la limite de destinataires par message du serveur.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>La boîte aux lettres du destinataire a dépassé son quota.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>Le disque de la file d&apos;attente ou du spool du serveur de réception est presque plein, ou la contre-pression d&apos;Exchange est active.</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>La taille déclarée par SIZE dans MAIL FROM dépasse l&apos;espace dont le serveur dispose actuellement.</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>Une politique du fournisseur qui limite le nombre de destinataires par transaction pour un domaine (Gmail&#xa0;: &quot;Domain policy size per transaction exceeded&quot;).</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>Regardez quel code d&apos;état étendu accompagnait le 452 dans le report ou l&apos;avis de non-remise.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>Sur un serveur Postfix de réception, vérifiez la limite de destinataires par message.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>Sur le serveur de réception, vérifiez l&apos;espace libre à l&apos;emplacement du spool.</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>Envoyez un message de test à plusieurs destinataires pour voir à partir de combien la limite s&apos;applique.</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail n&apos;a accepté qu&apos;une partie de la liste des destinataires dans cette transaction&#xa0;; les autres doivent être envoyés dans une autre transaction ou un autre message.</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>L&apos;espace de stockage du destinataire Gmail est plein&#xa0;; la remise fonctionne de nouveau dès que le destinataire libère de l&apos;espace ou en achète davantage.</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>Exchange Online veut que les destinataires hébergés dans des régions de centres de données différentes soient envoyés dans des transactions séparées&#xa0;; le MTA d&apos;envoi doit réessayer les destinataires refusés à part.</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>Vous n&apos;avez pas de courrier</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>Fait partie d&apos;On-Demand Mail Relay (ODMR, RFC 2645)&#xa0;: c&apos;est la réponse à ATRN quand le serveur ne détient aucun courrier en file d&apos;attente pour les domaines demandés par le client. Il s&apos;agit d&apos;une information plutôt que d&apos;une erreur&#xa0;: il n&apos;y a rien à remettre, les rôles ne sont donc pas inversés.</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>Uniquement sur les serveurs ODMR (port 366), après qu&apos;un client doté d&apos;une adresse IP dynamique s&apos;est authentifié et a envoyé ATRN pour ses domaines. ODMR est rare aujourd&apos;hui, et certains tableaux de codes listent 453 sans préciser qu&apos;il n&apos;apparaît que dans ce contexte.</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>Rien à corriger si la file d&apos;attente est réellement vide. Si du courrier était attendu, l&apos;administrateur du client vérifie qu&apos;ATRN a indiqué les bons domaines et que les enregistrements MX du domaine acheminent réellement le courrier vers le fournisseur ODMR.</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>Rien à réessayer pour l&apos;instant&#xa0;; interrogez de nouveau le serveur à la prochaine échéance planifiée, comme le fait normalement un client ODMR.</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>Aucun courrier n&apos;attend pour les domaines demandés en ce moment.</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>Le client a demandé un nom de domaine sous lequel le serveur ODMR ne met pas de courrier en file d&apos;attente (faute de frappe, sous-domaine au lieu du domaine parent).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>Les enregistrements MX du domaine ne pointent pas vers le fournisseur ODMR&#xa0;: son courrier n&apos;atteint donc jamais cette file d&apos;attente.</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>Vérifiez que les enregistrements MX du domaine pointent vers les serveurs du fournisseur ODMR.</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>Déroulez la session ODMR à la main&#xa0;: EHLO, AUTH, puis ATRN avec le domaine, et lisez la réponse.</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>TLS non disponible pour une raison temporaire / Échec temporaire de l&apos;authentification</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>Deux RFC d&apos;extension définissent 454, toutes deux pour l&apos;échec temporaire d&apos;une étape de sécurité. La RFC 3207 l&apos;utilise quand STARTTLS ne peut pas être effectué pour le moment&#xa0;; la RFC 4954 utilise &quot;454 4.7.0 Temporary authentication failure&quot; quand le serveur ne peut pas vérifier les identifiants pour l&apos;instant, par exemple parce que son backend de mots de passe est hors service. On le voit aussi avec 4.7.1 quand une tentative de relais est reportée au lieu d&apos;être refusée.</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>Après STARTTLS&#xa0;: Postfix répond &quot;454 4.7.0 TLS not available due to local problem&quot; quand il ne peut pas charger son certificat ou sa clé, et journalise la raison. Après AUTH&#xa0;: Postfix, Exchange et d&apos;autres envoient &quot;454 4.7.0 Temporary authentication failure&quot; quand Dovecot, saslauthd, LDAP ou Active Directory ne répond pas, et Gmail envoie son propre texte 454 4.7.0. Sur RCPT TO&#xa0;: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; de la part d&apos;un serveur Postfix qui fonctionne avec soft_bounce activé.</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>Pour STARTTLS, l&apos;administrateur du serveur de réception répare la configuration TLS (chemins du certificat et de la clé, permissions, clé correspondant au certificat, expiration) puis recharge le service&#xa0;; un client qui n&apos;exige pas TLS peut continuer en clair, puisque la RFC 3207 laisse cette décision au client. Pour AUTH, l&apos;administrateur du serveur rétablit le backend d&apos;authentification&#xa0;; les utilisateurs ne doivent pas changer de mot de passe à cause d&apos;un 454. Pour les refus de relais, le client doit s&apos;authentifier avant d&apos;envoyer vers des domaines extérieurs.</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>Réessayez plus tard en espaçant progressivement les tentatives. Un client qui exige TLS ou l&apos;authentification ne doit pas se rabattre discrètement sur un mode moins sûr&#xa0;; un MTA en TLS opportuniste peut remettre le message sans TLS si sa politique le permet. Ne demandez jamais un nouveau mot de passe à l&apos;utilisateur à cause d&apos;un 454.</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>Le serveur ne parvient pas à lire ou à charger son certificat TLS ou sa clé privée (mauvais chemin, permissions, clé ne correspondant pas au certificat).</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>Le backend d&apos;authentification (socket d&apos;authentification Dovecot, saslauthd, LDAP, Active Directory, base de données) est hors service, lent ou injoignable.</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>Trop de connexions parallèles ou de tentatives échouées récentes pour le compte, et le fournisseur reporte les AUTH suivants pendant un certain temps.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>Un client non authentifié a tenté de relayer vers un domaine extérieur, sur un serveur qui reporte ces tentatives au lieu de les rejeter.</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>Des commandes envoyées en pipeline juste après STARTTLS, avant la négociation TLS (Gmail répond 454 4.5.0).</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>Testez STARTTLS sur le serveur et examinez la réponse et le certificat.</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>Sur un serveur Postfix, trouvez pourquoi TLS a été désactivé.</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>Vérifiez que le backend d&apos;authentification de Dovecot répond pour un compte de test.</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>Testez une soumission authentifiée de bout en bout.</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>Gmail n&apos;a pas pu mener à bien la connexion pour le moment, souvent après de nombreuses connexions parallèles ou des tentatives échouées pour le compte&#xa0;; le mot de passe n&apos;est pas forcément erroné.</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>Le client a envoyé d&apos;autres commandes en même temps que STARTTLS&#xa0;; le logiciel client doit attendre la réponse 220 et terminer la négociation TLS avant de renvoyer EHLO.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>Le serveur ne peut pas satisfaire les paramètres</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>Le serveur a reconnu les paramètres fournis avec MAIL FROM ou RCPT TO, mais ne peut pas les honorer pour le moment. La RFC 5321 4.1.1.11 le distingue de 555, qui signifie que les paramètres ne sont pas reconnus ou pas implémentés du tout&#xa0;: 455 correspond au cas temporaire, sauf si l&apos;extension propre au paramètre prescrit un autre code.</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>Rarement. Il apparaîtrait sur MAIL FROM ou RCPT TO lorsqu&apos;un paramètre d&apos;extension annoncé (une option DSN, SIZE, de priorité ou SMTPUTF8, par exemple) dépend de quelque chose d&apos;indisponible pour le moment. La plupart des serveurs répondent à ces situations par 451 ou 452 à la place&#xa0;; un 455 mérite donc d&apos;être noté quand on en voit un.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>Le MTA de l&apos;expéditeur réessaie comme pour tout 4xx. Si cela persiste, le logiciel client peut envoyer le message sans le paramètre facultatif qui pose problème au serveur, et l&apos;administrateur du serveur doit examiner le composant qui se trouve derrière cette extension.</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>Réessayez plus tard à l&apos;identique, en espaçant progressivement les tentatives. Si l&apos;échec persiste, réessayer sans le paramètre facultatif est acceptable lorsque ce paramètre n&apos;est pas indispensable.</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>Un service dont dépend le paramètre (génération des DSN, file d&apos;attente prioritaire, comptabilisation de la taille) est temporairement indisponible sur le serveur.</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>Le serveur a annoncé une extension dans sa réponse à EHLO, mais la fonction correspondante est désactivée ou surchargée en ce moment.</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>Comparez les paramètres envoyés par le client avec les extensions annoncées par le serveur.</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>Trouvez dans le journal d&apos;envoi la ligne MAIL FROM ou RCPT TO qui a reçu le 455.</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>Veuillez réessayer immédiatement l&apos;envoi du message en IPv4, car il échoue à SPF et DKIM</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>Proposé mais jamais normalisé&#xa0;: un Internet-Draft expiré datant de 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggérait qu&apos;un serveur de réception qui refuse un message arrivé en IPv6, parce qu&apos;il y échoue à SPF et DKIM, réponde 456 afin que l&apos;expéditeur réessaie immédiatement en IPv4. Aucune RFC ne le définit, et les MTA courants n&apos;implémentent pas cette nouvelle tentative particulière&#xa0;; pour eux, c&apos;est un 4xx ordinaire.</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>Quasiment jamais. L&apos;idée venait de serveurs de réception qui imposent aux expéditeurs IPv6 des règles plus strictes (authentification et PTR obligatoires) qu&apos;aux expéditeurs IPv4. Ce que les expéditeurs rencontrent réellement, c&apos;est un rejet permanent du courrier IPv6 non authentifié, par exemple les réponses 550 de Gmail qui font référence à ses consignes d&apos;envoi en IPv6 ou signalent un enregistrement PTR manquant.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur rend le courrier IPv6 aussi digne de confiance que le courrier IPv4&#xa0;: un enregistrement PTR pour l&apos;adresse IPv6, qui se résout en retour vers elle, un SPF qui la couvre avec une entrée ip6:, et une signature DKIM. En attendant, configurez le MTA pour qu&apos;il privilégie l&apos;IPv4, ou n&apos;utilise que l&apos;IPv4, pour le SMTP sortant (Postfix&#xa0;: smtp_address_preference ou inet_protocols&#xa0;; Exim&#xa0;: disable_ipv6 ou dns_ipv4_lookup).</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>Un MTA qui connaîtrait ce brouillon réessaierait immédiatement en IPv4&#xa0;; les MTA réels le reportent comme n&apos;importe quel 4xx et peuvent retomber sur l&apos;IPv6 à la tentative suivante. La solution fiable consiste à corriger l&apos;authentification en IPv6, ou à privilégier l&apos;IPv4 en sortie.</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>L&apos;adresse IPv6 de l&apos;hôte d&apos;envoi n&apos;est pas couverte par l&apos;enregistrement SPF du domaine de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>Le message n&apos;est pas signé DKIM, ou la signature est invalidée en route, si bien que rien d&apos;autre n&apos;authentifie la remise en IPv6.</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>L&apos;adresse IPv6 n&apos;a pas de DNS inverse, ou son nom PTR ne se résout pas en retour vers elle.</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>Vérifiez si le MX de destination possède une adresse IPv6 que votre MTA pourrait utiliser.</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>Vérifiez l&apos;enregistrement PTR de votre adresse IPv6 d&apos;envoi.</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>Vérifiez que SPF couvre l&apos;adresse IPv6 (une entrée ip6: ou un include qui la contient).</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>Envoyez un test en IPv4 uniquement pour comparer le résultat.</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>Impossible de mettre en file d&apos;attente les messages pour le nœud &lt;x&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>Une réponse à ETRN (RFC 1985)&#xa0;: le serveur a compris la demande de lancer la remise du courrier qu&apos;il détient pour un domaine ou un nœud, mais ne peut pas lancer ce traitement de la file d&apos;attente maintenant. ETRN est utilisé par les sites à connexion intermittente qui demandent à leur fournisseur ou à leur MX de secours de vider le courrier qui les attend.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>Uniquement après une commande ETRN, généralement envoyée par fetchmail en mode ETRN, par le serveur de messagerie d&apos;un petit bureau quand sa liaison s&apos;établit, ou à la main. Postfix répond &quot;458 Unable to queue messages&quot; quand son service flush signale un échec, et le postscreen de Postfix donne cette réponse à chaque ETRN qu&apos;il reçoit.</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>L&apos;administrateur du relais qui détient la file d&apos;attente vérifie son mécanisme de vidage (dans Postfix, le service flush et le paramètre fast_flush_domains) et que la file d&apos;attente est lisible. Tant que ce n&apos;est pas corrigé, le courrier retenu part tout de même selon le calendrier normal de nouvelles tentatives du relais.</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>Renvoyez ETRN à la connexion ou à l&apos;interrogation suivante&#xa0;; entre-temps, le relais conserve le courrier et le remet selon son propre calendrier de nouvelles tentatives.</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>Le service de vidage de la file d&apos;attente du relais a échoué ou ne tourne pas.</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>Le client a atteint un frontal, comme le postscreen de Postfix, qui ne transmet pas ETRN.</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>Une erreur côté relais lors du parcours de la file d&apos;attente pour le domaine demandé.</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>Sur le relais, voyez pour quels domaines Postfix accepte ETRN.</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>Sur le relais, lancez localement la remise pour le domaine, ce qui est précisément ce que demande ETRN.</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>Cherchez l&apos;avertissement relatif à ETRN dans le journal du relais.</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>Nœud &lt;x&gt; non autorisé&#xa0;: &lt;reason&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>Une réponse à ETRN (RFC 1985)&#xa0;: le serveur refuse de lancer un traitement de la file d&apos;attente pour le nœud ou le domaine indiqué, et en donne la raison. La demande a été comprise&#xa0;; le serveur ne propose pas ce service pour ce nom, ou pas à ce client.</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>Après ETRN, lorsque le domaine ne fait pas partie de ceux pour lesquels le relais met du courrier en file d&apos;attente, ou que sa politique ne permet pas à ce client de déclencher un traitement. Postfix répond &quot;459 &lt;example.com&gt;: service unavailable&quot; lorsque le domaine n&apos;est pas éligible à son service de vidage rapide (fast_flush_domains, qui vaut par défaut la liste relay_domains)&#xa0;; ses smtpd_etrn_restrictions peuvent aussi refuser la demande.</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>L&apos;administrateur du client vérifie qu&apos;ETRN indique exactement le domaine pour lequel le relais détient du courrier. Si le service est censé être proposé, l&apos;administrateur du relais ajoute le domaine à la liste des domaines éligibles à ETRN (Postfix&#xa0;: fast_flush_domains) et autorise le client dans ses restrictions ETRN.</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>Ne répétez pas le même ETRN tel quel&#xa0;; il sera de nouveau refusé. Corrigez d&apos;abord le nom de domaine ou faites configurer le relais. Le courrier déjà en file d&apos;attente n&apos;est pas perdu&#xa0;: il attend les nouvelles tentatives normales du relais.</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>Le domaine demandé ne figure pas dans la liste des domaines éligibles à ETRN sur le relais.</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>La politique du relais refuse ETRN depuis l&apos;adresse de ce client, ou avant authentification.</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>Le client a envoyé un autre nom que celui sous lequel le relais met le courrier en file d&apos;attente (un nom d&apos;hôte au lieu du domaine, ou l&apos;inverse).</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>Sur le relais, vérifiez quels domaines sont éligibles au vidage de la file d&apos;attente.</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>Sur le relais, vérifiez les restrictions ETRN.</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>Envoyez EHLO puis ETRN à la main et lisez le texte de la raison.</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>Erreur du serveur de messagerie, souvent un filtre antispam local</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>471 n&apos;est un code de réponse SMTP dans aucune RFC. Les listes le décrivent comme une erreur du serveur de messagerie, souvent un filtre antispam local&#xa0;; ce nombre est le code d&apos;état étendu 4.7.1 (remise non autorisée, dans sa forme temporaire) écrit sans points, de même que 571 est 5.7.1 sans points. Sur le réseau, la situation se présente sous la forme 450 4.7.1 ou 451 4.7.1.</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>Dans les tableaux de codes et dans les signalements d&apos;utilisateurs où 4.7.1 a perdu ses points. Les vraies réponses qui se cachent derrière sont des refus de politique temporaires&#xa0;: greylisting, &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; des anciennes versions de Postfix (les versions actuelles envoient 4.7.25 dans ce cas), ou un filtre ou une passerelle de sortie, du côté de l&apos;expéditeur lui-même, qui reporte le message.</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>Avant toute chose, trouvez la vraie réponse dans le journal ou dans l&apos;avis de non-remise. S&apos;il s&apos;agit de greylisting, laissez la file d&apos;attente réessayer. S&apos;il s&apos;agit d&apos;un contrôle du DNS inverse ou de la réputation, l&apos;administrateur de l&apos;expéditeur corrige le PTR, SPF et DKIM. Si c&apos;est votre propre passerelle antispam sortante qui a reporté le message, votre administrateur vérifie le journal et les limites d&apos;envoi de cette passerelle.</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>Quelle qu&apos;ait été la vraie réponse, un report de la classe 4.7.1 est temporaire&#xa0;: réessayez plus tard en espaçant progressivement les tentatives. Si le même refus dure plus d&apos;un jour, traitez-le comme un blocage et corrigez la cause au lieu d&apos;attendre l&apos;expiration en file d&apos;attente.</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>Un contrôle antispam ou de politique temporaire côté réception (greylisting, réputation, contrôle du débit) a reporté le message avec 4.7.1.</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>L&apos;IP d&apos;envoi n&apos;a pas d&apos;enregistrement PTR correspondant, et le serveur de réception reporte le message jusqu&apos;à ce qu&apos;il puisse vérifier le client.</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>Le filtre ou la passerelle de sortie de l&apos;expéditeur lui-même a retenu le message, par exemple comme spam présumé ou pour dépassement d&apos;une limite d&apos;envoi.</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>Cherchez dans le journal de messagerie la vraie réponse qui portait le 4.7.1.</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>Vérifiez que le nom PTR de l&apos;IP d&apos;envoi se résout vers cette même IP.</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>Examinez la file d&apos;attente des messages différés pour voir si c&apos;est votre propre passerelle ou le serveur de réception qui a reporté le message.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>Erreur de syntaxe, commande non reconnue</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>Le serveur n&apos;a pas pu interpréter la ligne reçue&#xa0;: le verbe de commande est inconnu ou la ligne est altérée. La RFC 5321 autorise aussi 500 pour une ligne de commande trop longue, et la RFC 4954 utilise 500 5.5.6 lorsqu&apos;une réponse AUTH dépasse la capacité du tampon du serveur. Seule cette commande échoue&#xa0;; la session reste normalement ouverte.</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix and Gmail use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>Juste après l&apos;envoi d&apos;une ligne par le client, à n&apos;importe quel moment de la session. Cas typiques&#xa0;: un serveur qui ne connaît que HELO et à qui l&apos;on envoie EHLO, un client qui parle le mauvais protocole sur le port (une négociation TLS envoyée à un port en clair, une requête HTTP), ou une faute de frappe lors d&apos;un test manuel en telnet. Sendmail répond 500 5.5.1 Command unrecognized et Microsoft Exchange 500 5.3.3 Unrecognized command&#xa0;; Postfix et Gmail utilisent plutôt 502 pour les verbes inconnus.</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>C&apos;est à celui qui gère le client de corriger (l&apos;administrateur de l&apos;expéditeur ou le développeur de l&apos;application)&#xa0;: corriger la commande, utiliser le bon port et le bon mode TLS, se rabattre sur HELO quand EHLO reçoit un 500, et limiter les lignes de commande à 512 octets. Si un pare-feu réécrit le trafic SMTP, l&apos;administrateur réseau de ce côté désactive ou assouplit son inspection SMTP/ESMTP. Le serveur de réception n&apos;a rien à changer, sauf s&apos;il devrait réellement prendre en charge la commande.</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>Ne renvoyez pas la même ligne telle quelle. La session reste en général utilisable&#xa0;: après un 500 en réponse à EHLO, envoyez HELO&#xa0;; après tout autre 500, corrigez la commande, ou envoyez QUIT et corrigez le client avant la tentative suivante.</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>Une commande mal orthographiée, ou quelque chose qui n&apos;est pas du tout une commande SMTP, fréquent dans les sessions telnet ou nc tapées à la main.</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>Le client parle le mauvais protocole sur le port&#xa0;: un ClientHello TLS envoyé à un port SMTP en clair, ou une requête HTTP provenant d&apos;une sonde de supervision ou d&apos;un proxy mal configuré.</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>Un serveur très ancien ou minimaliste ne connaît pas EHLO et attend du client qu&apos;il se rabatte sur HELO.</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>Un pare-feu avec inspection SMTP (l&apos;inspection ESMTP du Cisco ASA est le cas d&apos;école) remplace les commandes qu&apos;il n&apos;autorise pas par des suites de caractères X, que le serveur ne peut alors pas reconnaître.</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>La ligne de commande dépasse ce qu&apos;accepte le serveur (la RFC 5321 ne garantit que 512 octets, CRLF compris), ou une réponse AUTH est plus longue que le tampon SASL du serveur.</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>Rejouez le dialogue à la main et lisez la réponse à chaque ligne&#xa0;; un 500 juste après EHLO signifie que le serveur ne parle que HELO.</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>Si le port attend du TLS dès le premier octet (465), testez-le de cette façon au lieu de lui envoyer du texte en clair.</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>Cherchez des astérisques ou des caractères X dans la bannière et dans la réponse à EHLO&#xa0;: c&apos;est le signe qu&apos;une inspection SMTP de pare-feu se trouve sur le chemin.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>Sur un client Postfix, trouvez la commande rejetée dans le journal&#xa0;; Postfix enregistre la réponse distante et la commande à laquelle elle répondait.</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>Erreur de syntaxe dans les paramètres ou les arguments</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>Le serveur connaît la commande mais rejette son argument&#xa0;: adresse d&apos;enveloppe mal formée, nom HELO/EHLO invalide, paramètre ESMTP mal construit, ou données AUTH qui ne sont pas du base64 valide. La commande est refusée sous cette forme et le serveur reste dans l&apos;état où il se trouvait, si bien qu&apos;une commande corrigée peut suivre dans la même session.</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>Surtout à EHLO, MAIL FROM ou RCPT TO, parfois au milieu d&apos;AUTH. Postfix envoie 501 5.1.7 Bad sender address syntax ou 501 5.1.3 Bad recipient address syntax&#xa0;; Exim envoie 501 Syntactically invalid HELO argument(s). Les serveurs conformes à la RFC 4954 répondent 501 quand le client annule AUTH avec un simple astérisque ou envoie du base64 indécodable, et la RFC 3207 impose 501 pour un STARTTLS accompagné d&apos;un paramètre, quel qu&apos;il soit.</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>C&apos;est au côté expéditeur de corriger. L&apos;expéditeur corrige une adresse mal saisie ou mal formée&#xa0;; l&apos;administrateur de l&apos;expéditeur attribue au MTA un nom HELO pleinement qualifié correct et vérifie tout script ou toute application qui construit lui-même les commandes d&apos;enveloppe ou les chaînes AUTH. Quand les adresses proviennent d&apos;un formulaire web ou d&apos;une base de données, validez-les avant qu&apos;elles n&apos;atteignent SMTP.</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>Ne réessayez ni la commande ni le message sans modification&#xa0;: le même argument sera de nouveau refusé. Corrigez l&apos;adresse, le nom HELO, le paramètre ou les données AUTH&#xa0;; dans la session, le client peut envoyer immédiatement la commande corrigée.</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>Une adresse d&apos;enveloppe à la syntaxe incorrecte&#xa0;: chevrons manquants, espaces à l&apos;intérieur, point final, caractères spéciaux non placés entre guillemets, ou deux adresses dans une seule commande.</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>Un argument HELO/EHLO vide ou mal formé, par exemple une adresse IP nue sans crochets ou un nom d&apos;hôte contenant des tirets bas.</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>Des données AUTH qui ne sont pas du base64 valide, en général produites par un script qui assemble la chaîne PLAIN à la main.</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>Le client a annulé l&apos;échange d&apos;authentification avec un simple astérisque, ce à quoi la RFC 4954 répond par 501.</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>Un paramètre ESMTP avec une valeur invalide, par exemple un SIZE= non numérique ou un NOTIFY= ou ORCPT= mal formé.</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>Envoyez la même enveloppe avec swaks et notez quelle commande provoque le 501.</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>Vérifiez le nom que votre MTA Postfix annonce dans HELO/EHLO&#xa0;; ce doit être un nom d&apos;hôte pleinement qualifié ou une adresse littérale entre crochets.</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>Décodez la chaîne AUTH PLAIN envoyée par le client et vérifiez qu&apos;elle contient bien&#xa0;: identité d&apos;autorisation, NUL, utilisateur, NUL, mot de passe.</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>Trouvez la ligne rejetée dans le journal du serveur d&apos;envoi pour voir l&apos;argument exact qui a été envoyé.</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>Les serveurs de réception de Gmail refusent un HELO ou EHLO dont l&apos;argument est vide ou n&apos;est ni un nom d&apos;hôte valide ni une adresse littérale, avant tout échange de courrier.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>Commande non implémentée</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet several servers, Postfix and Gmail among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>Le serveur reconnaît la commande mais ne l&apos;implémente pas, ou l&apos;a désactivée. La RFC 5321 4.2.4 réserve 502 aux commandes connues mais non implémentées et 500 aux commandes inconnues, mais plusieurs serveurs, dont Postfix et Gmail, répondent aussi 502 aux verbes inconnus.</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix 502 5.5.2 Error: command not recognized.</source>
        <comment>502|whenSeen</comment>
        <translation>En réponse à des commandes facultatives&#xa0;: VRFY ou EXPN sur les serveurs qui les désactivent (Postfix avec disable_vrfy_command = yes répond 502 5.5.1 VRFY command is disabled), ETRN ou TURN, ou EHLO sur un serveur qui ne parle que HELO. Gmail répond 502 5.5.1 Unrecognized command à tout ce qu&apos;il ne connaît pas, et Postfix 502 5.5.2 Error: command not recognized.</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>C&apos;est le client qu&apos;il faut corriger&#xa0;: il ne doit utiliser que les commandes annoncées par le serveur dans sa réponse à EHLO, se rabattre sur HELO quand EHLO est refusé, et cesser de compter sur VRFY ou EXPN pour vérifier des adresses. L&apos;administrateur du serveur de réception n&apos;intervient que si la commande devrait être proposée, par exemple en activant ETRN pour un client dont le courrier est en file d&apos;attente chez lui.</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>Ne répétez pas la commande, ni dans cette session ni dans les suivantes&#xa0;; elle continuera d&apos;échouer. Poursuivez sans elle (HELO au lieu d&apos;EHLO, pas de VRFY) ou changez de client.</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>VRFY ou EXPN est désactivé par politique, pour empêcher la collecte d&apos;adresses.</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>Le client utilise une extension que le serveur n&apos;a jamais annoncée après EHLO, comme ETRN, TURN, BDAT sans CHUNKING, ou AUTH sur un serveur sans authentification.</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>Un serveur qui ne parle que HELO refuse EHLO et le client ne se rabat pas sur HELO.</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Postfix or Gmail, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>Une faute de frappe ou un verbe inconnu envoyé à Postfix ou à Gmail, qui signalent les commandes non reconnues par 502 plutôt que par 500.</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>Listez ce que le serveur annonce réellement après EHLO et comparez avec la commande qui a échoué.</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>Sur votre propre serveur Postfix, vérifiez si VRFY a été désactivé.</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>Passez en revue la configuration du client à la recherche de fonctions qu&apos;il force quelle que soit la réponse à EHLO, comme un ETRN planifié ou AUTH sur le port 25.</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>Gmail répond 502, et non 500, pour une commande qu&apos;il ne connaît pas du tout&#xa0;; un 502 de Gmail signale donc en général une faute de frappe ou un client non SMTP plutôt qu&apos;une fonction désactivée.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>Mauvaise séquence de commandes</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>La commande est valide mais arrive au mauvais moment de la session&#xa0;: RCPT avant MAIL, DATA avant tout RCPT accepté, MAIL avant HELO/EHLO, un second MAIL au sein d&apos;une transaction, ou AUTH après une authentification réussie. Le serveur la refuse et reste dans son état actuel.</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>Le plus souvent à RCPT TO ou à DATA. Dans les avis de non-remise, il masque fréquemment le vrai problème&#xa0;: un client en pipelining envoie DATA alors que tous les RCPT ont été refusés, si bien que la dernière réponse journalisée est 503 (Postfix&#xa0;: 503 5.5.1 Error: need RCPT command&#xa0;; Exim cite l&apos;erreur RCPT antérieure dans son 503). Il répond aussi à un AUTH envoyé là où l&apos;authentification n&apos;est pas proposée (Postfix&#xa0;: 503 5.5.1 Error: authentication not enabled).</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>Regardez d&apos;abord la réponse qui précède le 503. Si des destinataires ont été refusés, corrigez-en la cause (adresse, autorisation de relais, politique) et le 503 disparaîtra de lui-même. Si l&apos;ordre est réellement incorrect, il faut corriger le logiciel client ou le script&#xa0;: EHLO d&apos;abord, de nouveau EHLO après STARTTLS, AUTH une seule fois et uniquement là où il est annoncé, puis MAIL, RCPT et DATA.</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>Rejouer la même séquence produit le même 503. Corrigez d&apos;abord le client ou le rejet antérieur&#xa0;; dans la session, le client peut encore envoyer la bonne commande, ou envoyer RSET et recommencer la transaction.</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>Tous les RCPT TO ont été rejetés (utilisateur inconnu, relais refusé) et le client en pipelining a quand même envoyé DATA, si bien que le 503 masque le 5xx antérieur.</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>Le client n&apos;a pas renvoyé EHLO après STARTTLS, qui ramène la session à son état initial.</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>AUTH a été envoyé à un port ou à un serveur où l&apos;authentification n&apos;est pas activée, ou une seconde fois alors qu&apos;elle avait déjà réussi.</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>Un client ou un script maison envoie RCPT avant MAIL, ou commence un second MAIL sans RSET.</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>Lisez toute la transcription ou tout l&apos;avis de non-remise, pas seulement sa dernière ligne&#xa0;; retrouvez les réponses à RCPT TO qui précèdent le 503.</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>Déroulez la même transaction pas à pas via STARTTLS et observez à quel moment le serveur proteste.</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>Si le 503 répond à AUTH, vérifiez si l&apos;authentification est seulement activée sur ce service d&apos;écoute Postfix&#xa0;; elle ne l&apos;est en général que pour la soumission.</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>Gmail refuse MAIL, AUTH ou STARTTLS envoyés avant toute commande de salutation, par exemple par un client qui lance STARTTLS dès la connexion établie.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>Paramètre de commande non implémenté</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>La commande est connue mais le serveur ne prend pas en charge la valeur de paramètre fournie avec elle. En pratique, c&apos;est la réponse à un AUTH portant un mécanisme que le serveur ne propose pas (la RFC 4954 l&apos;associe alors à 5.5.4), et Postfix l&apos;utilise aussi pour refuser les noms HELO et les adresses d&apos;enveloppe qui ne sont pas pleinement qualifiés.</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only answers AUTH before STARTTLS with 504 5.5.4.</source>
        <comment>504|whenSeen</comment>
        <translation>À AUTH, quand un client s&apos;obstine à utiliser un mécanisme comme CRAM-MD5, NTLM ou XOAUTH2 dont le serveur ne dispose pas&#xa0;: Gmail et Microsoft Exchange répondent 504 5.7.4 Unrecognized authentication type. À HELO, MAIL FROM ou RCPT TO, sur les serveurs Postfix qui utilisent reject_non_fqdn_helo_hostname ou les restrictions correspondantes pour l&apos;expéditeur et le destinataire&#xa0;: 504 5.5.2 avec Helo command rejected: need fully-qualified hostname, ou need fully-qualified address. Postfix avec smtpd_tls_auth_only répond 504 5.5.4 à un AUTH envoyé avant STARTTLS.</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>Pour AUTH, l&apos;utilisateur ou l&apos;administrateur du client choisit un mécanisme annoncé par le serveur (PLAIN ou LOGIN sur TLS est le choix habituel) et s&apos;assure que STARTTLS passe en premier. Pour les rejets de HELO ou d&apos;adresse, l&apos;administrateur de l&apos;expéditeur définit un nom HELO pleinement qualifié (myhostname sous Postfix) et fait en sorte que les applications utilisent des adresses complètes comme user@example.com. L&apos;administrateur du serveur de réception n&apos;assouplit une restriction que si elle est trop stricte pour un partenaire connu.</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>Ne réessayez pas avec le même mécanisme, le même nom HELO ou la même adresse&#xa0;; le refus est permanent. Après un AUTH en échec, le client peut essayer un autre mécanisme annoncé dans la même session, comme l&apos;autorise la RFC 4954.</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>Le client impose un mécanisme AUTH absent de la réponse du serveur à EHLO, par exemple CRAM-MD5 ou NTLM face à un serveur qui ne propose que PLAIN et LOGIN.</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>AUTH est envoyé avant STARTTLS à un serveur qui n&apos;autorise l&apos;authentification que sur TLS et le signale par 504 au lieu de 538.</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>Le MTA d&apos;envoi annonce un nom HELO court et non qualifié comme mailhost, et le serveur de réception utilise reject_non_fqdn_helo_hostname.</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>L&apos;expéditeur ou le destinataire d&apos;enveloppe n&apos;a pas de domaine pleinement qualifié (du type user@localhost) et le serveur de réception en exige un.</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>Un mécanisme abandonné, comme l&apos;ancien XOAUTH de Google, n&apos;est plus accepté par le fournisseur.</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>Ouvrez une session STARTTLS, tapez EHLO test.example.com et lisez la ligne 250-AUTH pour voir quels mécanismes sont proposés.</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>Vérifiez le nom HELO envoyé par votre serveur Postfix&#xa0;; ce doit être un nom pleinement qualifié.</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>Assurez-vous que ce nom se résout dans le DNS.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>Sur le serveur Postfix de réception, regardez quelles restrictions visant les noms non pleinement qualifiés (non-FQDN) sont actives et quel code elles utilisent.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>Le service de soumission de Gmail répond ainsi quand le client demande un mécanisme SASL que Gmail ne propose pas&#xa0;; cela concerne le nom du mécanisme, pas le mot de passe.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>Adresse e-mail invalide</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>Aucune RFC ne définit 510 comme code de réponse SMTP. Les listes d&apos;«&#xa0;erreurs SMTP&#xa0;» le présentent comme une adresse e-mail invalide, et en pratique ce numéro est presque toujours le code d&apos;état étendu 5.1.0 (Other address status, RFC 3463) dont on a supprimé les points. La vraie réponse était très probablement 550 5.1.0 ou 553 5.1.0&#xa0;: un problème d&apos;adresse que le serveur n&apos;a pas précisé davantage.</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>Dans des résumés de non-remise abrégés&#xa0;: tableaux de bord d&apos;ESP, systèmes de tickets, notifications de webmail et messages de forum qui écrivent «&#xa0;erreur 510&#xa0;» pour une ligne comme &quot;550 5.1.0 Sender denied&quot;. Exchange Online, par exemple, utilise 5.1.0 pour un expéditeur rejeté et pour des destinataires qu&apos;il n&apos;a pas pu résoudre. Un véritable 510 sur le réseau est rare et ne provient que de logiciels non conformes.</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>L&apos;expéditeur (ou quiconque lit l&apos;avis de non-remise) récupère d&apos;abord la ligne de réponse complète dans l&apos;avis de non-remise ou dans le journal de messagerie, car 5.1.0 ne dit pas si c&apos;est l&apos;adresse de l&apos;expéditeur ou celle du destinataire qui a été refusée. Vérifiez les deux adresses à la recherche de fautes de frappe et de caractères parasites. Si la réponse vient d&apos;Exchange Online et désigne l&apos;expéditeur, demandez à l&apos;expéditeur de rédiger un nouveau message au lieu de répondre à une copie enregistrée ou hors connexion. Si la ligne dit tout autre chose, recherchez son vrai code à trois chiffres.</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>Un MTA d&apos;envoi qui reçoit un jour un 510 littéral doit le juger d&apos;après son premier chiffre (RFC 5321 4.2)&#xa0;: c&apos;est un échec permanent, il faut donc émettre un avis de non-remise plutôt que mettre le message en file d&apos;attente. Ne renvoyez le message qu&apos;une fois l&apos;adresse corrigée.</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>Un résumé de non-remise ou un tableau de bord a affiché le code d&apos;état étendu 5.1.0 sans les points.</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>Le serveur de réception a refusé une adresse mais n&apos;a indiqué que la catégorie générique «&#xa0;adresse&#xa0;» (5.1.0) au lieu de 5.1.1 ou 5.1.7.</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>Exchange Online a répondu 5.1.0 Sender denied, typiquement après que quelqu&apos;un a répondu à un message enregistré sous forme de fichier et ouvert hors connexion.</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>Une adresse Exchange héritée interne (legacyExchangeDN) n&apos;a pas pu être trouvée, si bien qu&apos;Exchange n&apos;a pas pu résoudre le destinataire.</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>Trouvez dans votre propre journal de messagerie la ligne de réponse complète pour l&apos;adresse en échec&#xa0;; le vrai code de base correspond aux trois premiers chiffres, le code d&apos;état étendu vient ensuite.</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>Dans l&apos;avis de non-remise, lisez les champs Status: et Diagnostic-Code: de la partie delivery-status plutôt que le résumé convivial affiché en tête.</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>Vérifiez que le domaine de l&apos;expéditeur d&apos;enveloppe et celui du destinataire existent tous deux dans le DNS.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>Adresse e-mail invalide</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>511 n&apos;est un code de réponse SMTP dans aucune RFC. Quand quelqu&apos;un signale «&#xa0;erreur 511, adresse e-mail invalide&#xa0;», il veut presque toujours parler du code d&apos;état étendu 5.1.1, Bad destination mailbox address&#xa0;: le serveur du destinataire indique que la boîte aux lettres n&apos;existe pas. Sur le réseau, cela arrive sous la forme 550 5.1.1 (parfois 553 ou 554 avec 5.1.1).</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>Dans les statistiques de non-remise, les outils de CRM et de newsletter, et les listes d&apos;erreurs copiées-collées, où &quot;550 5.1.1 ... User unknown&quot; est condensé en 511. La vraie réponse est donnée à l&apos;étape RCPT TO, ou plus tard dans un avis de non-remise quand le serveur de réception ne vérifie les destinataires qu&apos;après avoir accepté le message.</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>L&apos;expéditeur vérifie l&apos;adresse du destinataire lettre par lettre (lettres interverties, point manquant, mauvais domaine national, adresse d&apos;un ancien employé) et la confirme auprès du destinataire par téléphone ou par un autre canal. Les gestionnaires de listes retirent l&apos;adresse après un 5.1.1 confirmé au lieu de continuer à réessayer. Si vous gérez le serveur de réception et que l&apos;utilisateur existe bien, vérifiez les tables d&apos;alias, les tables virtuelles et les recherches d&apos;annuaire que le serveur consulte au moment du RCPT.</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>Rien ne doit réessayer un 511 nu&#xa0;; traitez-le comme un échec permanent d&apos;après son premier chiffre. Pour le vrai 550 5.1.1 qui se cache derrière, cessez d&apos;envoyer à cette adresse jusqu&apos;à ce qu&apos;une personne confirme une adresse corrigée.</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>Une faute de frappe dans la partie locale de l&apos;adresse, celle qui précède le @.</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>Le compte a été supprimé ou renommé, par exemple après le départ d&apos;un employé ou un changement de format d&apos;adresse dans l&apos;entreprise.</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>Une ancienne adresse tirée d&apos;un carnet d&apos;adresses ou du cache d&apos;autocomplétion qui ne correspond plus à l&apos;annuaire.</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>Côté destinataire, un utilisateur qui existe dans le stockage des boîtes aux lettres mais est absent de la table d&apos;alias ou de destinataires que consulte le serveur SMTP.</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>Testez le destinataire sans envoyer de message&#xa0;: la réponse à RCPT TO montre si le serveur connaît la boîte aux lettres (beaucoup de grands fournisseurs ne vous le diront pas).</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>Sur votre propre serveur Postfix, regardez quelle table a répondu pour l&apos;adresse et quelle réponse elle a donnée.</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>Si vous utilisez Exim, demandez-lui comment il acheminerait l&apos;adresse&#xa0;; si elle est déclarée unrouteable, le 5.1.1 est justifié.</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>Hôte du domaine du destinataire introuvable dans le DNS</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>Aucune RFC n&apos;attribue 512. Les listes d&apos;erreurs l&apos;emploient pour «&#xa0;le domaine du destinataire est introuvable&#xa0;», ce qui correspond au code d&apos;état étendu 5.1.2, Bad destination system address (RFC 3463)&#xa0;: la partie qui suit le @ n&apos;existe pas ou ne peut pas recevoir de courrier. La vraie réponse est généralement 550 5.1.2 ou 553 5.1.2, ou un avis de non-remise rédigé par le propre serveur de l&apos;expéditeur après un échec de résolution DNS.</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>Souvent sans qu&apos;aucun serveur distant n&apos;intervienne&#xa0;: le MTA d&apos;envoi recherche les enregistrements MX et d&apos;adresse du domaine, obtient NXDOMAIN et émet lui-même l&apos;avis de non-remise. Sendmail l&apos;écrit 550 5.1.2 avec &quot;Host unknown (Name server: ...: host not found)&quot;&#xa0;; Postfix signale &quot;Host or domain name not found&quot; et le classe sous 5.4.4. Gmail répond 553 5.1.2 à une soumission vers un domaine inexistant.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>L&apos;expéditeur vérifie l&apos;orthographe du domaine (hotmial, gmial, suffixe national manquant, .con au lieu de .com). Si le domaine est correct, l&apos;administrateur du propriétaire du domaine doit corriger le DNS&#xa0;: le domaine a pu expirer ou perdre sa délégation. Si de nombreux domaines échouent en même temps, l&apos;administrateur de l&apos;expéditeur vérifie le résolveur du serveur d&apos;envoi lui-même, car un résolveur local défaillant fait passer chaque recherche pour un domaine inexistant.</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>Traitez un 512 nu comme permanent d&apos;après son premier chiffre. Un MTA d&apos;envoi doit émettre un avis de non-remise sur un NXDOMAIN faisant autorité, mais continuer à réessayer (échec temporaire) en cas de délai d&apos;attente DNS dépassé ou de SERVFAIL, qui ne disent rien de l&apos;existence du domaine.</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>Le domaine du destinataire est mal orthographié et le nom erroné n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>L&apos;enregistrement du domaine du destinataire a expiré ou ses serveurs de noms ont cessé de répondre.</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>Le résolveur du serveur d&apos;envoi est défaillant, bloqué par un pare-feu, ou répond à partir d&apos;un cache obsolète.</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>Un nom purement interne (un domaine .local ou en split-horizon) a été utilisé comme adresse de messagerie en dehors du réseau où il se résout.</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>Demandez au DNS les serveurs MX du domaine&#xa0;; NXDOMAIN dans la réponse complète signifie que le domaine n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>Résolvez le nom en partant des serveurs racines, sans passer par votre propre résolveur, pour écarter un problème DNS local.</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>Cherchez l&apos;avis de non-remise local dans le journal du serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>Type d&apos;adresse incorrect</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>513 n&apos;est défini par aucune RFC. Les listes le glosent en «&#xa0;type d&apos;adresse incorrect&#xa0;», et il représente le code d&apos;état étendu 5.1.3, Bad destination mailbox address syntax (RFC 3463)&#xa0;: l&apos;adresse du destinataire n&apos;est pas du tout une adresse valide, par opposition à une adresse valide qui n&apos;existe pas. Les vrais serveurs l&apos;envoient sous la forme 501 5.1.3 ou 553 5.1.3.</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>Quand l&apos;argument de RCPT TO est mal formé&#xa0;: Postfix répond 501 5.1.3 Bad recipient address syntax, et Gmail répond 553 5.1.3 en indiquant que l&apos;adresse du destinataire n&apos;est pas une adresse RFC 5321 valide. On le rencontre avec les formulaires web et les scripts qui construisent les adresses à partir de saisies utilisateur, et avec des adresses copiées depuis des documents contenant des caractères invisibles.</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>L&apos;expéditeur ou l&apos;application qui a composé le message nettoie l&apos;adresse&#xa0;: un seul @, pas d&apos;espaces, pas de nom d&apos;affichage ni de guillemets entre les chevrons, pas de point final, pas de guillemets typographiques ni de caractères de largeur nulle collés depuis un traitement de texte. Les développeurs valident les adresses et en retirent les espaces superflues avant de les transmettre à la bibliothèque de messagerie, et ne passent que l&apos;adresse nue à RCPT TO.</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>Aucune nouvelle tentative&#xa0;: une adresse mal formée échoue de façon identique à chaque fois. Traitez tout 513 littéral comme un échec permanent d&apos;après son premier chiffre et émettez un avis de non-remise pour que l&apos;adresse puisse être corrigée.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>Des espaces, des virgules ou des points-virgules dans l&apos;adresse, souvent issus d&apos;une liste collée dans un seul champ.</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>Un nom d&apos;affichage et une adresse passés ensemble comme destinataire d&apos;enveloppe au lieu de l&apos;adresse nue.</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>Des caractères invisibles ou typographiques (espace insécable, guillemets courbes) copiés depuis un document ou un tableur.</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>Des caractères non ASCII dans l&apos;adresse, envoyée à un serveur qui ne proposait pas SMTPUTF8.</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>Affichez les caractères cachés de l&apos;adresse telle que l&apos;application l&apos;a enregistrée.</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>Rejouez le destinataire à la main et lisez la réponse du serveur à RCPT TO.</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>Sous Postfix, trouvez la chaîne exacte envoyée par le client, que le journal cite dans la ligne de rejet.</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>Veuillez utiliser l&apos;identifiant QHLO correct</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>Code non standard. Le texte provient de l&apos;Internet-Draft sur l&apos;extension SMTP QUICKSTART (draft-fanf-smtp-quickstart, 2007), qui proposait une commande QHLO pour économiser des allers-retours au début d&apos;une session de soumission. Le draft a expiré sans devenir une RFC, et aucun serveur courant n&apos;est connu pour envoyer 520.</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>Pratiquement jamais dans un flux de courrier réel. Il figure dans des listes de codes de réponse recopiées d&apos;un site web à l&apos;autre, et ne pourrait venir que d&apos;un serveur expérimental implémentant le draft QUICKSTART, en réponse à QHLO. Si un serveur ordinaire envoie 520, il utilise ce numéro à des fins qui lui sont propres et seul le texte de sa réponse peut vous guider.</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>C&apos;est le logiciel client qui doit agir&#xa0;: cesser d&apos;utiliser QHLO ou tout mode quickstart et ouvrir la session par un EHLO normal. Si le code provient du produit d&apos;un éditeur, lisez sa documentation ou demandez à l&apos;administrateur du serveur ce que signifie le texte.</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>Ne réessayez pas la même commande. Reconnectez-vous avec la séquence EHLO standard&#xa0;; si le serveur répond encore 520 à des commandes ordinaires, traitez-le comme un échec permanent et interrogez l&apos;administrateur du serveur de réception.</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>Un serveur expérimental ou de test implémentant le draft QUICKSTART expiré a rejeté l&apos;identifiant fourni avec QHLO.</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>Un logiciel propriétaire a réutilisé 520 avec une signification qui lui est propre, sans rapport avec le draft&#xa0;; le texte de la réponse l&apos;explique.</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>Le numéro a été mal lu dans une ligne de journal ou recopié d&apos;une liste en ligne, et n&apos;a jamais été émis par un serveur.</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>Récupérez dans le journal d&apos;envoi le texte complet de la réponse et la commande à laquelle elle répondait&#xa0;; sans eux, 520 ne signifie rien de précis.</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>Vérifiez si le serveur annonce un mot-clé d&apos;extension non standard dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>L&apos;hôte n&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>L&apos;hôte n&apos;accepte aucun courrier, de qui que ce soit. La RFC 7504 (2015) a normalisé ce code, d&apos;abord proposé dans la RFC 1846 (expérimentale), comme alternative plus claire à une réponse 554 à la connexion. Un client qui le reçoit doit renoncer à cet hôte au lieu de mettre le message en file d&apos;attente et de réessayer.</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>En général comme message d&apos;accueil, à la place de 220, de la part d&apos;une machine qui existe pour d&apos;autres raisons (un serveur web, un relais uniquement sortant) et qui veut dire clairement qu&apos;elle ne prend pas de courrier&#xa0;; la connexion est ensuite fermée ou les commandes suivantes sont refusées. Postfix l&apos;envoie aussi en pratique&#xa0;: postscreen rejette avec 521 5.5.1 Protocol error les clients qui parlent avant le message d&apos;accueil ou enfreignent le protocole.</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>L&apos;expéditeur doit cesser d&apos;envoyer vers cet hôte ou ce domaine et vérifier l&apos;adresse auprès du destinataire par un autre canal. Si le domaine est censé recevoir du courrier, l&apos;administrateur du destinataire corrige ses enregistrements MX ou son serveur de messagerie. Si le 521 vient de postscreen, l&apos;administrateur de l&apos;expéditeur corrige le comportement protocolaire du client (attendre le message d&apos;accueil, pas de pipelining sans annonce), puisque c&apos;est le client qui a provoqué le rejet.</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>Ne remettez pas le message en file d&apos;attente pour une nouvelle tentative sur cet hôte&#xa0;: le refus se veut permanent. Émettez un avis de non-remise à l&apos;expéditeur avec le texte du 521 pour que l&apos;adresse puisse être vérifiée.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>Le MX du domaine, ou son enregistrement A en l&apos;absence de MX, pointe vers une machine qui n&apos;exécute délibérément aucun service de messagerie.</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>Le client a joint un relais uniquement sortant ou un serveur web, souvent à cause d&apos;enregistrements DNS obsolètes ou erronés.</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>Postfix postscreen a rejeté le client pour une violation de protocole, par exemple parler avant le message d&apos;accueil, un pipelining non annoncé ou des LF isolés.</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>Le domaine destinataire a cessé de recevoir du courrier et a laissé en place un répondeur 521.</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>Vérifiez où doit aller le courrier du domaine&#xa0;; un MX nul (0 .) signifie que le domaine ne reçoit aucun courrier.</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>Connectez-vous à l&apos;hôte et lisez la ligne du message d&apos;accueil.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>Sur un client Postfix, trouvez le refus dans le journal&#xa0;; un 521 5.5.1 Protocol error désigne les tests postscreen du côté distant.</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>Si c&apos;est le postscreen de votre propre serveur qui l&apos;envoie, revoyez les actions des tests pregreet et bare newline.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>Chiffrement nécessaire</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>Code présent uniquement dans le registre&#xa0;: aucune RFC ne définit 523 comme réponse, mais le registre IANA des codes d&apos;état étendus le mentionne comme code de base pour X.7.10 Encryption Needed, enregistré par la RFC 5248. Il indique que l&apos;authentification demandée nécessite d&apos;abord une couche de confidentialité&#xa0;; le client doit démarrer TLS (ou choisir un mécanisme plus robuste) et s&apos;authentifier de nouveau.</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>En réponse à AUTH sur une connexion non chiffrée. La bibliothèque Go go-smtp, utilisée par des serveurs comme maddy, répond 523 5.7.10 TLS is required lorsqu&apos;un client tente de s&apos;authentifier avant STARTTLS. La plupart des autres logiciels signalent la même situation par 530, 538 ou 504.</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>C&apos;est à l&apos;utilisateur ou au logiciel client de corriger&#xa0;: activer STARTTLS sur le port 587 ou le TLS implicite sur le port 465 avant de s&apos;authentifier. Si TLS est activé et que l&apos;échec persiste, l&apos;administrateur du client recherche un pare-feu ou un antivirus qui supprime STARTTLS. L&apos;administrateur du serveur ne doit pas autoriser les authentifications en clair juste pour faire disparaître l&apos;erreur.</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>Ne répétez pas AUTH sur la connexion en clair. Envoyez STARTTLS, renvoyez EHLO puis authentifiez-vous&#xa0;; une fois TLS actif, la nouvelle tentative devrait réussir.</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>Le paramètre de sécurité du client de messagerie est réglé sur Aucune, ou sur STARTTLS seulement si annoncé, si bien qu&apos;il envoie AUTH en clair.</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>La mise à niveau STARTTLS a échoué ou a été supprimée par un équipement intermédiaire, et le client a continué sans chiffrement.</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>Le client utilise un mécanisme à mot de passe en clair comme PLAIN ou LOGIN là où le serveur exige une couche de confidentialité.</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>Authentifiez-vous via STARTTLS pour confirmer que le compte fonctionne une fois la connexion chiffrée&#xa0;; swaks demande le mot de passe.</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>Vérifiez que STARTTLS est proposé et que la négociation aboutit depuis le réseau du client.</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>Dans les paramètres du compte du client, réglez la sécurité sur STARTTLS pour le port 587 ou sur SSL/TLS pour le port 465, jamais sur Aucune.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>Pas de définition de base (associé à X.7.11)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>Code présent uniquement dans le registre, sans définition propre. Le registre IANA cite 524, à côté de 538, comme code de base pour X.7.11 Encryption required for requested authentication mechanism, mais la RFC 4954, qui définit X.7.11, n&apos;utilise jamais que 538. Interprétez un 524 ainsi&#xa0;: ce mécanisme AUTH ne peut être utilisé que sur une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>Très rarement, en réponse à AUTH sur une connexion en clair, de la part de logiciels qui ont suivi la table IANA plutôt que la RFC 4954. La plupart des serveurs envoient 538 5.7.11 ou un 530 dans la même situation.</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>C&apos;est au côté client de corriger&#xa0;: activer STARTTLS ou le TLS implicite avant de s&apos;authentifier. Si ce service d&apos;écoute ne propose aucun TLS, l&apos;administrateur du serveur doit installer un certificat ou orienter les utilisateurs vers un port de soumission qui en dispose.</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>Réessayer en clair ne sert à rien. Ne répétez AUTH qu&apos;une fois STARTTLS réussi et un nouvel EHLO envoyé.</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>Le client a tenté AUTH avant STARTTLS et le serveur réserve ce mécanisme aux sessions chiffrées.</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>Le logiciel serveur a repris 524 de la table IANA pour sa réponse «&#xa0;chiffrement requis&#xa0;», là où la plupart des implémentations utilisent 538.</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>Le service d&apos;écoute utilisé par le client n&apos;a pas de TLS configuré, si bien que le mécanisme ne pourra jamais y être utilisé.</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>Lisez la réponse complète et son code d&apos;état étendu&#xa0;; 5.7.11 confirme que l&apos;exigence porte sur le chiffrement.</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>Essayez le même compte après STARTTLS avec un autre mécanisme.</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>Vérifiez si le client dispose d&apos;une option du type «&#xa0;exiger TLS&#xa0;» ou «&#xa0;toujours STARTTLS&#xa0;», et qu&apos;elle est activée.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>Compte utilisateur désactivé</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>Code présent uniquement dans le registre&#xa0;: le registre IANA associe 525 à X.7.13 User Account Disabled, enregistré par la RFC 5248. Les identifiants étaient corrects mais le compte a été désactivé, par exemple pour impayé, abus ou suspicion d&apos;intrusion, et il reste refusé jusqu&apos;à ce qu&apos;un administrateur le réactive.</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>En principe juste après un AUTH réussi sur un compte désactivé&#xa0;; peu de serveurs l&apos;utilisent, et la plupart signalent plutôt un compte désactivé par 535 ou 550. Gmail envoie 525 avec 5.7.10 pour une violation de protocole sans rapport (commandes envoyées en pipeline après STARTTLS)&#xa0;; lisez donc le code d&apos;état étendu et le texte avant de conclure à un compte désactivé.</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>Le titulaire du compte contacte l&apos;administrateur ou le fournisseur du compte d&apos;envoi pour savoir pourquoi il a été désactivé et le faire réactiver&#xa0;; changer le mot de passe dans le client n&apos;y change rien. Pour la variante 5.7.10 de Gmail, l&apos;administrateur de l&apos;expéditeur corrige le client ou le MTA pour qu&apos;il attende la fin de la négociation TLS avant d&apos;envoyer quoi que ce soit d&apos;autre.</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>Cessez de réessayer avec ce compte&#xa0;: chaque tentative échoue tant qu&apos;il n&apos;est pas réactivé, et des connexions répétées peuvent prolonger un verrouillage. Reprenez une fois que l&apos;administrateur a confirmé que le compte est actif.</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>L&apos;administrateur a désactivé ou suspendu le compte (facture impayée, signalement d&apos;abus, mot de passe compromis).</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>Le compte a été verrouillé automatiquement après un incident de sécurité, comme une rafale de spam sortant.</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>Venant de Gmail avec 5.7.10&#xa0;: le client a envoyé d&apos;autres commandes juste derrière STARTTLS au lieu d&apos;attendre la négociation TLS.</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>Vérifiez le code d&apos;état étendu de la réponse&#xa0;: 5.7.13 signifie un compte désactivé&#xa0;; pour tout autre code, il faut lire le texte.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>Connectez-vous au webmail du fournisseur avec le même compte&#xa0;; un compte désactivé y est généralement expliqué en termes clairs.</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>Pour un 525 5.7.10, refaites la session avec un client qui n&apos;envoie pas de commandes en pipeline par-dessus STARTTLS et comparez le résultat.</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>Gmail n&apos;utilise pas 525 pour les comptes désactivés&#xa0;: avec 5.7.10, il rejette un client qui a envoyé d&apos;autres commandes en pipeline après STARTTLS au lieu d&apos;attendre la négociation TLS. La liste d&apos;erreurs de Google elle-même a publié le même texte sous 523 5.7.10&#xa0;; attendez-vous donc à l&apos;un ou l&apos;autre code de base avec lui.</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>Authentification requise / Commande STARTTLS requise au préalable</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>Le serveur refuse la commande tant que le client n&apos;a pas fait quelque chose au préalable&#xa0;: s&apos;authentifier (RFC 4954, envoyé sous la forme 530 5.7.0 Authentication required) ou démarrer TLS (RFC 3207, 530 Must issue a STARTTLS command first). Il répond typiquement à MAIL FROM et laisse la session ouverte pour que le client puisse effectuer l&apos;étape manquante.</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>Surtout à MAIL FROM sur un port de soumission (587) ou un relais qui exige une authentification, de la part de clients configurés sans authentification ou sans STARTTLS&#xa0;: imprimantes, scanners, scripts, outils de supervision, applications web. Les serveurs de soumission de Gmail envoient 530 5.7.0 Must issue a STARTTLS command first&#xa0;; Microsoft 365 envoie 530 5.7.57 aux clients qui tentent d&apos;envoyer sans s&apos;authentifier.</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>C&apos;est au côté client de corriger&#xa0;: activer STARTTLS (ou le TLS implicite sur 465) et l&apos;authentification SMTP avec les identifiants de la boîte aux lettres, puis renvoyer. Sur Microsoft 365, l&apos;administrateur du locataire doit aussi autoriser le SMTP authentifié pour cette boîte aux lettres. Les appareils incapables de s&apos;authentifier doivent passer par un relais local ou par un connecteur que le fournisseur propose pour la soumission non authentifiée.</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>Ne renvoyez pas sans rien changer. Dans la même session, le client peut envoyer STARTTLS ou AUTH comme demandé et répéter MAIL FROM&#xa0;; un message en file d&apos;attente ne doit repartir qu&apos;une fois la configuration du client corrigée.</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>L&apos;authentification SMTP est désactivée dans le client, ou celui-ci envoie vers le port 25 d&apos;un serveur qui ne relaie que pour les utilisateurs authentifiés.</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>STARTTLS est désactivé dans le client, qui envoie donc MAIL FROM en clair à un serveur qui n&apos;accepte le courrier qu&apos;après TLS.</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>Un AUTH précédent a échoué et le client a ignoré l&apos;erreur, si bien que MAIL FROM arrive sans authentification.</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>Un appareil ou une application configuré pour un ancien relais ouvert pointe désormais vers un serveur qui exige une authentification.</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>Lisez la réponse à EHLO&#xa0;: si STARTTLS figure dans la liste mais pas AUTH, l&apos;authentification n&apos;est proposée qu&apos;après TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>Lancez un test complet de soumission authentifiée&#xa0;; swaks demande le mot de passe quand --auth-password est omis.</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>Cherchez dans le journal du client lui-même une réponse à AUTH avant MAIL FROM&#xa0;; un AUTH absent ou en échec explique le 530.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>Les serveurs de soumission de Gmail exigent STARTTLS avant toute transaction de courrier&#xa0;; un client qui envoie en clair sur le port 587 reçoit cette réponse à MAIL FROM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>Le point de terminaison de soumission client d&apos;Exchange Online exige SMTP AUTH avant MAIL FROM&#xa0;; ce code apparaît aussi quand la tentative AUTH a échoué et que le client a continué malgré tout.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>Pas de définition de base (associé à X.7.1)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>Code présent uniquement dans le registre, sans définition propre&#xa0;: le registre IANA cite 533 parmi les codes de base utilisés avec X.7.1 Delivery not authorized, message refused. Traitez-le comme un refus permanent pour des raisons de sécurité ou de politique, le code d&apos;état étendu et le texte de la réponse apportant les détails.</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>Presque jamais sur le réseau, puisque 550 5.7.1 et 554 5.7.1 couvrent le même terrain. S&apos;il apparaît, attendez-vous à ce qu&apos;il vienne d&apos;un logiciel marginal ou développé sur mesure, à MAIL FROM ou à RCPT TO, après qu&apos;un contrôle de politique (autorisation de relais, expéditeur non autorisé, liste de blocage) a refusé l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur lit le texte de la réponse pour identifier la politique et corrige la cause&#xa0;: s&apos;authentifier avant de relayer, n&apos;envoyer qu&apos;avec les adresses que le compte a le droit d&apos;utiliser, ou faire retirer l&apos;IP d&apos;envoi de la liste de blocage. Si le refus semble injustifié, interrogez l&apos;administrateur du destinataire en citant la réponse complète, l&apos;heure et l&apos;IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>Ne réessayez pas sans modification&#xa0;; les refus de politique se répètent. Renvoyez une fois la cause corrigée ou une exception accordée par l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>Un serveur développé sur mesure ou peu courant signale un refus de politique, comme un relais refusé ou un expéditeur non autorisé, par 533 au lieu de 550.</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>L&apos;IP ou le domaine d&apos;envoi figure sur une liste de blocage consultée par le serveur de réception.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>L&apos;utilisateur authentifié a tenté d&apos;envoyer sous une adresse, ou de relayer vers un domaine, pour lesquels le compte n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>Récupérez la réponse entière&#xa0;; le code d&apos;état étendu (généralement 5.7.1) et le texte indiquent quelle politique s&apos;est déclenchée.</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>Vérifiez que l&apos;expéditeur d&apos;enveloppe correspond au compte authentifié ou à l&apos;un de ses alias autorisés.</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>Vérifiez l&apos;IP d&apos;envoi sur toute liste de blocage citée dans le texte de la réponse, via la page de consultation ou la zone DNS de cette liste.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>Mécanisme d&apos;authentification trop faible</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>Défini par la RFC 4954 comme 534 5.7.9&#xa0;: le mécanisme AUTH choisi par le client est plus faible que ce que la politique du serveur autorise pour cet utilisateur, et le client doit réessayer avec un mécanisme plus robuste. Les grands fournisseurs en étendent le sens à «&#xa0;ce type de mot de passe n&apos;est pas acceptable&#xa0;», Gmail en tête, qui l&apos;envoie quand un mot de passe d&apos;application ou une connexion OAuth est nécessaire.</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>Juste après AUTH sur un port de soumission. Au sens de la RFC&#xa0;: un client qui utilise PLAIN ou LOGIN là où le serveur veut SCRAM, CRAM-MD5 ou GSSAPI pour ce compte. Bien plus souvent en pratique&#xa0;: Gmail qui répond 534-5.7.9 Application-specific password required, ou 534-5.7.14 pour demander à l&apos;utilisateur de se connecter d&apos;abord via un navigateur web.</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>L&apos;utilisateur ou l&apos;administrateur du client change la façon dont le client s&apos;authentifie. Pour Gmail, créez un mot de passe d&apos;application (la validation en deux étapes doit être activée) ou passez le client à OAuth 2.0, et effectuez toute vérification de connexion en attente dans le navigateur. Pour les serveurs qui appliquent le sens de la RFC, configurez un mécanisme accepté par le serveur, comme SCRAM-SHA-256 ou CRAM-MD5, ou mettez à jour la bibliothèque du client.</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>Réessayer avec le même mécanisme et le même mot de passe échoue à chaque fois et peut déclencher un verrouillage. La RFC 4954 attend du client qu&apos;il essaie un mécanisme plus robuste dans la même session&#xa0;; sinon, corrigez les identifiants avant la tentative suivante.</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>La validation en deux étapes est activée sur le compte et le client envoie le mot de passe normal du compte&#xa0;; Gmail exige un mot de passe d&apos;application ou OAuth 2.0.</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>Le fournisseur a jugé la connexion suspecte (nouvel emplacement ou nouvel appareil) et exige une connexion interactive dans un navigateur avant que SMTP fonctionne de nouveau.</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>Le client a choisi un mécanisme en clair alors que le serveur exige pour cet utilisateur un mécanisme de type challenge-réponse ou Kerberos.</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>Une ancienne bibliothèque cliente ne connaît que LOGIN ou PLAIN et ne peut pas proposer le mécanisme plus robuste demandé par le serveur.</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>Lisez le code d&apos;état étendu et le texte&#xa0;: 5.7.9 avec application-specific password signifie mot de passe d&apos;application ou OAuth, 5.7.14 signifie qu&apos;une vérification dans le navigateur est en attente.</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>Listez les mécanismes proposés après STARTTLS pour voir quel serait un choix plus robuste.</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>Forcez un mécanisme précis avec swaks pour voir lesquels le serveur accepte pour le compte.</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail envoie ce code quand le compte utilise la validation en deux étapes et que le client s&apos;est connecté avec le mot de passe normal&#xa0;; un mot de passe d&apos;application ou OAuth 2.0 est requis, le mécanisme SASL lui-même n&apos;est pas en cause.</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail a bloqué la connexion SMTP jusqu&apos;à ce que le titulaire du compte se connecte via un navigateur et passe une vérification de sécurité.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>Identifiants d&apos;authentification invalides</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>La réponse de la RFC 4954 à un échec d&apos;authentification, envoyée sous la forme 535 5.7.8&#xa0;: le nom d&apos;utilisateur, le mot de passe ou le jeton n&apos;a pas été accepté. Le client doit demander de nouveaux identifiants à l&apos;utilisateur plutôt que de répéter les mêmes.</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>À la fin de l&apos;échange AUTH sur un port de soumission, de la part de clients de messagerie, de scripts, d&apos;imprimantes et d&apos;outils de supervision. Postfix répond 535 5.7.8 Error: authentication failed&#xa0;; Gmail envoie 535-5.7.8 Username and Password not accepted&#xa0;; Microsoft 365 utilise 535 5.7.139 et 535 5.7.3 à la fois pour les mots de passe erronés et pour les connexions bloquées par la politique du locataire.</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>L&apos;utilisateur ressaisit ou réinitialise le mot de passe et vérifie le format du nom d&apos;utilisateur. Sur Gmail, utilisez un mot de passe d&apos;application ou OAuth 2.0. Sur Microsoft 365, l&apos;administrateur du locataire active le SMTP authentifié pour la boîte aux lettres ou fait passer l&apos;application à OAuth ou à une autre méthode d&apos;envoi. Quand tous les utilisateurs échouent en même temps, l&apos;administrateur du serveur vérifie le back-end d&apos;authentification et ses journaux.</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>Ne bouclez jamais sur les mêmes identifiants&#xa0;: rien ne change, et des échecs répétés peuvent verrouiller le compte ou faire bloquer l&apos;IP du client (la RFC 4954 permet aux serveurs de couper la connexion après plusieurs échecs). Obtenez des identifiants corrigés, puis faites un seul essai.</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>Mot de passe erroné ou expiré, ou nom d&apos;utilisateur seul (user au lieu de user@example.com) là où le serveur attend l&apos;adresse complète.</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>Le fournisseur n&apos;accepte plus le mot de passe normal via SMTP&#xa0;: Gmail exige un mot de passe d&apos;application ou OAuth 2.0, et de nombreux locataires Microsoft 365 ont désactivé SMTP AUTH ou l&apos;authentification de base.</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>Les caractères spéciaux du mot de passe sont mal encodés par le client, ou un script construit incorrectement la chaîne AUTH PLAIN.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>Le back-end d&apos;authentification du serveur (Dovecot, saslauthd, LDAP) est en panne ou cherche l&apos;utilisateur au mauvais endroit.</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>Testez les mêmes identifiants avec swaks pour mettre le client hors de cause&#xa0;; il demande le mot de passe.</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>Sur un serveur Postfix qui s&apos;authentifie via Dovecot, testez directement le back-end.</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>Trouvez la raison que le serveur a journalisée pour la tentative échouée.</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>Pour Microsoft 365, demandez à l&apos;administrateur du locataire de vérifier dans Exchange Online PowerShell si SMTP AUTH est désactivé pour la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>Gmail envoie ce code pour un mot de passe erroné et, très souvent, quand le bon mot de passe du compte est utilisé là où Gmail exige un mot de passe d&apos;application ou OAuth 2.0.</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>Exchange Online refuse la connexion parce que SMTP AUTH est désactivé pour toute l&apos;organisation&#xa0;; le mot de passe peut être parfaitement correct, et seul l&apos;administrateur du locataire peut modifier ce paramètre.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>Chiffrement requis pour le mécanisme d&apos;authentification demandé</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>Défini par la RFC 4954 comme 538 5.7.11&#xa0;: le mécanisme AUTH choisi ne peut être utilisé que sur une connexion chiffrée. La RFC 4954 conserve ce code pour des raisons historiques et demande aux serveurs de ne pas annoncer du tout de tels mécanismes sur des connexions non chiffrées, mais certains serveurs répondent encore ainsi à AUTH.</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>À AUTH, quand un client propose un mécanisme à mot de passe avant STARTTLS. Le paquet Node.js smtp-server du projet Nodemailer, utilisé par un certain nombre de services d&apos;envoi hébergés, répond 538 Error: Must issue a STARTTLS command first&#xa0;; d&apos;autres serveurs envoient 538 5.7.11 avec le libellé de la RFC.</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>Configurez le client pour qu&apos;il chiffre avant de s&apos;authentifier&#xa0;: STARTTLS sur le port 587 ou TLS implicite sur 465. Dans le code applicatif, réglez les options TLS de la bibliothèque de messagerie en fonction du port. L&apos;administrateur du serveur peut aider en n&apos;annonçant pas de mécanismes à mot de passe avant STARTTLS, comme le recommande la RFC 4954.</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>Ne réessayez pas AUTH sans chiffrement. Démarrez TLS, renvoyez EHLO et authentifiez-vous&#xa0;; les mêmes identifiants devraient alors être acceptés.</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>Le client envoie AUTH PLAIN ou LOGIN avant STARTTLS parce que le chiffrement est désactivé dans ses paramètres.</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>Un mode opportuniste «&#xa0;utiliser TLS si disponible&#xa0;» n&apos;a pas vu l&apos;offre STARTTLS et a continué en clair.</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>Les options secure et starttls d&apos;une bibliothèque de messagerie sont inversées par rapport au port, par exemple ni TLS implicite ni demande STARTTLS sur 587.</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>Confirmez que le serveur propose STARTTLS et que la négociation fonctionne depuis le réseau du client.</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>Lancez un test authentifié via STARTTLS pour prouver que le compte fonctionne une fois la connexion chiffrée.</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>Dans les paramètres du client ou de la bibliothèque, rendez STARTTLS obligatoire plutôt que facultatif sur le port 587, ou activez le TLS implicite pour le port 465.</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>Message rejeté par le filtre antispam du destinataire</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>Aucune RFC ne définit 541&#xa0;; des listes publiées sur des blogs le décrivent comme un rejet par le filtre antispam du destinataire. Les vrais rejets pour spam arrivent sous la forme 550 ou 554 avec un code d&apos;état étendu 5.7.x (généralement 5.7.1). Quand «&#xa0;541&#xa0;» apparaît dans un véritable avis de non-remise, il s&apos;agit le plus souvent d&apos;un 5.4.1 sans points, que Microsoft 365 envoie sous la forme 550 5.4.1 pour les destinataires inconnus et les refus de relais, et non pour le spam.</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>Dans les catégories de non-remise des ESP et les articles de dépannage plutôt que sur le réseau. Le cas Microsoft est courant&#xa0;: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; provient du blocage en périphérie basé sur l&apos;annuaire d&apos;Exchange Online, à RCPT TO. Dans le registre IANA, X.4.1 signifie No answer from host, un code de classe 4&#xa0;; le 5.4.1 de Microsoft est donc un usage qui lui est propre.</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>Récupérez d&apos;abord la ligne de réponse exacte. S&apos;il s&apos;agit de 550 5.4.1 de Microsoft 365, traitez-le comme un destinataire inconnu&#xa0;: l&apos;expéditeur vérifie l&apos;adresse, et l&apos;administrateur du destinataire vérifie que la boîte aux lettres ou le contact de messagerie existe dans le locataire et que le domaine est un domaine accepté. S&apos;il s&apos;agit vraiment d&apos;un rejet lié au contenu (5.7.x après la fin des données), l&apos;administrateur de l&apos;expéditeur passe en revue l&apos;authentification, la réputation de l&apos;IP d&apos;envoi et le contenu du message.</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>Permanent d&apos;après son premier chiffre&#xa0;: le MTA d&apos;envoi émet un avis de non-remise au lieu de mettre le message en file d&apos;attente. Renvoyer le même message à la même adresse donne la même réponse tant que l&apos;adresse, la configuration du locataire ou le contenu ne changent pas.</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>Exchange Online a rejeté un destinataire absent de son annuaire (550 5.4.1 Recipient address rejected: Access denied).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>Le MX du domaine pointe vers Microsoft 365 mais le domaine n&apos;est pas un domaine accepté dans ce locataire, d&apos;où 550 5.4.1 Relay Access Denied.</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>Un outil de traitement des non-remises a converti un rejet pour spam 550 5.7.1 en un libellé et un numéro de son cru.</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>Un filtre maison ou une appliance émet un 541 inventé au lieu d&apos;un 550 ou 554 standard.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>Vérifiez si le domaine du destinataire est hébergé par Microsoft 365&#xa0;; un MX se terminant par mail.protection.outlook.com signifie que le 5.4.1 vient d&apos;Exchange Online.</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>Trouvez dans votre journal la réponse distante complète pour le destinataire en échec.</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>Si vous administrez le locataire de réception, confirmez dans le Centre d&apos;administration Exchange que le destinataire existe et que le domaine est accepté avant de modifier quoi que ce soit d&apos;autre.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>Action demandée non effectuée&#xa0;: boîte aux lettres indisponible</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>Un refus permanent&#xa0;: le serveur n&apos;exécutera pas la commande pour cette adresse ou ce message. La RFC 5321 regroupe trois motifs sous un même code (boîte aux lettres introuvable, accès refusé, commande rejetée pour des raisons de politique)&#xa0;; 550 couvre donc aussi bien une adresse mal saisie, un compte fermé, un relais refusé, une IP sur liste de blocage qu&apos;un échec de contrôle DMARC. Le code d&apos;état étendu qui le suit indique de quoi il s&apos;agit&#xa0;: 5.1.1 utilisateur inconnu, 5.2.1 boîte aux lettres désactivée, 5.7.1 politique, 5.7.26 authentification.</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>Le plus souvent en réponse à RCPT TO, quand le serveur de réception vérifie le destinataire&#xa0;; aussi à MAIL FROM (expéditeur refusé) et après la fin des données (verdicts de contenu, SPF, DKIM ou DMARC). Postfix envoie &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail et Microsoft 365 utilisent 550 pour presque tous leurs rejets permanents, chacun avec ses propres codes d&apos;état étendus&#xa0;; Yahoo et AOL documentent plutôt la plupart de leurs rejets permanents en 553 et 554, et un utilisateur Yahoo inconnu donne lieu à un avis de non-remise en 554.</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>Lisez le code d&apos;état étendu et le texte, puis agissez du bon côté. 5.1.x&#xa0;: l&apos;expéditeur corrige l&apos;adresse ou la vérifie auprès du destinataire&#xa0;; les gestionnaires de listes l&apos;ajoutent à leur liste de suppression. 5.2.1&#xa0;: le compte du destinataire est désactivé ou inactif et seul le destinataire ou son administrateur peut le réactiver. 5.7.x chez un grand fournisseur&#xa0;: l&apos;administrateur de l&apos;expéditeur vérifie l&apos;IP d&apos;envoi sur les listes de blocage, corrige SPF, DKIM, l&apos;alignement DMARC et le DNS inverse, puis utilise le formulaire de retrait de liste ou d&apos;assistance aux expéditeurs du fournisseur. &quot;Relay access denied&quot; ou &quot;Unable to relay&quot;&#xa0;: le client doit s&apos;authentifier auprès de son propre serveur de soumission au lieu d&apos;envoyer à un serveur qui ne gère pas le domaine. Si vous gérez le serveur de réception et que le refus est injustifié, l&apos;administrateur du destinataire vérifie les tables d&apos;alias, la synchronisation de l&apos;annuaire et les règles de transport.</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>Ne réessayez pas le même message vers le même destinataire&#xa0;: une réponse 5yz signifie que le client ne doit pas répéter la requête telle quelle (RFC 5321 4.2.1), et les tentatives répétées vers des utilisateurs inconnus nuisent à la réputation de l&apos;expéditeur. Émettez immédiatement un avis de non-remise à l&apos;expéditeur, et ne renvoyez le message qu&apos;une fois l&apos;adresse, l&apos;authentification ou l&apos;inscription sur liste de blocage corrigée.</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>L&apos;adresse du destinataire n&apos;existe pas&#xa0;: faute de frappe, compte supprimé ou employé parti (5.1.1, chez Microsoft 5.1.10).</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>La boîte aux lettres existe mais est désactivée ou inactive (5.2.1&#xa0;; Gmail indique que le compte est inactif).</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>L&apos;IP d&apos;envoi figure sur une liste de blocage DNS publique ou sur la liste de blocage propre à un fournisseur (Outlook.com S3150, Microsoft 365 5.7.606-649).</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>Le message a échoué à SPF, DKIM ou DMARC, et le domaine de l&apos;expéditeur publie p=reject ou le fournisseur exige l&apos;authentification (5.7.26, 5.7.509, 5.7.515).</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>Un client non authentifié a demandé à un serveur de relayer vers un domaine que ce serveur ne gère pas.</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>Un filtre antispam ou de réputation a jugé indésirable le message ou son domaine d&apos;envoi (Gmail 5.7.1 likely unsolicited).</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>Une règle côté destinataire&#xa0;: le groupe n&apos;accepte que les expéditeurs internes, une règle de transport bloque l&apos;expéditeur, ou l&apos;expéditeur figure sur la liste de blocage du destinataire.</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>Lisez la partie delivery-status de l&apos;avis de non-remise&#xa0;: Remote-MTA indique qui a refusé, Diagnostic-Code contient la réponse, et le texte &quot;in reply to RCPT TO / end of DATA&quot; indique à quelle étape.</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>Vérifiez que vous avez joint le MX actuel du domaine du destinataire et non un hôte ancien ou de secours.</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>Vérifiez l&apos;IP d&apos;envoi (ici 192.0.2.10, octets inversés) auprès de Spamhaus&#xa0;; utilisez votre propre résolveur, car les résolveurs publics obtiennent 127.255.255.254 au lieu d&apos;une réponse.</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>Vérifiez que l&apos;IP d&apos;envoi a un enregistrement PTR dont le nom se résout à son tour vers cette IP.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>Lisez la politique DMARC du domaine de l&apos;expéditeur, qui détermine si un message en échec est rejeté.</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>Reproduisez la vérification du destinataire sans envoyer de message (depuis la véritable IP d&apos;envoi, pas depuis une connexion domestique).</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>La réponse de Gmail pour un utilisateur inconnu à RCPT TO&#xa0;: aucun compte Google ni utilisateur Workspace de ce nom n&apos;existe. Corrigez l&apos;adresse&#xa0;; réessayer n&apos;aide jamais.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Le compte Google existe mais est désactivé ou est resté inactif&#xa0;; seul le titulaire du compte ou son administrateur Workspace peut le rétablir.</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>Un verdict de spam et de réputation portant sur ce message, son IP d&apos;envoi ou son domaine&#xa0;; Gmail utilise 5.7.1 pour plusieurs blocages de politique, et le texte qui suit le code indique lequel.</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>Le message a échoué à DMARC pour le domaine From et ce domaine publie p=reject&#xa0;; le même code d&apos;état étendu couvre aussi le courrier qui ne passe ni SPF ni DKIM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>Le code propre à Exchange Online pour un destinataire introuvable (5.1.10, que le registre attribue au MX nul)&#xa0;: l&apos;adresse n&apos;existe pas dans le locataire du destinataire.</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>Blocage en périphérie basé sur l&apos;annuaire&#xa0;: le destinataire est inconnu du locataire et rejeté à RCPT TO. Le 5.4.1 de Microsoft ne correspond pas au sens du registre (pas de réponse de l&apos;hôte).</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>L&apos;IP d&apos;envoi figure sur la liste de blocage propre à Microsoft (5.7.606 à 5.7.649)&#xa0;; le propriétaire de l&apos;IP peut en demander le retrait via le portail de retrait de liste de Microsoft une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>Échec DMARC pour le domaine From avec une politique de rejet&#xa0;; un code privé de Microsoft dans la plage 5.7.5xx.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com, Hotmail et Live refusent l&apos;IP d&apos;envoi ou son réseau pour des raisons de réputation, souvent dès MAIL FROM&#xa0;; l&apos;exploitant du serveur d&apos;envoi demande la levée du blocage au support expéditeurs de Microsoft.</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>Depuis mai 2025, Outlook.com rejette le courrier des domaines qui envoient plus de 5 000 messages par jour, sauf si SPF et DKIM réussissent et que DMARC (au moins p=none) est aligné.</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com et Hotmail répondent ainsi, généralement avec une étiquette comme (S2017062302) à la suite, pour les destinataires qui n&apos;existent pas&#xa0;: c&apos;est l&apos;équivalent, côté service grand public, de 5.1.10. Ici, 5.5.0 signifie une boîte aux lettres inconnue, et non l&apos;état de protocole du registre.</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>Utilisateur non local&#xa0;; veuillez essayer &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>Le destinataire n&apos;est pas géré par ce serveur, et le serveur indique au client où envoyer à la place&#xa0;: le texte de la réponse contient le nouveau forward-path. C&apos;est l&apos;une des rares réponses dont le texte est destiné à être analysé par des programmes (RFC 5321 4.2). La RFC 5321 3.4 permet aux serveurs de l&apos;utiliser pour les utilisateurs ayant changé d&apos;adresse, mais prévient qu&apos;elle divulgue des adresses&#xa0;; elle est donc rare aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>En réponse à RCPT TO, et à VRFY, de la part de serveurs anciens ou modestes configurés avec une table des utilisateurs ayant changé d&apos;adresse, comme dans &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Certains serveurs détournent aussi 551 pour refuser le relais vers des domaines qu&apos;ils ne desservent pas, sans donner d&apos;adresse.</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>Si la réponse indique une nouvelle adresse, l&apos;expéditeur la vérifie auprès du destinataire, met à jour son carnet d&apos;adresses, puis renvoie le message à la nouvelle adresse&#xa0;; un client de messagerie ou un MTA ne le fera pas de lui-même. Si aucune adresse n&apos;est donnée, traitez la réponse comme un refus de relais&#xa0;: envoyez via votre propre serveur de soumission authentifié, et vérifiez que les enregistrements MX du domaine pointent vers le serveur qui l&apos;héberge réellement. Les administrateurs des destinataires qui ne veulent pas révéler les nouvelles adresses passent à un transfert silencieux (avec une réponse 250&#xa0;; un 251 révélerait encore la nouvelle adresse) ou à un simple 550.</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>Ne réessayez pas le même destinataire et ne redirigez pas le message en silence&#xa0;: la RFC 5321 dit que les serveurs ne doivent pas supposer que le client donnera suite à la nouvelle adresse. Émettez un avis de non-remise contenant le texte de la réponse intact, pour qu&apos;une personne puisse renvoyer le message à l&apos;adresse indiquée.</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>Le destinataire a changé d&apos;adresse et l&apos;ancien serveur conserve une table des utilisateurs ayant changé d&apos;adresse qui répond 551.</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>Un client a tenté de relayer du courrier pour un domaine extérieur et le serveur l&apos;a refusé avec 551 plutôt qu&apos;avec 550 5.7.1.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>Le MX du domaine pointe encore vers un serveur qui n&apos;héberge plus la boîte aux lettres du destinataire.</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>Copiez l&apos;adresse donnée dans le texte de la réponse (entre &lt; et &gt;) et confirmez-la auprès du destinataire par un autre canal.</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>Vérifiez quels serveurs reçoivent actuellement le courrier du domaine.</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>Rejouez le destinataire face à ce serveur et lisez la réponse à RCPT TO.</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>Action demandée abandonnée&#xa0;: espace de stockage alloué dépassé</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>L&apos;action a été abandonnée parce qu&apos;une limite de stockage a été dépassée. Aujourd&apos;hui, cela signifie l&apos;une de deux choses&#xa0;: la boîte aux lettres du destinataire a dépassé son quota, ou le message est plus volumineux que ce qu&apos;accepte le serveur (l&apos;extension SIZE, RFC 1870). La RFC 821 prévoyait aussi 552 pour un nombre excessif de destinataires&#xa0;; la RFC 5321 4.5.3.1.10 corrige cela en 452 et demande aux clients de traiter un tel 552 comme temporaire.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>À MAIL FROM quand le client déclare un SIZE= supérieur à la limite du serveur, après la fin des données quand le message réel est trop volumineux (Postfix&#xa0;: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), et à RCPT TO ou après la fin des données pour une boîte aux lettres pleine, souvent de la part de l&apos;agent de remise locale (Dovecot LMTP&#xa0;: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail utilise 552 pour les boîtes de réception à la fois pleines et inactives, pour les limites de taille et d&apos;en-têtes, et pour les types de pièces jointes bloqués. Le registre classe X.2.2 (boîte aux lettres pleine) en classe 4, et pourtant c&apos;est 552 5.2.2 que la plupart des serveurs envoient.</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>Taille&#xa0;: l&apos;expéditeur réduit le message ou partage un lien au lieu de joindre le fichier&#xa0;; les pièces jointes grossissent d&apos;environ un tiers une fois encodées en base64, si bien qu&apos;un fichier de 20 Mo peut dépasser une limite de 25 Mo. Si l&apos;avis de non-remise vient de votre propre serveur, l&apos;administrateur de l&apos;expéditeur vérifie la limite sortante. Quota&#xa0;: le destinataire supprime ou archive du courrier, ou achète davantage d&apos;espace de stockage&#xa0;; l&apos;expéditeur l&apos;en informe par un autre canal. Type de pièce jointe&#xa0;: envoyez le fichier dans un autre format ou sous forme de lien.</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>Retournez le message à l&apos;expéditeur&#xa0;: le répéter tel quel échoue de la même manière. L&apos;exception est l&apos;usage «&#xa0;trop de destinataires&#xa0;» hérité de la RFC 821, à RCPT TO, que la RFC 5321 demande de traiter comme temporaire&#xa0;: envoyez les destinataires restants dans une transaction ultérieure. Après un avis de non-remise pour dépassement de quota, une personne peut renvoyer le message une fois que le destinataire a libéré de la place.</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>Des pièces jointes qui dépassent la limite de taille du serveur de réception une fois l&apos;encodage base64 ajouté.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>La boîte aux lettres du destinataire a dépassé son quota de stockage.</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>Un compte Gmail dont l&apos;espace de stockage est épuisé et qui n&apos;est plus utilisé (Gmail 552 5.2.2 out of storage space and inactive).</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>Un type de pièce jointe que le serveur de réception refuse, comme les exécutables ou les archives qui en contiennent (Gmail 552 5.7.0).</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>Des champs d&apos;en-tête trop volumineux ou trop nombreux, par exemple une énorme liste To ou un Subject très long (Gmail 552 5.3.4, limites d&apos;en-têtes).</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>Un ancien serveur qui répond encore 552 à un nombre excessif de destinataires, comme le prévoyait autrefois la RFC 821.</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>Mesurez le message brut tel qu&apos;il sera envoyé, encodage compris.</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Lisez la limite de taille annoncée par le serveur de réception dans sa réponse à EHLO (la ligne 250-SIZE, en octets).</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Sous Postfix, affichez la limite de taille des messages et la limite des boîtes aux lettres locales (message_size_limit vaut par défaut 10240000 octets).</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>Sur un serveur Dovecot, affichez l&apos;utilisation du quota du destinataire.</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>Le compte Google a épuisé son espace de stockage et n&apos;est pas utilisé&#xa0;; Gmail envoie 452 4.2.2 pour un compte simplement plein.</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>Le message entier, son nombre de pièces jointes ou ses en-têtes dépassent les limites de réception de Gmail&#xa0;; le texte précise de quelle limite il s&apos;agit.</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>Un type de pièce jointe que Gmail refuse (par exemple un exécutable, y compris à l&apos;intérieur d&apos;une archive)&#xa0;; il s&apos;agit d&apos;une politique de contenu, pas d&apos;un problème de stockage.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>Action demandée non effectuée&#xa0;: nom de boîte aux lettres non autorisé</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>Un refus permanent d&apos;une adresse en tant que telle&#xa0;: le nom de boîte aux lettres n&apos;est pas acceptable pour ce serveur, classiquement parce que sa syntaxe est incorrecte. En pratique, 553 couvre aussi les adresses d&apos;expéditeur que le serveur n&apos;accepte pas (domaine impossible à résoudre, adresse qui n&apos;appartient pas à l&apos;utilisateur authentifié) et les domaines pour lesquels le serveur refuse de relayer. La RFC 5321 3.3 indique que les échecs à MAIL FROM produisent normalement 550 ou 553, et la section 3.5.1 utilise 553 pour un nom VRFY ambigu.</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>À MAIL FROM et à RCPT TO. Sendmail&#xa0;: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix avec vérification de correspondance entre expéditeur et identifiant de connexion&#xa0;: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Refus de relais de Qmail&#xa0;: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail&#xa0;: 553 5.1.2, 5.1.3 et 5.1.7 pour un domaine de destinataire inconnu et pour une syntaxe de destinataire ou d&apos;expéditeur invalide. Les serveurs SMTPUTF8 peuvent utiliser 553 avec 5.6.7 pour les adresses non ASCII qu&apos;ils ne peuvent pas prendre en charge.</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>L&apos;expéditeur corrige l&apos;adresse concernée&#xa0;: syntaxe correcte, domaine réel et enregistré et, pour la soumission authentifiée, uniquement une adresse sous laquelle le compte a le droit d&apos;envoyer. Les développeurs d&apos;applications définissent un expéditeur d&apos;enveloppe correct avec un domaine public au lieu de root@localhost ou www-data@server. Si la réponse est un refus de relais, le client doit s&apos;authentifier auprès de son propre serveur de soumission. L&apos;administrateur du serveur n&apos;ajoute l&apos;adresse aux expéditeurs autorisés de l&apos;utilisateur que si celui-ci en est réellement le propriétaire.</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>Ne réessayez pas&#xa0;: la même adresse donne le même 553. Émettez un avis de non-remise pour que l&apos;adresse ou la configuration d&apos;envoi puisse être modifiée, puis renvoyez le message comme un nouveau message.</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>Une adresse mal formée&#xa0;: @ manquant, espaces, chevrons non appariés, ou nom d&apos;affichage dans l&apos;enveloppe.</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>L&apos;expéditeur d&apos;enveloppe utilise un nom d&apos;hôte interne qui ne se résout pas publiquement, cas typique des tâches cron et des applications web.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>L&apos;utilisateur authentifié a tenté d&apos;envoyer sous une adresse qui appartient à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>Le domaine du destinataire ne fait pas partie de ceux pour lesquels ce serveur reçoit ou relaie du courrier.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>Le domaine du destinataire n&apos;existe pas dans le DNS (Gmail 553 5.1.2).</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>Une adresse non ASCII envoyée à un serveur qui ne sait pas la traiter.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>Vérifiez que le domaine de l&apos;expéditeur d&apos;enveloppe se résout publiquement.</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>Sous Postfix, regardez quelle restriction a refusé l&apos;adresse.</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>Sur l&apos;hôte d&apos;envoi, vérifiez les noms que Postfix appose sur le courrier généré localement.</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>Rejouez la transaction avec l&apos;expéditeur et le destinataire exacts pour voir lequel des deux est refusé.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>Le domaine du destinataire n&apos;existe pas dans le DNS&#xa0;; il s&apos;agit généralement d&apos;une faute de frappe dans la partie qui suit le @.</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>L&apos;argument de RCPT TO est syntaxiquement invalide&#xa0;; Gmail n&apos;a même pas recherché l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>L&apos;argument de MAIL FROM est mal formé&#xa0;; corrigez l&apos;expéditeur d&apos;enveloppe défini par votre application ou votre serveur.</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>Échec de la transaction (à l&apos;ouverture de la connexion&#xa0;: No SMTP service here)</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>Un échec permanent qui ne correspond à aucun code plus précis. La RFC 5321 lui confie deux rôles&#xa0;: &quot;transaction failed&quot; pendant une session, et &quot;No SMTP service here&quot; lorsqu&apos;un serveur envoie 554 au lieu du message d&apos;accueil 220 pour refuser la connexion entière. En pratique, c&apos;est le deuxième grand code de rejet à côté de 550&#xa0;: Postfix utilise 554 par défaut pour les correspondances sur liste de blocage, les relais refusés et les rejets issus des tables access, et après DATA il signifie généralement un verdict de contenu, de spam ou de virus.</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>Comme première ligne au lieu de 220, quand l&apos;IP qui se connecte est refusée d&apos;emblée&#xa0;; la RFC 5321 3.1 dit que le serveur doit alors attendre QUIT et devrait répondre 503 aux autres commandes. À RCPT TO, de la part des restrictions Postfix&#xa0;: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; ou &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. À DATA&#xa0;: &quot;554 5.5.1 Error: no valid recipients&quot; quand tous les RCPT ont été refusés. Après la fin des données, de la part des filtres de contenu, et sous la forme &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo et AOL envoient la plupart de leurs rejets permanents en 554&#xa0;; Gmail et Microsoft l&apos;utilisent pour les messages mal formés, les boucles et (Microsoft) les boîtes aux lettres pleines.</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>Déterminez d&apos;abord l&apos;étape. Refus au message d&apos;accueil ou avec un texte de liste de blocage&#xa0;: l&apos;administrateur de l&apos;expéditeur trouve l&apos;inscription, élimine la cause (compte compromis, relais ouvert, PTR manquant) et demande le retrait de la liste, puis contacte le postmaster du destinataire par un autre moyen si le blocage est local. Relay access denied&#xa0;: le client doit s&apos;authentifier (généralement sur le port 587 avec STARTTLS), ou l&apos;administrateur du destinataire doit ajouter le domaine aux domaines relayés ou virtuels du serveur si le MX pointe réellement vers lui. Après la fin des données&#xa0;: passez en revue l&apos;authentification, les liens, les pièces jointes et le contenu. Yahoo 554 5.7.9&#xa0;: corrigez DKIM et l&apos;alignement DMARC. Lignes &quot;dd&quot; de Yahoo&#xa0;: l&apos;adresse n&apos;existe pas, supprimez-la. Codes de boucle (5.4.6, 5.4.14)&#xa0;: corrigez le transfert ou le connecteur qui fait faire des allers-retours au courrier.</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>Ne répétez pas la transaction telle quelle. Un 554 au message d&apos;accueil signifie que le serveur de réception refuse ce client, et le bombarder de nouvelles connexions ne fait que prolonger l&apos;inscription sur liste&#xa0;: envoyez QUIT, puis émettez un avis de non-remise ou retenez le courrier jusqu&apos;à ce que la cause soit éliminée. Un 554 après la fin des données est définitif pour ce message&#xa0;; ne le renvoyez qu&apos;après avoir modifié ce qui a été rejeté.</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>L&apos;IP qui se connecte figure sur une liste de blocage DNS consultée par le serveur de réception, ou sur la propre liste de blocage de celui-ci.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>Un client non authentifié a tenté de relayer vers un domaine extérieur (Postfix&#xa0;: Relay access denied).</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>Tous les destinataires de la transaction ont été refusés, si bien que DATA échoue faute de destinataire valide.</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>Un filtre de contenu a détecté du spam, un virus ou une pièce jointe interdite après la fin des données.</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy (Yahoo 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>Le message a échoué à la politique DMARC ou DKIM du domaine de l&apos;expéditeur (Yahoo 554 5.7.9).</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>Le destinataire n&apos;existe pas chez Yahoo ou AOL, dont l&apos;avis de non-remise pour utilisateur inconnu est une ligne 554 &quot;dd&quot;.</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>Une règle de transfert ou une boucle entre connecteurs a fait dépasser au message la limite de sauts (Gmail 5.4.6, Exchange Online 5.4.14).</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>Un message mal formé&#xa0;: structure MIME cassée, LF isolés ou en-têtes invalides (Gmail 554 5.6.0).</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>Connectez-vous et lisez la bannière&#xa0;: un 554 à ce stade signifie que toute la connexion est refusée, avant même l&apos;examen de la moindre adresse.</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>Recherchez l&apos;IP d&apos;envoi (192.0.2.10 inversée) sur une deuxième liste de blocage en plus de Spamhaus.</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>Testez la soumission authentifiée via votre propre serveur, puisque c&apos;est ce que demande un refus de relais.</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>Sur un serveur Postfix de réception, trouvez la restriction qui a produit le 554 ainsi que ses codes par défaut.</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>Pour les avis de non-remise dus à une boucle, comptez les en-têtes Received: du message joint à l&apos;avis pour voir quels hôtes se le repassent.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>La réponse de Yahoo pour un destinataire inconnu, sans code d&apos;état étendu&#xa0;; Yahoo demande de ne pas réessayer et de retirer l&apos;adresse des listes. Le même système de messagerie dessert aussi les adresses AOL.</translation>
    </message>
    <message>
        <source>The message failed Yahoo&apos;s authentication checks (DKIM, SPF, DMARC), typically DMARC failure for a domain publishing p=reject; fix authentication rather than asking for a reputation review.</source>
        <comment>554|providers.meaning</comment>
        <translation>Le message a échoué aux contrôles d&apos;authentification de Yahoo (DKIM, SPF, DMARC), typiquement un échec DMARC pour un domaine qui publie p=reject&#xa0;; corrigez l&apos;authentification plutôt que de demander un réexamen de réputation.</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>La structure ou les en-têtes du message enfreignent la RFC 5322 ou MIME si gravement que Gmail le refuse d&apos;emblée.</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>Une boucle de routage&#xa0;: le message porte trop d&apos;en-têtes Received, généralement à cause de règles de transfert qui pointent les unes vers les autres.</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>Le client a envoyé trop de commandes sans s&apos;être d&apos;abord authentifié&#xa0;; Gmail met fin à la tentative plutôt que d&apos;attendre AUTH.</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online signale une boîte aux lettres de destinataire pleine par 554 5.2.2&#xa0;; le destinataire doit libérer de l&apos;espace. Microsoft utilise aussi 5.2.2 pour un expéditeur qui a dépassé ses limites d&apos;envoi.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>La détection de boucle d&apos;Exchange Online, signalée avec le code propre à Microsoft 5.4.14 (le code de boucle du registre est X.4.6)&#xa0;; cherchez les règles de transfert ou les connecteurs qui font repartir le message en sens inverse.</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>Paramètres de MAIL FROM/RCPT TO non reconnus ou non implémentés</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>Le client a ajouté à MAIL FROM ou RCPT TO un paramètre ESMTP (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS, etc.) que ce serveur ne reconnaît pas ou ne peut pas implémenter. La RFC 5321 4.1.1.11 attribue 555 à ce cas et 455 à une impossibilité temporaire. Le défaut se trouve dans la commande du client, pas dans les adresses.</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>Juste après MAIL FROM ou RCPT TO, généralement quand un client utilise une extension que le serveur n&apos;a pas annoncée dans sa réponse à EHLO&#xa0;: paramètres DSN envoyés à un serveur sans DSN, client qui s&apos;est rabattu sur HELO mais ajoute encore SIZE=, ou pare-feu à inspection SMTP qui a retiré des mots-clés de la liste EHLO. Postfix répond &quot;555 5.5.4 Unsupported option: ...&quot;&#xa0;; Gmail mentionne &quot;555 5.5.2 Syntax error&quot; parmi ses réponses.</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>Le logiciel client ne doit envoyer que les paramètres que le serveur a listés dans sa réponse à EHLO, et aucun après s&apos;être rabattu sur HELO. Mettez à jour ou reconfigurez la bibliothèque de messagerie ou le MTA (les options DSN ou SMTPUTF8 forcées sont des coupables fréquents). Si un pare-feu ou un proxy inspecte le SMTP, demandez à son administrateur de désactiver l&apos;inspection qui réécrit EHLO. Vérifiez aussi la syntaxe de la commande&#xa0;: aucune espace n&apos;est autorisée de part et d&apos;autre des deux-points dans MAIL FROM: et RCPT TO:.</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>Répéter la même commande échoue de nouveau. Un client peut démarrer une nouvelle transaction sans un paramètre facultatif que le serveur ne prend pas en charge (SIZE, NOTIFY), mais ne doit pas abandonner REQUIRETLS pour faire passer le message (RFC 8689)&#xa0;; le message fait alors l&apos;objet d&apos;un avis de non-remise.</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>Un paramètre pour une extension que le serveur n&apos;a jamais annoncée, comme NOTIFY= ou RET= envoyé à un serveur sans DSN.</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>EHLO a échoué, le client s&apos;est rabattu sur HELO et a continué malgré tout à ajouter des paramètres d&apos;extension.</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>Un équipement intermédiaire a réécrit ou tronqué la réponse à EHLO, si bien que le client et le serveur ne sont pas d&apos;accord sur les extensions prises en charge.</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>Des arguments mal formés, par exemple une espace après les deux-points ou une valeur de paramètre incorrecte.</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>Lisez les extensions que le serveur propose réellement&#xa0;; chaque ligne 250- après EHLO correspond à un mot-clé.</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>Comparez avec ce qui traverse le pare-feu en testant depuis l&apos;intérieur et depuis l&apos;extérieur du réseau, ou via une session chiffrée que l&apos;inspection ne peut pas altérer.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>Sur un serveur Postfix, vérifiez si des mots-clés EHLO sont masqués volontairement.</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>Récupérez la ligne MAIL FROM ou RCPT TO exacte envoyée par le client dans son journal de débogage, ou en capturant le trafic d&apos;une session de test.</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>Gmail associe 555 au code d&apos;état étendu d&apos;erreur de syntaxe&#xa0;; vérifiez donc la syntaxe de MAIL FROM et de RCPT TO (chevrons, pas d&apos;espace après les deux-points) ainsi que les paramètres.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>Le domaine n&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>Défini par la RFC 7504&#xa0;: le domaine de l&apos;adresse n&apos;accepte aucun courrier. La raison habituelle est un enregistrement MX nul (RFC 7505, &quot;MX 0 .&quot;), par lequel un domaine déclare qu&apos;il ne reçoit pas de courrier&#xa0;; le code d&apos;état étendu correspondant est 5.1.10, Recipient address has null MX. Il se distingue de 521 (cet hôte ne prend pas de courrier) et de 550 (cette boîte aux lettres est refusée).</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>En réponse à RCPT TO, de la part d&apos;un serveur de soumission ou d&apos;un relais qui a vérifié le domaine du destinataire avant de l&apos;accepter, par exemple Postfix&#xa0;: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Ou dans un avis de non-remise que votre propre MTA rédige sans contacter personne (Postfix journalise &quot;Domain example.com does not accept mail (nullMX)&quot;). Un piège classique&#xa0;: example.com publie lui-même un MX nul, si bien que le courrier de test qui lui est adressé échoue toujours de cette façon.</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>L&apos;expéditeur vérifie l&apos;adresse&#xa0;: le domaine est parqué, réservé au web ou de type no-reply, ou bien une faute de frappe l&apos;a transformé en un tel domaine. Demandez au destinataire une adresse qui reçoit du courrier. Si le domaine vous appartient et que vous voulez recevoir du courrier, l&apos;administrateur du domaine supprime le MX nul et publie de vrais enregistrements MX. Les systèmes de test doivent utiliser un puits de courrier ou un domaine que vous contrôlez plutôt qu&apos;example.com.</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>Pas de mise en file d&apos;attente ni de nouvelle tentative&#xa0;: un MX nul est la déclaration publique, par le propriétaire du domaine, qu&apos;aucun courrier n&apos;est accepté&#xa0;; le MTA d&apos;envoi émet donc immédiatement un avis de non-remise. Seule une modification DNS par le propriétaire du domaine rend la remise possible.</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Le domaine est parqué ou sert uniquement à un site web, et publie un MX nul.</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Une faute de frappe a produit un autre domaine, existant, qui publie un MX nul.</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>Des adresses de test ou fictives sur example.com ou example.net ont atteint un vrai serveur de messagerie.</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>Le propriétaire du domaine a laissé un MX nul en place après avoir migré son courrier chez un nouveau fournisseur.</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>Des réponses envoyées à un domaine no-reply qui refuse délibérément le courrier.</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Recherchez le MX&#xa0;; une réponse unique &quot;0 .&quot; est un MX nul.</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>Recoupez avec un autre outil, qui affiche l&apos;enregistrement avec sa préférence et sa cible.</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Sur le serveur Postfix de l&apos;expéditeur, listez les messages rejetés ou ayant fait l&apos;objet d&apos;un avis de non-remise pour cause de MX nul.</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>Réponse à une requête d&apos;adresse</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>557 n&apos;est défini ni dans la RFC 5321 ni dans aucune autre RFC publiée. Il a été proposé dans un Internet-Draft pour un mécanisme de requête d&apos;adresse, comme réponse portant le résultat d&apos;une requête, et ce draft n&apos;est jamais devenu une norme. Les MTA courants et les grands fournisseurs ne l&apos;envoient pas, et des listes de codes non officielles attribuent à ce numéro des significations sans rapport.</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>Pratiquement jamais sur l&apos;Internet public. S&apos;il apparaît, l&apos;autre partie utilise un logiciel expérimental ou développé sur mesure, ou un filtre configuré avec un code de réponse maison&#xa0;; plus souvent, le numéro résulte d&apos;une mauvaise lecture d&apos;un autre code dans un journal ou une capture d&apos;écran.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur identifie le logiciel qui l&apos;a envoyé (bannière, en-têtes Received, postmaster distant) et lit sa documentation pour en connaître le sens. Si le code vient de la configuration de votre propre serveur ou filtre, remplacez-le par une réponse standard comme 550 ou 554 avec un code d&apos;état étendu adapté, afin que les autres logiciels puissent y réagir.</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>Un MTA d&apos;envoi interprète un code inconnu d&apos;après son premier chiffre (RFC 5321 4.2)&#xa0;: traitez 557 comme un échec permanent, émettez un avis de non-remise au lieu de mettre le message en file d&apos;attente, et laissez une personne contacter le postmaster distant.</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>Un serveur expérimental implémentant le draft de requête d&apos;adresse.</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>Un filtre ou une règle personnalisée configurés avec un code de réponse inventé.</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>Un code mal recopié depuis un journal, un ticket ou une capture d&apos;écran.</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>Identifiez le logiciel distant d&apos;après sa bannière d&apos;accueil.</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>Trouvez la ligne de réponse exacte dans votre journal pour voir à quelle commande elle répondait et le texte éventuel après le code.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>571 n&apos;est un code de réponse SMTP dans aucune RFC. Ceux qui parlent d&apos;«&#xa0;erreur 571, bloqué&#xa0;» veulent presque toujours parler du code d&apos;état étendu 5.7.1, Delivery not authorized, message refused (RFC 3463), qui arrive sous la forme 550 5.7.1 ou 554 5.7.1. De temps à autre, un filtre ou une configuration de serveur personnalisée émet un 571 littéral&#xa0;; les clients doivent alors le traiter d&apos;après son premier chiffre comme un échec permanent.</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>Dans les tickets du support, les rapports de non-remise (NDR) d&apos;Exchange (&quot;#550 5.7.1 ...&quot;), les résumés de non-remise et les journaux des appliances de sécurité. La réponse sous-jacente est un refus de politique à MAIL FROM, à RCPT TO ou après la fin des données&#xa0;: relais non authentifié, IP sur liste de blocage, expéditeur non autorisé par l&apos;organisation du destinataire, ou verdict de spam.</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>Récupérez la ligne de réponse complète et lisez le texte qui suit 5.7.1, car 5.7.1 dit seulement &quot;not authorized&quot;. Refus de relais&#xa0;: le client d&apos;envoi s&apos;authentifie auprès de son propre serveur. IP sur liste de blocage&#xa0;: l&apos;administrateur de l&apos;expéditeur corrige la cause et demande le retrait de la liste. Destinataire restreint (un groupe qui n&apos;accepte que les expéditeurs internes ou figurant sur une liste)&#xa0;: l&apos;administrateur du destinataire doit autoriser l&apos;expéditeur. Verdict de spam&#xa0;: vérifiez l&apos;authentification et le contenu.</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>Ne réessayez jamais sans modification un 571 ni le 550 5.7.1 qui se cache derrière&#xa0;: la politique qui l&apos;a refusé s&apos;applique toujours. Émettez un avis de non-remise, et ne renvoyez le message qu&apos;une fois l&apos;autorisation de relais, l&apos;inscription sur liste ou la règle du destinataire traitée.</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>Un client a envoyé, sans s&apos;authentifier, via un serveur qui ne relaie pas pour lui (550 5.7.1 Unable to relay).</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>L&apos;IP ou le domaine d&apos;envoi a une mauvaise réputation ou figure sur une liste de blocage.</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>Le destinataire est un groupe de distribution ou une boîte aux lettres qui n&apos;accepte le courrier que d&apos;expéditeurs internes ou figurant sur une liste.</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>Une règle de transport côté destinataire ou une politique personnalisée (règles gcdp de Google Workspace) a refusé le message.</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>Une appliance de filtrage configurée pour répondre avec un 571 littéral.</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>Trouvez la ligne exacte contenant 5.7.1 pour l&apos;adresse en échec&#xa0;; les mots qui suivent le code désignent la politique.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>Vérifiez si l&apos;IP d&apos;envoi figure sur Spamhaus (192.0.2.10 inversée), en utilisant votre propre résolveur.</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>Si le texte mentionne le relais, vérifiez que votre client peut s&apos;authentifier pour la soumission.</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>Autre état non défini</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>Le code d&apos;état étendu fourre-tout&#xa0;: le serveur indique seulement si le résultat est un succès (2.0.0), un échec temporaire (4.0.0) ou un échec permanent (5.0.0), sans préciser ni la catégorie ni le détail. Toute l&apos;information utile se trouve dans le code de base et dans le texte de la réponse.</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>À n&apos;importe quel moment de la session, et très souvent dans les avis de non-remise. Postfix répond 250 2.0.0 Ok: queued après les données du message, 221 2.0.0 Bye à QUIT et 220 2.0.0 Ready to start TLS. Postfix et Exim inscrivent aussi Status: 5.0.0 ou 4.0.0 dans une DSN lorsque la réponse du serveur distant ne comportait pas de code d&apos;état étendu propre.</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>Ignorez le code d&apos;état étendu et lisez le code de base et le texte qui l&apos;accompagne&#xa0;: ce sont eux qui disent ce qui s&apos;est réellement passé. Pour 2.0.0, il n&apos;y a rien à corriger. Pour 4.0.0 ou 5.0.0 dans un avis de non-remise, l&apos;expéditeur (ou l&apos;administrateur de l&apos;expéditeur) lit la ligne Diagnostic-Code, qui cite la réponse d&apos;origine du serveur distant, et part de là.</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>Décidez uniquement d&apos;après le chiffre de classe&#xa0;: 2.0.0 ne demande rien, 4.0.0 est réessayé plus tard avec l&apos;espacement habituel des tentatives, 5.0.0 ne doit pas être réessayé tel quel. Le code générique ne donne aucune autre raison de s&apos;écarter de cette règle.</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>La réponse du serveur distant ne comportait pas de code d&apos;état étendu, si bien que le MTA qui a rédigé la DSN y a inscrit le code générique X.0.0.</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>Un logiciel serveur qui marque les réponses de succès ordinaires avec 2.0.0, comme le 250 final après les données du message ou le 221 en réponse à QUIT.</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>Un filtre, un milter ou un service de politique a rejeté le message avec son propre texte libre, sans choisir de code d&apos;état étendu précis.</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Ouvrez l&apos;avis de non-remise et lisez la ligne Diagnostic-Code&#xa0;: elle cite ce que le serveur distant a réellement répondu.</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Retrouvez le message dans le journal du serveur d&apos;envoi à partir du destinataire et lisez la réponse complète journalisée avec lui.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>Autre état d&apos;adresse</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>Un élément lié à une adresse de la transaction, celle de l&apos;expéditeur ou celle d&apos;un destinataire, a provoqué ce résultat, mais le serveur ne dit pas lequel. En 5.1.0, c&apos;est un refus permanent lié à cette adresse&#xa0;; en 4.1.0, le problème d&apos;adresse est censé se résoudre, par exemple une vérification qui n&apos;a pas encore pu aboutir.</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>En réponse à MAIL FROM ou RCPT TO, et dans les DSN. Postfix répond 550 5.1.0 ... Sender address rejected: User unknown in local recipient table lorsqu&apos;une adresse d&apos;expéditeur appartenant à un domaine qu&apos;il héberge n&apos;existe pas (reject_unlisted_sender), et certaines versions de Postfix journalisent dsn=5.1.0 lorsqu&apos;elles émettent un avis de non-remise pour un message destiné à un domaine doté d&apos;un MX nul. Postfix, Gmail et Exchange placent aussi 2.1.0 sur la réponse 250 à MAIL FROM, une forme de succès que le registre ne répertorie pas.</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>Lisez le texte qui suit le code pour savoir quelle adresse a été refusée. S&apos;il désigne l&apos;adresse de l&apos;expéditeur, l&apos;administrateur de l&apos;expéditeur s&apos;assure que l&apos;expéditeur d&apos;enveloppe est une boîte aux lettres réelle et existante, dans un domaine qui se résout&#xa0;; s&apos;il désigne un destinataire, l&apos;expéditeur vérifie que cette adresse ne contient pas de faute de frappe. En 4.1.0, le serveur d&apos;envoi se contente de réessayer.</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0&#xa0;: ne renvoyez rien tel quel vers la même adresse ni depuis la même adresse. 4.1.0&#xa0;: réessayez plus tard avec l&apos;espacement habituel des tentatives, car le serveur s&apos;attend à ce que la vérification de l&apos;adresse finisse par réussir.</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>L&apos;expéditeur d&apos;enveloppe semble local pour le serveur de réception mais n&apos;y existe pas, si bien que Postfix, avec reject_unlisted_sender, le refuse.</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>Le domaine du destinataire publie un MX nul et le MTA d&apos;envoi le signale avec le code d&apos;adresse générique au lieu de 5.1.10.</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>Une règle de politique ou de réécriture d&apos;adresses a refusé une adresse sans choisir de code plus précis.</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Lisez le texte de la réponse&#xa0;: il indique si c&apos;est l&apos;adresse de l&apos;expéditeur ou celle du destinataire qui a été refusée.</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Si l&apos;adresse de l&apos;expéditeur appartient à un domaine hébergé par le serveur Postfix qui la refuse, vérifiez qu&apos;elle existe dans la table des alias virtuels.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Vérifiez si le domaine du destinataire publie un MX nul (une réponse unique «&#xa0;0 .&#xa0;»).</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>Adresse de boîte aux lettres de destination incorrecte</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>La boîte aux lettres n&apos;existe pas&#xa0;: la partie de l&apos;adresse à gauche du @ est inconnue à destination, alors que le domaine lui-même est correct. Il s&apos;agit en principe d&apos;un échec permanent (5.1.1), la non-remise permanente classique (hard bounce) pour une adresse mal saisie ou supprimée&#xa0;; 4.1.1 apparaît lorsqu&apos;un serveur ne peut pas encore confirmer le destinataire et demande une nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>Presque toujours en réponse à RCPT TO, avant l&apos;envoi des données du message, puis dans l&apos;avis de non-remise rédigé par le serveur d&apos;envoi. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, ou in virtual mailbox table) et Sendmail (User unknown) l&apos;utilisent tous. Postfix envoie 450 4.1.1 ... unverified address tant que sa vérification de l&apos;adresse du destinataire est en cours.</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>L&apos;expéditeur vérifie que l&apos;adresse ne contient pas de faute de frappe, surtout avant le @, et confirme la bonne adresse auprès du destinataire par un autre canal. Les gestionnaires de listes de diffusion retirent l&apos;adresse après un 5.1.1. Si la boîte aux lettres devrait exister, l&apos;administrateur du destinataire vérifie qu&apos;elle figure dans l&apos;annuaire ou la table de correspondance qu&apos;utilise le serveur de réception, et que les passerelles et les MX de secours disposent d&apos;une liste de destinataires à jour.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>Ne réessayez pas un 5.1.1&#xa0;: l&apos;adresse n&apos;apparaîtra pas d&apos;elle-même, et les tentatives répétées vers des adresses mortes nuisent à la réputation de l&apos;expéditeur. Un 4.1.1 est réessayé avec l&apos;espacement habituel des tentatives&#xa0;; s&apos;il se transforme en 5.1.1, arrêtez.</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>Une faute de frappe dans la partie locale&#xa0;: une lettre manquante, le prénom et le nom inversés, ou un mauvais séparateur.</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>La boîte aux lettres a été supprimée ou renommée, par exemple après le départ d&apos;un employé, sans qu&apos;aucun alias soit conservé.</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>Une entrée périmée dans une liste d&apos;adresses ou dans le cache de saisie semi-automatique du client de messagerie.</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>Une passerelle ou un MX de secours vérifie les destinataires d&apos;après une liste obsolète et rejette une boîte aux lettres qui existe sur le serveur final.</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>La boîte aux lettres a été créée, mais la table de correspondance du serveur de réception (table virtuelle, requête LDAP) n&apos;a pas été reconstruite ou ne la voit pas.</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Trouvez les hôtes MX du domaine du destinataire.</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Testez l&apos;adresse auprès de ce MX sans envoyer de message&#xa0;: observez la réponse à RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Sur un serveur Postfix que vous administrez, vérifiez si le destinataire figure dans la table des boîtes aux lettres virtuelles.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Réponse de Gmail à RCPT TO lorsqu&apos;aucun compte ne correspond à une adresse gmail.com ou Google Workspace&#xa0;; elle correspond au sens défini par le registre.</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Exchange n&apos;a pas pu résoudre le destinataire dans son annuaire. Entre utilisateurs d&apos;une même organisation, il s&apos;agit souvent d&apos;une ancienne entrée de saisie semi-automatique (X.500 / legacyExchangeDN) qui pointe vers une boîte aux lettres recréée ou déplacée&#xa0;: supprimez la suggestion, ressaisissez l&apos;adresse et renvoyez le message.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>Adresse du système de destination incorrecte</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>La partie domaine de l&apos;adresse du destinataire (à droite du @) ne peut pas recevoir de courrier&#xa0;: elle n&apos;existe pas dans le DNS ou n&apos;a aucun hôte de messagerie utilisable. Le code est défini comme un échec permanent&#xa0;: le message ne peut donc pas être remis tant que le domaine n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>Soit en réponse à RCPT TO, de la part d&apos;un serveur qui vérifie les domaines des destinataires, soit dans un avis de non-remise rédigé par le serveur d&apos;envoi après l&apos;échec de sa propre résolution DNS. Postfix, avec reject_unknown_recipient_domain, répond 450 4.1.2 ... Recipient address rejected: Domain not found (temporaire par défaut, car un incident DNS peut être passager), et Sendmail émet un avis de non-remise avec 550 5.1.2 ... Host unknown.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>L&apos;expéditeur vérifie l&apos;orthographe du domaine (erreurs fréquentes&#xa0;: une lettre manquante dans le nom d&apos;un fournisseur connu, un point final, un suffixe de pays absent). Si le domaine est correct, l&apos;administrateur du destinataire vérifie qu&apos;il est enregistré et délégué, et qu&apos;il publie des enregistrements MX, ou au moins un enregistrement d&apos;adresse, menant à un serveur de messagerie opérationnel.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>Ne réessayez pas un 5.1.2 tel quel&#xa0;; corrigez l&apos;adresse. Si la cause était une panne DNS et que le serveur a utilisé un code de base 4xx, réessayez avec l&apos;espacement habituel des tentatives.</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>Un domaine mal orthographié, par exemple une lettre doublée ou manquante dans le nom d&apos;un grand fournisseur.</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>L&apos;enregistrement du domaine a expiré ou ses serveurs de noms ne répondent plus pour lui.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>Le domaine existe mais n&apos;a ni enregistrement MX ni enregistrement A ou AAAA&#xa0;: il n&apos;y a donc aucun hôte auquel remettre le message.</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>L&apos;enregistrement MX désigne un hôte dont le nom ne se résout pas.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Recherchez les hôtes de messagerie du domaine.</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>En l&apos;absence de MX, recherchez l&apos;enregistrement d&apos;adresse utilisé en repli.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Suivez la délégation depuis la racine pour voir si le domaine existe et si ses serveurs de noms répondent.</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>Gmail n&apos;a pas trouvé le domaine de l&apos;adresse du destinataire, généralement à cause d&apos;une faute de frappe ou d&apos;un signe de ponctuation parasite après l&apos;adresse&#xa0;; même idée que le sens défini par le registre.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>Syntaxe de l&apos;adresse de boîte aux lettres de destination incorrecte</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>L&apos;adresse du destinataire n&apos;est pas du tout une adresse valide&#xa0;: elle enfreint la syntaxe des adresses, par exemple avec des espaces, un @ manquant, deux points consécutifs ou des chevrons non appariés. Le registre le considère comme permanent, puisque la même chaîne est refusée à chaque fois.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>En réponse à RCPT TO, généralement avec 501 ou 553. Postfix répond 501 5.1.3 Bad recipient address syntax, Gmail répond 553-5.1.3 ... is not a valid RFC 5321 address, et Exchange sur site signale 5.1.3 STOREDRV.Submit; invalid recipient address. Les scripts et formulaires web qui construisent eux-mêmes la ligne RCPT TO en sont la source habituelle.</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>L&apos;expéditeur, ou le logiciel client qui construit l&apos;enveloppe, corrige l&apos;adresse&#xa0;: ni espaces ni ponctuation parasite, exactement un @, un domaine complet, et l&apos;adresse seule entre chevrons dans RCPT TO. Les applications devraient valider les adresses avant de mettre le courrier en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>Ne réessayez pas&#xa0;: une adresse mal formée est refusée de la même façon à chaque tentative. Corrigez l&apos;adresse et soumettez un nouveau message.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>Des espaces, virgules ou points-virgules dans l&apos;adresse, souvent parce que plusieurs adresses ont été collées dans un même champ.</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>Deux points consécutifs, ou un point au début ou à la fin de la partie locale.</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>Un nom d&apos;affichage ou des guillemets transmis dans RCPT TO au lieu de l&apos;adresse seule.</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>Des caractères non ASCII envoyés à un serveur qui ne proposait pas SMTPUTF8.</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Copiez l&apos;adresse exacte depuis l&apos;avis de non-remise et cherchez des espaces invisibles, des guillemets, des points doublés ou un domaine manquant.</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Rejouez l&apos;enveloppe avec l&apos;adresse corrigée et observez la réponse à RCPT TO.</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>Gmail refuse une adresse de destinataire qui ne respecte pas la syntaxe de la RFC 5321&#xa0;; même sens que dans le registre.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>Adresse de boîte aux lettres de destination ambiguë</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>L&apos;adresse correspond à plusieurs boîtes aux lettres sur le système de destination, si bien que le serveur ne peut pas déterminer laquelle était visée. Ce code provient de systèmes qui associent les adresses de façon approximative (par nom ou par correspondance partielle) et peut être permanent (5.1.4) ou transitoire persistant (4.1.4).</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>Rare sur l&apos;Internet actuel. Il provient de systèmes adossés à un annuaire qui résolvent les destinataires par leur nom, comme les anciennes versions d&apos;Exchange et certaines passerelles de logiciels collaboratifs, en réponse à RCPT TO ou dans une DSN. La commande VRFY de la RFC 5321 repose sur la même idée&#xa0;: un serveur peut répondre qu&apos;un nom est ambigu et énumérer les candidats.</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>L&apos;expéditeur utilise l&apos;adresse complète et exacte plutôt qu&apos;une forme abrégée ou un nom. L&apos;administrateur du destinataire supprime le doublon (deux utilisateurs ou contacts portant le même alias, la même adresse proxy ou le même nom dans l&apos;annuaire) et recherche les règles de correspondance approximative, comme la correspondance sur le prénom.</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4&#xa0;: ne réessayez pas la même adresse&#xa0;; renvoyez le message avec une adresse sans ambiguïté. 4.1.4&#xa0;: réessayez plus tard avec espacement progressif des tentatives, car l&apos;administrateur du destinataire est peut-être en train de corriger le doublon.</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>Deux objets de l&apos;annuaire portent le même alias ou la même adresse proxy, par exemple après une migration qui a importé un utilisateur deux fois.</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>Le système de réception associe les destinataires par leur nom et plusieurs personnes portent ce nom.</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>Une partie locale courte, comme un prénom, a été utilisée là où le système attendait l&apos;adresse complète.</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>L&apos;administrateur du destinataire recherche dans l&apos;annuaire tous les objets qui portent l&apos;adresse.</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>Renvoyez le message en utilisant l&apos;adresse complète, exactement telle que le destinataire la donne.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>Adresse de destination valide</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>Un code de succès&#xa0;: l&apos;adresse de destination est valide et a été acceptée. La RFC 3463 le destinait aux rapports de remise positifs&#xa0;; en pratique, presque tous les serveurs placent 2.1.5 sur la réponse 250 à RCPT TO.</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>Dans la réponse à chaque RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) et dans les DSN de succès lorsque l&apos;expéditeur a demandé NOTIFY=SUCCESS. À l&apos;étape RCPT TO, il signifie seulement que l&apos;adresse a été acceptée pour cette transaction, pas que le message est arrivé dans la boîte de réception.</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>Rien à corriger. Ne poussez l&apos;analyse que si un message accepté avec 2.1.5 fait ensuite l&apos;objet d&apos;un avis de non-remise ou n&apos;arrive jamais&#xa0;: le problème se situe alors après l&apos;acceptation (filtrage du contenu, étape de remise ultérieure, ou MX de secours qui accepte toutes les adresses), et l&apos;administrateur du destinataire retrace le message dans ses journaux.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>Rien à réessayer&#xa0;: le destinataire a été accepté. Le client poursuit le dialogue avec d&apos;autres commandes RCPT TO ou avec DATA.</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>L&apos;adresse du destinataire existe et le serveur l&apos;a acceptée pour cette transaction.</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>Un serveur qui ne vérifie pas les destinataires à l&apos;étape RCPT TO (certains MX de secours, domaines fourre-tout) accepte n&apos;importe quelle adresse et peut émettre un avis de non-remise plus tard.</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>Une DSN de succès a été demandée avec NOTIFY=SUCCESS et le serveur final a signalé la remise.</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Déroulez l&apos;enveloppe jusqu&apos;à RCPT TO et vérifiez la réponse 250 2.1.5.</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Si un message accepté n&apos;est jamais arrivé, retrouvez l&apos;identifiant de file d&apos;attente que le serveur de réception a indiqué dans sa réponse 250 après les données (Postfix le journalise sous la forme queued as ...) et transmettez-le à l&apos;administrateur du destinataire, qui le recherche dans ses propres journaux.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>La boîte aux lettres de destination a été déplacée, pas d&apos;adresse de transfert</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>L&apos;adresse était valide autrefois, mais la boîte aux lettres n&apos;existe plus et le serveur ne propose aucune adresse de transfert. C&apos;est un échec permanent&#xa0;; contrairement à 5.1.1, il indique à l&apos;expéditeur que l&apos;adresse a bel et bien existé.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>En réponse à RCPT TO ou dans un avis de non-remise, de la part de serveurs qui tiennent une liste des utilisateurs partis. La table relocated de Postfix rejette avec 5.1.6 et un texte tel que User has moved to suivi de la nouvelle adresse&#xa0;: en pratique, elle donne donc souvent une adresse de transfert. Exchange sur site utilise 5.1.6 pour tout autre chose&#xa0;: un connecteur de réception qui refuse les domaines de destinataire à étiquette unique (une adresse comme user@example, sans suffixe).</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>L&apos;expéditeur cesse d&apos;utiliser l&apos;adresse et demande la nouvelle à la personne ou à son organisation&#xa0;; si le texte de la réponse mentionne une nouvelle adresse, utilisez-la. Les gestionnaires de listes de diffusion retirent l&apos;adresse. L&apos;ancien administrateur du destinataire peut ajouter un alias de transfert ou une réponse automatique si l&apos;organisation souhaite que l&apos;on puisse retrouver la personne.</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>Ne réessayez pas&#xa0;: la boîte aux lettres ne reviendra pas. Supprimez l&apos;adresse, ou renvoyez le message à la nouvelle adresse si la réponse en indiquait une.</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>La personne a quitté l&apos;organisation et l&apos;administrateur a placé l&apos;adresse dans une table relocated ou une table des utilisateurs partis.</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>Une entreprise a changé de domaine ou de règle de nommage et a retiré volontairement les anciennes adresses.</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>Sur Exchange, le domaine du destinataire ne comporte qu&apos;une seule étiquette et le connecteur de réception est configuré pour refuser ce type de domaine.</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Lisez tout le texte de la réponse&#xa0;: certains serveurs indiquent la nouvelle adresse après &quot;moved to&quot;.</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Sur un serveur Postfix, vérifiez si l&apos;adresse figure dans la table relocated.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>Syntaxe de l&apos;adresse de boîte aux lettres de l&apos;expéditeur incorrecte</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>L&apos;adresse de l&apos;expéditeur, normalement le MAIL FROM de l&apos;enveloppe, est syntaxiquement invalide. C&apos;est un refus permanent en 5.1.7&#xa0;; les serveurs envoient aussi 4.1.7 lorsqu&apos;ils ne refusent un expéditeur que momentanément, par exemple pendant qu&apos;ils sont encore en train de le vérifier.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>En réponse à MAIL FROM, ou à RCPT TO sur les serveurs qui y appliquent les restrictions sur l&apos;expéditeur. Postfix répond 501 5.1.7 Bad sender address syntax et Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix, avec reject_unverified_sender, réutilise le code sous la forme 450 4.1.7 ... Sender address rejected: unverified address, qui concerne la vérification et non la syntaxe. Les scripts, imprimantes et scanners en sont des sources fréquentes.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur, ou l&apos;application d&apos;envoi, corrige l&apos;expéditeur d&apos;enveloppe&#xa0;: une adresse complète avec un seul @ et un domaine pleinement qualifié, entre chevrons, sans nom d&apos;affichage. Les appareils et les scripts envoient souvent un simple nom d&apos;utilisateur ou un domaine réduit à un nom d&apos;hôte&#xa0;; configurez une véritable adresse. Dans le cas du 4.1.7 de Postfix, assurez-vous que l&apos;adresse de l&apos;expéditeur peut recevoir du courrier, car le serveur de réception la sonde.</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7&#xa0;: ne réessayez pas avec la même adresse d&apos;expéditeur&#xa0;; corrigez-la d&apos;abord. 4.1.7&#xa0;: réessayez plus tard avec l&apos;espacement habituel des tentatives&#xa0;; le message passe généralement une fois que le serveur de réception a terminé de vérifier l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>Une application ou un appareil envoie comme expéditeur d&apos;enveloppe un simple nom d&apos;utilisateur, ou un nom d&apos;hôte sans domaine.</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>Un nom d&apos;affichage, des guillemets ou des espaces se retrouvent dans MAIL FROM.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>Le domaine de l&apos;expéditeur n&apos;a pas de suffixe, comme user@localhost ou un nom d&apos;hôte interne court.</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>Le serveur de réception est en train de sonder l&apos;adresse de l&apos;expéditeur et n&apos;a pas encore de réponse (4.1.7 de Postfix).</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Retrouvez l&apos;expéditeur d&apos;enveloppe vu par le serveur&#xa0;; Postfix le journalise sous la forme from=&lt;...&gt;.</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Rejouez la transaction avec une adresse d&apos;expéditeur propre et comparez la réponse à MAIL FROM.</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>Gmail refuse un expéditeur d&apos;enveloppe qui ne respecte pas la syntaxe d&apos;adresse de la RFC 5321&#xa0;; même sens que dans le registre.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>Adresse du système de l&apos;expéditeur incorrecte</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>Le domaine de l&apos;adresse de l&apos;expéditeur n&apos;existe pas ou ne peut pas recevoir de courrier, de sorte que les avis de non-remise ne pourraient pas lui parvenir. Les serveurs refusent ces expéditeurs de façon permanente (5.1.8) lorsque le domaine a manifestement disparu, et temporaire (4.1.8) lorsque la requête DNS a simplement échoué.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>En réponse à MAIL FROM, ou à l&apos;étape RCPT TO sur les serveurs qui évaluent tardivement les restrictions sur l&apos;expéditeur, comme Postfix par défaut. Postfix, avec reject_unknown_sender_domain, répond 450 4.1.8 ... Sender address rejected: Domain not found&#xa0;; Sendmail répond 553 5.1.8 ... Domain of sender address ... does not exist, ou 451 4.1.8 lorsque le domaine ne se résout pas. Microsoft 365 utilise 5.1.8 avec un sens sans rapport.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur s&apos;assure que l&apos;expéditeur d&apos;enveloppe utilise un vrai domaine public doté d&apos;enregistrements MX ou d&apos;adresse&#xa0;: pas un nom purement interne (comme un domaine en .local), pas une faute de frappe, pas un domaine dont l&apos;enregistrement a expiré. Si le DNS semble correct, vérifiez que les serveurs de noms du domaine répondent depuis l&apos;extérieur du réseau de l&apos;entreprise. Un expéditeur Microsoft 365 qui a reçu 5.1.8 doit demander à son administrateur de sécuriser le compte et de le débloquer.</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8&#xa0;: réessayez avec l&apos;espacement habituel des tentatives&#xa0;; les problèmes DNS se résolvent souvent en quelques minutes. 5.1.8&#xa0;: ne réessayez pas avant que le domaine de l&apos;expéditeur ou l&apos;expéditeur d&apos;enveloppe ait été corrigé.</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>L&apos;application d&apos;envoi utilise un domaine interne qui n&apos;existe que dans le DNS privé de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>L&apos;enregistrement du domaine de l&apos;expéditeur a expiré ou sa délégation est cassée.</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>Le domaine de l&apos;expéditeur n&apos;a ni enregistrement MX ni enregistrement A ou AAAA.</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>Une défaillance DNS temporaire du côté de la réception, qui donne 4.1.8 plutôt que 5.1.8.</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Recherchez les enregistrements MX du domaine de l&apos;expéditeur depuis une machine extérieure à votre réseau.</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>En l&apos;absence de MX, vérifiez les enregistrements d&apos;adresse utilisés en repli, IPv4 et IPv6.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Sur le serveur Postfix de réception, listez les restrictions sur l&apos;expéditeur en vigueur.</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>Exchange Online a restreint le compte d&apos;envoi lui-même, généralement parce qu&apos;il a envoyé du spam après avoir été compromis. Cela ne dit rien du domaine de l&apos;expéditeur&#xa0;: un administrateur sécurise le compte et le retire de la liste Restricted entities (entités restreintes) du portail Microsoft 365 Defender.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>Message relayé vers un système de messagerie non conforme</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>L&apos;adresse était valide, mais le message a été confié à un système qui ne prend pas en charge le protocole d&apos;état ou de suivi utilisé, si bien qu&apos;aucune information supplémentaire ne peut être fournie. Ce code provient de la RFC 3886 (suivi des messages) et, dans la plupart des cas, il est informatif plutôt qu&apos;une erreur.</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>Rarement rencontré. Il appartient aux réponses de suivi des messages (l&apos;extension MTRK de la RFC 3885 et le format d&apos;état de la RFC 3886) et aux rapports d&apos;état dont la piste s&apos;arrête à une passerelle ou à un serveur incapable d&apos;en signaler davantage. Dans une DSN ordinaire, la même situation apparaît généralement sous la forme Action: relayed.</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>En général rien à corriger&#xa0;: le message a quitté la partie du chemin qui signale son état. Si une preuve de remise est nécessaire, demandez directement au destinataire, ou demandez à l&apos;administrateur du destinataire de chercher dans ses journaux, car le dernier saut qui rend compte ne voit pas au-delà.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>Rien à réessayer&#xa0;: le message a été accepté et a poursuivi sa route. Traitez une forme de classe 4 ou 5 comme un état final inconnu et, si cela compte, confirmez la remise en dehors du système de messagerie.</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>Le saut suivant est une passerelle vers un autre type de système de messagerie (ancien logiciel collaboratif, passerelle fax ou SMS) qui ne prend pas en charge le suivi.</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>Un serveur en aval ne prend pas en charge les DSN ni le suivi, si bien que le serveur qui rend compte a transmis le message sans eux.</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>Le message est parti vers un service externe dont la remise interne n&apos;est pas visible du serveur qui rend compte.</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>Dans le rapport d&apos;état, lisez les champs Action, Status et Remote-MTA pour voir où la piste s&apos;arrête.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>Vérifiez si le saut suivant annonce DSN dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>L&apos;adresse du destinataire a un MX nul</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>Le domaine du destinataire publie un MX nul (null MX&#xa0;: un unique enregistrement MX de préférence 0 avec l&apos;hôte «&#xa0;.&#xa0;»), déclaration explicite du propriétaire que le domaine n&apos;accepte aucun courrier. L&apos;échec est permanent&#xa0;: comme le domaine a un enregistrement MX, le repli sur A/AAAA ne s&apos;applique pas et la remise échoue immédiatement.</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>À deux endroits. Un serveur d&apos;envoi qui interroge le domaine du destinataire et trouve le MX nul fait échouer le message immédiatement et le signale dans l&apos;avis de non-remise, avec 556 comme code de base (RFC 7504)&#xa0;; certaines versions de Postfix journalisent alors dsn=5.1.0 avec Domain ... does not accept mail (nullMX). Un serveur de réception ou de soumission qui vérifie les domaines des destinataires peut aussi refuser RCPT TO avec 556 5.1.10, comme le fait Postfix avec reject_unknown_recipient_domain.</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>L&apos;expéditeur vérifie l&apos;adresse&#xa0;: un MX nul signifie généralement que le domaine n&apos;a jamais été prévu pour le courrier (domaines parqués, réservés au web ou de substitution) ou que l&apos;adresse contient une faute de frappe. Si le destinataire doit réellement recevoir du courrier à cette adresse, l&apos;administrateur du destinataire remplace le MX nul par de vrais enregistrements MX&#xa0;; un MX nul doit être le seul enregistrement MX du domaine.</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>Ne réessayez jamais&#xa0;: le domaine a déclaré qu&apos;il n&apos;accepte aucun courrier. Renvoyez immédiatement un avis de non-remise au lieu de garder le message en file d&apos;attente.</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>L&apos;adresse utilise un domaine qui ne reçoit délibérément aucun courrier, comme un domaine parqué, réservé au web ou de substitution.</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Une faute de frappe qui tombe par hasard sur un domaine réel publiant un MX nul.</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>Le propriétaire du domaine a déplacé sa messagerie ailleurs et a laissé le MX nul en place par erreur.</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Des adresses de test ou d&apos;exemple utilisées dans des données réelles&#xa0;: example.com, par exemple, publie un MX nul.</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Recherchez les enregistrements MX du domaine du destinataire&#xa0;; un MX nul apparaît comme la réponse unique «&#xa0;0 .&#xa0;».</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Retrouvez l&apos;avis de non-remise dans le journal du serveur d&apos;envoi pour voir le code et le texte qu&apos;il a enregistrés.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>Usage propre à Exchange Online, sans rapport avec le MX nul&#xa0;: le destinataire n&apos;existe pas dans l&apos;organisation Microsoft 365 qui héberge le domaine, ce qui revient à un utilisateur inconnu, comme avec 5.1.1. L&apos;expéditeur vérifie l&apos;adresse et efface les entrées périmées de saisie semi-automatique d&apos;Outlook&#xa0;; l&apos;administrateur du destinataire vérifie l&apos;objet destinataire et ses adresses proxy.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>Autre état de boîte aux lettres ou état non défini</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>La boîte aux lettres existe, mais un problème la concernant a empêché la remise, et le serveur ne dit pas lequel. En 4.2.0, le problème est censé passer&#xa0;; en 5.2.0, c&apos;est un échec permanent pour ce message.</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>Généralement dans un avis de non-remise rédigé par le magasin de boîtes aux lettres du destinataire plutôt qu&apos;à l&apos;étape RCPT TO, car le problème n&apos;apparaît qu&apos;au moment où le message est écrit dans la boîte aux lettres. Exchange et Microsoft 365 utilisent souvent 5.2.0 suivi d&apos;un nom d&apos;exception STOREDRV.Deliver qui indique la véritable raison&#xa0;; les logiciels LMTP et de remise locale peuvent l&apos;utiliser lorsque le magasin signale une erreur qu&apos;ils ne savent pas classer.</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>Lisez le texte qui suit le code&#xa0;: il nomme presque toujours la condition réelle. L&apos;administrateur du destinataire examine alors la boîte aux lettres elle-même (quota, dossiers masqués compris, dossiers endommagés, autorisations, boîte aux lettres en cours de déplacement). L&apos;expéditeur ne peut que transmettre l&apos;avis de non-remise au destinataire par un autre canal.</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0&#xa0;: réessayez avec espacement progressif des tentatives. 5.2.0&#xa0;: ne renvoyez pas automatiquement le même message&#xa0;; renvoyez-le seulement lorsque le côté destinataire signale que la boîte aux lettres est réparée.</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>La boîte aux lettres ou l&apos;un de ses dossiers masqués dépasse une limite de stockage qui n&apos;est pas signalée comme une simple boîte aux lettres pleine.</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>La boîte aux lettres est en cours de déplacement, de migration ou de réparation, et le magasin refuse les écritures.</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>Une erreur d&apos;autorisations ou de système de fichiers dans le magasin de boîtes aux lettres pendant la remise.</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>Une règle de remise ou un script Sieve associé à la boîte aux lettres a échoué pendant le traitement du message.</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Copiez le texte qui suit 5.2.0 dans l&apos;avis de non-remise&#xa0;; sur Microsoft 365, le nom de l&apos;exception (par exemple QuotaExceededException) indique à l&apos;administrateur où chercher.</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Sur Microsoft 365, l&apos;administrateur du destinataire vérifie la taille des dossiers Recoverable Items (Éléments récupérables).</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Sur un serveur Dovecot, l&apos;administrateur vérifie l&apos;utilisation du quota du destinataire.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>Le pilote de magasin d&apos;Exchange Online n&apos;a pas pu placer le message dans la boîte aux lettres et nomme l&apos;exception. QuotaExceededException peut provenir d&apos;une zone Recoverable Items (Éléments récupérables) pleine, par exemple sous une conservation pour litige, même lorsque la boîte aux lettres visible est loin de sa limite.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>Boîte aux lettres désactivée, n&apos;accepte pas de messages</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>La boîte aux lettres existe mais est désactivée et n&apos;accepte pas de messages. Le registre autorise les deux classes&#xa0;: 5.2.1 lorsque la boîte aux lettres ne sera plus jamais réactivée, 4.2.1 lorsqu&apos;elle n&apos;est désactivée que pour le moment.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>En réponse à RCPT TO pour les comptes suspendus, verrouillés ou inactifs. Gmail envoie 550 5.2.1 pour les comptes désactivés ou inactifs et utilise 450 4.2.1 pour une autre situation&#xa0;: un destinataire qui reçoit du courrier plus vite que Gmail ne l&apos;autorise. Exchange a utilisé 5.2.1 pour des messages mis en quarantaine par son filtre de contenu et pour des boîtes aux lettres inaccessibles.</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>L&apos;expéditeur vérifie par un autre canal si l&apos;adresse est toujours utilisée et la retire de ses listes si le compte est fermé. Le destinataire, ou son administrateur, réactive le compte, règle la suspension ou se connecte pour le réactiver. Pour la limite de débit 4.2.1 de Gmail, l&apos;expéditeur ralentit et laisse la file d&apos;attente réessayer.</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1&#xa0;: ne réessayez pas&#xa0;; le compte est fermé au courrier. 4.2.1&#xa0;: réessayez avec espacement progressif et étalez les envois&#xa0;; Gmail les accepte de nouveau une fois que le débit entrant du destinataire a baissé.</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>Le fournisseur ou l&apos;organisation a suspendu le compte, par exemple pour impayé ou pour abus.</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>Le compte est resté inutilisé si longtemps que le fournisseur l&apos;a désactivé.</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>L&apos;employé est parti et l&apos;administrateur a bloqué la boîte aux lettres au lieu de la supprimer.</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>Le 4.2.1 de Gmail&#xa0;: le destinataire reçoit trop de courrier en peu de temps.</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Lisez le texte&#xa0;: disabled, inactive, suspended ou receiving mail too quickly appellent chacun une correction différente.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Comptez combien de messages votre serveur a récemment envoyés à ce destinataire, au cas où une limite de débit serait en jeu.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Le compte Google existe mais est désactivé ou inactif (les anciennes réponses disaient &quot;is disabled&quot;)&#xa0;; cela correspond au sens défini par le registre.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Usage propre à Gmail&#xa0;: la boîte aux lettres est en bon état mais reçoit du courrier plus vite que Gmail ne l&apos;autorise&#xa0;; l&apos;expéditeur doit donc ralentir et réessayer. Gmail a aussi une forme permanente 550 5.2.1 indiquant que l&apos;utilisateur reçoit du courrier à un débit qui empêche la remise de messages supplémentaires.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>Boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>La boîte aux lettres du destinataire dépasse son quota de stockage. La RFC 3463 le conçoit comme un échec transitoire persistant (4.2.2), puisque le destinataire peut supprimer des messages pour faire de la place&#xa0;; beaucoup de serveurs envoient plutôt 5.2.2, et cette forme permanente est très courante dans les avis de non-remise.</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>À l&apos;étape RCPT TO sur les serveurs qui connaissent le quota à l&apos;avance (Gmail, Dovecot avec vérification de quota), ou à la fin de DATA et dans les avis de non-remise lorsque le magasin découvre pendant la remise que la boîte aux lettres est pleine. Dovecot répond 552 5.2.2 ... Quota exceeded (mailbox for user is full), ou 452 4.2.2 lorsque quota_full_tempfail est activé. Exchange répond 554 5.2.2 mailbox full.</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>Le destinataire supprime ou archive des messages et vide la corbeille, ou l&apos;administrateur du destinataire augmente le quota. L&apos;expéditeur ne peut rien corriger techniquement&#xa0;: prévenez le destinataire par un autre moyen et renvoyez le message plus tard. Les gestionnaires de listes de diffusion devraient considérer des avis de non-remise pour dépassement de quota qui durent des semaines comme le signe d&apos;une boîte aux lettres abandonnée.</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2&#xa0;: continuez à réessayer avec espacement progressif pendant la durée de vie normale en file d&apos;attente, car le destinataire peut libérer de l&apos;espace. 5.2.2&#xa0;: le message revient, mais la situation peut se résoudre&#xa0;; renvoyez-le manuellement plus tard plutôt qu&apos;immédiatement.</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>Le destinataire ne fait jamais le ménage dans sa boîte aux lettres, qui a atteint son quota.</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>Une boîte aux lettres partagée ou fonctionnelle, comme info@, reçoit beaucoup de courrier et personne ne l&apos;entretient.</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>De grosses pièces jointes ont rapidement rempli une petite boîte aux lettres.</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>Un espace de stockage partagé avec d&apos;autres services est plein, comme chez Gmail, dont le quota couvre aussi Google Drive et Photos.</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Sur un serveur Dovecot, affichez l&apos;utilisation du destinataire par rapport à la limite.</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Sur Postfix avec une remise locale au format mbox, comparez la taille du fichier de la boîte aux lettres avec mailbox_size_limit.</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Côté expéditeur, notez si l&apos;avis de non-remise indique 4.2.2 (votre serveur réessaie encore) ou 5.2.2 (il a abandonné).</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Le compte Google dépasse son quota de stockage et Gmail reporte le message (les anciennes réponses disaient &quot;The email account that you tried to reach is over quota&quot;)&#xa0;; c&apos;est l&apos;usage temporaire prévu.</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Gmail transforme le problème de quota en refus permanent lorsque le compte plein semble en outre abandonné, afin que le serveur de l&apos;expéditeur cesse de réessayer.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota. Exchange Online also uses 5.2.2 with &apos;Submission quota exceeded&apos; for a sender who exceeded the sending rate limits, which is a sender-side problem.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>La boîte aux lettres du destinataire a atteint son quota d&apos;interdiction de réception. Exchange Online utilise aussi 5.2.2 avec &quot;Submission quota exceeded&quot; pour un expéditeur qui a dépassé les limites de débit d&apos;envoi, ce qui est un problème côté expéditeur.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>La taille du message dépasse la limite administrative</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>Le message est plus volumineux que ce qu&apos;accepte cette boîte aux lettres en particulier. Le registre le prévoyait pour une limite propre à une boîte aux lettres, inférieure à la limite globale du système (ce cas-là relève de X.3.4)&#xa0;; c&apos;est un échec permanent pour ce message.</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>À la fin de DATA, ou à MAIL FROM lorsque le client a déclaré la taille avec SIZE=. Exchange utilise 5.2.3 avec RESOLVER.RST.RecipSizeLimit lorsque la taille de réception maximale du destinataire est inférieure à celle du message. Gmail utilise 552 5.2.3 pour sa propre limite de taille des messages, qui est en réalité une limite du système.</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>L&apos;expéditeur réduit la taille du message&#xa0;: supprimer ou compresser les pièces jointes, ou partager les gros fichiers par lien. N&apos;oubliez pas que l&apos;encodage base64 rend les pièces jointes environ un tiers plus volumineuses que les fichiers sur disque. Si la limite de la boîte aux lettres est déraisonnablement basse, l&apos;administrateur du destinataire augmente sa taille de réception.</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>Ne réessayez pas le même message&#xa0;: il sera exactement aussi volumineux la fois suivante. Envoyez plutôt une version plus légère.</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>Une pièce jointe juste sous la limite en tant que fichier, mais au-dessus une fois encodée en base64.</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>Une taille de réception maximale par destinataire fixée plus bas que la limite de transport de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>De nombreuses images intégrées, ou une conversation transférée qui emporte avec elle des pièces jointes antérieures.</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Comparez la taille indiquée dans l&apos;avis de non-remise avec la limite qu&apos;il mentionne&#xa0;; c&apos;est la taille du message encodé qui compte, pas celle des fichiers.</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Sur Exchange Online, l&apos;administrateur du destinataire consulte la limite de réception de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>La limite globale de taille des messages de Gmail, une limite du système que le registre classerait sous X.3.4&#xa0;; Gmail envoie aussi le même texte avec 5.3.4.</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Le message dépasse la taille de réception maximale propre au destinataire, exactement le cas par boîte aux lettres que décrit le registre.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>Problème d&apos;expansion de liste de diffusion</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>L&apos;adresse est une liste de diffusion ou un groupe de distribution, et la liste n&apos;a pas pu être développée en ses membres. Le code peut être permanent (5.2.4) ou transitoire persistant (4.2.4), selon que la définition de la liste est cassée ou seulement indisponible pour le moment.</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>Lorsque le courrier est adressé à une liste, un alias ou un groupe de distribution&#xa0;: à l&apos;étape RCPT TO si le serveur développe la liste immédiatement, ou dans un avis de non-remise émis par le serveur de listes. Le registre l&apos;associe à 450 et 452. Les anciennes versions d&apos;Exchange signalaient 5.2.4 mailing list expansion problem, et les gestionnaires de listes ou les groupes fondés sur un annuaire peuvent le produire lorsque la liste des membres ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>L&apos;expéditeur ne peut que le signaler au propriétaire de la liste ou à l&apos;administrateur du destinataire. Le propriétaire de la liste ou l&apos;administrateur vérifie la définition de la liste&#xa0;: le fichier include ou la requête d&apos;annuaire qui fournit les membres, les groupes imbriqués qui bouclent ou pointent vers des groupes supprimés, et le serveur d&apos;annuaire dont dépend l&apos;expansion.</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4&#xa0;: réessayez avec espacement progressif des tentatives&#xa0;; l&apos;expansion refonctionne souvent une fois l&apos;annuaire rétabli. 5.2.4&#xa0;: ne réessayez pas avant que le propriétaire de la liste l&apos;ait réparée.</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>L&apos;alias pointe vers un fichier include absent ou illisible pour le système de messagerie.</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>L&apos;annuaire qui contient les membres du groupe (LDAP, Active Directory) est injoignable, ce qui donne un 4.2.4 temporaire.</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>Des groupes imbriqués se référencent mutuellement en boucle, ou référencent un groupe supprimé.</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>L&apos;expansion dépasserait le nombre de destinataires que le serveur autorise pour un même message.</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Demandez au système de messagerie de développer l&apos;adresse sans rien remettre&#xa0;: Sendmail affiche les membres ou l&apos;erreur dans le terminal, tandis que le sendmail -bv de Postfix vous envoie le rapport par courrier.</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Sur Postfix, recherchez la liste dans la base des alias.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>Autre état du système de messagerie ou état non défini</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>Un problème lié au système de messagerie de destination, plutôt qu&apos;à l&apos;adresse ou à la boîte aux lettres, a provoqué ce résultat, et le serveur ne donne aucun détail. La forme temporaire 4.3.0 (une panne côté serveur) est de loin la plus courante&#xa0;; 5.3.0 est un refus permanent au niveau du système et 2.3.0 une variante de succès rare.</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>À n&apos;importe quelle étape, le plus souvent à la fin de DATA ou à RCPT TO. Postfix envoie 451 4.3.0 Error: queue file write error lorsqu&apos;il ne peut pas stocker le message, et 451 4.3.0 ... Temporary lookup failure lorsqu&apos;une recherche dans une table ou une base de données échoue. Gmail utilise 451 4.3.0 et 421 4.3.0 pour des difficultés temporaires de son côté. Exchange utilise 5.3.0 Too many related errors lorsqu&apos;il déplace un message vers la file d&apos;attente des messages incohérents (poison message queue).</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>Pour 4.3.0, l&apos;expéditeur se contente généralement d&apos;attendre, tandis que l&apos;administrateur du serveur de réception cherche dans le journal du serveur, au moment du rejet, l&apos;erreur sous-jacente (disque plein, recherche échouée, filtre de contenu planté). Pour 5.3.0, le texte de la réponse indique ce que le système a refusé&#xa0;; l&apos;administrateur du destinataire doit corriger le serveur, et l&apos;expéditeur ne peut que le contacter.</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0&#xa0;: réessayez plus tard avec espacement progressif des tentatives&#xa0;; la plupart des causes sont réparées sans intervention de l&apos;expéditeur. 5.3.0&#xa0;: ne réessayez pas tel quel&#xa0;; déterminez, d&apos;après le texte ou auprès de l&apos;administrateur du destinataire, ce que le système a refusé.</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>Le serveur de réception n&apos;a pas pu écrire le message dans sa file d&apos;attente&#xa0;: disque plein, erreur du système de fichiers ou mauvaises autorisations.</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>Une table de correspondance, une base de données ou un serveur LDAP dont dépend le serveur de messagerie a échoué pendant la transaction.</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>Un filtre de contenu, un milter ou un antivirus a planté ou dépassé son délai.</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>Le fournisseur a refusé le message pour le moment sans donner de raison précise.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Sur le serveur Postfix de réception, trouvez le message warning ou fatal journalisé juste avant le rejet.</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Vérifiez l&apos;espace libre et les inodes à l&apos;emplacement de la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Laissez Postfix vérifier lui-même sa configuration, les propriétaires et les autorisations.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>Le refus temporaire générique de Gmail&#xa0;: l&apos;expéditeur n&apos;a rien à changer, il suffit de réessayer plus tard. Gmail envoie aussi 451 4.3.0 Multiple destination domains per transaction is unsupported, qui demande au client de placer les destinataires de domaines différents dans des transactions séparées.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>Système de messagerie plein</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>Le système de messagerie dans son ensemble manque d&apos;espace de stockage, généralement d&apos;espace disque ou de place dans la file d&apos;attente, et ne peut donc pas accepter le message maintenant. Contrairement à une boîte aux lettres pleine, le destinataire ne peut pas y remédier en supprimant des messages&#xa0;; le code n&apos;est défini que comme un échec temporaire.</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>À MAIL FROM, RCPT TO ou à la fin de DATA, avec 452. Postfix répond 452 4.3.1 Insufficient system storage lorsque l&apos;espace libre sur le système de fichiers de la file d&apos;attente est inférieur à ce dont il a besoin (queue_minfree, et 1,5 fois message_size_limit). Exchange répond 452 4.3.1 Insufficient system resources lorsque la contre-pression (back pressure) se déclenche en raison d&apos;un manque d&apos;espace disque ou de mémoire.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>L&apos;administrateur du serveur de réception libère de l&apos;espace sur le volume de la file d&apos;attente ou du magasin (anciens journaux, quarantaine, file des messages différés qui a enflé) ou ajoute de la capacité&#xa0;; sur Exchange, vérifiez aussi les seuils de contre-pression et le disque qui héberge la base de données de la file d&apos;attente. L&apos;expéditeur n&apos;a rien à faire&#xa0;: son serveur réessaie.</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>Réessayez plus tard avec l&apos;espacement habituel des tentatives&#xa0;; le code n&apos;est défini que comme temporaire. Si la situation dure au-delà de la durée de vie en file d&apos;attente, l&apos;expéditeur reçoit un avis de non-remise&#xa0;: prévenez l&apos;administrateur du serveur de réception si vous pouvez le joindre.</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>La partition qui contient la file d&apos;attente est pleine, souvent parce que les journaux ou la file des messages différés n&apos;ont cessé de grossir.</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>Le système de fichiers n&apos;a plus d&apos;inodes alors qu&apos;il reste de l&apos;espace libre.</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>Une boucle de messagerie ou une vague de spam a rempli la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>La contre-pression d&apos;Exchange réagit à un manque d&apos;espace disque ou à une forte utilisation de la mémoire.</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Vérifiez l&apos;espace et les inodes sur le système de fichiers de la file d&apos;attente.</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Regardez combien de messages sont en file d&apos;attente, pour repérer une boucle ou une vague de spam.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Comparez le seuil d&apos;espace libre de Postfix avec sa limite de taille des messages.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>Le système n&apos;accepte pas les messages du réseau</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>L&apos;hôte qui héberge la boîte aux lettres n&apos;accepte pas de messages depuis le réseau. En 4.3.2, c&apos;est temporaire (arrêt en cours, surcharge, maintenance)&#xa0;; en 5.3.2, utilisé avec la réponse 521 de la RFC 7504, l&apos;hôte n&apos;accepte jamais de courrier.</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>Un serveur en cours d&apos;arrêt, surchargé ou en maintenance peut placer 4.3.2 sur ses réponses temporaires&#xa0;; Exchange sur site répond avec 4.3.2 (Service not available, Service not active) lorsque ses composants de transport sont inactifs, par exemple après une mise à jour qui l&apos;a laissé en mode maintenance. Un hôte qui ne reçoit aucun courrier peut répondre 521 avec 5.3.2 aux commandes qui suivent la bannière d&apos;accueil. Microsoft 365 utilise aussi 4.3.2 pour des limites au niveau de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>Pour 4.3.2, l&apos;expéditeur attend pendant que l&apos;administrateur du serveur de réception rétablit le service&#xa0;: terminer la maintenance, réduire la charge et, sur Exchange, remettre à l&apos;état actif les composants serveur inactifs dans l&apos;Exchange Management Shell. Pour 521 avec 5.3.2, le domaine du destinataire dirige son courrier vers un hôte qui refuse tout courrier&#xa0;: l&apos;administrateur du destinataire corrige les enregistrements MX, ou publie un MX nul si le domaine ne reçoit réellement aucun courrier.</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2&#xa0;: réessayez avec l&apos;espacement habituel des tentatives, de préférence vers un autre hôte MX du domaine s&apos;il y en a un. 5.3.2 avec 521&#xa0;: ne réessayez pas cet hôte&#xa0;; la configuration MX du domaine doit d&apos;abord changer.</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>Le serveur est en maintenance ou en cours d&apos;arrêt et refuse les nouvelles transactions.</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>Le serveur est surchargé et délaisse du travail jusqu&apos;à ce que la charge baisse.</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>Sur Exchange, des composants serveur sont restés inactifs après une mise à jour ou une maintenance.</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>Le MX ou l&apos;enregistrement d&apos;adresse de repli mène à un hôte qui n&apos;est délibérément pas un serveur de messagerie et qui répond 521.</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Connectez-vous au port 25 et lisez la bannière d&apos;accueil&#xa0;: 220 signifie ouvert, tandis que 421, 521 ou 554 signifient que l&apos;hôte refuse.</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Sur Exchange, listez les composants serveur qui ne sont pas actifs (EX01 est le nom du serveur).</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Vérifiez vers quels hôtes pointent les enregistrements MX du domaine.</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it. Exchange Online also uses 4.3.2 with &apos;recipient thread limit exceeded&apos; when one mailbox is receiving too many messages at once.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online&#xa0;: un dossier de la boîte aux lettres du destinataire a atteint la limite d&apos;un million d&apos;éléments, si bien que la remise échoue (remarquez le 554 permanent associé à un code 4.x)&#xa0;; déplacer des éléments hors de ce dossier règle le problème. Exchange Online utilise aussi 4.3.2 avec &quot;recipient thread limit exceeded&quot; lorsqu&apos;une boîte aux lettres reçoit trop de messages à la fois.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>Le système ne prend pas en charge les fonctionnalités sélectionnées</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>Le message demande une fonctionnalité que le système de destination ne prend pas en charge, typiquement au niveau d&apos;une passerelle incapable de transposer une fonctionnalité d&apos;un système de messagerie dans un autre. Le code est permanent (5.3.3) lorsque la fonctionnalité ne sera jamais disponible à cet endroit, et transitoire (4.3.3) lorsqu&apos;on s&apos;attend à ce que sa prise en charge revienne.</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>Peu courant et propre à chaque éditeur. Il peut apparaître à MAIL FROM ou RCPT TO lorsqu&apos;un paramètre désigne une extension dont le saut suivant est dépourvu, ou dans un avis de non-remise émis par une passerelle qui n&apos;a pas pu transmettre au système suivant une propriété demandée (un délai de remise, une priorité, une demande d&apos;accusé de réception). Exchange sur site a utilisé 5.3.3 Unrecognized command lorsqu&apos;un connecteur de réception servant au courrier interne ne dispose pas du mécanisme d&apos;authentification Exchange Server.</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>Lisez le texte pour savoir quelle fonctionnalité a été refusée. L&apos;administrateur de l&apos;expéditeur ou le logiciel client cesse de la demander pour cette destination, ou fait passer le courrier par un chemin qui la prend en charge. Si le système de réception devrait la prendre en charge, son administrateur active l&apos;extension ou corrige le connecteur, comme dans le cas d&apos;Exchange.</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3&#xa0;: ne répétez pas la même demande auprès du même système&#xa0;; renoncez à la fonctionnalité non prise en charge ou passez par un autre chemin. 4.3.3&#xa0;: réessayez plus tard avec espacement progressif des tentatives.</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>Le message demande une extension dont le système suivant est dépourvu, comme le transfert binaire ou un délai de remise, et la passerelle ne peut pas l&apos;ignorer silencieusement.</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>Une passerelle vers un système de messagerie non SMTP ne peut pas représenter une propriété du message de l&apos;autre côté.</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>Des connecteurs de réception internes d&apos;Exchange configurés sans authentification Exchange Server, si bien que les commandes propres à Exchange sont refusées.</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>Listez les extensions proposées par le serveur de réception et comparez-les aux paramètres que votre serveur envoie dans MAIL FROM et RCPT TO.</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>Sur le serveur Postfix d&apos;envoi, retrouvez la transaction pour voir quelle commande a été refusée.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>Message trop volumineux pour le système</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>Le message est plus volumineux que ce que le système de réception accepte pour n&apos;importe quel message, que la limite soit technique ou fixée par l&apos;administrateur. C&apos;est un échec permanent pour ce message&#xa0;; à comparer avec X.2.3, qui est une limite propre à une boîte aux lettres.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>À MAIL FROM lorsque le client a déclaré un SIZE= supérieur à la limite annoncée par le serveur, sinon à la fin de DATA une fois que le serveur a compté les octets, ainsi que dans les avis de non-remise émis par des sauts ultérieurs. Postfix répond 552 5.3.4 Message size exceeds fixed limit (message_size_limit, environ 10 Mo par défaut). Exchange utilise 5.3.4 Message size exceeds fixed maximum message size, et Gmail utilise 552 5.3.4 pour sa limite de taille ainsi que pour un trop grand nombre de pièces jointes ou des en-têtes trop volumineux.</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>L&apos;expéditeur allège le message&#xa0;: moins de pièces jointes ou des pièces jointes compressées, ou bien un lien de téléchargement. Pour comparer la taille des fichiers avec la limite, tenez compte de l&apos;encodage base64, qui ajoute environ 37 pour cent. L&apos;administrateur du serveur de réception peut relever la limite, mais chaque saut du chemin, filtres compris, doit alors accepter la nouvelle taille.</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>Ne réessayez pas le même message&#xa0;: les limites de taille ne changent pas d&apos;une tentative à l&apos;autre. Envoyez plutôt un message plus léger.</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Une pièce jointe plus volumineuse que la limite de la destination, comme les 10 Mo par défaut d&apos;un serveur Postfix non ajusté.</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>Un message sous la limite en tant que fichiers, mais au-dessus une fois encodé en MIME.</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Un relais ou un filtre sur le chemin a une limite inférieure à celle du serveur final.</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>Propre à Gmail&#xa0;: trop de pièces jointes ou un en-tête trop volumineux, signalés avec le même code.</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Lisez la ligne SIZE dans la réponse du serveur à EHLO&#xa0;: c&apos;est la taille maximale de message qu&apos;il accepte.</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Sur Postfix, affichez la limite configurée en octets.</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Sur Exim, affichez la limite configurée.</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>La limite de taille des messages de Gmail. Avec d&apos;autres textes (le nombre de pièces jointes dépasse la limite de Google, ou un en-tête dépasse sa limite de taille), le même code couvre les limites de Gmail sur le nombre de pièces jointes et la taille des en-têtes.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>Système mal configuré</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>Le système de réception est configuré d&apos;une manière qui l&apos;empêche d&apos;accepter ce message&#xa0;: une erreur de configuration côté serveur, et non un problème de message ou d&apos;adresse. 4.3.5 lorsque l&apos;administrateur est censé la corriger bientôt, 5.3.5 lorsque le refus est définitif.</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>Postfix envoie 451 4.3.5 Server configuration error (ou Server configuration problem) lorsqu&apos;une restriction, une table de correspondance ou un service de politique est mal configuré, et n&apos;écrit les détails que dans son propre journal. Exchange sur site utilise 5.3.5 System incorrectly configured lorsqu&apos;il détecte une boucle, par exemple un connecteur de réception dont le FQDN correspond à un autre serveur du flux de messagerie.</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>Seul l&apos;administrateur du serveur de réception peut corriger ce problème&#xa0;: lire le journal du serveur au moment du rejet, où Postfix consigne le véritable avertissement (une restriction inconnue, un fichier de table manquant, un serveur de politique injoignable), corriger, puis recharger. L&apos;expéditeur ne peut que signaler l&apos;avis de non-remise et attendre.</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5&#xa0;: réessayez avec espacement progressif des tentatives&#xa0;; le problème disparaît dès que l&apos;administrateur a réparé la configuration. 5.3.5&#xa0;: ne réessayez pas tel quel&#xa0;; contactez l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>Une liste de restrictions désigne une table de correspondance qui n&apos;existe pas ou dont le type est erroné.</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>Un service de politique ou un milter mentionné dans la configuration n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>Un nom de restriction mal orthographié introduit lors d&apos;une modification de la configuration.</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>Deux serveurs du flux de messagerie présentent le même nom d&apos;hôte, si bien qu&apos;Exchange voit le saut comme une boucle.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Sur le serveur Postfix de réception, trouvez l&apos;avertissement écrit au même moment que la réponse 4.3.5.</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Affichez uniquement les paramètres qui diffèrent des valeurs par défaut de Postfix, pour repérer la faute de frappe ou la table manquante.</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Vérifiez que chaque fichier de table mentionné dans la configuration existe et est plus récent que sa source.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>La priorité demandée a été modifiée</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>Un code de succès de l&apos;extension MT-PRIORITY (RFC 6710)&#xa0;: le serveur a accepté le message mais n&apos;a pas respecté la priorité de transfert demandée par le client, ou la priorité par défaut qui en découlait. Le texte qui suit le code commence par la priorité effectivement appliquée.</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>Uniquement entre des serveurs qui prennent tous deux en charge MT-PRIORITY, ce qui est rare en dehors de contextes spécialisés comme la messagerie militaire ou d&apos;urgence. Le client demande une priorité de -9 à 9 avec le paramètre MT-PRIORITY de MAIL FROM, et le serveur signale la modification dans une réponse positive (250, ou 251), par exemple lorsque l&apos;expéditeur n&apos;est pas autorisé à utiliser une priorité élevée.</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>Rien n&apos;est cassé&#xa0;: le message a été accepté. Si la priorité compte, l&apos;administrateur de l&apos;expéditeur vérifie que le compte ou l&apos;hôte d&apos;envoi est autorisé à ce niveau sur le système de réception, ou s&apos;arrange avec l&apos;administrateur du serveur de réception.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>Rien à réessayer&#xa0;: le message a été accepté avec la priorité modifiée. Poursuivez la transaction normalement.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>La politique du serveur de réception n&apos;autorise pas cet expéditeur à utiliser la priorité élevée demandée, qui a donc été abaissée.</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>Le serveur de réception prend en charge moins de niveaux de priorité et a ramené la demande au niveau le plus proche dont il dispose.</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>La politique locale relève ou abaisse la priorité pour certains expéditeurs ou destinataires.</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Vérifiez que le serveur de réception propose MT-PRIORITY dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Lisez le nombre au début du texte de la réponse, après le code&#xa0;: c&apos;est la priorité que le message a désormais.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>Autre état de réseau ou de routage, ou état non défini</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>Code fourre-tout pour les problèmes de réseau ou de routage lors de la remise qu&apos;aucun des codes X.4 plus précis ne décrit. En 4.4.0, le système d&apos;envoi n&apos;a pas pu faire passer le message cette fois-ci et continue d&apos;essayer&#xa0;; en 5.4.0, le système qui rend compte a définitivement renoncé à cette route.</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>Surtout dans les motifs de report et les avis de non-remise rédigés par le MTA d&apos;envoi plutôt que dans une réponse de l&apos;autre extrémité. Microsoft Exchange place 451 4.4.0 devant les échecs DNS et les tentatives de remise échouées dans le champ LastError de sa file d&apos;attente, et Postfix répond à un dépassement du nombre de sauts par 554 5.4.0 Error: too many hops.</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>Lisez le texte qui suit le code et la ligne correspondante du journal du MTA&#xa0;: la cause réelle (échec DNS, connexion refusée, limite de sauts) y est presque toujours nommée. L&apos;administrateur de messagerie de l&apos;expéditeur part de ce détail&#xa0;: corriger le DNS local, le pare-feu ou le routage si le problème se situe côté envoi, ou transmettre à l&apos;administrateur du destinataire l&apos;erreur exacte, l&apos;hôte MX et les horodatages si son côté est injoignable ou se comporte mal.</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>Pour 4.4.0, réessayez avec l&apos;espacement habituel des tentatives&#xa0;; la situation est généralement passagère. Pour 5.4.0, ne réessayez pas la même route telle quelle&#xa0;; trouvez d&apos;abord la cause précise dans le texte de diagnostic.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>Le résolveur du serveur d&apos;envoi lui-même a échoué ou a dépassé son délai lors de la recherche des enregistrements MX ou d&apos;adresse de la destination.</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>Un pare-feu, un blocage du port 25 sortant par le fournisseur d&apos;accès ou une route défaillante a empêché la connexion au MX de destination.</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>Le message a atteint la limite de sauts d&apos;un MTA à cause d&apos;une boucle de transfert ou de relais (Postfix le signale par 5.4.0, et non 5.4.6).</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>Une passerelle ou un équipement de sécurité a signalé une défaillance réseau sans en préciser la nature.</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Trouvez le motif complet du report ou de la non-remise dans le journal du serveur d&apos;envoi&#xa0;; le texte qui suit le code nomme la défaillance réelle.</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Vérifiez que les enregistrements MX de la destination se résolvent depuis le serveur d&apos;envoi lui-même, et pas seulement depuis votre poste de travail.</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Testez si le port 25 du MX de destination est joignable depuis l&apos;hôte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>L&apos;erreur de file d&apos;attente d&apos;Exchange lorsque sa requête DNS pour le saut suivant échoue, dans cet exemple parce que le domaine de destination n&apos;existe pas. Exchange continue de réessayer puis, une fois son délai d&apos;expiration des messages écoulé, émet une NDR avec 550 4.4.7 QUEUE.Expired; message expired. Le registre décrirait cette situation par X.4.3 ou X.4.4&#xa0;; Exchange utilise le code générique 4.4.0.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>Aucune réponse de l&apos;hôte</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>Le serveur d&apos;envoi a essayé d&apos;ouvrir une connexion vers le saut suivant et n&apos;a obtenu aucune réponse exploitable&#xa0;: la connexion a expiré, a été refusée, ou l&apos;hôte était trop occupé pour répondre. La RFC 3463 ne le définit que comme une erreur transitoire persistante&#xa0;: 4.4.1 signifie donc «&#xa0;toujours en cours d&apos;essai&#xa0;», et non «&#xa0;échec définitif&#xa0;».</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>Presque toujours généré par le MTA d&apos;envoi lui-même et visible dans son journal ou dans un avertissement de retard, puisque l&apos;autre extrémité n&apos;a jamais eu l&apos;occasion de répondre. Postfix journalise des reports tels que connect to mail.example.com[192.0.2.25]:25: Connection timed out avec dsn=4.4.1. Un serveur de soumission BURL répond aussi 451 4.4.1 lorsque le serveur IMAP qui contient le message est injoignable (RFC 4468).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur vérifie d&apos;abord que l&apos;hôte d&apos;envoi peut joindre le port 25 tout court, car de nombreux réseaux cloud et résidentiels le bloquent en sortie. Si les autres domaines fonctionnent, le problème se situe à destination&#xa0;: son hôte MX est arrêté, filtré par un pare-feu ou à l&apos;écoute sur une mauvaise adresse, et l&apos;administrateur du destinataire doit y remédier. Indiquez-lui quel hôte MX et quelle adresse IP vous avez essayés, et à quel moment.</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>Réessayez plus tard avec espacement progressif des tentatives, en essayant les autres hôtes MX par ordre de préférence. Le message n&apos;échoue qu&apos;à l&apos;expiration de la durée de vie en file d&apos;attente, ce qui apparaît alors comme une expiration (X.4.7).</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>L&apos;hôte MX de la destination est arrêté, surchargé ou n&apos;écoute pas sur le port 25.</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>Un pare-feu, d&apos;un côté ou de l&apos;autre, rejette silencieusement le trafic SMTP, si bien que la tentative expire au lieu d&apos;être refusée.</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>Le réseau d&apos;envoi (fournisseur cloud ou FAI) bloque les connexions sortantes vers le port 25.</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>L&apos;enregistrement MX pointe encore vers une adresse IP ancienne ou erronée après une migration.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Listez les hôtes MX de la destination par ordre de préférence.</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Essayez une connexion TCP vers le port 25 de chaque MX depuis le serveur d&apos;envoi&#xa0;; un dépassement de délai évoque un filtrage, un &quot;connection refused&quot; signifie que rien n&apos;écoute.</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Vérifiez que votre hôte peut joindre le port 25 ailleurs, par exemple le MX d&apos;un autre domaine, pour écarter un blocage en sortie.</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Consultez les motifs de report que Postfix a enregistrés pour cette destination.</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>Exchange Online l&apos;envoie à l&apos;étape RCPT TO, sans aucun problème réseau, lorsque le blocage en périphérie basé sur l&apos;annuaire (Directory-Based Edge Blocking) rejette une adresse qui n&apos;existe pas dans le locataire de réception (ou n&apos;y a pas été synchronisée), ou lorsque le domaine n&apos;est pas correctement configuré comme domaine accepté. Traitez-le comme un avis de non-remise pour destinataire invalide&#xa0;: l&apos;expéditeur vérifie l&apos;adresse, l&apos;administrateur du destinataire vérifie les destinataires et les domaines acceptés du locataire.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>Mauvaise connexion</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>Une connexion vers le saut suivant a été établie, mais la transaction n&apos;a pas pu aboutir parce que la liaison a été coupée, s&apos;est bloquée ou a expiré en cours de route. Comme X.4.1, il est défini comme une erreur transitoire persistante&#xa0;: le message reste donc en file d&apos;attente pour une autre tentative.</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>Soit dans le journal du MTA d&apos;envoi, où Postfix écrit lost connection with mail.example.com[192.0.2.25] while sending end of data et dsn=4.4.2, soit comme réponse d&apos;un serveur qui ferme une session lente ou inactive&#xa0;: le serveur SMTP de Postfix envoie 421 4.4.2 suivi de son nom d&apos;hôte et de Error: timeout exceeded, et Gmail envoie 451 4.4.2 Timeout - closing connection.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur détermine à quelle étape la connexion a été rompue. Des coupures pendant DATA avec de gros messages signalent souvent des problèmes de MTU ou de chemin, un équipement intermédiaire qui inspecte le SMTP, ou une limite de temps du serveur de réception&#xa0;; les expirations pour inactivité signalent un client lent ou un hôte d&apos;envoi surchargé. Si une seule destination est concernée, fournissez à l&apos;administrateur du destinataire les horodatages et l&apos;étape à laquelle l&apos;échec s&apos;est produit.</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>Réessayez plus tard avec espacement progressif des tentatives&#xa0;; une connexion coupée de temps en temps est normale sur Internet. Des coupures répétées à la même étape pour la même destination relèvent d&apos;un problème de configuration que les nouvelles tentatives seules ne résoudront pas.</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>Un pare-feu ou un équipement intermédiaire d&apos;inspection SMTP qui coupe ou altère la session.</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>Des problèmes de Path MTU qui bloquent les gros paquets&#xa0;: les petits messages passent et les gros restent bloqués pendant DATA.</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>Le client a marqué une pause trop longue entre deux commandes et le délai d&apos;inactivité du serveur a fermé la session.</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>Le serveur de réception a redémarré, a planté ou a délesté des connexions sous la charge en pleine transaction.</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Déterminez à quelle étape la connexion a été perdue.</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Effectuez une transaction de test complète vers le même MX et observez où elle s&apos;arrête.</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Vérifiez que STARTTLS se termine proprement&#xa0;; une négociation TLS défaillante se manifeste souvent par une connexion coupée.</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Si les gros messages échouent et que les petits passent, testez si des paquets de taille maximale atteignent le MX sans fragmentation.</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>Gmail ferme la session parce que le client était trop lent entre deux commandes ou pendant l&apos;envoi des données. Reconnectez-vous et réessayez&#xa0;; si cela se répète, cherchez un hôte d&apos;envoi surchargé ou un chemin réseau lent.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>Défaillance du serveur d&apos;annuaire</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>Le message n&apos;a pas pu être routé parce qu&apos;un service d&apos;annuaire, en pratique presque toujours le DNS, était indisponible ou a répondu par une erreur. La RFC 3463 le prévoyait comme un échec temporaire (4.4.3), bien que certains serveurs l&apos;envoient avec un 5.</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>Côté envoi, lorsque la recherche MX ou d&apos;adresse pour la destination expire ou répond SERVFAIL&#xa0;; Postfix reporte alors le message avec Name service error for name=example.com type=MX: Host not found, try again et dsn=4.4.3. Côté réception, lorsqu&apos;une vérification fondée sur le DNS ne peut pas aboutir&#xa0;: la RFC 7208 recommande 451 4.4.3 lorsqu&apos;une vérification SPF se termine par une erreur temporaire.</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>Déterminez quel DNS est en défaut. Si le serveur d&apos;envoi ne peut rien résoudre, son administrateur répare le résolveur local (configuration du résolveur, démon de cache arrêté, DNS sortant bloqué). Si un seul domaine échoue, ce sont les serveurs faisant autorité de ce domaine qui sont arrêtés, en délégation boiteuse (lame delegation) ou cassés par DNSSEC, et l&apos;administrateur du destinataire ou son hébergeur DNS doit les réparer.</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>Réessayez plus tard avec espacement progressif des tentatives&#xa0;; les pannes DNS sont généralement brèves. Un 5.4.3 émis par un serveur de réception est souvent lui aussi temporaire en réalité&#xa0;: renvoyez le message une fois le problème DNS corrigé.</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>Le résolveur local du serveur d&apos;envoi est arrêté, injoignable ou soumis à une limitation de débit.</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>Les serveurs de noms faisant autorité du domaine de destination dépassent leur délai ou répondent SERVFAIL.</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>Une défaillance DNSSEC (signatures expirées, enregistrement DS erroné) pousse les résolveurs validants à refuser la réponse.</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>Une requête SPF, DKIM ou DMARC côté réception a expiré, et le serveur de réception a différé le message au lieu de trancher.</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Vérifiez que le résolveur utilisé par le serveur de messagerie répond bien pour la destination.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Suivez la délégation depuis la racine pour voir si ce sont les serveurs de noms du domaine lui-même qui échouent.</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Répétez la requête avec la vérification DNSSEC désactivée&#xa0;; si seule celle-ci fonctionne, les signatures de la zone sont cassées.</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Regardez quels résolveurs le serveur de messagerie est configuré pour utiliser.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>Routage impossible</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>Le système de messagerie n&apos;a pas pu trouver de saut suivant pour la destination, car les informations de routage nécessaires manquaient. Le déclencheur typique est un DNS qui répond mais ne fournit aucun MX ni aucune adresse utilisable pour le domaine&#xa0;; 4.4.4 signifie que les enregistrements peuvent encore apparaître, 5.4.4 que le système d&apos;envoi a abandonné.</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>Généré par le MTA d&apos;envoi, généralement dans un avis de non-remise. Postfix émet un avis de non-remise avec Host or domain name not found. Name service error for name=example.com type=A: Host not found et dsn=5.4.4&#xa0;; Microsoft Exchange signale 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. On le rencontre aussi lorsqu&apos;un relais interne n&apos;a ni transport, ni connecteur, ni smart host pour la destination.</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>L&apos;expéditeur vérifie d&apos;abord que le domaine de l&apos;adresse n&apos;est pas mal orthographié, de loin la cause la plus fréquente. Si le domaine est correct, son propriétaire (l&apos;administrateur du destinataire) doit publier des enregistrements MX, ou au moins un enregistrement A ou AAAA, pointant vers un serveur de messagerie opérationnel. Côté envoi, l&apos;administrateur vérifie que le routage interne (tables de transport, connecteurs d&apos;envoi, smart hosts) couvre la destination.</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>Pour 4.4.4, réessayez avec espacement progressif des tentatives, au cas où les enregistrements seraient en cours de correction. Pour 5.4.4, ne réessayez pas tel quel&#xa0;; corrigez l&apos;adresse ou attendez que le propriétaire du domaine publie des enregistrements fonctionnels.</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>Une faute de frappe dans le domaine du destinataire (example.con au lieu de example.com), si bien que le domaine n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>Le domaine existe mais n&apos;a ni enregistrement MX ni enregistrement A ou AAAA sur lequel se replier.</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>L&apos;enregistrement MX désigne un hôte qui n&apos;a pas d&apos;enregistrement d&apos;adresse.</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>Un relais interne n&apos;a aucune route (entrée de table de transport, connecteur ou smart host) pour le domaine de destination.</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Vérifiez que le domaine existe (NOERROR plutôt que NXDOMAIN) et lisez ses enregistrements MX.</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Résolvez le nom de chaque hôte MX&#xa0;; un nom sans enregistrement A ni AAAA ne peut pas servir à la remise.</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Vérifiez aussi le côté IPv6 si l&apos;hôte MX n&apos;a pas d&apos;adresse IPv4.</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Sur Exim, demandez aux routeurs comment ils remettraient le message à l&apos;adresse.</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>Exchange a constaté que le domaine de destination n&apos;existe pas dans le DNS et a émis un avis de non-remise. Si le domaine existe bel et bien, Microsoft oriente les administrateurs vers les paramètres DNS qu&apos;utilise le service de transport Exchange.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>Congestion du système de messagerie</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>Le système de messagerie de réception ou de relais est congestionné et n&apos;acceptera pas le message pour le moment. Il est défini uniquement comme une erreur transitoire persistante&#xa0;: le message lui-même ne pose pas de problème, et l&apos;expéditeur doit ralentir et réessayer plus tard.</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>Comme réponse à la connexion ou à MAIL FROM et RCPT TO lorsqu&apos;un serveur est surchargé ou applique des limites de connexions et de débit&#xa0;; Gmail envoie 421 4.4.5 Server busy, try again later. Gmail envoie aussi 550 5.4.5 à ses propres utilisateurs qui dépassent leur limite d&apos;envoi quotidienne, un usage propre au fournisseur avec un 5.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>Le message n&apos;a aucun défaut. L&apos;administrateur de l&apos;expéditeur laisse la file d&apos;attente réessayer et, si les reports persistent, réduit le nombre de connexions parallèles et le débit d&apos;envoi vers cette destination. L&apos;administrateur du destinataire n&apos;a à intervenir que si son propre serveur est réellement surchargé (file d&apos;attente en retard, disque, CPU).</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>Réessayez plus tard avec un espacement exponentiel des tentatives et moins de connexions parallèles vers cet hôte&#xa0;; bombarder un serveur congestionné ne fait que prolonger les reports.</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>Le serveur de réception est surchargé ou en maintenance et repousse les nouvelles sessions.</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>L&apos;expéditeur a ouvert trop de connexions simultanées vers la même destination.</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>Le débit d&apos;envoi (messages ou destinataires par minute) a dépassé les limites de régulation du serveur de réception.</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>La file d&apos;attente d&apos;un relais est engorgée et il refuse d&apos;accepter davantage de courrier de l&apos;amont.</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Comptez combien d&apos;entrées en file d&apos;attente mentionnent le domaine de destination sur le serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Vérifiez combien de remises parallèles Postfix effectue vers une même destination.</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Regardez si les reports se produisent à la connexion ou à l&apos;étape RCPT TO.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Le report temporaire de Gmail pour cause de surcharge. Il se résout en réessayant plus tard, idéalement avec moins de connexions simultanées depuis l&apos;adresse IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Envoyé à un utilisateur Gmail ou Google Workspace qui soumet du courrier, et non à un MTA de réception&#xa0;: le compte a épuisé son quota d&apos;envoi quotidien glissant, et l&apos;envoi refonctionne une fois la fenêtre écoulée. C&apos;est un usage propre à Google de X.4.5 avec un 5, en dehors du sens défini par le registre.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>Boucle de routage détectée</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>Le message a été transmis trop de fois, soit parce que des serveurs se le repassent mutuellement, soit parce que des règles de transfert le font tourner en rond. La RFC 3463 le classe comme transitoire, mais en pratique il est presque toujours envoyé sous la forme permanente 5.4.6, car une boucle ne se résout pas d&apos;elle-même.</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>À la fin de DATA ou dans un avis de non-remise lorsque le nombre d&apos;en-têtes Received: dépasse la limite du MTA (sendmail&#xa0;: Too many hops 26 (25 max)&#xa0;; Gmail s&apos;arrête à 50 sauts), ou lorsqu&apos;un MTA constate que le saut suivant est lui-même (Postfix&#xa0;: mail for example.com loops back to myself). La remise locale de Postfix émet aussi un avis de non-remise pour les boucles Delivered-To, avec mail forwarding loop for user@example.com.</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>Lisez les en-têtes Received: de la copie jointe à l&apos;avis de non-remise pour voir quels hôtes se répètent. En général, c&apos;est au destinataire ou à l&apos;administrateur du destinataire d&apos;agir&#xa0;: supprimer une règle de transfert qui pointe vers la boîte aux lettres d&apos;origine, ou corriger les enregistrements MX, les routes de relais ou les connecteurs qui font repartir le courrier du domaine là d&apos;où il vient. L&apos;expéditeur ne peut que le signaler.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>Ne réessayez pas tel quel&#xa0;: le message bouclera de nouveau. Renvoyez-le seulement après correction de la règle de transfert ou du routage.</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>Deux boîtes aux lettres se transfèrent mutuellement le courrier, ou une chaîne de transferts aboutit à son point de départ.</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>Un enregistrement MX ou une route de relais pointe vers le serveur même qui tente la remise, souvent après une migration ou dans une configuration Exchange hybride.</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>Le domaine n&apos;est pas configuré comme local sur le serveur vers lequel pointe son MX, si bien que ce serveur le relaie plus loin et que le message revient.</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>Une liste de diffusion est abonnée à elle-même ou à une autre liste qui l&apos;alimente.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Comptez les en-têtes Received: de la copie jointe à l&apos;avis de non-remise et cherchez les noms d&apos;hôte qui se répètent.</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Vérifiez si le MX du domaine pointe vers le serveur même qui signale la boucle.</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Sur Postfix, vérifiez que le domaine figure là où il doit être pour être distribué ou relayé.</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Cherchez dans le journal les messages de boucle qu&apos;écrit Postfix.</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Gmail refuse un message qui porte déjà plus de 50 sauts d&apos;en-têtes Received:. La boucle se situe sur le chemin en amont de Gmail, souvent une paire de règles de transfert ou un domaine mal routé.</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Exchange Server and Exchange Online both use 5.4.6, and Exchange Online also reports loops and broken routes with 5.4.14 and other codes up to 5.4.20, often in hybrid setups; Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Exchange arrête un message qui boucle une fois son nombre de sauts dépassé et émet cette NDR. Exchange Server et Exchange Online utilisent tous deux 5.4.6, et Exchange Online signale aussi les boucles et les routes cassées avec 5.4.14 et d&apos;autres codes jusqu&apos;à 5.4.20, souvent dans des configurations hybrides&#xa0;; Microsoft conseille de vérifier les règles de boîte de réception, le transfert et l&apos;attribut targetAddress de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>Délai de remise expiré</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>Le message traîne depuis trop longtemps&#xa0;: il est resté en file d&apos;attente au-delà de la durée pendant laquelle le système réessaie, ou a dépassé un délai de remise fixé par l&apos;expéditeur. En 4.4.7, c&apos;est un avertissement de retard ou un refus transitoire&#xa0;; en 5.4.7, le message n&apos;a pas été remis et un avis de non-remise a été émis. La RFC 3463 demande aux systèmes de signaler plutôt le problème sous-jacent lorsqu&apos;ils le peuvent.</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>Dans les avis de non-remise et de retard émis par le propre serveur sortant de l&apos;expéditeur après des jours de tentatives infructueuses, par exemple le retry timeout exceeded d&apos;Exim ou le 550 4.4.7 QUEUE.Expired; message expired de Microsoft Exchange. Postfix journalise status=expired, returned to sender mais conserve dans l&apos;avis de non-remise le dernier état réel (comme 4.4.1).</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>Cherchez les motifs de report antérieurs dans l&apos;avis de non-remise ou dans le journal&#xa0;; ils expliquent pourquoi la remise échouait sans cesse (MX injoignable, greylisting jamais franchi, échec TLS, reports 4xx de politique répétés). L&apos;administrateur de l&apos;expéditeur corrige cette cause profonde ou demande à l&apos;administrateur du destinataire de le faire, puis l&apos;expéditeur renvoie le message. Allonger la durée de vie en file d&apos;attente ne fait que masquer le problème.</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>Un avis de retard 4.4.7 ne demande rien&#xa0;; le serveur continue de réessayer. Après un 5.4.7 ou un avis de non-remise pour expiration, le message a quitté la file d&apos;attente&#xa0;: renvoyez-le une fois le problème de remise sous-jacent corrigé.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>Le MX de destination était injoignable ou refusait les connexions pendant toute la période où le serveur d&apos;envoi réessayait.</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>Le serveur de réception a répondu sans cesse par des codes 4xx temporaires (greylisting, limites de débit, réputation) jusqu&apos;à ce que l&apos;expéditeur abandonne.</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>Un problème de TLS ou de certificat a fait échouer chaque tentative de remise.</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>Un délai de remise fixé par l&apos;expéditeur s&apos;est écoulé avant que le message passe.</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>La durée de vie en file d&apos;attente a été raccourcie, si bien que les messages expirent au bout de quelques heures au lieu de quelques jours.</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Retrouvez l&apos;historique des reports pour le destinataire&#xa0;; les motifs journalisés avant l&apos;expiration constituent le vrai problème.</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Regardez combien de temps le serveur Postfix continue d&apos;essayer avant d&apos;abandonner.</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Vérifiez ce qui attend encore dans la file d&apos;attente de Postfix.</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Sur Exim, listez la file d&apos;attente avec l&apos;âge de chaque message.</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Microsoft&apos;s Exchange Online list describes 4.4.7 Message expired as usually a problem on the receiving server.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>Exchange abandonne après son délai d&apos;expiration des messages (deux jours par défaut sur Exchange Server) et envoie cette NDR&#xa0;; remarquez le 550 associé à un code 4.x.x. La liste de Microsoft pour Exchange Online décrit 4.4.7 Message expired comme un problème généralement situé sur le serveur de réception.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>Autre état de protocole ou état non défini</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>Un code générique qui concerne le dialogue SMTP lui-même (les commandes, leur ordre ou l&apos;état du protocole) sans détail X.5 plus précis. Avec un 2, c&apos;est une étiquette neutre sur une réponse de protocole ordinaire&#xa0;; avec un 4 ou un 5, le serveur conteste la façon dont le client parle SMTP.</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>À n&apos;importe quel moment de la session. Gmail oppose un report aux clients qui enfreignent le protocole&#xa0;: 451 4.5.0 SMTP protocol violation, et 454 4.5.0 lorsque des commandes sont envoyées en pipeline après STARTTLS. La RFC 4468 utilise 250 2.5.0 dans les réponses à BURL, et 554 5.5.0 ou 503 5.5.0 lorsque BURL arrive sans destinataire valide.</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>Examinez la commande exacte qui a provoqué la réponse. Pour 4.5.0 ou 5.5.0, le logiciel client, ou la personne qui l&apos;a configuré, doit corriger son comportement SMTP&#xa0;: attendre la bannière 220, renvoyer EHLO après STARTTLS, ne pas envoyer de commandes en pipeline au-delà de STARTTLS, terminer les lignes par CRLF. Une réponse 2.5.0 est un succès et ne demande aucune action.</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>Pour 2.5.0, il n&apos;y a rien à réessayer&#xa0;; poursuivez le dialogue. Pour 4.5.0, réessayez plus tard, mais corrigez le client si cela se reproduit. Pour 5.5.0, ne répétez pas telle quelle la même séquence de commandes.</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>Le client a envoyé des commandes en pipeline après STARTTLS, ou avant que le serveur ait annoncé PIPELINING.</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>Le client a envoyé des commandes avant la bannière d&apos;accueil ou a continué sans attendre les réponses.</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>Des fins de ligne LF seules (bare LF) ou d&apos;autres entrées mal formées que le serveur classe comme violation du protocole.</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>Un serveur qui marque chaque refus au niveau du protocole avec le code générique au lieu d&apos;un code précis.</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Rejouez la session à la main, une commande à la fois, et observez chaque réponse.</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Lancez un client de référence contre le même serveur&#xa0;; s&apos;il réussit, le problème vient de votre logiciel client.</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Activez le journal du protocole SMTP de votre client et cherchez plusieurs commandes envoyées avant l&apos;arrivée de la première réponse.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>Le refus temporaire de Gmail lorsque le client ne respecte pas le protocole SMTP (mauvais ordre des commandes, entrée mal formée). Corrigez le client plutôt que de compter sur les nouvelles tentatives.</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>Le client a envoyé d&apos;autres commandes dans la même rafale que STARTTLS. Il doit attendre la réponse 220, terminer la négociation TLS, puis renvoyer EHLO.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>Commande invalide</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>Le client a envoyé une commande hors séquence ou que le serveur ne prend pas en charge à ce stade. La RFC 3463 le définit comme permanent&#xa0;: la même commande au même endroit continuera donc d&apos;échouer, même si certains serveurs l&apos;envoient avec un 4.</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>Typiquement 503 5.5.1 pour une mauvaise séquence (RCPT avant MAIL, DATA avant tout RCPT accepté, MAIL avant EHLO) et 502 5.5.1 pour une commande désactivée, comme VRFY sur Postfix. Gmail répond à une soumission de courrier sans authentification par 530 5.5.1 Authentication Required.</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>Le logiciel client ou sa configuration est en cause. Examinez la commande qui a provoqué la réponse et celle qui la précède. Corrections typiques&#xa0;: envoyer EHLO en premier, terminer MAIL FROM avant RCPT TO, activer l&apos;authentification dans le client de messagerie, et ne plus compter sur des commandes que le serveur a désactivées (VRFY, EXPN, ETRN).</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>Ne renvoyez pas la même commande au même endroit. Corrigez l&apos;ordre des commandes ou ajoutez l&apos;étape manquante (EHLO, AUTH), puis commencez une nouvelle transaction&#xa0;; traitez un 4.5.1 comme n&apos;importe quel autre échec temporaire.</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>Des commandes envoyées dans le mauvais ordre, comme RCPT TO avant MAIL FROM ou DATA sans destinataire accepté.</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>Un client de messagerie configuré sans authentification qui s&apos;adresse à un serveur de soumission qui l&apos;exige.</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>Le client utilise une commande que le serveur a désactivée, comme VRFY ou EXPN.</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>Un second MAIL FROM au sein d&apos;une transaction ouverte, sans RSET entre les deux.</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Reproduisez la transaction jusqu&apos;à RCPT TO et voyez quelle commande est refusée.</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Pour la soumission, testez avec authentification, de la façon dont le client de messagerie devrait procéder.</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Activez le journal de débogage SMTP du client et lisez la commande envoyée juste avant le refus.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>smtp.gmail.com refuse MAIL FROM de la part d&apos;un client qui ne s&apos;est pas authentifié. Configurez le client pour qu&apos;il s&apos;authentifie (OAuth ou mot de passe d&apos;application) sur le port 587 avec STARTTLS ou sur le port 465 avec TLS.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>Erreur de syntaxe</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>Le serveur n&apos;a pas pu analyser la commande&#xa0;: le verbe est inconnu ou ses arguments sont mal formés. Il est défini uniquement comme permanent&#xa0;: les mêmes octets seront donc refusés de nouveau.</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>Pour n&apos;importe quelle commande. Cas réels courants&#xa0;: MAIL FROM: user@example.com sans chevrons (Gmail répond 555 5.5.2 Syntax error), une réponse AUTH que le serveur ne parvient pas à décoder en base64 (la RFC 4954 prescrit 501 5.5.2), un enregistrement SPF comportant une erreur permanente (la RFC 7208 suggère 550 5.5.2), et un client qui parle TLS ou HTTP à un port SMTP en clair.</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>Le logiciel client doit envoyer des commandes bien formées&#xa0;: des chevrons autour des adresses, aucun paramètre que le serveur n&apos;a pas annoncé, des fins de ligne CRLF, des lignes de commande d&apos;au plus 512 octets. Si la réponse mentionne SPF, le propriétaire du domaine de l&apos;expéditeur corrige l&apos;enregistrement SPF. Si le serveur a reçu du bruit binaire, faites correspondre le mode TLS au port&#xa0;: le 465 attend du TLS dès le premier octet, le 25 et le 587 attendent STARTTLS.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>Ne réessayez pas tel quel&#xa0;; la commande doit d&apos;abord être corrigée, faute de quoi le même 5.5.2 reviendra.</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>Des adresses envoyées sans chevrons ou avec des espaces parasites, comme MAIL FROM: user@example.com.</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>Un script, une imprimante ou un appareil doté de sa propre implémentation SMTP défectueuse.</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>Du TLS implicite envoyé vers un port STARTTLS, ou du texte en clair envoyé vers le port 465, si bien que le serveur ne lit que du bruit.</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>Un enregistrement SPF comportant une erreur permanente (syntaxe incorrecte, trop de requêtes DNS) évalué par le serveur de réception.</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Envoyez un test correctement formé au même serveur&#xa0;; s&apos;il réussit, comparez ses commandes avec celles de votre client.</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Vérifiez que le port 465 attend bien du TLS dès le premier octet&#xa0;; un certificat et une bannière 220 doivent apparaître.</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Si le texte mentionne SPF, lisez l&apos;enregistrement SPF du domaine de l&apos;expéditeur et vérifiez sa syntaxe et son nombre de requêtes.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>La réponse de Gmail à un MAIL FROM ou un RCPT TO mal formé, typiquement une adresse sans chevrons ou avec des paramètres qu&apos;il n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>La transaction comporte plus de destinataires que le serveur n&apos;en accepte en une seule fois. Le traitement prévu est que l&apos;expéditeur remette le message aux destinataires déjà acceptés et envoie le reste dans une transaction ultérieure&#xa0;; certains systèmes utilisent un 5.5.3 permanent lorsque le message dans son ensemble compte plus de destinataires que la politique ne l&apos;autorise.</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>À l&apos;étape RCPT TO, une fois la limite par message atteinte. Postfix répond 452 4.5.3 Error: too many recipients au-delà de smtpd_recipient_limit (1000 par défaut)&#xa0;; Gmail et Microsoft 365 reportent l&apos;excédent avec 452 4.5.3. La RFC 5321 indique que les serveurs doivent pouvoir mettre en mémoire au moins 100 destinataires et devraient utiliser 452 dans ce cas.</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>Un MTA d&apos;envoi correct gère cela tout seul en scindant la liste des destinataires&#xa0;: en général, personne n&apos;a donc à intervenir. Si le courrier échoue au contraire, l&apos;administrateur de l&apos;expéditeur réduit le nombre de destinataires par transaction dans le MTA ou le logiciel d&apos;envoi, et les expéditeurs en masse scindent les grandes listes. Pour un 5.5.3 permanent émis par Exchange, l&apos;expéditeur réduit les adresses en To, Cc et Bcc ou utilise une liste de distribution.</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>Remettez le message aux destinataires acceptés, puis réessayez les destinataires différés dans une nouvelle transaction comptant moins de destinataires chacune. Un 5.5.3 impose de réduire la liste des destinataires avant de renvoyer le message.</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Un message adressé à plus de destinataires que le serveur de réception n&apos;en accepte par transaction.</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Un logiciel d&apos;envoi qui envoie toute sa liste en une seule transaction SMTP.</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>Microsoft 365 reporte les destinataires d&apos;enveloppe au-delà de sa limite par transaction pour un même domaine.</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>Un client qui traite le 452 comme fatal au lieu de réessayer les destinataires différés.</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Regardez combien de destinataires votre propre Postfix accepte par message.</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Vérifiez combien de destinataires votre client Postfix place dans une même remise vers une destination.</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Retrouvez les destinataires différés avec 4.5.3 et vérifiez qu&apos;ils ont bien été réessayés.</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Gmail n&apos;accepte qu&apos;une partie de la liste des destinataires dans cette transaction&#xa0;; un MTA normal réessaie le reste. Le texte fait référence aux limites d&apos;envoi de Google&#xa0;: les utilisateurs Gmail qui écrivent à de très grandes listes le voient donc aussi.</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Exchange Online reporte les destinataires d&apos;enveloppe au-delà de 200 pour un même domaine dans une transaction&#xa0;; le serveur d&apos;envoi doit envoyer aux autres dans une autre transaction.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>Arguments de commande invalides</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>La commande est valide, mais l&apos;un de ses arguments ne l&apos;est pas&#xa0;: hors limites, mal formé, ou un paramètre ou mot-clé que le serveur ne reconnaît pas. La RFC 3463 le décrit comme permanent, tandis que le registre autorise aussi un 4 pour des limites susceptibles d&apos;être levées plus tard.</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>Surtout sous la forme 501 5.5.4 ou 555 5.5.4. Postfix l&apos;utilise lorsque les arguments ne peuvent pas être analysés, en montrant la forme attendue (501 5.5.4 Syntax: VRFY address) ou en nommant la valeur fautive (501 5.5.4 Bad message size syntax), ainsi que pour les paramètres MAIL FROM inconnus&#xa0;; la RFC 4954 utilise 504 5.5.4 pour un mécanisme AUTH que le serveur ne prend pas en charge&#xa0;; Gmail rejette un nom HELO ou EHLO incorrect avec 501 5.5.4.</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>Le logiciel client, ou la personne qui l&apos;a configuré, doit envoyer des arguments que le serveur accepte&#xa0;: un mécanisme AUTH figurant dans la liste de la réponse à EHLO, des paramètres ESMTP uniquement lorsque le serveur a annoncé l&apos;extension correspondante, un nom d&apos;hôte pleinement qualifié ou un littéral d&apos;adresse dans EHLO, et des nombres là où des nombres sont attendus.</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>Ne réessayez pas avec les mêmes arguments&#xa0;; corrigez le paramètre ou le mécanisme et renvoyez la commande. Un 4.5.4 peut être réessayé plus tard, puisque le serveur indique que la limite est temporaire.</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>Un mécanisme AUTH que le serveur n&apos;a pas annoncé.</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>Des paramètres de MAIL FROM comme SIZE=, BODY= ou SMTPUTF8 envoyés à un serveur qui n&apos;a pas annoncé l&apos;extension, ou avec des valeurs invalides.</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>Un argument EHLO vide ou invalide, comme un mot isolé ou une adresse IP sans crochets.</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>Des paramètres DSN (NOTIFY=, ORCPT=, RET=) à la syntaxe incorrecte.</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Listez les extensions et les mécanismes AUTH proposés par le serveur et comparez-les avec ce qu&apos;envoie le client.</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Vérifiez le nom d&apos;hôte que votre serveur Postfix présente dans EHLO.</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Testez l&apos;authentification avec un mécanisme pris dans la liste annoncée.</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>Gmail refuse un nom EHLO ou HELO vide, ou qui n&apos;est ni un nom de domaine valide ni un littéral d&apos;adresse&#xa0;; le serveur d&apos;envoi doit présenter un nom d&apos;hôte correct.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>Mauvaise version de protocole</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>Les deux côtés n&apos;ont pas pu s&apos;accorder sur une version de protocole ni résoudre automatiquement l&apos;incompatibilité. Ce code fait partie de l&apos;ensemble d&apos;origine de la RFC 3463 mais il est rarement envoyé aujourd&apos;hui&#xa0;; la plupart des serveurs signalent plutôt les incompatibilités de protocole avec 5.5.1 ou 5.5.2.</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>Rarement observé en pratique. Il convient à des cas comme un client qui parle LMTP (LHLO) à un service d&apos;écoute SMTP, ou un très vieux client ne connaissant que HELO face à un service qui exige ESMTP&#xa0;; les passerelles de protocole peuvent l&apos;utiliser lorsqu&apos;elles ne savent pas transposer une version d&apos;un protocole de messagerie dans une autre.</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>L&apos;administrateur du client s&apos;assure que le logiciel parle le protocole attendu par le port&#xa0;: SMTP avec STARTTLS sur le 25 et le 587, TLS dès le premier octet sur le 465, LMTP uniquement sur un socket LMTP. Lisez ensuite le texte qui suit le code&#xa0;; le serveur y indique généralement ce qu&apos;il attendait.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>Ne réessayez pas tel quel&#xa0;; le client doit être reconfiguré pour parler le bon protocole au bon port.</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>Un client qui parle LMTP à un port SMTP, ou SMTP à un socket LMTP.</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>Un vieux client qui ne connaît que HELO face à un service qui exige des fonctionnalités ESMTP.</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>Une passerelle entre systèmes de messagerie qui ne sait pas traduire une version de protocole dans une autre.</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Connectez-vous à la main et lisez la bannière d&apos;accueil&#xa0;; elle montre généralement si le port parle ESMTP ou LMTP.</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Vérifiez pour quel protocole et quel port ou socket l&apos;application d&apos;envoi est configurée, et comparez avec le service qui y écoute.</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>Ligne d&apos;échange d&apos;authentification trop longue</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>Pendant SMTP AUTH, le client a envoyé une ligne base64 plus longue que le tampon du serveur pour le mécanisme SASL choisi, si bien que le serveur a fait échouer la commande AUTH. La RFC 4954 le définit, envoyé sous la forme 500 5.5.6, et indique que 12288 octets étaient alors jugés suffisants pour les mécanismes déployés.</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>Uniquement en réponse à AUTH ou à une ligne de continuation après un défi 334. Déclencheurs typiques&#xa0;: de gros jetons Kerberos (GSSAPI), des jetons porteurs OAuth qui dépassent une limite serveur trop basse, ou un client qui a envoyé une ligne corrompue et sans fin. Postfix répond 500 5.5.6 SASL response limit exceeded.</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>L&apos;administrateur du serveur augmente le tampon d&apos;authentification si des jetons légitimes dépassent ce qu&apos;il autorise, par exemple des tickets Kerberos portant de nombreuses appartenances à des groupes ou de longs jetons OAuth&#xa0;; sur Postfix, il s&apos;agit de smtpd_sasl_response_limit (12288 par défaut), tandis qu&apos;une réponse initiale placée sur la ligne AUTH elle-même est limitée par line_length_limit. Côté client, vérifiez que le mécanisme prévu est bien utilisé et que chaque réponse tient sur une seule ligne base64 bien formée&#xa0;; PLAIN sur TLS évite les gros jetons.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>Ne répétez pas le même échange AUTH&#xa0;; il échouera de la même manière. Utilisez un jeton plus petit ou un autre mécanisme, ou faites relever la limite du serveur, puis authentifiez-vous de nouveau.</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>Un ticket Kerberos (GSSAPI) gonflé par de nombreuses appartenances à des groupes.</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>Un jeton d&apos;accès OAuth 2.0 plus grand que la limite de ligne AUTH du serveur.</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>Un bogue du client qui envoie de mauvaises données ou aucun saut de ligne, si bien que le serveur lit une ligne interminable.</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>Un serveur doté d&apos;un tampon d&apos;authentification inhabituellement petit, bien en dessous des 12288 octets mentionnés par la RFC 4954.</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Authentifiez-vous avec un mécanisme simple pour confirmer que le compte fonctionne et que l&apos;échec tient à la taille du jeton.</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Cherchez l&apos;échec AUTH dans le journal du serveur autour de l&apos;heure de la tentative.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Sur un serveur Postfix, lisez les limites qui s&apos;appliquent aux réponses SASL et à la ligne de commande AUTH.</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Si le client ou sa bibliothèque peut journaliser le jeton, comparez sa longueur avec la limite du serveur.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>Autre erreur de média ou erreur non définie</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>Un élément du contenu du message l&apos;a rendu impossible à remettre, et aucun code X.6 plus précis ne convient. Dans les rejets, cela signifie généralement que le serveur de réception a trouvé le message mal formé&#xa0;: MIME cassé, en-têtes incorrects ou contenu qu&apos;il ne peut pas traiter.</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>Surtout à la fin de DATA, après que le serveur de réception a analysé le message. Gmail refuse les messages mal formés avec 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange utilise au contraire le code en cas de succès&#xa0;: sa réponse normale à DATA est 250 2.6.0 suivi de l&apos;identifiant du message et de Queued mail for delivery.</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>L&apos;expéditeur, ou le logiciel qui a construit le message, corrige sa structure&#xa0;: des lignes d&apos;en-tête bien formées, exactement un From, un Date et un Message-ID, des lignes d&apos;au plus 998 caractères, des délimiteurs MIME qui correspondent, des encodages de transfert corrects. Le courrier généré par des scripts et des appareils est le suspect habituel&#xa0;; envoyer le même contenu depuis un client de messagerie ordinaire permet de voir si le générateur est en cause.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>Ne réessayez pas tel quel&#xa0;; le même contenu sera refusé de nouveau. Un 4.6.0 peut réussir lors d&apos;une tentative ultérieure si le traitement du contenu du serveur de réception était temporairement défaillant.</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>MIME cassé&#xa0;: délimiteurs absents ou discordants, Content-Transfer-Encoding erroné, parties tronquées.</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>Des lignes d&apos;en-tête mal formées, en double ou plus longues que ne l&apos;autorise la RFC 5322.</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>Des caractères LF seuls (bare LF) ou NUL dans le message, généralement issus de scripts ou d&apos;appareils embarqués.</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>Un analyseur de contenu qui n&apos;a pas pu analyser une pièce jointe et a rejeté le message avec un code générique.</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Enregistrez le message rejeté dans un fichier et examinez ses principaux en-têtes.</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Cherchez les lignes de plus de 998 caractères, que la RFC 5322 interdit.</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Envoyez le même contenu depuis un client de messagerie ordinaire&#xa0;; si cette copie est acceptée, le logiciel générateur est en cause.</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Gmail a jugé le message structurellement invalide (en-têtes ou MIME non conformes à la RFC 5322)&#xa0;; le logiciel d&apos;envoi doit produire un message correct.</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>La réponse de succès normale d&apos;Exchange après DATA&#xa0;: le message a été accepté et mis en file d&apos;attente. Le 2.6.0 est une habitude d&apos;Exchange, pas une erreur, même si le registre ne répertorie X.6.0 que pour les échecs.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>Média non pris en charge</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>Le message utilise un type de média ou un encodage que le protocole de remise ou le système suivant sur le chemin ne peut pas transporter. Il est défini uniquement comme permanent&#xa0;: le message ne peut pas aller plus loin sous sa forme actuelle.</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>Rare comme réponse SMTP directe&#xa0;; plus souvent dans un avis de non-remise émis par un relais ou une passerelle qui n&apos;a pas pu transmettre le contenu, par exemple du contenu binaire vers un saut sans BINARYMIME, ou une passerelle vers le fax, le SMS ou un système ancien qui ne sait pas représenter le type MIME.</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>L&apos;expéditeur renvoie le contenu sous une forme que le chemin peut transporter&#xa0;: du MIME standard avec un encodage base64 ou quoted-printable et un type de pièce jointe courant. Si la destination est une passerelle (fax, pager, système ancien), l&apos;administrateur du destinataire peut indiquer quels formats elle accepte.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>Ne réessayez pas tel quel&#xa0;; réencodez le contenu ou convertissez-le en un type pris en charge, puis envoyez un nouveau message.</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>Du contenu binaire (BODY=BINARYMIME) envoyé vers un saut qui ne propose pas BINARYMIME.</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>Du contenu 8 bits brut à destination d&apos;un saut limité au 7 bits qui ne le convertira pas.</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>Une passerelle vers un système autre que la messagerie électronique qui ne sait pas représenter le type MIME du message.</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Vérifiez quelles extensions de corps (8BITMIME, BINARYMIME, CHUNKING) le saut suivant annonce après EHLO.</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Vérifiez comment le corps du message et les pièces jointes sont encodés.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>Conversion requise mais interdite</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>Pour remettre le message, un système sur le chemin devrait convertir son contenu, mais la conversion n&apos;est pas autorisée, soit parce que l&apos;expéditeur l&apos;a indiqué dans le message, soit parce que la politique de l&apos;hôte d&apos;envoi l&apos;interdit.</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>Dans les avis de non-remise émis par des relais et des passerelles, à l&apos;endroit où le saut suivant ne peut pas accepter le contenu tel quel, par exemple du MIME 8 bits vers un serveur limité au 7 bits lorsque le relais est configuré pour ne jamais rétrograder, ou du contenu destiné à une passerelle X.400 ou similaire et marqué comme ne devant pas être converti.</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>L&apos;expéditeur lève l&apos;interdiction ou envoie un contenu qui ne nécessite aucune conversion (encodages compatibles 7 bits comme base64 ou quoted-printable). Si l&apos;interdiction relève de la politique de l&apos;hôte d&apos;envoi, l&apos;administrateur de l&apos;expéditeur décide s&apos;il autorise la rétrogradation pour cette route.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>Ne réessayez pas tel quel&#xa0;; autorisez la conversion ou réencodez le contenu pour qu&apos;aucune ne soit nécessaire, puis renvoyez le message.</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>Le message ou son enveloppe interdit la conversion du contenu, et le saut suivant en a besoin d&apos;une.</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>Le relais est configuré pour ne jamais rétrograder le contenu 8 bits, et le saut suivant ne dispose pas de 8BITMIME.</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>Une passerelle vers X.400 ou un autre système de messagerie devrait transformer le contenu, et les paramètres de l&apos;expéditeur ne l&apos;autorisent pas.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Vérifiez si le saut suivant annonce 8BITMIME&#xa0;: connectez-vous, envoyez EHLO example.net et lisez la liste.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Cherchez dans le message des octets non ASCII bruts qui imposeraient une conversion.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>Conversion requise mais non prise en charge</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>Le contenu doit être converti avant de pouvoir être transféré plus loin, et l&apos;hôte qui devrait s&apos;en charger en est incapable. L&apos;exemple donné par la RFC 3463 elle-même est une passerelle qui accepte le courrier 8 bits mais ne peut pas le rétrograder en 7 bits pour un saut suivant qui l&apos;exige.</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>Dans un avis de non-remise émis par le relais qui s&apos;est retrouvé bloqué, ou sous la forme 554 5.6.3 à la fin de DATA. La RFC 4468 cite 554 5.6.3 Conversion required but not supported comme réponse possible à BURL, lorsque le contenu référencé nécessiterait une conversion que le serveur de soumission ne peut pas effectuer.</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>L&apos;expéditeur peut éviter la conversion en envoyant un contenu compatible 7 bits&#xa0;: des parties encodées en base64 ou quoted-printable et des en-têtes encodés selon la RFC 2047. L&apos;administrateur du relais défaillant peut activer la rétrogradation MIME, ou faire passer le courrier par un chemin qui prend en charge 8BITMIME de bout en bout.</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>Ne réessayez pas tel quel par le même chemin&#xa0;; envoyez un contenu compatible 7 bits ou faites d&apos;abord corriger le relais.</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>Du contenu 8 bits acheminé vers un serveur sans 8BITMIME par un relais incapable de le rétrograder.</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>Du contenu binaire qui devrait être réencodé pour un saut sans BINARYMIME.</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>Une passerelle dépourvue de convertisseur pour le type de contenu concerné.</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Comptez les lignes contenant des octets 8 bits bruts dans les en-têtes et le corps du message.</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Sur un relais Postfix, vérifiez que la conversion de sortie du 8 bits vers le 7 bits n&apos;a pas été désactivée.</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Identifiez le saut sans 8BITMIME grâce au champ Remote-MTA ou Reporting-MTA de l&apos;avis de non-remise et lisez sa réponse à EHLO.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>Conversion effectuée avec perte</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>Généralement un succès assorti d&apos;un avertissement&#xa0;: le message a été remis, mais une conversion en cours de route a fait perdre des informations, comme des caractères impossibles à représenter ou des parties aplaties ou supprimées. La RFC 3463 l&apos;autorise aussi comme échec permanent lorsque l&apos;expéditeur a interdit les conversions avec perte.</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>Sous la forme 2.6.4 dans un rapport de remise ou sur une réponse 250&#xa0;; la RFC 4468 donne 250 2.6.4 MIME header conversion with loss performed pour BURL. La forme 5.6.4 apparaît dans les avis de non-remise émis par des passerelles qui ont refusé une conversion avec perte.</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>Pour 2.6.4, rien à corriger, mais le destinataire peut recevoir une copie dégradée. Si cela compte, l&apos;expéditeur renvoie un contenu plus simple (texte brut ou types de pièces jointes courants, en-têtes correctement encodés), ou l&apos;administrateur du destinataire identifie la passerelle qui a effectué la conversion. Pour 5.6.4, l&apos;expéditeur doit autoriser la conversion avec perte ou modifier le contenu.</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>Rien à réessayer pour 2.6.4&#xa0;: le message a été remis. Pour 5.6.4, ne renvoyez le message qu&apos;après avoir modifié le contenu ou le paramètre de conversion.</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>Une passerelle a converti le message vers un jeu de caractères ou un format qui ne peut pas représenter tous les caractères.</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>Des en-têtes MIME contenant du texte non ASCII ont été rétrogradés, ce qui a fait perdre les caractères d&apos;origine.</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>Un type de pièce jointe que le système de destination ne peut pas stocker a été supprimé ou remplacé.</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Lisez le bloc par destinataire du rapport de remise&#xa0;; Action et Status indiquent si le message a été remis (2.6.4) ou refusé (5.6.4).</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Si vous pouvez joindre le destinataire, comparez ce qui est arrivé avec ce qui a été envoyé pour voir ce qui a été perdu.</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>Échec de la conversion</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>Une conversion était nécessaire et a été tentée, mais elle a échoué. Le code peut être temporaire (4.6.5, le convertisseur peut fonctionner lors d&apos;une tentative ultérieure) ou permanent (5.6.5, ce contenu ne peut pas être converti).</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>Dans les avis de non-remise ou de report émis par des relais, des passerelles et des filtres de contenu qui transforment les messages&#xa0;: rétrogradation du 8 bits vers le 7 bits, réencodage de pièces jointes, conversion de jeux de caractères, ou transmission du courrier au fax et à d&apos;autres systèmes que la messagerie électronique.</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>Pour 4.6.5, l&apos;administrateur du relais vérifie le convertisseur ou le filtre (service planté, outil manquant, limites de ressources) et laisse la file d&apos;attente réessayer. Pour 5.6.5, l&apos;expéditeur envoie un contenu qui évite la conversion&#xa0;: encodages standard, types de fichiers courants et jeux de caractères correctement déclarés.</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>Réessayez un 4.6.5 plus tard avec espacement progressif des tentatives. Ne réessayez pas un 5.6.5 tel quel&#xa0;; le contenu doit d&apos;abord changer.</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>Le jeu de caractères déclaré dans le message ne correspond pas à ses octets, si bien que le réencodage échoue.</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>Une pièce jointe corrompue ou tronquée que le convertisseur ne parvient pas à analyser.</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>Le service de conversion ou le filtre de contenu du relais a planté ou dépassé son délai.</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>Un jeu de caractères ou un type MIME inhabituel que le convertisseur ne connaît pas.</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>Vérifiez les jeux de caractères et les encodages de transfert déclarés dans le message.</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>Sur le relais, cherchez des erreurs du convertisseur ou du filtre de contenu au moment de l&apos;échec.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>Contenu du message non disponible</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>Le serveur de soumission n&apos;a pas pu récupérer le contenu du message à l&apos;endroit indiqué par le client. Le code provient de BURL (RFC 4468)&#xa0;: au lieu de téléverser le message, le client fournit une URL vers une copie stockée sur un serveur IMAP, et le serveur n&apos;a pas réussi à la récupérer. 4.6.6 signifie «&#xa0;réessayez plus tard&#xa0;», 5.6.6 que cette référence ne fonctionnera pas.</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>En réponse à la commande BURL sur un serveur de soumission (port 587), typiquement sous la forme 554 5.6.6 IMAP URL resolution failed. BURL est rare&#xa0;: le service de soumission de Dovecot (2.3 et versions ultérieures) en est une implémentation, utilisée conjointement avec IMAP URLAUTH (RFC 4467). Si le serveur IMAP est totalement injoignable, la RFC 4468 suggère plutôt 451 4.4.1.</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>Le client a produit une URL que le serveur ne peut pas résoudre ou n&apos;est pas autorisé à utiliser. L&apos;administrateur de messagerie vérifie que le serveur de soumission est configuré pour faire confiance au serveur IMAP désigné dans l&apos;URL et pour le joindre (sur Dovecot, imap_urlauth_host et la configuration URLAUTH), et que l&apos;URL pointe vers un message existant. En guise de contournement, le client peut soumettre le message avec DATA au lieu de BURL.</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>Réessayez un 4.6.6 plus tard. Après un 5.6.6, ne répétez pas le même BURL&#xa0;; générez une nouvelle URL ou soumettez le message avec DATA.</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>L&apos;URL autorisée par URLAUTH a expiré ou a été révoquée, ou le message vers lequel elle pointe a été supprimé ou déplacé.</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>L&apos;URL désigne un hôte ou un port depuis lequel le serveur de soumission n&apos;est pas configuré pour récupérer du contenu.</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>Le serveur de soumission n&apos;a pas de relation de confiance avec le serveur IMAP (ce cas a son propre code, X.7.14).</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>Le serveur IMAP a échoué pendant la récupération du contenu.</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Vérifiez depuis quel hôte et quel port IMAP le service de soumission de Dovecot peut récupérer le contenu BURL.</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Connectez-vous au port de soumission, envoyez EHLO example.net et vérifiez que BURL est annoncé avec le type d&apos;URL attendu.</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Soumettez le même message avec DATA au lieu de BURL pour distinguer un problème de récupération d&apos;un problème lié au message.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>Adresses non ASCII non autorisées pour cet expéditeur ou ce destinataire</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>Une adresse d&apos;enveloppe contient des caractères non ASCII (UTF-8) et le serveur ne l&apos;acceptera pas dans cette transaction, parce qu&apos;il ne prend pas en charge SMTPUTF8 ou que le client ne l&apos;a pas demandé dans MAIL FROM. La RFC 6531 l&apos;associe à 553 lorsqu&apos;une adresse RCPT TO est refusée et à 550 lorsque c&apos;est l&apos;adresse MAIL FROM qui l&apos;est.</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>À MAIL FROM ou RCPT TO&#xa0;: Postfix répond 553 5.6.7 Must declare SMTPUTF8 to send unicode address lorsqu&apos;un client envoie une adresse UTF-8 sans le paramètre SMTPUTF8. Postfix émet aussi des avis de non-remise avec dsn=5.6.7 côté envoi (SMTPUTF8 is required, but was not offered by host ...), souvent parce qu&apos;un script a placé de l&apos;UTF-8 brut dans un en-tête Subject et que le saut suivant ne propose pas SMTPUTF8.</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>Si l&apos;adresse est réellement internationalisée, le client d&apos;envoi doit utiliser SMTPUTF8 (la réponse à EHLO doit le mentionner et MAIL FROM doit porter le paramètre SMTPUTF8), et chaque saut doit le prendre en charge&#xa0;; sinon, l&apos;expéditeur a besoin d&apos;une adresse ASCII pour la même personne. Si seuls les en-têtes contiennent de l&apos;UTF-8, le logiciel d&apos;envoi devrait les encoder sous forme de mots encodés RFC 2047. Un administrateur Postfix peut aussi restreindre smtputf8_autodetect_classes, ou définir smtputf8_enable = no comme beaucoup le font, au prix de la prise en charge d&apos;EAI.</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>Ne réessayez pas tel quel. Renvoyez le message lorsque le chemin prend en charge SMTPUTF8, via un serveur qui le prend en charge, ou à une adresse ASCII de la même personne.</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>L&apos;adresse du destinataire ou de l&apos;expéditeur contient des caractères non ASCII dans la partie locale ou un domaine en U-label, et le serveur ne dispose pas de SMTPUTF8.</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>Le client a envoyé une adresse UTF-8 mais a omis le paramètre SMTPUTF8 dans MAIL FROM.</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>De l&apos;UTF-8 brut dans les en-têtes du message a conduit Postfix à marquer le message comme nécessitant SMTPUTF8, et le saut suivant ne le propose pas.</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>Un serveur qui prend en charge SMTPUTF8 en général refuse les adresses non ASCII pour cette boîte aux lettres ou ce domaine en particulier.</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Regardez si le serveur de réception mentionne SMTPUTF8 dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Vérifiez les paramètres SMTPUTF8 du Postfix d&apos;envoi.</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Retrouvez les messages ayant fait l&apos;objet d&apos;un avis de non-remise et les hôtes qui ne proposaient pas SMTPUTF8.</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Pour un domaine internationalisé, obtenez sa forme A-label (xn--), que les serveurs sans SMTPUTF8 peuvent accepter.</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>Une réponse en chaîne UTF-8 est requise, mais le client SMTP ne l&apos;autorise pas</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>Le serveur devrait afficher dans sa réponse un nom de boîte aux lettres contenant de l&apos;UTF-8, mais le client n&apos;a pas indiqué qu&apos;il savait traiter les réponses UTF-8. Ce code concerne VRFY et EXPN sous SMTPUTF8 (RFC 6531, section 3.7.4.2)&#xa0;: sous la forme 252 2.6.8, le serveur refuse d&apos;afficher l&apos;adresse mais acceptera tout de même du courrier pour elle&#xa0;; sous la forme 550 5.6.8 (ou 553), il refuse.</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>Uniquement en réponse à VRFY ou EXPN envoyés sans le paramètre SMTPUTF8, lorsque la réponse contiendrait une boîte aux lettres non ASCII. Très rare en pratique, puisque la plupart des serveurs publics désactivent complètement VRFY et EXPN.</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>Rien n&apos;est cassé. Un client ou un administrateur qui veut la réponse complète vérifie que la réponse à EHLO mentionne SMTPUTF8 et répète la commande avec le paramètre, sous la forme VRFY name SMTPUTF8. Après un 252 2.6.8, on peut simplement envoyer du courrier à l&apos;adresse.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>Rien à réessayer pour le message lui-même. Répétez VRFY ou EXPN avec le paramètre SMTPUTF8 si vous avez besoin de la réponse.</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>VRFY ou EXPN émis sans le paramètre SMTPUTF8 pour une boîte aux lettres dont le nom est internationalisé.</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>Une liste développée avec EXPN qui contient au moins une adresse non ASCII.</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>Un client ou un script ancien qui n&apos;envoie jamais SMTPUTF8 et interroge un serveur compatible EAI.</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>Ouvrez une session, envoyez EHLO example.net, vérifiez que SMTPUTF8 figure dans la liste, puis répétez le VRFY ou l&apos;EXPN avec le paramètre SMTPUTF8.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>Un message à en-têtes UTF-8 ne peut pas être transféré à un ou plusieurs destinataires, le message doit donc être rejeté</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>Le message comporte des en-têtes internationalisés (UTF-8) et au moins un destinataire ne peut pas accepter un tel message&#xa0;: le serveur le rejette donc après le point final de DATA. Le registre de l&apos;IANA l&apos;associe à 550, tandis que la RFC 6531, section 3.5, décrit la réponse comme 554 Transaction failed&#xa0;; attendez-vous donc à l&apos;un ou l&apos;autre de ces codes de base.</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>À la fin de DATA, sur un serveur compatible SMTPUTF8 qui a accepté les destinataires puis découvert seulement ensuite que l&apos;un d&apos;eux, par exemple une boîte aux lettres sur un magasin en aval sans prise en charge d&apos;EAI, ne peut pas recevoir d&apos;en-têtes UTF-8. La RFC 6531 encourage les serveurs à détecter plutôt cette situation à l&apos;étape RCPT TO, ce qui donne X.6.7.</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>L&apos;expéditeur renvoie le message sans en-têtes internationalisés (mots encodés RFC 2047 dans Subject et les noms d&apos;affichage, adresses ASCII), ou envoie séparément le message aux destinataires qui ne peuvent pas recevoir de courrier EAI. L&apos;administrateur du destinataire peut activer la prise en charge de SMTPUTF8 de bout en bout si la boîte aux lettres doit recevoir ce type de courrier.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>Ne réessayez pas tel quel&#xa0;; renvoyez le message avec des en-têtes encodés, ou uniquement aux destinataires qui acceptent le courrier internationalisé.</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>Une boîte aux lettres de destinataire se trouve derrière un magasin ou un saut en aval sans prise en charge de SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>Le message contient de l&apos;UTF-8 brut dans les en-têtes (Subject, noms d&apos;affichage, adresses) au lieu de mots encodés.</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>Une liste de destinataires mixte, où certains destinataires prennent en charge le courrier internationalisé et d&apos;autres non.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Cherchez des octets non ASCII bruts dans la section des en-têtes du message, c&apos;est-à-dire tout ce qui précède la première ligne vide.</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Vérifiez que le serveur de réception lui-même propose SMTPUTF8, de sorte que le refus provient bien d&apos;un destinataire situé derrière lui.</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>Obsolète&#xa0;: doublon de X.6.8</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>Une entrée obsolète du registre qui fait double emploi avec X.6.8&#xa0;; utilisez et lisez plutôt X.6.8. La RFC 5336, expérimentale, l&apos;a enregistrée par erreur comme second code pour la même situation, une réponse UTF-8 que le client n&apos;a pas autorisée (X.6.8 avec 553 et 550, X.6.10 avec 252)&#xa0;; la RFC 6531 a intégré le cas 252 dans X.6.8 et déclaré X.6.10 obsolète.</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>Pratiquement jamais. Seul un logiciel écrit d&apos;après la RFC 5336 expérimentale pourrait encore envoyer 252 2.6.10 en réponse à VRFY ou EXPN&#xa0;; si vous le rencontrez, il signifie exactement la même chose que X.6.8.</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>Traitez-le comme X.6.8&#xa0;: le client a envoyé VRFY ou EXPN sans le paramètre SMTPUTF8 et la réponse contiendrait un nom de boîte aux lettres UTF-8. L&apos;administrateur du serveur qui l&apos;envoie devrait mettre à jour le logiciel pour qu&apos;il utilise X.6.8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>Rien à réessayer pour le message&#xa0;; traitez-le exactement comme X.6.8 et répétez la requête avec SMTPUTF8 si vous avez besoin de la réponse.</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>Un logiciel serveur qui implémente la RFC 5336 expérimentale plutôt que la RFC 6531.</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>Une table de codes d&apos;état codée en dur, copiée depuis le registre tel qu&apos;il était avant 2012.</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>Vérifiez que le serveur mentionne SMTPUTF8 après EHLO, puis répétez le VRFY ou l&apos;EXPN avec le paramètre SMTPUTF8, comme pour X.6.8.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>Autre état de sécurité ou état non défini</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>Le code fourre-tout de la sécurité et des politiques&#xa0;: quelque chose a été refusé, différé ou (en 2.7.0) accepté pour une raison de sécurité que le serveur ne précise pas davantage. En 5.7.0, c&apos;est un refus permanent, le plus souvent 530 5.7.0 lorsque le client doit d&apos;abord utiliser STARTTLS ou s&apos;authentifier&#xa0;; en 4.7.0, il est temporaire, par exemple 454 4.7.0 lorsque le back-end d&apos;authentification du serveur est indisponible, ou la limitation de débit 421 4.7.0 d&apos;un fournisseur. 235 2.7.0 est la réponse normale à un AUTH réussi.</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>Sur les ports de soumission (587, 465), autour de STARTTLS et d&apos;AUTH, et au MAIL FROM lorsqu&apos;un client tente d&apos;envoyer sans s&apos;être authentifié. Postfix répond &quot;530 5.7.0 Must issue a STARTTLS command first&quot; lorsque TLS est obligatoire, et 454 4.7.0 lorsque sa propre configuration TLS ou SASL échoue. Les grands fournisseurs de messagerie comme Gmail et Yahoo utilisent 421 4.7.0 pour brider les expéditeurs dont la réputation est mauvaise.</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>Lisez le texte qui suit le code, car c&apos;est lui qui donne la vraie raison. S&apos;il demande STARTTLS ou une authentification, le logiciel client doit être configuré en STARTTLS sur le port 587 (ou en SSL/TLS sur le port 465) et s&apos;authentifier avec les identifiants de la boîte aux lettres. S&apos;il s&apos;agit d&apos;un échec d&apos;authentification temporaire 454 4.7.0, l&apos;administrateur du serveur vérifie le back-end d&apos;authentification (Dovecot, Cyrus SASL, LDAP) et les fichiers du certificat TLS. S&apos;il s&apos;agit d&apos;un bridage 421 4.7.0 d&apos;un fournisseur, l&apos;administrateur de l&apos;expéditeur corrige les problèmes de réputation (enregistrement PTR, SPF, DKIM, taux de plaintes, hausse soudaine du volume) et laisse la file d&apos;attente réessayer.</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>Cela dépend de la classe. 4.7.0 est temporaire&#xa0;: gardez le message en file d&apos;attente et réessayez avec un délai croissant. 5.7.0 ne se résoudra pas par de nouvelles tentatives&#xa0;: corrigez d&apos;abord les paramètres TLS ou d&apos;authentification. 2.7.0 signale un succès&#xa0;: poursuivez la session.</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>Le client de messagerie ou l&apos;application dialogue avec le port de soumission sans STARTTLS alors que le serveur exige TLS avant toute autre chose.</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>Le client saute l&apos;authentification SMTP AUTH et passe directement au MAIL FROM sur un serveur qui ne relaie que pour les utilisateurs authentifiés.</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>Le back-end SASL du serveur (socket d&apos;authentification Dovecot, saslauthd, LDAP) est injoignable, si bien que les authentifications échouent temporairement.</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>Le serveur ne parvient pas à charger son propre certificat TLS ou sa clé&#xa0;; il ne peut donc pas proposer STARTTLS et répond par un refus temporaire.</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>Un grand fournisseur de messagerie bride l&apos;IP ou le domaine d&apos;envoi en raison d&apos;une réputation faible ou d&apos;une hausse soudaine du volume.</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Connectez-vous au port de soumission en TLS, envoyez EHLO à la main et vérifiez que la ligne 250-AUTH apparaît bien dans la session TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Effectuez une soumission authentifiée complète pour voir quelle commande provoque la réponse 5.7.0 ou 4.7.0.</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Sur un serveur Postfix, recherchez les avertissements TLS et SASL autour de l&apos;heure de l&apos;échec.</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Pour un bridage 421 4.7.0 d&apos;un fournisseur, vérifiez que l&apos;IP d&apos;envoi possède un enregistrement PTR dont le nom se résout à son tour vers la même IP.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Le serveur de soumission de Gmail, smtp.gmail.com, envoie ce code lorsqu&apos;un client tente AUTH ou MAIL FROM sur le port 587 avant d&apos;avoir sécurisé la connexion avec STARTTLS.</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Sur smtp.gmail.com, cela signifie que le client est arrivé au MAIL FROM sans authentification réussie&#xa0;; Gmail ne relaie le courrier soumis que pour les comptes Google authentifiés.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Report temporaire de Yahoo lié à la réputation de l&apos;IP d&apos;envoi (plaintes, volume inhabituel ou contenu évoquant du spam). Ce n&apos;est pas un échec de sécurité au sens du registre&#xa0;; les nouvelles tentatives aboutissent une fois la réputation rétablie.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>Remise non autorisée, message refusé</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>Le rejet de politique le plus courant&#xa0;: le serveur de réception n&apos;accepte pas ce message de cet expéditeur, de ce client ou de cette adresse IP. Le registre le définit uniquement comme permanent (5.7.1) et y range le refus de relais, la présence sur une liste de blocage, les restrictions sur l&apos;expéditeur ou le destinataire et les verdicts des filtres antispam. En pratique, 4.7.1 est aussi très souvent utilisé comme report temporaire pour raison de politique, le greylisting en étant le cas classique.</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>Généralement au RCPT TO (refus de relais, restrictions sur le destinataire, greylisting) ou à la fin du DATA (filtres antispam et de contenu, contrôles des en-têtes), parfois au MAIL FROM lorsque l&apos;IP du client figure sur une liste de blocage. Postfix, Exim, Exchange, Microsoft 365, Gmail et Yahoo l&apos;envoient tous, et le texte qui suit le code nomme la règle qui s&apos;est déclenchée.</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>Lisez la réponse en entier et agissez selon la règle qu&apos;elle nomme. &quot;Relay access denied&quot;&#xa0;: le logiciel client doit s&apos;authentifier avant d&apos;envoyer vers des domaines extérieurs, ou l&apos;administrateur du destinataire doit ajouter le domaine aux domaines acceptés du serveur. IP sur liste de blocage&#xa0;: l&apos;administrateur de l&apos;expéditeur trouve l&apos;inscription, en corrige la cause (compte compromis, relais ouvert, PTR manquant) et demande le retrait de la liste. Verdict de spam ou de réputation&#xa0;: l&apos;administrateur de l&apos;expéditeur passe en revue l&apos;authentification, le contenu et le volume, puis demande un réexamen au fournisseur de messagerie du destinataire. Pour un greylisting en 4.7.1, il n&apos;y a rien à faire&#xa0;; le serveur d&apos;envoi réessaie de lui-même.</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>Pour 5.7.1, ne renvoyez pas le message tel quel&#xa0;: la politique le refusera de nouveau tant que le blocage ou le paramètre n&apos;aura pas été corrigé. Pour 4.7.1, gardez le message en file d&apos;attente et réessayez normalement&#xa0;; un serveur pratiquant le greylisting laisse passer une tentative ultérieure, généralement au bout de quelques minutes.</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>Relais refusé&#xa0;: le client a envoyé vers un domaine extérieur sans s&apos;authentifier, ou depuis une adresse IP à laquelle le serveur ne fait pas confiance.</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>L&apos;IP d&apos;envoi figure sur une liste de blocage DNS (Spamhaus ZEN, Barracuda, SpamCop) ou sur la liste de blocage privée d&apos;un fournisseur.</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>Un filtre antispam ou antimalware, ou le système de réputation du fournisseur, a jugé le message indésirable ou dangereux.</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>Une règle côté destinataire&#xa0;: la boîte aux lettres ou le groupe n&apos;accepte le courrier que de certains expéditeurs, ou seulement de l&apos;intérieur de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>Greylisting (en 4.7.1)&#xa0;: le serveur de réception reporte la première tentative d&apos;un expéditeur inconnu et accepte le message quand celui-ci réessaie plus tard.</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>L&apos;adresse de l&apos;expéditeur ou son domaine figure sur la liste de blocage propre au destinataire, ou échoue à une vérification de l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Retrouvez le rejet dans le journal du serveur d&apos;envoi et lisez le texte complet de la réponse, y compris toute étiquette entre crochets comme S3150 ou BL21.</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Interrogez Spamhaus ZEN avec l&apos;IP d&apos;envoi, octets inversés&#xa0;; une réponse en 127.0.0.x signifie que l&apos;IP est listée. Passez par votre propre résolveur, car Spamhaus refuse de nombreux résolveurs publics.</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Si c&apos;est votre propre serveur Postfix qui a émis le rejet, regardez quelle restriction l&apos;a produit.</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Si votre propre serveur répond &quot;Relay access denied&quot; à un client qui devrait être autorisé, revoyez les paramètres de relais.</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Outlook.com (Hotmail, Live, MSN) refuse l&apos;IP d&apos;envoi parce qu&apos;elle figure sur la liste de blocage propre à Microsoft, distincte des listes de blocage DNS publiques. L&apos;administrateur de l&apos;expéditeur doit demander le retrait de la liste auprès du support expéditeurs de Microsoft.</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Verdict de spam de Gmail sur ce message, rendu à la fin du DATA d&apos;après le contenu et la réputation de l&apos;expéditeur. Gmail utilise aussi 5.7.1 pour les en-têtes non conformes à la RFC 5322 et pour les IP qui ne sont pas autorisées à lui envoyer directement du courrier.</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Yahoo refuse l&apos;IP du client parce qu&apos;elle figure sur une liste Spamhaus&#xa0;; l&apos;inscription doit d&apos;abord être levée chez Spamhaus.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>Expansion de liste de diffusion interdite</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>L&apos;expéditeur n&apos;est pas autorisé à publier sur la liste de diffusion ou le groupe de distribution auquel le message était adressé&#xa0;; la liste ne le redistribue donc pas à ses membres. Il n&apos;est défini que comme échec permanent. Il est rare en pratique&#xa0;: la plupart des gestionnaires de listes et des logiciels collaboratifs refusent les expéditeurs non autorisés avec 5.7.1 ou retiennent le message pour modération.</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>Au RCPT TO lorsque l&apos;adresse de la liste contrôle elle-même les expéditeurs, ou plus tard dans un avis de non-remise (DSN) émis par le serveur de listes après avoir reçu le message et constaté que son auteur n&apos;était pas autorisé. Cas typiques&#xa0;: listes de discussion réservées aux membres, listes d&apos;annonces et groupes de distribution limités aux expéditeurs internes ou nommément désignés.</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>L&apos;expéditeur vérifie qu&apos;il publie depuis l&apos;adresse exacte qui est abonnée ou autorisée, et non depuis un alias ou un autre compte. S&apos;il doit être autorisé, le propriétaire de la liste ou l&apos;administrateur du destinataire ajoute l&apos;adresse aux membres ou aux expéditeurs autorisés, ou lève la restriction sur les expéditeurs extérieurs. L&apos;expéditeur renvoie ensuite le message.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>Ne réessayez pas sans changement&#xa0;: la liste refuse le même expéditeur à chaque fois. Renvoyez uniquement lorsque l&apos;expéditeur est autorisé à publier ou écrit depuis l&apos;adresse abonnée.</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>La liste n&apos;accepte que les messages de ses abonnés, et le message provenait d&apos;une adresse non abonnée.</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>L&apos;expéditeur est abonné sous une adresse mais a écrit depuis une autre (un alias, un compte personnel, une adresse de transfert).</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>Un groupe de distribution est réservé aux expéditeurs internes ou à une liste nominative d&apos;expéditeurs autorisés.</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>La liste est une liste d&apos;annonces sur laquelle seuls les propriétaires ou les modérateurs peuvent publier.</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Comparez l&apos;expéditeur d&apos;enveloppe et l&apos;adresse From du message visé par l&apos;avis de non-remise avec l&apos;adresse abonnée à la liste.</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>En tant que propriétaire d&apos;une liste Mailman 3, affichez la liste des membres pour voir si l&apos;expéditeur en fait partie.</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Envoyez un court message de test depuis l&apos;adresse abonnée pour confirmer que la liste l&apos;accepte.</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>Yahoo utilise 5.7.2 pour un blocage durable de l&apos;IP d&apos;envoi en raison de sa réputation, ce qui n&apos;a rien à voir avec les listes de diffusion. L&apos;administrateur de l&apos;expéditeur doit corriger le problème de réputation et contacter le support expéditeurs de Yahoo.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>Conversion de sécurité requise mais impossible</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>La remise exigeait de convertir le message d&apos;un format de messagerie sécurisée à un autre (par exemple entre les schémas de chiffrement ou de signature de deux passerelles), et cette conversion n&apos;a pas pu être effectuée. Il n&apos;est défini que comme échec permanent. Le sens du registre ne se rencontre presque plus aujourd&apos;hui&#xa0;; le code est surtout connu par les serveurs Microsoft, qui répondent 535 5.7.3 à un échec d&apos;authentification SMTP.</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>Au sens du registre&#xa0;: dans un avis de non-remise (DSN) émis par une passerelle de messagerie sécurisée qui fait le pont entre deux systèmes de messagerie aux formats de sécurité différents. En pratique&#xa0;: sous la forme &quot;535 5.7.3 Authentication unsuccessful&quot;, envoyée par Exchange Server et par Microsoft 365 (smtp.office365.com) lorsque SMTP AUTH échoue, typiquement pour des imprimantes, des scanners et des applications qui envoient via une boîte aux lettres Microsoft 365.</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>Pour un 535 5.7.3 de Microsoft&#xa0;: l&apos;utilisateur ou le responsable de l&apos;application vérifie le nom d&apos;utilisateur (l&apos;adresse complète de la boîte aux lettres) et le mot de passe, et l&apos;administrateur du locataire (tenant) vérifie que le SMTP authentifié est activé pour la boîte aux lettres et qu&apos;il n&apos;est pas bloqué par les paramètres de sécurité par défaut ou par une stratégie exigeant l&apos;authentification moderne. Si l&apos;authentification de base n&apos;est pas autorisée, l&apos;application doit passer à OAuth ou à une autre méthode de relais, comme un connecteur. Pour un véritable échec de conversion, l&apos;expéditeur envoie le message dans un format que la passerelle sait traiter, après s&apos;être renseigné auprès de l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>Ne répétez pas la même authentification ni le même message&#xa0;: un échec d&apos;authentification Microsoft exige des identifiants ou des paramètres de locataire corrigés, et une conversion de sécurité refusée exige un autre format de message.</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365&#xa0;: le SMTP authentifié (SMTP AUTH) est désactivé pour le locataire ou pour cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 ou Exchange&#xa0;: mot de passe erroné ou expiré, ou nom d&apos;utilisateur qui n&apos;est pas l&apos;adresse complète de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365&#xa0;: les paramètres de sécurité par défaut ou l&apos;accès conditionnel exigent l&apos;authentification multifacteur ou l&apos;authentification moderne, si bien qu&apos;une simple authentification par mot de passe est refusée.</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>Une passerelle de messagerie sécurisée a reçu un message signé ou chiffré dans un format qu&apos;elle ne sait pas convertir pour le système de destination.</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Reproduisez l&apos;authentification auprès du serveur de soumission qu&apos;utilise l&apos;application et notez la réponse à AUTH.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Dans Exchange Online PowerShell, vérifiez si SMTP AUTH est désactivé pour la boîte aux lettres (True signifie désactivé).</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Vérifiez également le paramètre SMTP AUTH à l&apos;échelle du locataire.</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Pour un avis de non-remise émis par une passerelle, lisez les lignes Diagnostic-Code et Remote-MTA pour voir quelle passerelle a refusé la conversion.</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>Exchange Online et Exchange Server répondent 5.7.3 à tout échec d&apos;authentification SMTP AUTH, quelle qu&apos;en soit la raison&#xa0;: identifiants erronés, SMTP AUTH désactivé ou authentification de base bloquée. Lorsque SMTP AUTH est désactivé pour tout le locataire, Microsoft 365 peut répondre 535 5.7.139 avec un texte qui le signale.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>Fonctions de sécurité non prises en charge</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>Le message ou la session a demandé une fonction de sécurité que le serveur ou le chemin de remise ne prend pas en charge, par exemple une méthode d&apos;authentification que le serveur ne propose pas. Il n&apos;est défini que comme échec permanent. Sa forme moderne courante est 504 5.7.4 en réponse à un AUTH avec un mécanisme inconnu ou désactivé.</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>À l&apos;AUTH, lorsque le logiciel client s&apos;obstine sur un mécanisme (CRAM-MD5, NTLM, GSSAPI, l&apos;ancien XOAUTH) que le serveur n&apos;a pas annoncé&#xa0;; Gmail et Exchange répondent &quot;504 5.7.4 Unrecognized authentication type&quot;. Un serveur Postfix expéditeur journalise aussi dsn=4.7.4 pour son propre report lorsque sa politique exige TLS et que le serveur distant ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>Le logiciel client, ou la personne qui le configure, choisit un mécanisme d&apos;authentification dans la liste de la réponse EHLO du serveur après STARTTLS&#xa0;: en général PLAIN ou LOGIN sur TLS, ou XOAUTH2 ou OAUTHBEARER pour OAuth. Pour le report TLS de Postfix, l&apos;administrateur de l&apos;expéditeur demande à l&apos;administrateur du destinataire d&apos;activer STARTTLS, ou assouplit la politique TLS pour cette destination si le chiffrement n&apos;est pas réellement obligatoire.</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>Ne renvoyez pas la même commande AUTH&#xa0;; choisissez un mécanisme proposé par le serveur. Le report TLS 4.7.4 d&apos;un serveur d&apos;envoi reste en file d&apos;attente, mais il continue d&apos;échouer tant que la politique TLS ou le serveur distant n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>Le client est configuré pour un mécanisme d&apos;authentification que le serveur n&apos;annonce pas, comme CRAM-MD5 ou NTLM.</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>L&apos;application utilise encore un mécanisme retiré&#xa0;; pour Gmail, l&apos;ancien XOAUTH au lieu de XOAUTH2.</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>Le client tente AUTH avant STARTTLS, alors que le serveur ne liste ses mécanismes qu&apos;à l&apos;intérieur de la session TLS.</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>La politique TLS de l&apos;expéditeur exige le chiffrement vers une destination dont le serveur ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Listez les mécanismes proposés par le serveur après STARTTLS en lisant la ligne 250-AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Sur un Postfix expéditeur, repérez les reports dus à une politique TLS obligatoire.</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Vérifiez si le serveur de destination propose STARTTLS ou non.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>smtp.gmail.com refuse un mécanisme AUTH qu&apos;il ne propose pas&#xa0;; Gmail envoie le même code aux clients qui utilisent encore l&apos;ancien mécanisme XOAUTH, retiré.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>Échec cryptographique</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>Un système censé déchiffrer ou vérifier le message, ou chiffrer son transfert, n&apos;a pas pu le faire parce qu&apos;une clé ou un certificat manquait ou n&apos;était pas valide. En 4.7.5, c&apos;est un échec temporaire qui peut disparaître une fois le problème de clé ou de certificat corrigé&#xa0;; en 5.7.5, c&apos;est un refus permanent pour ce message.</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>Le plus souvent dans le journal et les avis de retard d&apos;un serveur Postfix expéditeur plutôt que dans une réponse distante&#xa0;: Postfix enregistre dsn=4.7.5 lorsqu&apos;une négociation TLS échoue, lorsque son moteur TLS ne peut pas démarrer, ou lorsqu&apos;une politique obligatoire (encrypt, verify, secure, DANE) juge le certificat distant non fiable ou non conforme. Il provient aussi de passerelles S/MIME ou PGP qui ne trouvent pas ou ne peuvent pas utiliser la clé du destinataire.</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>Pour un report TLS sur votre propre serveur, l&apos;administrateur de l&apos;expéditeur détermine d&apos;abord de quel côté vient le problème. Un certificat expiré, auto-signé ou émis pour un autre nom sur le serveur distant est à corriger par l&apos;administrateur du destinataire&#xa0;; un magasin de certificats d&apos;AC obsolète, une politique par destination trop stricte ou une ancienne bibliothèque TLS côté envoi relèvent de l&apos;administrateur de l&apos;expéditeur. Pour un échec de passerelle de chiffrement, l&apos;administrateur de l&apos;expéditeur s&apos;assure que la passerelle dispose d&apos;un certificat ou d&apos;une clé valide et non expiré pour le destinataire.</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>4.7.5 reste en file d&apos;attente et est réessayé avec un délai croissant, mais il continue d&apos;échouer tant que le certificat, la clé ou la politique n&apos;est pas corrigé&#xa0;: corrigez-le donc avant l&apos;expiration de la durée de vie en file d&apos;attente. Ne réessayez pas 5.7.5 sans changement.</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>Le certificat du serveur distant est expiré, auto-signé ou émis pour un autre nom, alors que la politique d&apos;envoi exige une vérification.</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>La négociation TLS échoue d&apos;emblée&#xa0;: aucune version de protocole ni suite de chiffrement commune, ou configuration TLS défectueuse sur le serveur.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>Le propre moteur TLS du serveur d&apos;envoi ne peut pas démarrer (fichier d&apos;AC manquant, clé illisible, bibliothèque défectueuse).</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>Un enregistrement DANE TLSA ou une politique MTA-STS ne correspond pas au certificat présenté par le serveur.</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>Une passerelle de chiffrement ne détient aucune clé publique ni aucun certificat valide pour le destinataire.</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Repérez les reports liés à TLS sur un Postfix expéditeur et lisez la raison entre crochets.</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Examinez la chaîne de certificats, les dates de validité et les noms présentés par le serveur distant.</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Si le domaine utilise DANE, comparez ses enregistrements TLSA avec ce certificat.</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Affichez la politique TLS qu&apos;applique le serveur Postfix expéditeur.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>Algorithme cryptographique non pris en charge</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>Un système habilité à déchiffrer ou à vérifier le message n&apos;a pas pu le faire, parce que le message utilise un algorithme qu&apos;il n&apos;implémente pas, comme un algorithme de chiffrement ou un schéma de signature qui manque à une passerelle de chiffrement. 4.7.6 signifie que la situation peut se résoudre, par exemple après une mise à jour logicielle&#xa0;; 5.7.6 signifie que le message, tel qu&apos;il a été envoyé, ne sera pas traité.</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>Rarement dans les réponses SMTP en direct. On le rencontre dans les avis de non-remise de passerelles S/MIME ou OpenPGP tombées sur un algorithme de chiffrement ou de signature qu&apos;elles ne prennent pas en charge&#xa0;: un ancien algorithme de chiffrement désactivé, ou un type de clé récent qu&apos;une passerelle plus ancienne ne connaît pas. L&apos;échec d&apos;une négociation TLS entre serveurs de messagerie est normalement signalé par d&apos;autres codes (Postfix l&apos;enregistre en 4.7.5).</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>L&apos;expéditeur, ou l&apos;administrateur de l&apos;expéditeur dans le cas d&apos;une passerelle centrale, chiffre ou signe avec un algorithme pris en charge des deux côtés&#xa0;: pour S/MIME, AES avec les algorithmes indiqués dans les capacités du certificat du destinataire&#xa0;; pour OpenPGP, les algorithmes figurant dans les préférences de la clé du destinataire. Si c&apos;est la passerelle du destinataire qui est obsolète, l&apos;administrateur du destinataire devrait la mettre à jour.</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>4.7.6 peut être réessayé depuis la file d&apos;attente, mais cela n&apos;aide que si le côté destinataire est mis à jour entre-temps. Après un 5.7.6, ne renvoyez le message qu&apos;une fois chiffré ou signé avec un algorithme pris en charge.</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>Le message est chiffré avec un algorithme que la passerelle de réception a désactivé, comme le 3DES ou le RC2 d&apos;anciens clients S/MIME.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>La signature utilise un algorithme que la passerelle chargée de la vérification n&apos;implémente pas, par exemple une clé à courbe elliptique sur un système ancien.</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>Un message OpenPGP utilise un format de clé ou de paquet récent qu&apos;une ancienne passerelle ne sait pas analyser.</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Affichez la structure d&apos;un message S/MIME enregistré pour voir quels algorithmes de chiffrement et de signature il utilise.</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Pour un message OpenPGP, listez ses paquets pour voir les algorithmes utilisés.</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Lisez le Diagnostic-Code de l&apos;avis de non-remise pour voir quelle passerelle a refusé le message et pourquoi.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>Échec de l&apos;intégrité du message</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>Un système habilité à contrôler l&apos;intégrité du message l&apos;a trouvé modifié ou endommagé en transit, par exemple une signature qui ne correspond plus au contenu. 5.7.7 refuse le message et 4.7.7 signale le problème comme passager&#xa0;; 2.7.7 dans un rapport de remise signifie que le message a été remis mais que le problème d&apos;intégrité a été relevé.</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>Rare dans les réponses SMTP&#xa0;; surtout dans les rapports de remise de passerelles qui vérifient les signatures S/MIME ou OpenPGP, ou de systèmes qui contrôlent un message après le transfert. Les coupables habituels sont les systèmes qui réécrivent le courrier en transit&#xa0;: pieds de page ajoutés par des serveurs de listes ou des passerelles, fins de ligne modifiées, pièces jointes réencodées, ou contenu 8 bits converti en quoted-printable.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur recherche où le message est modifié après la signature&#xa0;: outil d&apos;avertissement légal ou de pied de page, liste de diffusion, passerelle antivirus ou conversion d&apos;encodage de transfert. Il faut soit signer après ces modifications, soit empêcher l&apos;intermédiaire de modifier les messages signés. L&apos;administrateur du destinataire vérifie si sa propre passerelle entrante modifie les messages avant le contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>Après un 5.7.7, ne renvoyez pas le message par le même chemin, car la même réécriture le cassera de nouveau. Un 4.7.7 peut être réessayé plus tard. 2.7.7 ne nécessite aucune nouvelle tentative&#xa0;; le message a été remis.</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>Un pied de page, un avertissement légal ou une bannière a été ajouté après la signature du message.</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>Un relais a converti du contenu 8 bits ou modifié les fins de ligne, cassant une signature qui couvre le corps.</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>Une passerelle antivirus ou de prévention des fuites de données a réécrit ou supprimé une pièce jointe.</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>Le message a été tronqué ou corrompu pendant le transfert.</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Vérifiez la signature S/MIME d&apos;une copie enregistrée sans contrôler la chaîne de certificats, pour voir si le contenu correspond toujours.</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Vérifiez une signature OpenPGP sur la partie du message enregistrée.</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Comparez les en-têtes Received de la copie envoyée et de la copie reçue pour trouver le saut qui a modifié le message.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>Identifiants d&apos;authentification non valides</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>Le serveur a rejeté le nom d&apos;utilisateur et le mot de passe (ou le jeton) envoyés par le client avec AUTH. C&apos;est un échec permanent pour cette authentification&#xa0;: le client doit fournir d&apos;autres identifiants, et pas simplement réessayer. La RFC 4954 l&apos;associe à 535&#xa0;; le registre indique aussi 554, hérité de son ancien usage dans l&apos;extension BURL, où X.7.14 l&apos;a depuis remplacé.</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>À l&apos;AUTH sur les ports de soumission 587 et 465, juste après l&apos;envoi des identifiants par le client. Postfix avec Dovecot ou Cyrus SASL répond &quot;535 5.7.8 Error: authentication failed&quot;, et smtp.gmail.com de Gmail répond &quot;535 5.7.8 Username and Password not accepted&quot;. Imprimantes, scanners, formulaires de contact de sites web et outils de sauvegarde y sont souvent confrontés après un changement de mot de passe.</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>L&apos;utilisateur, ou le responsable du logiciel client, vérifie le nom d&apos;utilisateur (en général l&apos;adresse e-mail complète) et le mot de passe, et met à jour chaque appareil ou application qui les enregistre. Pour Gmail et les autres fournisseurs proposant la validation en deux étapes, créez un mot de passe d&apos;application ou faites passer l&apos;application à OAuth. Si les identifiants sont à coup sûr corrects, l&apos;administrateur du serveur vérifie le back-end d&apos;authentification, le format de nom de connexion attendu, et si le compte est verrouillé.</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>Ne réessayez pas avec les mêmes identifiants&#xa0;: des échecs répétés peuvent verrouiller le compte ou faire bannir l&apos;IP du client par des outils comme fail2ban. Ne réessayez qu&apos;une fois le nom d&apos;utilisateur ou le mot de passe corrigé.</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>Un mot de passe erroné ou périmé est enregistré dans le client, souvent après un changement ou une expiration du mot de passe.</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>Le nom d&apos;utilisateur n&apos;est pas celui qu&apos;attend le serveur, par exemple la seule partie locale au lieu de l&apos;adresse complète.</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>Le compte a la validation en deux étapes activée, et le client envoie le mot de passe normal au lieu d&apos;un mot de passe d&apos;application ou d&apos;un jeton OAuth.</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>Les caractères spéciaux du mot de passe sont altérés par le fichier de configuration de l&apos;application ou par son encodage.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>Le back-end d&apos;authentification du serveur recherche l&apos;utilisateur dans le mauvais domaine d&apos;authentification (realm) ou la mauvaise base de données.</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Testez l&apos;authentification à la main et lisez la réponse du serveur à AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Sur un serveur Postfix, listez les échecs d&apos;authentification SASL et les adresses des clients concernés.</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Sur un serveur adossé à Dovecot, testez les mêmes identifiants directement auprès du service d&apos;authentification.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Construisez vous-même une chaîne AUTH PLAIN pour écarter les problèmes d&apos;encodage dans l&apos;application (sur une machine partagée, utilisez un mot de passe de test, pas un vrai).</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>smtp.gmail.com refuse l&apos;authentification&#xa0;: adresse ou mot de passe erroné, ou mot de passe Google normal envoyé par une application pour un compte qui exige un mot de passe d&apos;application ou OAuth.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>Mécanisme d&apos;authentification trop faible</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>Le serveur refuse le mécanisme d&apos;authentification choisi par le client, parce que sa politique en exige un plus robuste pour cet utilisateur, par exemple lorsqu&apos;une simple authentification par mot de passe ne suffit pas. C&apos;est un échec permanent de cette tentative d&apos;AUTH, et le client doit réessayer avec un autre mécanisme ou un autre type d&apos;identifiant.</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>À l&apos;AUTH sur les ports de soumission, sous la forme 534 5.7.9 (RFC 4954). Gmail répond &quot;534 5.7.9 Application-specific password required&quot; lorsqu&apos;un compte doté de la validation en deux étapes s&apos;authentifie avec son mot de passe normal. Yahoo et AOL utilisent 5.7.9 dans un sens sans rapport sur leurs serveurs entrants, pour du courrier non authentifié ou rejeté par leur politique à la fin du DATA.</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>Pour un vrai 534 5.7.9, le logiciel client doit utiliser un mécanisme ou un type d&apos;identifiant plus robuste&#xa0;: un mot de passe d&apos;application ou OAuth (XOAUTH2, OAUTHBEARER) pour Gmail, ou un mécanisme que le serveur autorise pour ce compte. Pour le 550 5.7.9 de Yahoo, l&apos;administrateur de l&apos;expéditeur fait en sorte que le courrier soit authentifié&#xa0;: un enregistrement SPF couvrant le serveur d&apos;envoi pour le domaine d&apos;enveloppe et une signature DKIM pour le domaine du From, plus un enregistrement DMARC pour les expéditeurs en masse.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>Ne répétez pas le même AUTH&#xa0;; passez à un mécanisme plus robuste, à un mot de passe d&apos;application ou à OAuth. Pour le 550 5.7.9 de Yahoo, ne renvoyez rien tant que le message ne passe pas SPF ou DKIM.</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>Pour un compte Gmail ou Google Workspace doté de la validation en deux étapes, c&apos;est le mot de passe du compte qui a été utilisé au lieu d&apos;un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>La politique du serveur n&apos;autorise pour ce compte que les mécanismes OAuth ou à défi-réponse, et le client a utilisé PLAIN ou LOGIN.</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>Réception chez Yahoo ou AOL&#xa0;: le message n&apos;a passé ni SPF ni DKIM (usage propre à Yahoo de 5.7.9).</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message was refused for a content or sender policy reason, reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>Réception chez Yahoo&#xa0;: le message a été refusé pour une raison de politique liée au contenu ou à l&apos;expéditeur, signalée sous la forme 554 5.7.9.</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Regardez la ligne AUTH de la réponse EHLO après STARTTLS pour voir si des mécanismes OAuth (XOAUTH2, OAUTHBEARER) sont proposés.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Pour un rejet de Yahoo, vérifiez que le domaine de l&apos;expéditeur d&apos;enveloppe publie un enregistrement SPF.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Pour un rejet de Yahoo, vérifiez que la clé DKIM existe pour le sélecteur indiqué dans l&apos;en-tête DKIM-Signature du message (s=).</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>smtp.gmail.com exige un mot de passe d&apos;application ou OAuth parce que le compte Google a la validation en deux étapes activée&#xa0;; le mot de passe normal du compte est refusé.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Les serveurs entrants de Yahoo rejettent le courrier qui ne passe ni SPF ni DKIM. C&apos;est un sens propre à Yahoo, sans rapport avec le «&#xa0;mécanisme trop faible&#xa0;» du registre, qui concerne SMTP AUTH.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent policy rejection at the end of DATA, for content or sender reasons it does not spell out in the reply.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Rejet permanent de Yahoo pour raison de politique à la fin du DATA, pour des motifs liés au contenu ou à l&apos;expéditeur qu&apos;il ne détaille pas dans la réponse.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>Chiffrement nécessaire</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>Le serveur n&apos;accepte pas le mécanisme d&apos;authentification demandé sur une connexion non chiffrée&#xa0;: une couche de chiffrement externe, en pratique TLS, doit d&apos;abord être en place. C&apos;est permanent pour cette tentative&#xa0;; le client doit démarrer TLS et s&apos;authentifier de nouveau, ou utiliser un mécanisme plus robuste. Le registre l&apos;associe à 523, un code de réponse défini nulle part ailleurs.</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>À l&apos;AUTH, lorsqu&apos;un client tente un mécanisme en clair (PLAIN, LOGIN) avant STARTTLS. 523 5.7.10 est rare en pratique, car la plupart des serveurs n&apos;annoncent tout simplement pas AUTH tant que TLS n&apos;est pas actif, ou répondent plutôt 530 5.7.0 ou 538 5.7.11. Gmail utilise 5.7.10 pour une règle TLS qui lui est propre&#xa0;: des commandes envoyées en pipeline derrière STARTTLS.</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>Le logiciel client doit utiliser STARTTLS sur le port 587 (ou SSL/TLS sur le port 465) et ne s&apos;authentifier qu&apos;une fois TLS établi. Pour la réponse de Gmail, le client ou sa bibliothèque de messagerie envoie d&apos;autres commandes dans la même rafale que STARTTLS&#xa0;; il doit attendre la réponse 220 et terminer la négociation TLS avant d&apos;envoyer quoi que ce soit d&apos;autre, ce qui implique généralement de mettre à jour la bibliothèque ou l&apos;application.</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>Ne renvoyez pas le même AUTH en clair. Reconnectez-vous, effectuez STARTTLS puis authentifiez-vous&#xa0;; rien n&apos;est à réessayer depuis la file d&apos;attente.</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>La sécurité de connexion du client est réglée sur Aucune, ou sur STARTTLS seulement si disponible, et il s&apos;authentifie en clair.</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>Un proxy, un antivirus ou un pare-feu retire STARTTLS de la réponse EHLO, si bien que le client ne sécurise jamais la connexion.</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>Le client envoie EHLO ou AUTH en pipeline juste derrière STARTTLS au lieu d&apos;attendre la négociation (usage de Gmail).</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Regardez la réponse EHLO sur la connexion en clair&#xa0;: STARTTLS doit y figurer, et idéalement pas encore les mécanismes à mot de passe.</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Effectuez STARTTLS puis AUTH PLAIN pour confirmer que la configuration corrigée fonctionne.</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Dans les paramètres du compte du client de messagerie, assurez-vous que la sécurité de la connexion sortante est STARTTLS ou SSL/TLS, jamais Aucune.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>Usage propre à Gmail&#xa0;: le client a envoyé d&apos;autres commandes dans la même rafale que STARTTLS. Gmail le refuse pour empêcher l&apos;injection de commandes dans la session TLS&#xa0;; le client doit attendre la fin de la négociation. La référence des erreurs de Gmail l&apos;indique avec le code de réponse 523.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>Chiffrement requis pour le mécanisme d&apos;authentification demandé</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>Le mécanisme d&apos;authentification choisi ne peut être utilisé que sur une connexion chiffrée, et cette connexion ne l&apos;est pas. La RFC 4954 le définit comme 538 5.7.11 et précise qu&apos;il subsiste surtout pour des raisons historiques&#xa0;: les serveurs modernes ne devraient pas annoncer de tels mécanismes avant que TLS soit actif. Le registre l&apos;associe aussi à 524.</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>À l&apos;AUTH sur une connexion en clair, avec des serveurs anciens ou permissifs qui listent PLAIN ou LOGIN avant STARTTLS mais refusent de les utiliser sans lui. Gmail répond 501 5.7.11 pour une erreur sans rapport&#xa0;: une commande STARTTLS envoyée avec des paramètres.</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>Le logiciel client doit démarrer TLS avant de s&apos;authentifier&#xa0;: STARTTLS sur le port 587 ou SSL/TLS sur le port 465 dans les paramètres du compte. L&apos;administrateur du serveur peut éviter le piège en n&apos;annonçant les mécanismes à mot de passe qu&apos;après STARTTLS (dans Postfix, smtpd_tls_auth_only = yes). Pour le 501 5.7.11 de Gmail, le client doit envoyer STARTTLS sans argument.</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>Rien à mettre en file d&apos;attente&#xa0;: reconnectez-vous, démarrez TLS et répétez AUTH. Réessayer sans chiffrement entraîne le même refus.</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>Le client s&apos;est authentifié avant STARTTLS parce que le serveur listait des mécanismes AUTH sur la connexion en clair.</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>La sécurité de connexion du client est réglée sur Aucune alors que le serveur n&apos;autorise les authentifications par mot de passe que sur TLS.</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>Un client ou un script envoie STARTTLS avec un argument, ce que la RFC 3207 interdit (Gmail répond 501 5.7.11).</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Connectez-vous avec STARTTLS, envoyez EHLO à la main et comparez la ligne AUTH avec celle obtenue sur une connexion en clair.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Sur un serveur Postfix, vérifiez si AUTH n&apos;est proposé qu&apos;à l&apos;intérieur des sessions TLS.</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Sur un back-end Dovecot 2.3, vérifiez si les authentifications en clair sont refusées sans TLS et quels mécanismes sont activés.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>Réponse de Gmail lorsqu&apos;un client envoie STARTTLS suivi d&apos;un argument&#xa0;; le sens du registre, chiffrement requis pour un mécanisme AUTH, ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>Une transition de mot de passe est nécessaire</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>Le serveur a besoin que l&apos;utilisateur s&apos;authentifie une fois avec le mécanisme PLAIN (normalement sur TLS) afin de pouvoir stocker le mot de passe sous la forme requise par le mécanisme demandé&#xa0;; ensuite, ce mécanisme devrait fonctionner lors des sessions suivantes. Il n&apos;existe que sous forme temporaire (4.7.12)&#xa0;; la RFC 4954 l&apos;associe à 432, et le registre indique aussi 422.</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>À l&apos;AUTH, lorsqu&apos;un client demande un mécanisme à défi-réponse (CRAM-MD5, DIGEST-MD5, SCRAM) et que le serveur ne détient pas encore le mot de passe sous la forme exigée par ce mécanisme, typiquement après une migration ou un changement du schéma de stockage des mots de passe. Rare en pratique, car la plupart des clients et des serveurs utilisent tout simplement PLAIN sur TLS.</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>Le logiciel client (ou l&apos;utilisateur) s&apos;authentifie une fois avec PLAIN sur une connexion chiffrée, puis revient au mécanisme préféré. Si le client ne sait pas le faire, réglez-le définitivement sur PLAIN ou LOGIN sur TLS. L&apos;administrateur du serveur vérifie que la base des mots de passe stocke un schéma utilisable par les mécanismes annoncés, et cesse d&apos;annoncer les mécanismes qui ne peuvent pas fonctionner.</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>Il ne s&apos;agit pas d&apos;une nouvelle tentative depuis la file d&apos;attente&#xa0;: authentifiez-vous une fois avec PLAIN sur TLS, puis utilisez de nouveau le mécanisme d&apos;origine. Répéter ce mécanisme sans l&apos;étape PLAIN donne de nouveau 4.7.12.</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>Les mots de passe ont été migrés ou hachés à nouveau, et le serveur ne dispose pas du secret nécessaire à CRAM-MD5, DIGEST-MD5 ou SCRAM.</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>Le client est figé sur un mécanisme à défi-réponse et ne s&apos;est pas authentifié avec PLAIN depuis le changement.</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>Le serveur annonce des mécanismes que son stockage actuel des mots de passe ne peut pas prendre en charge.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Authentifiez-vous une fois avec PLAIN sur TLS implicite pour achever la transition.</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Sur un serveur Dovecot, consultez l&apos;entrée de mot de passe de l&apos;utilisateur pour voir dans quel schéma elle est stockée.</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Comparez les mécanismes de la réponse EHLO du serveur après STARTTLS avec celui sur lequel le client est figé.</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>Compte utilisateur désactivé</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>Les identifiants étaient corrects, mais le compte a été désactivé, et le serveur ne le laisse donc pas envoyer. La situation reste permanente jusqu&apos;à ce que l&apos;utilisateur contacte l&apos;administrateur&#xa0;; contrairement à une réponse de mot de passe erroné, demander à l&apos;utilisateur de ressaisir son mot de passe n&apos;y changera rien. Le registre l&apos;associe à 525.</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>À l&apos;AUTH, juste après une vérification d&apos;identifiants réussie, sur les serveurs de soumission qui distinguent les comptes désactivés des mauvais mots de passe. Déclencheurs habituels&#xa0;: comptes suspendus après avoir servi à envoyer du spam, factures d&apos;hébergement impayées et employés ayant quitté l&apos;organisation. Beaucoup de serveurs ne l&apos;utilisent pas et répondent 535 5.7.8 pour les comptes désactivés également.</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>L&apos;utilisateur contacte son administrateur de messagerie ou son fournisseur. L&apos;administrateur détermine pourquoi le compte a été désactivé (signalement d&apos;abus, compromission, facturation), en supprime la cause (nouveau mot de passe, nettoyage des logiciels malveillants sur les appareils de l&apos;utilisateur, spam retiré de la file d&apos;attente sortante) et réactive le compte. Le logiciel client peut ensuite s&apos;authentifier de nouveau avec ses paramètres existants.</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>Ne réessayez pas&#xa0;: chaque tentative est refusée tant qu&apos;un administrateur n&apos;a pas réactivé le compte.</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>Le compte a été suspendu après avoir été compromis et utilisé pour envoyer du spam.</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>L&apos;offre d&apos;hébergement ou l&apos;abonnement de messagerie a été suspendu pour défaut de paiement.</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>L&apos;administrateur a désactivé le compte d&apos;une personne qui a quitté l&apos;organisation.</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>Des échecs d&apos;authentification répétés ou des signalements d&apos;abus ont déclenché un verrouillage automatique.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Connectez-vous au webmail ou au portail de compte du fournisseur avec les mêmes identifiants&#xa0;; un compte suspendu y affiche généralement un avis.</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Confirmez le comportement à la main&#xa0;: avec un compte désactivé, le refus intervient alors même que le mot de passe est correct.</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>En tant qu&apos;administrateur, sur Postfix, regardez quand ce compte a soumis du courrier avec succès pour la dernière fois.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>Relation de confiance requise</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>Le serveur de soumission a besoin d&apos;une relation de confiance configurée avec un autre serveur avant de pouvoir faire ce qui lui est demandé. La définition vient de BURL (RFC 4468), où le serveur de soumission récupère le message sur le serveur IMAP de l&apos;utilisateur à partir d&apos;une URL, sans disposer de la confiance nécessaire pour le faire. Il est permanent et remplace l&apos;ancien usage de 5.7.8 pour ce cas.</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>Lors d&apos;une soumission BURL, en réponse à la commande BURL qui remplace DATA ou BDAT, lorsque le serveur de soumission ne peut pas résoudre l&apos;URL IMAP URLAUTH faute de relation de confiance configurée avec ce serveur IMAP. Peu de clients utilisent BURL, ce code est donc rare. Gmail utilise 534 5.7.14 dans un sens sans rapport, à l&apos;AUTH, lorsqu&apos;il veut que l&apos;utilisateur se connecte d&apos;abord via un navigateur web.</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>Pour BURL, l&apos;administrateur du serveur de soumission configure la confiance avec le serveur IMAP (accès URLAUTH pour l&apos;identité de soumission et toute autorisation nécessaire), ou le logiciel client se rabat sur l&apos;envoi du contenu du message lui-même avec DATA ou BDAT. Pour le 534 5.7.14 de Gmail, l&apos;utilisateur se connecte à son compte Google dans un navigateur, effectue les éventuelles vérifications de sécurité, puis utilise un mot de passe d&apos;application ou OAuth dans le client.</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>Ne répétez pas la même commande BURL, qui échoue à chaque fois sans la relation de confiance. Envoyez le contenu directement avec DATA ou BDAT, ou réessayez une fois la confiance configurée.</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>Le serveur de soumission n&apos;a aucune relation de confiance configurée avec le serveur IMAP désigné dans l&apos;URL BURL.</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>L&apos;URL URLAUTH a été émise pour une identité de soumission différente de celle qu&apos;utilise le serveur de soumission.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>Usage de Gmail&#xa0;: Google a bloqué la connexion comme suspecte et veut que l&apos;utilisateur la confirme dans un navigateur web.</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Vérifiez si le serveur de soumission liste BURL dans sa réponse EHLO après STARTTLS&#xa0;; si ce n&apos;est pas le cas, le client ne devrait pas utiliser BURL du tout.</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Recherchez dans le journal du serveur de soumission la commande BURL et la récupération IMAP qui a échoué.</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Pour Gmail, connectez-vous au compte Google dans un navigateur depuis le même réseau et consultez ses alertes de sécurité récentes.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>smtp.gmail.com refuse l&apos;authentification tant que l&apos;utilisateur ne s&apos;est pas connecté à son compte Google dans un navigateur, généralement après le blocage d&apos;une connexion suspecte&#xa0;; cela n&apos;a rien à voir avec les relations de confiance de BURL.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>Niveau de priorité trop bas</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>Le serveur de réception prend en charge l&apos;extension MT-PRIORITY (RFC 6710) et n&apos;accepte pas le message à la priorité indiquée par le client dans MAIL FROM. En 4.7.15 (généralement avec 450), le refus est temporaire&#xa0;: le serveur n&apos;accepte pour l&apos;instant que le trafic de priorité supérieure, par exemple en cas de congestion. En 5.7.15 (généralement avec 550), la politique du serveur refuse purement et simplement ce niveau de priorité.</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>En réponse à un MAIL FROM portant un paramètre MT-PRIORITY=n (n va de -9 à 9, 0 étant la priorité normale). Ne se rencontre que sur les réseaux qui utilisent des priorités de transfert des messages, comme les systèmes de messagerie militaires, gouvernementaux ou des services d&apos;urgence dotés de relais compatibles MT-PRIORITY&#xa0;; les serveurs de messagerie Internet ordinaires n&apos;annoncent pas l&apos;extension et n&apos;envoient jamais ce code.</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>C&apos;est à l&apos;expéditeur de décider. Si le message est réellement plus urgent, renvoyez-le avec une valeur MT-PRIORITY plus élevée que l&apos;expéditeur est autorisé à utiliser&#xa0;; sinon, laissez-le attendre, car un report 4.7.15 disparaît lorsque le réseau de réception quitte son mode réservé à la haute priorité. L&apos;administrateur de l&apos;expéditeur devrait vérifier quelle plage de priorités le relais accepte de ce client, car les serveurs peuvent abaisser ou refuser les priorités demandées par des clients qui n&apos;y sont pas autorisés.</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>Sur un 4.7.15, gardez le message en file d&apos;attente et réessayez avec un délai croissant&#xa0;; la priorité minimale peut redescendre. Sur un 5.7.15, ne réessayez pas à la même priorité&#xa0;: renvoyez uniquement avec une priorité plus élevée et autorisée, ou pas du tout.</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>Le réseau de réception est congestionné ou en mode crise et n&apos;accepte temporairement que les messages d&apos;une priorité égale ou supérieure à un minimum.</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>Le message a été envoyé avec une valeur MT-PRIORITY basse ou négative (par exemple -5) que le serveur de réception refuse par politique.</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>Le client n&apos;est pas autorisé à utiliser la priorité demandée&#xa0;; le serveur l&apos;a donc abaissée à un niveau qu&apos;il refuse ensuite.</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Lisez la réponse EHLO du serveur de réception&#xa0;: MT-PRIORITY (éventuellement suivi d&apos;un nom de politique) doit y figurer pour que ce code ait un sens.</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Retrouvez le report ou l&apos;avis de non-remise dans le journal d&apos;envoi pour voir quel destinataire et quelle tentative ont été refusés.</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Demandez aux administrateurs du réseau de réception quels niveaux de priorité ils acceptent de votre système et si un minimum temporaire est en vigueur.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>Message trop volumineux pour la priorité indiquée</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>Le serveur n&apos;accepte les messages de ce niveau MT-PRIORITY que jusqu&apos;à une certaine taille, et celui-ci est plus volumineux. La RFC 6710 permet à un serveur de fixer des limites de taille par priorité afin que le trafic urgent reste rapide&#xa0;; en 4.7.16, la limite est temporaire (par exemple en cas de congestion), en 5.7.16, c&apos;est une politique permanente. Ce n&apos;est pas la limite de taille générale du serveur, qui est signalée par X.3.4 ou X.2.3.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>En réponse au MAIL FROM lorsque le client a déclaré à la fois MT-PRIORITY et SIZE, ou après la fin du DATA une fois la taille réelle connue&#xa0;; le registre l&apos;associe à 552. Uniquement sur les relais qui implémentent les priorités de transfert des messages, typiquement sur des réseaux de messagerie militaires ou d&apos;urgence fermés.</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>L&apos;expéditeur réduit la taille du message (en retirant les pièces jointes volumineuses ou en les remplaçant par un lien) ou le renvoie à une priorité plus basse, où les messages plus gros sont autorisés. L&apos;administrateur de l&apos;expéditeur peut demander au côté destinataire sa limite de taille pour chaque niveau de priorité et configurer le client pour qu&apos;il découpe ou rétrograde automatiquement les gros messages prioritaires.</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>Sur un 4.7.16, réessayez plus tard avec un délai croissant, car la taille autorisée peut être rétablie. Sur un 5.7.16, ne renvoyez pas le message tel quel&#xa0;: réduisez d&apos;abord sa taille ou abaissez sa priorité.</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>Une pièce jointe volumineuse a été envoyée à un niveau de priorité élevé que le serveur de réception réserve aux messages courts et urgents.</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>Le réseau de réception fonctionne en mode dégradé et a temporairement réduit la taille autorisée à chaque priorité.</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>La valeur SIZE déclarée dans MAIL FROM dépassait la limite propre à la priorité, bien qu&apos;elle soit inférieure au maximum global du serveur.</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Retrouvez la tentative refusée dans le journal d&apos;envoi, avec la taille du message et le destinataire.</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Comparez avec la limite globale que le serveur annonce dans la ligne SIZE de sa réponse EHLO, pour distinguer la limite par priorité de la limite générale.</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Demandez aux administrateurs côté réception leur limite de taille par niveau de priorité, et s&apos;il s&apos;agit d&apos;une règle permanente ou d&apos;une restriction temporaire.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>Le propriétaire de la boîte aux lettres a changé</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>Le message demandait la protection Require-Recipient-Valid-Since (RRVS), RFC 7293, et le système de réception sait que la boîte aux lettres du destinataire n&apos;a pas appartenu sans interruption au même propriétaire depuis la date indiquée par l&apos;expéditeur. L&apos;adresse a été fermée puis réattribuée, ou a changé de mains d&apos;une autre façon&#xa0;; le courrier est donc refusé plutôt que d&apos;être remis à un inconnu. Utilisé uniquement comme échec permanent.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>En réponse au RCPT TO lorsque le client a utilisé le paramètre RRVS=date-time, ou après le DATA lorsque le message portait à la place un champ d&apos;en-tête Require-Recipient-Valid-Since. L&apos;expéditeur est typiquement une banque, une boutique ou un réseau social qui écrit à une adresse vérifiée il y a longtemps, et le système de réception un fournisseur qui recycle les adresses abandonnées et implémente RRVS.</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>L&apos;expéditeur (l&apos;exploitant de l&apos;application d&apos;envoi) marque l&apos;adresse comme n&apos;appartenant plus au client, cesse d&apos;y écrire et demande au client une adresse à jour par un autre canal. Ne supprimez pas la date RRVS pour renvoyer le message&#xa0;: ce contrôle existe pour que les réinitialisations de mot de passe et les avis concernant le compte n&apos;arrivent pas chez le nouveau titulaire de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>Ne réessayez pas&#xa0;: le changement de propriétaire est permanent. Signalez ou supprimez l&apos;adresse et n&apos;envoyez qu&apos;à une adresse nouvellement confirmée.</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>Le fournisseur du destinataire a fermé l&apos;ancien compte après une longue inactivité, puis a attribué la même adresse à un nouvel utilisateur.</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>L&apos;adresse enregistrée a été vérifiée avant que son propriétaire actuel ne la reprenne, si bien que la date RRVS est antérieure à la propriété actuelle.</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Retrouvez la date que le système d&apos;envoi a placée dans l&apos;en-tête Require-Recipient-Valid-Since (ou dans le paramètre RRVS) et comparez-la avec la date à laquelle le client a confirmé l&apos;adresse pour la dernière fois.</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Joignez le client par téléphone, par notification d&apos;application ou par courrier postal pour obtenir une nouvelle adresse confirmée avant d&apos;envoyer quoi que ce soit de sensible.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>Le propriétaire du domaine a changé</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>Un autre résultat de Require-Recipient-Valid-Since (RFC 7293)&#xa0;: le système de réception signale que le domaine du destinataire a changé de propriétaire depuis la date indiquée par l&apos;expéditeur. Toutes les adresses de ce domaine peuvent désormais appartenir à une autre organisation&#xa0;; le message est donc refusé. Utilisé uniquement comme échec permanent.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>En réponse au RCPT TO avec un paramètre RRVS, ou après le DATA pour la forme en champ d&apos;en-tête, sur les systèmes de réception qui ont connaissance des changements de propriétaire des domaines qu&apos;ils hébergent. Cas typique&#xa0;: l&apos;ancien domaine d&apos;une entreprise a expiré et a été enregistré par quelqu&apos;un d&apos;autre, qui en gère désormais le courrier.</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>L&apos;expéditeur considère toutes les adresses de ce domaine comme obsolètes pour ce client, cesse d&apos;envoyer et obtient une nouvelle adresse auprès du client. L&apos;administrateur de l&apos;expéditeur peut examiner l&apos;enregistrement du domaine et l&apos;acheminement de son courrier pour confirmer le changement avant de purger les adresses de la base de données.</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>Ne réessayez pas&#xa0;: le système de réception refuse ce message vers ce domaine par conception. Renvoyez uniquement à une adresse nouvellement confirmée, généralement dans un autre domaine.</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>Le domaine est arrivé à expiration et a été enregistré par un nouveau propriétaire qui en gère désormais le courrier.</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>L&apos;organisation propriétaire du domaine a été vendue, a fusionné ou a changé de nom, et le domaine est passé à un tiers.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Consultez les données d&apos;enregistrement actuelles et les serveurs de noms du domaine pour voir s&apos;ils ont changé récemment.</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Regardez où va désormais le courrier du domaine&#xa0;; un fournisseur différent de celui connu dans vos données corrobore le changement de propriétaire.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>Le test RRVS ne peut pas être mené à bien</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>L&apos;expéditeur a demandé une vérification Require-Recipient-Valid-Since (RFC 7293), mais le système de réception ne peut pas savoir si la boîte aux lettres a eu un seul propriétaire depuis cette date, car il n&apos;a pas enregistré l&apos;horodatage nécessaire. Plutôt que de deviner, il refuse le message et laisse la décision à l&apos;expéditeur. Utilisé uniquement comme échec permanent.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>En réponse au RCPT TO (paramètre RRVS) ou après le DATA (champ d&apos;en-tête), typiquement lorsque la date RRVS est plus ancienne que l&apos;historique des comptes conservé par le fournisseur du destinataire. Seuls les systèmes de réception qui implémentent la RFC 7293 l&apos;envoient&#xa0;; il est donc rare.</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>L&apos;expéditeur décide si le message peut être remis sans protection. Pour une newsletter, le renvoyer sans le paramètre ou le champ d&apos;en-tête RRVS est raisonnable&#xa0;; pour une réinitialisation de mot de passe ou un avis concernant le compte, confirmez d&apos;abord l&apos;adresse auprès du client, puis renvoyez avec une date RRVS récente.</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>Ne réessayez pas avec la même date RRVS. Soit renvoyez sans protection RRVS, si l&apos;expéditeur accepte ce risque, soit confirmez l&apos;adresse et envoyez avec une date plus récente.</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>La date RRVS est plus ancienne que l&apos;historique des comptes conservé par le système de réception.</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>Le système de réception n&apos;a jamais enregistré la date de création de cette boîte aux lettres, ou l&apos;a perdue, par exemple après une migration des comptes d&apos;une plateforme à une autre.</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Vérifiez la date que l&apos;application d&apos;envoi a utilisée pour RRVS (normalement la dernière confirmation de l&apos;adresse par le client)&#xa0;; une date très ancienne rend ce résultat probable.</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Regardez si le serveur de réception annonce RRVS dans sa réponse EHLO, ce qui vous indique si c&apos;est la forme paramètre ou seulement la forme en-tête qui a été évaluée.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>Aucune signature DKIM valide trouvée</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>Le serveur de réception exige une signature DKIM valide et n&apos;en a trouvé aucune qui se vérifie&#xa0;: soit le message n&apos;était pas signé du tout, soit toutes ses signatures ont échoué. La RFC 7372 définit ce code pour que les serveurs de réception puissent dire exactement cela au lieu d&apos;un 5.7.1 générique. C&apos;est un rejet permanent.</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>Après le point final du DATA, une fois que le serveur de réception a vérifié les signatures. Envoyé par des passerelles et des MTA configurés pour exiger DKIM de la part de certains expéditeurs ou de tous, par exemple une règle imposant que le courrier se réclamant d&apos;une banque, ou du propre domaine du destinataire, porte une signature valide.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur doit faire en sorte que le message porte une signature qui se vérifie&#xa0;: activer la signature DKIM dans le serveur ou le service qui l&apos;envoie, publier la clé publique correspondante sous le sélecteur, et s&apos;assurer que rien après le signataire (pied de page d&apos;avertissement légal, réécriture des liens, logiciel de listes) ne modifie les en-têtes signés ou le corps. Vérifiez avec un message de test avant de renvoyer.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>Ne réessayez pas sans changement&#xa0;: le même message non signé ou à la signature cassée échoue de la même façon. Renvoyez une fois que la signature fonctionne.</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>La signature DKIM n&apos;a jamais été activée sur le serveur ou le service d&apos;envoi&#xa0;; le message ne portait donc aucune signature.</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>Une passerelle, un outil d&apos;avertissement légal ou un antivirus a modifié le corps après la signature, si bien que l&apos;empreinte du corps (body hash) ne correspond plus.</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>La clé publique du sélecteur est absente du DNS, a été tronquée lors du copier-coller, ou a été supprimée alors que du courrier était encore signé avec elle.</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Relevez d= et s= dans l&apos;en-tête DKIM-Signature d&apos;un message envoyé et récupérez la clé correspondante&#xa0;; une réponse vide signifie que la clé est absente.</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Vérifiez une copie enregistrée du message, exactement tel qu&apos;il a quitté votre dernier serveur (python3-dkim fournit dkimverify).</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Envoyez un test vers une boîte aux lettres que vous contrôlez et cherchez dkim=pass dans l&apos;en-tête Authentication-Results ajouté par le serveur de réception.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>Aucune signature DKIM acceptable trouvée</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>Au moins une signature DKIM s&apos;est vérifiée, mais la politique du serveur de réception n&apos;en accepte aucune. Raisons typiques&#xa0;: une signature d&apos;un domaine inattendu, une clé ou un algorithme faible, ou une signature qui omet des en-têtes que le serveur de réception exige. Permanent&#xa0;; X.7.22 est le cas plus restreint où le problème porte précisément sur le domaine de l&apos;auteur.</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>À la fin du DATA, sur les serveurs de réception dont la politique DKIM va au-delà du simple succès ou échec. Souvent après qu&apos;un expéditeur est passé à un nouveau service d&apos;envoi d&apos;e-mails qui signe avec son propre domaine, ou sur des systèmes qui suivent la RFC 8301 et n&apos;acceptent plus les signatures rsa-sha1 ni les clés RSA de moins de 1024 bits.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur examine le contenu de la signature et la met en conformité&#xa0;: signer avec le propre domaine de l&apos;organisation, utiliser rsa-sha256 avec une clé de 2048 bits (une signature ed25519 peut être ajoutée en parallèle), et signer au moins From, To, Subject, Date et Message-ID. Si le serveur de réception veut des signatures d&apos;un domaine particulier, demandez à son administrateur lequel.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>Ne réessayez pas sans changement&#xa0;; le serveur de réception jugera la même signature de la même façon. Renvoyez après avoir changé le domaine de signature, la clé ou l&apos;algorithme.</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>La seule signature valide appartient au domaine du fournisseur de services d&apos;e-mail (ESP), que le serveur de réception n&apos;accepte pas pour cet expéditeur.</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>La signature utilise rsa-sha1 ou une clé RSA de moins de 1024 bits, ce que le serveur de réception juge inacceptable.</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>La signature se vérifie mais ne couvre pas des en-têtes exigés par la politique du serveur de réception, comme Subject ou Reply-To.</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Regardez les balises a= (algorithme), d= (domaine) et h= (en-têtes signés) de l&apos;en-tête DKIM-Signature d&apos;un message envoyé.</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Vérifiez la taille de la clé&#xa0;: une valeur p= d&apos;environ 216 caractères base64 correspond à une clé RSA de 1024 bits, d&apos;environ 392 caractères à une clé de 2048 bits.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Demandez à l&apos;administrateur du destinataire quel domaine de signature, quel algorithme ou quelle couverture d&apos;en-têtes sa politique attend.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>Aucune signature DKIM valide correspondant à l&apos;auteur trouvée</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>Le message porte des signatures DKIM qui se vérifient, mais aucune ne provient du domaine de l&apos;en-tête From. Le serveur de réception veut que le propre domaine de l&apos;auteur se porte garant du message&#xa0;: un cas particulier de X.7.21, proche de ce que vérifie l&apos;alignement DMARC. Rejet permanent.</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>À la fin du DATA, typiquement pour des newsletters, des factures ou des alertes envoyées via un service tiers qui signe avec son propre domaine alors que l&apos;adresse From utilise le domaine du client. Se voit aussi lorsqu&apos;une liste de diffusion ou un service de transfert re-signe le message avec son propre domaine et que la signature d&apos;origine a été cassée.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur configure une signature DKIM personnalisée dans le service d&apos;envoi afin qu&apos;il signe avec un d= égal au domaine du From, généralement en publiant les enregistrements de sélecteur du service (CNAME ou TXT) dans le DNS de ce domaine et en les activant dans les paramètres du service. Vérifiez ensuite qu&apos;un message de test présente une signature valide dont le domaine correspond à l&apos;en-tête From.</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>Ne renvoyez pas sans changement. Renvoyez une fois que le service d&apos;envoi signe avec le domaine du From.</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>Un service de marketing ou de ticketing signe avec son propre domaine parce que la signature personnalisée pour le domaine du client n&apos;a jamais été configurée.</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>L&apos;adresse From a été basculée vers un nouveau domaine de marque qui n&apos;a pas encore sa propre clé DKIM.</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>La seule signature valide a été ajoutée par une liste de diffusion ou un service de transfert, et non par le domaine de l&apos;auteur.</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Comparez le domaine d= de chaque en-tête DKIM-Signature avec le domaine de l&apos;en-tête From du même message.</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Vérifiez que le sélecteur du service d&apos;envoi est publié sous le domaine du From.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>Échec de la validation SPF</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>Le serveur de réception a vérifié SPF pour l&apos;expéditeur d&apos;enveloppe (MAIL FROM) ou pour le nom HELO et a obtenu un résultat fail&#xa0;: l&apos;enregistrement SPF du domaine indique que l&apos;adresse IP qui se connecte n&apos;est pas autorisée à envoyer pour lui. La RFC 7372 attribue ce code aux serveurs de réception qui rejettent sur un échec SPF, à la place de l&apos;ancien 5.7.1 générique. Permanent. C&apos;est le sens du registre&#xa0;; Gmail utilise plutôt 4.7.23 pour des problèmes de DNS inverse (voir la section Fournisseurs).</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>Généralement juste après MAIL FROM ou RCPT TO, puisque SPF n&apos;a besoin que de l&apos;adresse IP et de l&apos;enveloppe&#xa0;; certains filtres attendent la fin du DATA. Fréquent en cas de transfert (l&apos;IP du service de transfert ne figure pas dans l&apos;enregistrement du domaine d&apos;origine), après un changement de fournisseur de messagerie, et pour le courrier envoyé par un nouvel outil SaaS que personne n&apos;a ajouté au SPF.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur ajoute l&apos;expéditeur manquant à l&apos;enregistrement SPF du domaine d&apos;enveloppe (ip4:, ip6: ou l&apos;include: du service), en restant à dix requêtes DNS au maximum au total, puis renvoie le message. Si le courrier a été transféré, l&apos;administrateur du service de transfert doit mettre en place SRS (réécriture de l&apos;expéditeur), et l&apos;expéditeur d&apos;origine devrait signer avec DKIM pour que le message puisse encore passer DMARC après le transfert.</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>Ne réessayez pas sans changement depuis la même IP&#xa0;: le résultat SPF ne changera pas. Renvoyez une fois l&apos;enregistrement mis à jour et le TTL de l&apos;ancien enregistrement écoulé.</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>Le message est sorti par un serveur ou un service dont l&apos;adresse IP ne figure pas dans l&apos;enregistrement SPF du domaine d&apos;enveloppe.</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>Un serveur de transfert a relayé le message, si bien que le serveur de réception a vu l&apos;IP du service de transfert et non une IP autorisée par le domaine d&apos;origine.</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>Une nouvelle IP sortante, ou un IPv6 nouvellement activé, n&apos;a pas été ajoutée à un enregistrement SPF qui se termine par -all.</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Lisez l&apos;enregistrement SPF du domaine de l&apos;expéditeur d&apos;enveloppe (le Return-Path), qui peut différer du domaine du From.</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Retrouvez la tentative rejetée dans votre journal pour voir quel relais l&apos;a refusée et laquelle de vos IP a été utilisée.</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Si le serveur dispose d&apos;IPv6, vérifiez son adresse&#xa0;; une connexion IPv6 nécessite une entrée ip6: ou un mécanisme correspondant.</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Gmail utilise 4.7.23 pour un problème de DNS inverse, et non de SPF&#xa0;: l&apos;IP qui se connecte n&apos;a pas d&apos;enregistrement PTR, ou le nom PTR ne se résout pas vers cette même IP. Le courrier est différé jusqu&apos;à ce que le DNS direct et le DNS inverse concordent&#xa0;; la forme permanente du même problème chez Gmail est 5.7.25.</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Utilisé dans les rapports de non-remise de Microsoft 365 lorsque le serveur de destination a refusé le message pour des raisons SPF&#xa0;; la réponse du serveur distant suit généralement après une flèche (-&gt;) et indique la raison donnée par le système de réception.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>Erreur de validation SPF</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>Le serveur de réception n&apos;a pas pu mener à bien la vérification SPF à cause d&apos;une erreur, et non d&apos;un échec. En 4.7.24 (avec 451), c&apos;est un temperror SPF, généralement un délai DNS dépassé lors de la récupération de l&apos;enregistrement&#xa0;; en 5.7.24 (avec 550), c&apos;est un permerror SPF, c&apos;est-à-dire que l&apos;enregistrement lui-même est défectueux&#xa0;: syntaxe incorrecte, deux enregistrements SPF, ou plus de dix requêtes DNS. La RFC 7372 les attribue à la place de 4.4.3 et 5.5.2.</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>Après MAIL FROM ou à la fin du DATA, sur les serveurs de réception qui agissent sur les erreurs SPF. La forme permanente suit généralement une modification de l&apos;enregistrement SPF (un include de plus qui fait dépasser les dix requêtes, une faute de frappe, un second enregistrement v=spf1)&#xa0;; la forme temporaire apparaît lorsque les serveurs de noms du domaine de l&apos;expéditeur sont lents ou injoignables.</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>Pour 5.7.24, l&apos;administrateur de l&apos;expéditeur répare l&apos;enregistrement&#xa0;: tout regrouper dans un seul enregistrement TXT v=spf1, corriger la syntaxe, et supprimer ou aplatir des includes jusqu&apos;à ce que dix mécanismes au plus nécessitent une requête DNS. Pour 4.7.24, vérifiez que les serveurs de noms faisant autorité pour le domaine répondent rapidement depuis l&apos;extérieur&#xa0;; si c&apos;est le cas, le problème se situe peut-être du côté du serveur de réception et la file d&apos;attente remettra le message lors d&apos;une tentative ultérieure.</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>Sur un 4.7.24, réessayez avec le délai croissant habituel&#xa0;; les délais DNS dépassés se résorbent généralement. Sur un 5.7.24, ne réessayez pas avant que l&apos;enregistrement SPF soit corrigé, car chaque tentative se heurtera à la même erreur permanente.</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>L&apos;enregistrement SPF nécessite plus de dix requêtes DNS une fois comptés tous les include, a, mx, ptr, exists et redirect.</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Le domaine publie deux enregistrements TXT v=spf1 distincts, ce qui donne une erreur permanente.</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>L&apos;enregistrement contient une erreur de syntaxe, comme un nom d&apos;hôte après ip4:, un mécanisme mal orthographié ou un caractère parasite.</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Les serveurs de noms du domaine dépassent le délai ou répondent SERVFAIL, si bien que le serveur de réception obtient une erreur temporaire.</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Listez tous les enregistrements TXT du domaine d&apos;enveloppe et assurez-vous qu&apos;un seul d&apos;entre eux commence par v=spf1.</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Développez chaque include: (et les includes qu&apos;il contient) et comptez chaque mécanisme qui coûte une requête DNS.</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Interrogez directement chaque serveur de noms faisant autorité pour le domaine&#xa0;; un serveur qui ne répond pas dans les délais explique un temperror.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>Échec de la validation du DNS inverse</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>L&apos;adresse IP du client qui se connecte a échoué au contrôle de DNS inverse du serveur de réception&#xa0;: elle n&apos;a pas d&apos;enregistrement PTR, ou le nom figurant dans l&apos;enregistrement PTR ne se résout pas vers la même adresse (DNS inverse confirmé par le DNS direct). Les serveurs de réception s&apos;en servent comme d&apos;un filtre peu coûteux contre les machines domestiques infectées et les serveurs mal administrés. Rejet permanent.</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>À tout moment après la connexion, le plus souvent en réponse à MAIL FROM, à RCPT TO ou à la fin du DATA. Typique après le déplacement d&apos;un serveur de messagerie vers un nouveau VPS ou une nouvelle adresse cloud, après l&apos;activation d&apos;IPv6 (l&apos;adresse IPv6 n&apos;a pas de PTR), ou lorsque le nom PTR désigne un hôte dont l&apos;enregistrement A a été modifié depuis. Gmail l&apos;envoie sous la forme 550 5.7.25.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur demande à celui qui contrôle l&apos;adresse IP (fournisseur d&apos;hébergement, FAI ou console cloud&#xa0;; pas le bureau d&apos;enregistrement du domaine) de définir un enregistrement PTR nommant le serveur de messagerie, par exemple mail.example.com, et s&apos;assure que ce nom possède un enregistrement A ou AAAA pointant vers la même IP. Le nom HELO devrait être ce même nom d&apos;hôte. Renvoyez ensuite le message.</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>Ne réessayez pas sans changement depuis cette adresse IP. Réessayez une fois que le PTR et les enregistrements A ou AAAA correspondants existent et que les réponses négatives en cache ont expiré.</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>L&apos;adresse IP d&apos;envoi n&apos;a aucun enregistrement PTR, ce qui est courant pour les nouvelles adresses de VPS et de cloud.</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>Le nom PTR existe, mais son enregistrement A ou AAAA pointe vers une autre adresse, si bien que la vérification directe échoue.</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>Le serveur envoie en IPv6 et seule son adresse IPv4 dispose d&apos;un DNS inverse.</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>Le PTR est un nom générique de FAI que le serveur de réception traite comme une adresse dynamique ou résidentielle.</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Recherchez l&apos;enregistrement PTR de l&apos;adresse IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Résolvez le nom obtenu dans le sens direct et confirmez qu&apos;il donne la même adresse.</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Répétez la résolution inverse pour l&apos;adresse IPv6 du serveur, s&apos;il en a une.</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Comparez avec le nom HELO qu&apos;annonce votre Postfix (Exim et les autres ont un paramètre équivalent).</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>L&apos;usage de Gmail correspond au sens du registre et couvre les expéditeurs IPv4 comme IPv6&#xa0;; la forme temporaire du même problème arrive en 4.7.23, et non en 4.7.25.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>Échec de plusieurs contrôles d&apos;authentification</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>Le serveur de réception a effectué plusieurs contrôles d&apos;authentification de l&apos;expéditeur (SPF, DKIM, et généralement DMARC en plus) et le message a échoué à l&apos;ensemble. Le code est un rejet permanent&#xa0;: le même message envoyé de la même manière sera de nouveau refusé.</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>À la fin du DATA, une fois que le serveur de réception dispose du message complet et peut vérifier ses signatures. Gmail l&apos;a rendu célèbre&#xa0;: depuis des années, il répond 550 5.7.26 au courrier qui échoue à la politique DMARC du domaine de l&apos;expéditeur et au courrier sans résultat SPF ou DKIM exploitable, et ses exigences envers les expéditeurs de 2024 ont rendu cette réponse bien plus fréquente.</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>Corrigez l&apos;authentification côté envoi, pour le domaine de l&apos;en-tête From. Publiez un enregistrement SPF qui couvre tous les serveurs envoyant pour le domaine, signez le courrier sortant avec DKIM à l&apos;aide d&apos;une clé publiée dans le DNS, et faites en sorte qu&apos;au moins l&apos;un des deux soit aligné sur le domaine du From pour que DMARC passe. Envoyez ensuite un message de test et lisez son en-tête Authentication-Results avant de renvoyer le courrier qui a fait l&apos;objet d&apos;un avis de non-remise.</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>Ne réessayez pas le même message sans changement&#xa0;: il échouera de nouveau. Renvoyez uniquement après avoir corrigé les enregistrements d&apos;authentification ou la signature.</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>Aucun enregistrement SPF, ou un enregistrement SPF qui ne liste pas le serveur ou le service ayant réellement envoyé le message.</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>Aucune signature DKIM, ou une signature cassée par une passerelle, une liste de diffusion ou un pied de page qui a modifié le message après la signature.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF et DKIM passent pour un autre domaine que celui de l&apos;en-tête From&#xa0;; l&apos;alignement DMARC échoue donc, et la politique DMARC du domaine demande le rejet.</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>Un service d&apos;envoi récemment ajouté (outil de newsletter, CRM, système de tickets) envoie au nom du domaine de l&apos;entreprise sans avoir été autorisé dans le DNS.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Lisez l&apos;enregistrement SPF du domaine de l&apos;expéditeur et assurez-vous qu&apos;il liste l&apos;adresse IP du serveur d&apos;envoi ou l&apos;include du service.</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Vérifiez que la clé publique DKIM existe pour le sélecteur indiqué dans l&apos;en-tête DKIM-Signature du message (s=).</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Lisez la politique DMARC du domaine pour voir ce qu&apos;il est demandé au serveur de réception de faire en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Envoyez un message de test vers une boîte aux lettres que vous contrôlez chez un grand fournisseur et lisez l&apos;en-tête Authentication-Results&#xa0;: spf=, dkim= et dmarc= doivent indiquer pass.</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>Gmail envoie 5.7.26 aussi bien lorsqu&apos;un message ne passe ni SPF ni DKIM que lorsqu&apos;il échoue à la politique DMARC du domaine du From&#xa0;; le texte qui suit le code précise de quel cas il s&apos;agit.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>L&apos;adresse de l&apos;expéditeur a un MX nul</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>Le domaine de l&apos;expéditeur d&apos;enveloppe, ou celui de l&apos;en-tête From, publie un enregistrement MX nul (MX 0 .), qui déclare qu&apos;il ne reçoit jamais de courrier. Un serveur de réception peut refuser ce courrier, car les avis de non-remise et les réponses ne pourraient jamais atteindre l&apos;expéditeur, et un domaine qui déclare n&apos;avoir aucun service de messagerie est probablement usurpé. Défini dans la RFC 7505&#xa0;; permanent. C&apos;est le sens du registre&#xa0;; Gmail utilise les mêmes chiffres pour les échecs SPF (voir la section Fournisseurs).</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>En réponse au MAIL FROM lorsque le serveur de réception vérifie le MX du domaine d&apos;enveloppe, ou après le DATA lorsqu&apos;il vérifie le domaine de l&apos;en-tête From. Coupables typiques&#xa0;: une application qui envoie en tant que noreply@ d&apos;un domaine dont le DNS contient un MX nul, et des domaines parqués ou dédiés à l&apos;envoi dotés par erreur d&apos;un MX nul.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur supprime le MX nul et publie un vrai MX pour le domaine utilisé dans MAIL FROM et From, ou bien modifie l&apos;application pour qu&apos;elle envoie depuis un domaine qui accepte du courrier (un sous-domaine dédié aux avis de non-remise, doté de son propre MX, fait l&apos;affaire). La RFC 7505 indique que les domaines utilisés comme expéditeurs ne devraient pas publier de MX nul.</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>Ne réessayez pas sans changement le 5.7.27 du registre&#xa0;: le MX nul est une déclaration DNS délibérée. Le report 4.7.27 de Gmail est réessayé normalement, mais il n&apos;aboutit qu&apos;une fois que SPF passe.</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>Un domaine dédié à l&apos;envoi a reçu un MX nul pour ne rien recevoir, mais il est toujours utilisé dans MAIL FROM ou From.</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>Un modèle DNS pour domaines parqués ou inutilisés a ajouté MX 0 . à un domaine qui s&apos;est ensuite mis à envoyer du courrier.</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>Du spam ou de l&apos;hameçonnage usurpant un domaine à MX nul&#xa0;; dans ce cas, le rejet remplit son rôle.</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Recherchez le MX des domaines d&apos;enveloppe et du From&#xa0;; une réponse unique 0 . indique un MX nul.</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Vérifiez quel domaine votre Postfix ajoute aux adresses d&apos;expéditeur générées localement, car l&apos;expéditeur d&apos;enveloppe d&apos;une application peut différer de son adresse From.</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Après avoir publié un vrai MX, confirmez que l&apos;hôte qu&apos;il désigne accepte les connexions sur le port 25.</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>Rien à voir avec le MX nul&#xa0;: Gmail envoie 4.7.27 (report) et 5.7.27 (rejet) lorsque le message n&apos;a pas passé SPF au regard de ses exigences envers les expéditeurs. Corrigez l&apos;enregistrement SPF du domaine d&apos;enveloppe et ignorez le titre du registre.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>Afflux de courrier détecté</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>Le serveur de réception estime que le message fait partie d&apos;un afflux de messages abusifs similaires, typiquement un bombardement d&apos;e-mails (mail bomb) dans lequel une adresse reçoit des centaines de confirmations d&apos;inscription déclenchées par des soumissions falsifiées de formulaires web. 4.7.28 reporte le message et 5.7.28 le refuse. L&apos;IANA a enregistré le code à partir d&apos;un Internet-Draft de John Levine qui n&apos;a jamais été publié en tant que RFC.</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>Au RCPT TO ou à la fin du DATA, lorsqu&apos;un serveur de réception constate une rafale de messages quasi identiques vers un même destinataire ou depuis une même source. Les expéditeurs y sont confrontés lorsque leur formulaire d&apos;inscription à la newsletter, de réinitialisation de mot de passe ou de contact a été détourné pour bombarder une victime. Gmail utilise aussi 4.7.28, pour sa propre limitation de débit liée au spam (voir la section Fournisseurs).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;expéditeur arrête l&apos;afflux à la source&#xa0;: ajouter un CAPTCHA ou une limitation de débit au formulaire web, n&apos;envoyer qu&apos;une confirmation au plus par adresse sur une période donnée, et supprimer les confirmations en file d&apos;attente vers l&apos;adresse visée. Pour le 4.7.28 de Gmail, réduisez le volume depuis l&apos;IP ou le domaine concerné, retirez les destinataires inactifs et surveillez le taux de spam dans Postmaster Tools.</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>Sur un 4.7.28, réessayez à intervalles croissants et avec un débit d&apos;envoi plus faible&#xa0;; insister ne fait qu&apos;aggraver la situation. Sur un 5.7.28, ne renvoyez pas le même message, que le serveur de réception a classé comme faisant partie d&apos;un afflux abusif.</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>Un robot a soumis à de nombreuses reprises le formulaire d&apos;inscription ou de contact de l&apos;expéditeur avec l&apos;adresse de la victime.</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>Un bogue ou une boucle dans une application a envoyé sans cesse la même notification au même destinataire.</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>Un compte compromis ou un script sur le serveur d&apos;envoi a expédié en masse des messages quasi identiques.</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>Chez Gmail&#xa0;: une hausse du courrier d&apos;apparence non sollicitée provenant de l&apos;adresse IP d&apos;envoi ou du domaine authentifié.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Comptez combien de messages votre serveur a envoyés récemment à l&apos;adresse concernée.</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Vérifiez la ligne récapitulative de la file d&apos;attente pour repérer une accumulation de messages en attente.</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Cherchez dans le journal du serveur web des rafales de soumissions de formulaire, signe qu&apos;un robot utilise votre formulaire.</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>Une limitation de débit liée à la réputation plutôt qu&apos;un verdict de bombardement&#xa0;: Gmail a constaté trop de courrier d&apos;apparence non sollicitée provenant de votre adresse IP, ou de votre domaine DKIM ou SPF (les variantes plus longues du texte précisent lequel), et ralentit l&apos;acceptation. La situation se résorbe à mesure que la réputation se rétablit.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>Échec de la validation ARC</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>Le message portait des en-têtes Authenticated Received Chain (RFC 8617, une RFC expérimentale) et la chaîne ne s&apos;est pas validée&#xa0;; le serveur de réception ne pouvait donc pas se fier aux résultats d&apos;authentification enregistrés par les intermédiaires par lesquels il est passé. Un serveur de réception peut refuser ce courrier, surtout s&apos;il échoue aussi à DMARC. C&apos;est le sens du registre&#xa0;; Gmail utilise les mêmes chiffres pour le courrier envoyé sans TLS (voir la section Fournisseurs).</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>À la fin du DATA, sur du courrier passé par une liste de diffusion, un service de transfert ou une passerelle de sécurité qui ajoute les en-têtes ARC-Seal, ARC-Message-Signature et ARC-Authentication-Results. Rare en pratique&#xa0;: la plupart des serveurs de réception n&apos;utilisent ARC que comme indice en cas d&apos;échec DMARC, si bien qu&apos;une chaîne cassée provoque rarement un rejet à elle seule.</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>L&apos;administrateur de l&apos;intermédiaire dont le jeu ARC échoue (souvent un serveur de listes ou une passerelle) corrige son scellement ARC&#xa0;: une clé publiée pour son sélecteur, des numéros d&apos;instance corrects, et aucune modification du message après le scellement. L&apos;expéditeur d&apos;origine ne peut pas réparer la chaîne d&apos;un autre système&#xa0;: envoyez l&apos;avis de non-remise, avec les en-têtes complets, à l&apos;exploitant de la liste ou du service de transfert.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>Ne réessayez pas sans changement un 5.7.29 du registre&#xa0;: la chaîne cassée fait partie du message et échouera de nouveau. Un report 4.7.29 de Gmail n&apos;aboutit lors d&apos;une nouvelle tentative qu&apos;une fois que la connexion utilise TLS.</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>Un intermédiaire a modifié le message après avoir ajouté son jeu ARC, cassant son ARC-Message-Signature.</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>La clé publique du sélecteur indiqué dans un ARC-Seal est absente du DNS.</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>Un jeu ARC manque ou est dans le désordre (numéros d&apos;instance i=1, i=2, etc. non continus), ce qui invalide la chaîne.</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>Un saut ultérieur a scellé avec cv=fail, marquant la chaîne comme déjà cassée.</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Listez les en-têtes ARC avec leurs numéros d&apos;instance i= et le résultat cv= de chaque ARC-Seal.</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Vérifiez la chaîne sur une copie enregistrée du message (python3-dkim fournit arcverify).</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Récupérez la clé correspondant aux s= et d= de l&apos;ARC-Seal en échec.</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>Rien à voir avec ARC&#xa0;: Gmail envoie 4.7.29 (report) et 5.7.29 (rejet) lorsque le message lui est parvenu sur une connexion sans TLS. Faites en sorte que le MTA d&apos;envoi utilise STARTTLS vers les hôtes MX de Gmail, et vérifiez chaque relais du chemin sortant.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>Prise en charge de REQUIRETLS requise</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>Le message a été envoyé avec l&apos;option REQUIRETLS (RFC 8689), qui exige un TLS vérifié et la prise en charge de REQUIRETLS à chaque saut, et un serveur n&apos;a trouvé aucun saut suivant qui l&apos;offre. Plutôt que de renoncer à la protection, le message fait l&apos;objet d&apos;un avis de non-remise. Permanent. C&apos;est le sens du registre&#xa0;; Gmail utilise les mêmes chiffres pour les échecs DKIM (voir la section Fournisseurs).</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>Surtout dans un avis de non-remise (DSN) émis par le propre relais sortant de l&apos;expéditeur ou par un saut ultérieur, après que la réponse EHLO du serveur suivant n&apos;a pas listé REQUIRETLS&#xa0;; certaines implémentations l&apos;utilisent aussi pour refuser directement un MAIL FROM ... REQUIRETLS. Encore rare, car peu de serveurs implémentent REQUIRETLS (Postfix en documente la prise en charge dans ses versions récentes).</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>C&apos;est à l&apos;expéditeur de décider. Si le contenu ne doit pas transiter par une liaison non chiffrée ou non vérifiée, ne l&apos;envoyez pas par e-mail à ce destinataire, ou demandez à l&apos;administrateur du destinataire d&apos;activer REQUIRETLS avec DANE ou MTA-STS. Sinon, renvoyez sans REQUIRETLS, ce que contrôlent le client d&apos;envoi ou la politique de messagerie de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>Ne réessayez pas un 5.7.30 du registre&#xa0;: le chemin n&apos;acquerra pas la prise en charge de REQUIRETLS d&apos;une tentative à l&apos;autre. Un report 4.7.30 de Gmail est réessayé normalement, mais n&apos;aboutit qu&apos;une fois que DKIM passe.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>Le serveur de messagerie du destinataire n&apos;annonce pas REQUIRETLS, ce qui est encore le cas de la plupart des serveurs.</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>Un relais sur le chemin, comme un service de filtrage sortant ou un smart host, ne prend pas en charge REQUIRETLS.</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>Le client d&apos;envoi applique REQUIRETLS à tout le courrier, y compris vers des destinataires dont les serveurs ne peuvent pas le respecter.</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Trouvez les hôtes MX du domaine destinataire.</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Vérifiez si le MX liste REQUIRETLS dans la réponse EHLO qu&apos;il donne après STARTTLS.</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Lisez les champs Reporting-MTA et Remote-MTA de l&apos;avis de non-remise pour voir quel saut a abandonné, et s&apos;il s&apos;agit de votre propre relais.</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>Rien à voir avec REQUIRETLS&#xa0;: Gmail envoie 4.7.30 (report) et 5.7.30 (rejet) lorsque le message n&apos;a pas passé DKIM au regard de ses exigences envers les expéditeurs. Signez le courrier sortant avec DKIM pour votre domaine et publiez la clé.</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>impossible de se connecter au serveur SMTP</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>erreur socket 10051</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>impossible de se connecter au serveur SMTP</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>envoyé mais pas reçu</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>greylisting</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>soft bounce</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>greylisting</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>soft bounce</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>échec de STARTTLS</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>utilisateur inexistant</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>destinataire invalide</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>adresse inexistante</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>format d&apos;adresse invalide</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>applications moins sécurisées</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>authentification à deux facteurs (2FA)</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>mot de passe incorrect</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>utilisateur inexistant</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>blacklist</translation>
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
        <translation>hard bounce</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>message trop volumineux</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>pièce jointe trop volumineuse</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>blacklist</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>hard bounce</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>blacklist</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>erreur non spécifiée</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>adresse invalide</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>utilisateur inexistant</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>destinataire invalide</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>destinataire introuvable</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>l&apos;adresse n&apos;existe pas</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>adresse e-mail inexistante</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>le domaine n&apos;existe pas</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>NXDOMAIN</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>aucun enregistrement MX</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>adresse e-mail invalide</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>adresse mal formée</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>compte fermé</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>employé parti de l&apos;entreprise</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>adresse d&apos;expéditeur invalide</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>MAIL FROM mal formé</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>le domaine de l&apos;expéditeur n&apos;existe pas</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>RFC 7505</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>erreur de boîte aux lettres</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>boîte aux lettres désactivée</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>quota dépassé</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>boîte de réception pleine</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>plus d&apos;espace de stockage</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>message trop volumineux</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>pièce jointe trop volumineuse</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>liste de distribution</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>erreur interne du serveur</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>disque plein</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>plus d&apos;espace disque</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>serveur de messagerie en panne</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>message trop volumineux</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>pièce jointe trop volumineuse</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>serveur de messagerie mal configuré</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>erreur de routage</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>le serveur ne répond pas</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>impossible de se connecter au serveur de messagerie</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>port 25 bloqué</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>connexion réinitialisée</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>connexion interrompue</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>erreur DNS</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>délai d&apos;attente DNS dépassé</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>échec de la résolution de noms</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>aucun enregistrement MX</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>trop de connexions</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>limite d&apos;envoi dépassée</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>remise retardée</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>message bloqué dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>délai de remise dépassé</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>erreur de protocole SMTP</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>limite de destinataires</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>paramètre invalide</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>message corrompu</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>MIME invalide</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>type de contenu non pris en charge</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>adresse e-mail internationalisée</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>TLS obligatoire</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>authentification SMTP requise</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>blacklist</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>liste de blocage</translation>
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
        <translation>pas autorisé à envoyer à ce groupe</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>méthode d&apos;authentification non prise en charge</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>erreur de certificat</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>erreur SSL</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>chiffrement non pris en charge</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>signature non concordante</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>mot de passe incorrect</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>échec de connexion</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>authentification à deux facteurs</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>compte verrouillé</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>applications moins sécurisées</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>adresse e-mail recyclée</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>échec DKIM</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>e-mail non signé</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>clé DKIM faible</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>alignement DKIM</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>domaine From non concordant</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>SPF hardfail</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>limite de 10 requêtes DNS SPF</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>plusieurs enregistrements SPF</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>rDNS</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>pas de DNS inverse</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>échec DMARC</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>bombardement d&apos;inscriptions</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>débit limité</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>échec d&apos;authentification</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>domaine introuvable</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>échec de résolution DNS</translation>
    </message>
    <message>
        <source>relay denied</source>
        <comment>X.7.1|keywords</comment>
        <translation>relais refusé</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>relais non autorisé</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>échec d&apos;authentification</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>échec SPF</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>enregistrement PTR manquant</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>quota dépassé</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>quota dépassé</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>En réponse à VRFY, 250 confirme la boîte aux lettres&#xa0;; 252 ne la confirme ni ne la dément, mais le serveur accepterait du courrier pour elle.</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>Seul VRFY reçoit ces réponses. La plupart des serveurs répondent 252 à tout VRFY pour empêcher la collecte d&apos;adresses.</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>Ne considérez jamais 252 comme la preuve qu&apos;une adresse existe. Pour tester une adresse, envoyez un message ou observez la réponse à RCPT TO.</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>Tous deux indiquent que le destinataire n&apos;est pas local&#xa0;; 251 accepte le message et le transfère, 551 le refuse et indique où l&apos;envoyer.</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>251 est une réponse de succès à RCPT TO&#xa0;; 551 est un échec permanent accompagné de &quot;please try &lt;forward-path&gt;&quot;.</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>Après un 251, rien à faire, mais le carnet d&apos;adresses peut être mis à jour. Après un 551, renvoyez le message à l&apos;adresse indiquée, une fois sûr qu&apos;elle est correcte.</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>421 met fin à toute la session, pour tous les messages et destinataires qu&apos;elle transporte&#xa0;; 450 refuse une seule action de messagerie, généralement un destinataire, et la session continue.</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>421 est souvent la première ligne après la connexion (le message d&apos;accueil) ou la dernière avant que le serveur raccroche, et son texte parle du service, de la connexion ou de votre adresse IP. 450 répond à MAIL FROM ou RCPT TO et désigne une boîte aux lettres ou un motif comme le greylisting.</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>Dans les deux cas, le serveur d&apos;envoi réessaie. Pour 421, examinez l&apos;ensemble du côté envoi&#xa0;: nombre de connexions, débit d&apos;envoi et réputation de l&apos;adresse IP. Pour 450, examinez ce destinataire précis ou le délai de greylisting, et attendez que le serveur réessaie depuis la même adresse IP.</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>Au message d&apos;accueil, tous deux refusent la connexion, mais 421 signifie «&#xa0;réessayez plus tard&#xa0;» et 554 «&#xa0;ce client n&apos;est pas servi&#xa0;».</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>C&apos;est le premier chiffre qui tranche&#xa0;: 421 au message d&apos;accueil s&apos;accompagne de textes évoquant la charge, un trop grand nombre de connexions ou un blocage temporaire&#xa0;; 554 au message d&apos;accueil désigne une liste de blocage ou un refus permanent, et le serveur répond 503 à toutes les commandes suivantes jusqu&apos;à QUIT.</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>Pour 421, ne faites rien dans un premier temps&#xa0;; réduisez le nombre de connexions parallèles si cela se répète. Pour 554, recherchez l&apos;adresse IP d&apos;envoi dans les listes de blocage et corrigez le problème de réputation&#xa0;: réessayer depuis la même adresse IP ne servira à rien.</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>450 concerne la boîte aux lettres du destinataire (occupée, verrouillée ou soumise au greylisting)&#xa0;; 451 concerne le serveur de réception lui-même, qui a rencontré une erreur pendant le traitement.</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Le code d&apos;état étendu et le texte permettent de trancher&#xa0;: 450 s&apos;accompagne de 4.2.x ou d&apos;un message de greylisting désignant le destinataire&#xa0;; 451 s&apos;accompagne de 4.3.0, de 4.4.x ou de &quot;Temporary local problem&quot;, souvent après l&apos;échec d&apos;une requête DNS ou d&apos;un analyseur de contenu côté réception.</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>Dans un premier temps, ni l&apos;un ni l&apos;autre ne demande d&apos;action à l&apos;expéditeur&#xa0;: la file d&apos;attente réessaie. Si le 450 persiste pendant des jours, interrogez l&apos;administrateur du destinataire sur la boîte aux lettres&#xa0;; si le 451 persiste, c&apos;est à l&apos;administrateur du serveur de réception de réparer son serveur&#xa0;: transmettez-lui la ligne de réponse exacte.</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>La même situation, boîte aux lettres indisponible, mais 450 est temporaire et 550 permanent.</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Seul le premier chiffre diffère&#xa0;: après 450, le message reste dans la file d&apos;attente de l&apos;expéditeur et un avis de retard peut suivre&#xa0;; après 550, le serveur de l&apos;expéditeur abandonne aussitôt et émet un avis de non-remise.</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>Après un 450, ne renvoyez pas le message à la main&#xa0;: la file d&apos;attente réessaie d&apos;elle-même. Après un 550, renvoyer le même message ne change rien&#xa0;; corrigez l&apos;adresse ou supprimez la cause que désigne le code d&apos;état étendu, puis envoyez-le de nouveau.</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>451 est une erreur de traitement sur le serveur de réception&#xa0;; 452 signale l&apos;épuisement d&apos;une ressource&#xa0;: espace disque, quota d&apos;une boîte aux lettres ou nombre de destinataires autorisés dans une transaction.</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>452 nomme la ressource&#xa0;: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) ou une boîte aux lettres pleine (4.2.2). 451 parle d&apos;une erreur locale, d&apos;un échec de requête ou d&apos;un service qui n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>Pour 452 avec 4.5.3, rien d&apos;anormal&#xa0;: le serveur d&apos;envoi remet les destinataires restants dans une transaction suivante. Pour un problème de stockage, l&apos;administrateur du serveur de réception libère de l&apos;espace. Pour 451, attendez la nouvelle tentative et signalez une erreur persistante à l&apos;administrateur du serveur de réception.</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>Tous deux concernent le stockage&#xa0;; 452 est temporaire (l&apos;espace peut se libérer), 552 est permanent (l&apos;allocation est dépassée pour ce message).</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>Le code d&apos;état étendu distingue les cas&#xa0;: 452 avec 4.2.2 ou 4.3.1 désigne une boîte aux lettres ou un disque plein qui peut se rétablir&#xa0;; 552 avec 5.2.2 désigne une boîte aux lettres qui dépasse son quota, et 552 avec 5.3.4 ou 5.2.3 un message trop volumineux.</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>Pour 452, laissez la file d&apos;attente réessayer et prévenez le destinataire que sa boîte aux lettres est pleine. Pour 552 avec 5.2.2, demandez au destinataire de faire de la place, puis renvoyez le message&#xa0;; pour 552 avec un code de taille, envoyez un message plus petit ou un lien à la place de la pièce jointe.</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>454 est un échec temporaire de TLS ou de l&apos;authentification côté serveur&#xa0;; 530 est une exigence que le client n&apos;a pas satisfaite.</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>454 répond à STARTTLS ou à AUTH eux-mêmes (&quot;454 4.7.0 Temporary authentication failure&quot;)&#xa0;: le client a donc fait ce qu&apos;il fallait. 530 répond à MAIL FROM lorsque le client a sauté STARTTLS ou AUTH.</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>Après un 454, le client réessaie plus tard et l&apos;administrateur du serveur de réception vérifie le certificat ou le système de vérification des mots de passe. Après un 530, les paramètres du client doivent changer&#xa0;: démarrer TLS, puis s&apos;authentifier.</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>500 signifie que le serveur n&apos;a pas compris la ligne&#xa0;; 502 signifie qu&apos;il a compris la commande mais ne l&apos;implémente pas ici.</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>502 répond à une commande connue mais désactivée, comme VRFY ou EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 répond à une ligne incompréhensible, trop longue ou relevant d&apos;un autre protocole, comme une négociation TLS sur un port en clair&#xa0;; Postfix 3.7 et versions ultérieures répondent aussi 500 5.5.2 aux commandes inconnues.</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>Pour 500, vérifiez que le client parle SMTP sur le bon port et dans le bon mode (TLS implicite sur 465, STARTTLS sur 587 et 25). Pour 502, cessez d&apos;utiliser cette commande&#xa0;; rien n&apos;est cassé.</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>501 rejette la façon dont l&apos;argument d&apos;une commande est écrit&#xa0;; 553 rejette le nom de la boîte aux lettres lui-même.</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>501 suit une syntaxe incorrecte&#xa0;: chevron manquant, nom EHLO invalide, paramètre inconnu (&quot;501 5.5.4&quot;). 553 suit une adresse syntaxiquement lisible mais refusée (5.1.3, 5.1.7, ou un expéditeur qui n&apos;appartient pas au compte authentifié).</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>Pour 501, corrigez le logiciel d&apos;envoi ou ses paramètres, car la commande elle-même est mal formée. Pour 553, corrigez l&apos;adresse saisie par l&apos;utilisateur ou l&apos;identité sous laquelle il envoie.</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>503 est une commande envoyée dans le mauvais ordre&#xa0;; 530 est une commande refusée tant que le client ne s&apos;est pas authentifié ou n&apos;a pas démarré TLS.</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>503 suit un RCPT TO avant MAIL FROM, un DATA avant tout destinataire, ou un AUTH là où il n&apos;est pas proposé (Postfix&#xa0;: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 répond à MAIL FROM avec &quot;Authentication required&quot; ou &quot;Must issue a STARTTLS command first&quot;.</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>Pour 503, corrigez la séquence du client&#xa0;: EHLO, STARTTLS, de nouveau EHLO, AUTH, MAIL FROM, RCPT TO, DATA. Pour 530, activez TLS et l&apos;authentification SMTP dans les paramètres du compte du client.</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>530 signifie que le client ne s&apos;est pas authentifié&#xa0;; 535 signifie qu&apos;il a essayé et que ses identifiants ont été refusés.</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>535 est la réponse à AUTH. 530 répond à MAIL FROM ou RCPT TO de la part d&apos;un client qui n&apos;a jamais envoyé AUTH.</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>Pour 530, activez l&apos;authentification dans le client. Pour 535, vérifiez le nom d&apos;utilisateur et le mot de passe, si le fournisseur exige un mot de passe d&apos;application, et si SMTP AUTH est autorisé pour le compte.</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>534 refuse la méthode de connexion&#xa0;; 535 refuse les identifiants.</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>Avec 534, le mot de passe peut tout à fait être correct&#xa0;: le mécanisme est trop faible, ou le fournisseur exige un mot de passe d&apos;application ou une connexion par navigateur (Gmail&#xa0;: &quot;534-5.7.9 Application-specific password required.&quot;). Avec 535, le nom d&apos;utilisateur ou le mot de passe est erroné, ou le compte n&apos;a pas le droit d&apos;utiliser SMTP.</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>Pour 534, utilisez TLS et un mécanisme plus robuste, un mot de passe d&apos;application ou OAuth, selon ce que demande le fournisseur. Pour 535, corrigez les identifiants ou déverrouillez le compte.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>Deux niveaux d&apos;une même réponse&#xa0;: 535 est le code de base des identifiants refusés et 5.7.8 le code d&apos;état étendu pour la même chose&#xa0;; ils arrivent généralement ensemble sous la forme 535 5.7.8.</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>Un journal client affiche &quot;535 5.7.8&quot; ou &quot;535-5.7.8 Username and Password not accepted&quot; juste après AUTH. Certains serveurs envoient 535 sans code d&apos;état étendu, avec le même sens.</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>Corrigez les identifiants (nom d&apos;utilisateur, mot de passe ou mot de passe d&apos;application) et vérifiez que le compte a le droit d&apos;utiliser SMTP AUTH.</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>551 indique que le destinataire n&apos;est pas sur ce serveur et précise où envoyer à la place&#xa0;; 550 refuse le destinataire sans indiquer d&apos;autre destination.</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Une réponse 551 contient un forward-path (&quot;please try &lt;address&gt;&quot;)&#xa0;; elle est rare aujourd&apos;hui et certains serveurs l&apos;emploient à tort pour refuser le relais. Une réponse 550 indique plutôt un motif ou un code d&apos;état étendu.</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>Après un 551, vérifiez que l&apos;adresse proposée est authentique et renvoyez le message à cette adresse. Après un 550, lisez le code d&apos;état étendu&#xa0;: 5.1.1 est une adresse erronée, 5.7.1 un refus lié à une politique.</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>553 refuse l&apos;adresse elle-même, sa forme ou le droit de l&apos;expéditeur à l&apos;utiliser&#xa0;; 550 refuse la boîte aux lettres ou le message pour une autre raison.</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>553 arrive généralement à MAIL FROM ou RCPT TO avec 5.1.3, 5.1.7 ou un texte comme &quot;Sender address rejected: not owned by user&quot;. 550 arrive avec 5.1.1 (utilisateur inexistant), 5.7.1 (politique) ou un blocage.</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>Pour 553, corrigez l&apos;adresse&#xa0;: faute de frappe, caractères non autorisés, ou adresse From que votre compte n&apos;a pas le droit d&apos;utiliser. Pour 550, suivez son code d&apos;état étendu.</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>550 refuse généralement un seul destinataire&#xa0;; 554 refuse toute la transaction, soit dès la connexion, soit après les données du message.</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Regardez où il arrive&#xa0;: 550 répond à RCPT TO (ou à MAIL FROM)&#xa0;; 554 est le message d&apos;accueil (&quot;No SMTP service here&quot;) ou la réponse à la fin de DATA, là où s&apos;exécutent les contrôles de contenu et de réputation.</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>Pour 550, vérifiez l&apos;adresse du destinataire ou le motif de politique propre à ce destinataire. Pour 554 après DATA, vérifiez le contenu, la présence de l&apos;adresse IP d&apos;envoi dans les listes de blocage et l&apos;authentification du domaine&#xa0;; pour 554 au message d&apos;accueil, c&apos;est l&apos;adresse IP elle-même qui est refusée.</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>Ce ne sont pas deux alternatives mais deux niveaux d&apos;une même réponse&#xa0;: 550 est le code de réponse de base (permanent, boîte aux lettres indisponible), 5.1.1 le code d&apos;état étendu qui en donne la raison (la boîte aux lettres n&apos;existe pas).</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Une réponse comme &quot;550 5.1.1 User unknown&quot; contient les deux. 550 accompagne aussi 5.7.1, 5.2.1, 5.1.10 et d&apos;autres&#xa0;: 550 seul ne dit donc jamais lequel&#xa0;; 5.1.1 apparaît aussi dans le champ Status d&apos;un avis de non-remise.</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>Lisez d&apos;abord le code d&apos;état étendu s&apos;il y en a un&#xa0;: c&apos;est le plus précis des deux. Quand une réponse ne comporte que 550, le texte qui suit est le seul indice.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>Deux niveaux d&apos;une même réponse&#xa0;: 552 est le code de base d&apos;une allocation de stockage dépassée, 5.3.4 le code d&apos;état étendu qui indique que le message est trop volumineux pour le système.</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>552 seul est ambigu, car il accompagne aussi 5.2.2 (boîte aux lettres pleine) et 5.2.3 (limite de taille propre au destinataire)&#xa0;; avec 5.3.4, la raison est la limite de taille des messages du serveur.</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>Lisez le code d&apos;état étendu&#xa0;: avec 5.3.4, envoyez un message plus petit&#xa0;; avec 5.2.2, le destinataire doit libérer de l&apos;espace.</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>521 désigne un hôte qui n&apos;accepte jamais de courrier de personne&#xa0;; 554 au message d&apos;accueil refuse ce client précis, généralement à cause de son adresse IP.</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>521 vient d&apos;hôtes configurés pour ne recevoir aucun courrier, et le domaine publie souvent aussi un MX nul. 554 au message d&apos;accueil désigne généralement une liste de blocage, une politique ou votre adresse.</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>Après un 521, cessez d&apos;envoyer vers cette destination&#xa0;: l&apos;adresse ou l&apos;enregistrement MX est erroné. Après un 554, recherchez l&apos;adresse IP d&apos;envoi dans la liste de blocage nommée et demandez-en le retrait, ou envoyez via un serveur qui a une bonne réputation.</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>556 indique que le domaine du destinataire ne reçoit aucun courrier&#xa0;; 554 indique que cette transaction a échoué, pour une raison que donne son texte.</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>556 s&apos;accompagne de 5.1.10, souvent émis par votre propre serveur d&apos;envoi après avoir trouvé le MX nul du domaine (&quot;MX 0 .&quot;), avant toute connexion vers le destinataire. 554 vient du serveur distant, au message d&apos;accueil ou après DATA.</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>Après un 556, l&apos;adresse ne peut pas fonctionner&#xa0;: demandez-en une autre au destinataire. Après un 554, lisez son texte&#xa0;: liste de blocage, contenu ou politique.</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 désigne une boîte aux lettres que le serveur du destinataire ne connaît pas&#xa0;; 5.1.10 un domaine qui déclare ne recevoir aucun courrier (MX nul).</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.1 vient du serveur du destinataire après RCPT TO. 5.1.10 vient généralement de votre propre serveur d&apos;envoi, qui a lu le MX nul du domaine et ne s&apos;est jamais connecté.</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Pour 5.1.1, cherchez une faute de frappe dans la partie avant le @. Pour 5.1.10, aucune orthographe de la boîte aux lettres ne fonctionnera&#xa0;: demandez une adresse dans un autre domaine.</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 désigne une adresse qui n&apos;existe pas&#xa0;; 5.2.1 une boîte aux lettres qui existe mais est désactivée ou suspendue.</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>Le texte permet de trancher&#xa0;: &quot;does not exist&quot;, &quot;no such user&quot; ou &quot;user unknown&quot; pour 5.1.1&#xa0;; &quot;disabled&quot;, &quot;inactive&quot; ou &quot;suspended&quot; pour 5.2.1.</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Pour 5.1.1, corrigez l&apos;adresse. Pour 5.2.1, joignez le destinataire par un autre moyen&#xa0;; si l&apos;avis de non-remise se répète pendant des semaines, considérez que l&apos;adresse n&apos;existe plus et retirez-la des listes.</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 met en cause la partie avant le @ (la boîte aux lettres)&#xa0;; 5.1.2 la partie après (le domaine).</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.2 vient souvent de votre propre serveur, qui n&apos;a pas trouvé le domaine dans le DNS&#xa0;; 5.1.1 vient du serveur du destinataire, qui a cherché la boîte aux lettres sans rien trouver.</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Corrigez la partie erronée&#xa0;: le nom d&apos;utilisateur pour 5.1.1, le domaine pour 5.1.2.</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>5.1.2 indique que le domaine du destinataire n&apos;est pas une destination de messagerie valide&#xa0;; 5.4.4 que le système d&apos;envoi n&apos;a pas trouvé de route vers lui.</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>5.1.2 suit un domaine qui n&apos;existe pas (NXDOMAIN), souvent à cause d&apos;une faute de frappe. 5.4.4 suit un DNS qui répond sans fournir de route utilisable&#xa0;: un MX qui pointe vers un nom sans adresse, ou des enregistrements impossibles à résoudre.</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>Pour 5.1.2, corrigez l&apos;orthographe du domaine. Pour 5.4.4, l&apos;administrateur du domaine du destinataire répare ses enregistrements MX&#xa0;; si de nombreux domaines échouent, vérifiez le résolveur DNS du serveur d&apos;envoi lui-même.</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>5.1.10 concerne le domaine du destinataire, qui ne reçoit aucun courrier&#xa0;; 5.7.27 concerne le domaine de l&apos;expéditeur, qui déclare ne recevoir aucun courrier et se voit donc refusé comme expéditeur.</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>5.1.10 désigne l&apos;adresse du destinataire et vient généralement de votre propre serveur d&apos;envoi. 5.7.27 vient du serveur de réception et porte sur le domaine de votre MAIL FROM ou de votre From.</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>Pour 5.1.10, utilisez une autre adresse de destinataire. Pour 5.7.27, l&apos;administrateur de l&apos;expéditeur supprime le MX nul ou envoie depuis un domaine capable de recevoir les réponses et les avis de non-remise.</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>La même boîte aux lettres pleine&#xa0;; avec 4.2.2, le serveur d&apos;envoi réessaie, avec 5.2.2, il abandonne aussitôt.</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>Seule la classe diffère, et les serveurs ne font pas le même choix pour une même situation&#xa0;: beaucoup envoient 452 4.2.2, d&apos;autres 552 5.2.2.</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>Après un 4.2.2, rien à faire&#xa0;: la file d&apos;attente réessaie, et l&apos;on peut prévenir le destinataire que sa boîte aux lettres est pleine. Après un 5.2.2, le destinataire doit libérer de l&apos;espace avant que le message soit envoyé de nouveau.</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>5.2.2 désigne une boîte aux lettres pleine&#xa0;; 5.2.3 un message isolé qui dépasse la limite de taille du destinataire.</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>Le texte parle de quota ou de boîte aux lettres pleine pour 5.2.2, de taille de message pour 5.2.3. Un court message de test passe vers une boîte aux lettres en 5.2.3, jamais vers une boîte aux lettres en 5.2.2.</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>Pour 5.2.2, le destinataire libère de l&apos;espace. Pour 5.2.3, envoyez moins&#xa0;: compressez la pièce jointe ou partagez un lien.</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>Tous deux concernent la taille&#xa0;: 5.3.4 est la limite du serveur dans son ensemble, 5.2.3 une limite fixée pour le destinataire ou la boîte aux lettres.</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>5.3.4 peut arriver dès MAIL FROM, lorsque le paramètre SIZE dépasse la limite annoncée par le serveur, et s&apos;applique alors à tous les destinataires&#xa0;; 5.2.3 arrive pour certains destinataires seulement.</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>Dans les deux cas, envoyez un message plus petit. Seul l&apos;administrateur du serveur de réception peut relever une limite 5.3.4 (dans Postfix, message_size_limit)&#xa0;; une limite 5.2.3 peut être propre à cette boîte aux lettres ou à ce groupe.</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>4.4.1 signifie qu&apos;aucune connexion n&apos;a pu être établie avec l&apos;hôte de réception&#xa0;; 4.4.2 qu&apos;une connexion a été établie puis s&apos;est rompue.</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>Postfix journalise 4.4.1 avec &quot;Connection timed out&quot; ou &quot;Connection refused&quot; pendant la connexion, et 4.4.2 avec &quot;lost connection with ... while sending ...&quot;.</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>Pour 4.4.1, vérifiez que le port 25 sortant est ouvert, que l&apos;hôte MX est en service et que son adresse est correcte. Pour 4.4.2, examinez ce qu&apos;a fait le côté distant en cours de session&#xa0;: délais dépassés, échecs TLS, ou pare-feu qui coupe les transferts longs.</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>Tous deux concernent un message qui n&apos;a pas pu être remis à temps&#xa0;; 4.4.7 est un avertissement indiquant qu&apos;il est encore en file d&apos;attente, 5.4.7 l&apos;échec final après expiration de la durée de vie en file d&apos;attente.</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>Un avis 4.4.7 indique que le message est retardé et que le serveur va continuer d&apos;essayer (Action: delayed). Un avis de non-remise 5.4.7 indique que le serveur a abandonné (Action: failed) et restitue le message à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>Après un 4.4.7, rien n&apos;est encore perdu&#xa0;: cherchez pourquoi la destination est injoignable. Après un 5.4.7, le message doit être envoyé de nouveau une fois que la destination accepte du courrier.</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>Tous deux signalent un trop grand nombre de destinataires&#xa0;; 4.5.3 demande d&apos;envoyer les autres dans une autre transaction, 5.5.3 refuse le message parce qu&apos;il en a trop.</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>4.5.3 arrive avec 452, une fois atteinte la limite par transaction du serveur&#xa0;; les destinataires acceptés auparavant reçoivent quand même le message. 5.5.3 est un refus permanent, souvent lié à la limite de destinataires par message d&apos;un fournisseur.</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>Après un 4.5.3, rien à faire&#xa0;: les serveurs de messagerie envoient d&apos;eux-mêmes aux destinataires restants. Après un 5.5.3, scindez la liste des destinataires, ou utilisez une liste de diffusion ou un service d&apos;envoi en masse.</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>Tous deux sont des refus temporaires liés à la sécurité ou à une politique&#xa0;; 4.7.0 ne donne aucun motif précis, 4.7.1 indique que la remise n&apos;est pas autorisée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>4.7.0 accompagne souvent des problèmes de TLS ou d&apos;authentification et des limites de débit pour un trafic suspect&#xa0;; 4.7.1 accompagne souvent le greylisting ou un blocage temporaire de l&apos;adresse IP d&apos;envoi. Le texte est le seul guide fiable.</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>Dans les deux cas, laissez la file d&apos;attente réessayer. Si cela persiste, vérifiez la réputation de l&apos;adresse IP d&apos;envoi, son DNS inverse, le SPF et le DKIM du domaine, et le bon fonctionnement de TLS.</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>5.7.0 est un refus de sécurité non précisé&#xa0;; 5.7.1 est un refus parce que l&apos;expéditeur, le destinataire ou le relais n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>5.7.0 est typique avec 530, quand TLS ou l&apos;authentification doivent passer en premier. 5.7.1 arrive généralement avec 550 ou 554 et un motif&#xa0;: relais refusé, liste de blocage, politique propre au destinataire.</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>Pour 5.7.0, satisfaites l&apos;exigence que nomme le texte (STARTTLS, AUTH). Pour 5.7.1, agissez selon le motif donné&#xa0;: authentifiez-vous pour utiliser le relais, obtenez le retrait de la liste de blocage, ou demandez au destinataire d&apos;autoriser l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>5.7.1 désigne tout refus d&apos;autorisation&#xa0;; 5.7.26 désigne spécifiquement un courrier dont l&apos;authentification a échoué (SPF et DKIM, et donc DMARC).</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>Un texte 5.7.26 parle d&apos;authentification, de SPF, de DKIM ou de DMARC. Un texte 5.7.1 évoque le relais, une liste de blocage, une politique ou l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>Pour 5.7.26, l&apos;administrateur du domaine d&apos;envoi corrige le SPF, signe avec DKIM et aligne les deux sur le domaine du From. Pour 5.7.1, suivez le motif indiqué dans le texte.</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>Le même refus, remise non autorisée, mais 4.7.1 est temporaire et 5.7.1 permanent.</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>La classe permet de trancher&#xa0;: avec 4.7.1, le message reste dans la file d&apos;attente de l&apos;expéditeur, généralement à cause du greylisting ou d&apos;un blocage temporaire&#xa0;; avec 5.7.1, un avis de non-remise est émis aussitôt.</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>Après un 4.7.1, laissez la file d&apos;attente réessayer depuis la même adresse IP. Après un 5.7.1, supprimez la cause indiquée par le texte avant d&apos;envoyer de nouveau.</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 signale un nom d&apos;utilisateur ou un mot de passe refusé&#xa0;; 5.7.0 un motif de sécurité non précisé, qui, à la connexion, est souvent qu&apos;une authentification est tout simplement requise.</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 arrive après AUTH, généralement sous la forme 535 5.7.8. 5.7.0 arrive avant AUTH, sous la forme 530 5.7.0, lorsque le client a tenté d&apos;envoyer sans s&apos;authentifier ou sans TLS.</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>Pour 5.7.8, corrigez les identifiants ou utilisez un mot de passe d&apos;application. Pour 5.7.0, activez TLS et l&apos;authentification dans le client.</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 refuse les identifiants&#xa0;; 5.7.9 refuse le mécanisme d&apos;authentification ou le type de mot de passe.</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 arrive avec 535&#xa0;; 5.7.9 arrive avec 534 et des textes comme &quot;Application-specific password required&quot;.</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>Pour 5.7.8, corrigez le nom d&apos;utilisateur ou le mot de passe. Pour 5.7.9, passez à un mécanisme plus robuste, à un mot de passe d&apos;application ou à OAuth, selon ce que demande le fournisseur.</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>Tous deux indiquent que l&apos;authentification exige le chiffrement&#xa0;; 5.7.10 (avec 523) demande une couche de chiffrement avant l&apos;utilisation du mécanisme, 5.7.11 (avec 538) indique que le mécanisme choisi ne fonctionne que sur une connexion chiffrée.</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>C&apos;est le code de base qui les distingue&#xa0;: 523 va avec 5.7.10 et 538 avec 5.7.11. Tous deux répondent à AUTH sur une connexion non chiffrée, et tous deux sont rares, car les serveurs modernes ne proposent pas de mécanismes à mot de passe avant TLS.</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>Dans les deux cas, démarrez TLS (STARTTLS, ou TLS implicite sur le port 465) avant AUTH, et vérifiez que le client ne se rabat pas sur une connexion en clair.</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>5.7.23 désigne le seul échec du contrôle SPF&#xa0;; 5.7.26 signifie que plusieurs contrôles d&apos;authentification ont échoué, si bien que le message n&apos;avait pas non plus de signature DKIM valide.</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>Un texte 5.7.23 nomme SPF et souvent l&apos;adresse IP d&apos;envoi&#xa0;; un texte 5.7.26 indique que le message n&apos;est pas authentifié ou mentionne DMARC.</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>Pour 5.7.23, ajoutez le serveur d&apos;envoi ou le service qui envoie à l&apos;enregistrement SPF du domaine. Pour 5.7.26, faites-le aussi, et signez en outre avec DKIM, aligné sur le domaine du From.</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>5.7.25 refuse une adresse IP d&apos;envoi sans DNS inverse valide&#xa0;; 5.7.1 est un refus d&apos;autorisation général.</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>Un texte 5.7.25 mentionne PTR ou le DNS inverse (Gmail&#xa0;: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 donne un autre motif.</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>Pour 5.7.25, demandez à celui qui détient l&apos;adresse IP (fournisseur d&apos;hébergement ou fournisseur réseau) un enregistrement PTR dont le nom se résout vers la même adresse. Pour 5.7.1, suivez son texte.</translation>
    </message>
</context>
</TS>
