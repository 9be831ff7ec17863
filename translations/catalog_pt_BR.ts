<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>Não foi possível abrir a conexão</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>não consigo conectar ao servidor smtp</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>erro de socket 10051</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>Nenhuma RFC define 101 como resposta SMTP: os servidores SMTP só podem enviar códigos que começam com 2, 3, 4 ou 5, e o SMTP não tem nenhuma classe 1xx. O número que aparece é quase sempre um código de erro do sistema operacional, geralmente o errno 101 do Linux, ENETUNREACH (Network is unreachable), exibido por um cliente ou biblioteca que nem sequer conseguiu abrir a conexão TCP. Costuma ser confundido com o 421 ou com o código aprimorado 4.4.1, que os servidores de e-mail registram no log para o mesmo tipo de falha.</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>Antes de qualquer diálogo SMTP, enquanto o cliente ainda tenta se conectar. As origens típicas são o PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), o smtplib do Python (&quot;[Errno 101] Network is unreachable&quot;) e linhas de log do Postfix como &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, muitas vezes para o endereço IPv6 de um MX de destino em um host sem IPv6 funcionando.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>Não há nada de errado com a mensagem nem com o destinatário: o host de envio não tem caminho de rede até o servidor. O administrador do remetente (ou quem mantém o host onde o script roda) verifica a rota padrão e, quando as falhas são em endereços IPv6, corrige a conectividade IPv6 ou configura o software de e-mail para usar somente IPv4 (no Postfix, inet_protocols = ipv4). Confirme também que o nome do servidor nas configurações do cliente resolve para o endereço esperado e que não falta uma rota em uma VPN ou na rede de contêineres. As mensagens na fila saem na próxima nova tentativa, assim que o host conseguir alcançar o servidor.</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>O destino tem um registro AAAA e o host de envio tem o IPv6 ativado, mas nenhuma rota padrão IPv6, então toda tentativa por IPv6 falha na hora.</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>O host de envio não tem nenhuma rota padrão utilizável, por exemplo um contêiner, uma VM ou um servidor recém-instalado com o gateway errado.</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>Uma VPN, uma rota de política ou uma regra de firewall no lado do envio manda o tráfego destinado à rede do servidor para lugar nenhum.</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>O número foi copiado de uma lista de “códigos de erro SMTP” de algum blog; é o erro de socket do cliente, não algo que um servidor de e-mail disse.</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>Consulte os endereços IPv6 e IPv4 que o cliente tentará usar para o servidor.</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>Pergunte ao kernel qual rota ele usaria para o endereço que falha; um erro aqui confirma o problema de roteamento.</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>Tente uma conexão TCP simples na porta que o cliente usa (25, 465 ou 587).</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>Em um host Postfix, liste as falhas recentes de rede inalcançável e observe se todas são IPv6.</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>Um servidor de e-mail trata isso como falha temporária: a mensagem permanece na fila e recebe novas tentativas com intervalos crescentes. Um script ou aplicativo deve tentar novamente após um intervalo ou informar a falha ao usuário; repetir a tentativa não adianta enquanto a rota não for corrigida.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>Conexão recusada</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>não consigo conectar ao servidor smtp</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>Nenhuma RFC define 111 como resposta SMTP; um servidor de e-mail nunca pode enviá-lo, porque as respostas SMTP começam com 2, 3, 4 ou 5. O número é o errno 111 do Linux, ECONNREFUSED: a tentativa de conexão do cliente foi ativamente recusada, por um reset TCP ou por um ICMP port-unreachable, porque nada escuta naquela porta ou um firewall a bloqueia. Costuma ser confundido com 421 ou 554, que vêm de um servidor que respondeu, e corresponde ao 4.4.1 que os servidores de e-mail registram para conexões que falharam.</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>No momento da conexão, antes de qualquer saudação. Aparece como &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; no Python, &quot;Connection refused (111)&quot; no PHPMailer e, nos logs do Postfix, como &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; com dsn=4.4.1 e status=deferred. Softwares para Windows informam a mesma condição como erro de socket 10061.</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>Primeiro descubra de que lado vem a recusa. Se você administra o servidor, confirme que o serviço de e-mail está rodando, escutando no endereço público e na porta certa (não apenas em 127.0.0.1) e liberado no firewall do host. Se você é o remetente, verifique se o aplicativo usa o host e a porta corretos (587 ou 465 para submissão, 25 entre servidores) e se nenhum firewall local ou do provedor bloqueia o SMTP de saída. As mensagens que já estão na fila de um MTA são entregues em uma nova tentativa posterior, assim que a porta aceitar conexões.</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>O serviço de e-mail no servidor está parado ou travou, então nada escuta nas portas 25, 465 ou 587.</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>O MTA está vinculado apenas à interface de loopback (por exemplo o Postfix com inet_interfaces = loopback-only) e o cliente se conecta pela rede.</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>O aplicativo aponta para o host ou a porta errados, por exemplo a 465 em um servidor que só oferece a 587, ou um nome de servidor desativado.</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>Um firewall na frente do servidor rejeita a porta com um reset em vez de descartar os pacotes silenciosamente.</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>Teste, a partir da rede do cliente, se a porta aceita conexões TCP.</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>No servidor, liste os sockets SMTP em escuta e os endereços a que estão vinculados.</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>Em um servidor Postfix, mostre a quais interfaces e protocolos ele se vincula.</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>No MTA de envio, liste as conexões recusadas recentes para ver quais destinos são afetados.</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>Trate como temporário: um MTA mantém a mensagem na fila e faz novas tentativas com intervalos crescentes até esgotar o tempo de vida na fila (cinco dias por padrão no Postfix). Um aplicativo deve esperar antes de tentar novamente e alertar alguém, porque a recusa se repete até que o serviço em escuta ou o firewall seja corrigido.</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>Resposta de sucesso fora do padrão</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>200 não é uma resposta SMTP válida e nunca foi: a RFC 821 não definiu nenhum 200, e comandos como NOOP e RSET são bem-sucedidos com 250. Ele consta do catálogo apenas porque a RFC 876, um levantamento de servidores SMTP de 1983, constatou que alguns servidores antigos respondiam 200, por engano, onde o correto era 250.</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>Praticamente nunca no e-mail atual. Historicamente, aparecia em resposta a NOOP ou RSET de alguns servidores do início dos anos 1980. Quando alguém relata um 200 hoje, geralmente ele vem de um servidor SMTP escrito à mão ou simulado (mock), ou é o status HTTP 200 de uma API de envio baseada na web que foi parar em um log ao lado de códigos SMTP.</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>Nada a corrigir na mensagem. Um servidor que realmente responde a um comando SMTP com 200 deve ser corrigido por quem o desenvolveu para enviar 250. Um cliente que segue a RFC 5321 lê apenas o primeiro dígito de um código desconhecido, então trata 200 como sucesso; só um cliente que aborta ao recebê-lo precisa de correção por parte de quem mantém o software. Se o 200 vem de uma API HTTP de e-mail, consulte os eventos de entrega desse serviço em vez de procurar um significado SMTP.</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>Um servidor SMTP muito antigo ou caseiro que usa 200 em vez de 250 para NOOP, RSET ou outros comandos bem-sucedidos.</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>Uma API HTTP de e-mail respondeu 200 OK e o status foi lido como se fosse uma resposta SMTP.</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>Um ambiente de teste ou servidor SMTP simulado que devolve códigos tirados de uma lista de referência.</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>Converse com o servidor manualmente e anote qual comando produz o 200.</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>Verifique se o 200 veio mesmo de uma sessão SMTP procurando no log do Postfix respostas remotas que começam com 200: uma mensagem aceita mostra a resposta dentro de status=sent (...), e uma inesperada aparece depois de &quot;said:&quot;.</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>Nenhuma nova tentativa necessária: um cliente que segue a RFC 5321 lê o 2 inicial como sucesso e continua. Reenvie somente se um cliente rigoroso tiver abortado a sessão, e depois que o cliente ou o servidor tiver sido corrigido.</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>Status do sistema ou resposta de ajuda do sistema</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>211 é uma resposta de sucesso que traz informações de status ou de ajuda sobre o próprio servidor. A RFC 5321 o lista ao lado do 214 como resposta válida a HELP, mas ele é raro na prática, porque a maioria dos servidores usa o 214 para o texto de ajuda. Ele nunca diz nada sobre uma mensagem específica.</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>Somente quando alguém envia HELP, ou um comando de status particular que alguns servidores implementam, durante uma sessão manual ou uma varredura; o script smtp-commands do nmap, por exemplo, envia EHLO e HELP para listar o que o servidor suporta. Ele não aparece na entrega normal, em devoluções nem em logs de fila.</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>Nada a corrigir: é uma resposta de sucesso informativa. Investigue apenas se um cliente a tratar como erro, o que é um bug desse software cliente, ou se o administrador do servidor quiser limitar o que o servidor revela sobre si mesmo a estranhos.</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>Alguém que testava o servidor manualmente digitou HELP, e esta implementação responde com 211 em vez de 214.</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>Uma ferramenta de varredura ou de inventário enviou HELP para identificar o servidor e listar os seus comandos.</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>O servidor oferece um comando de status fora do padrão e rotula a saída dele como 211.</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>Envie HELP você mesmo e compare o código com o 214, mais comum.</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>Liste os comandos e as extensões que o servidor declara.</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>Nenhuma nova tentativa necessária: HELP não tem efeito sobre nenhuma transação de e-mail, então o cliente simplesmente segue com o próximo comando.</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>Mensagem de ajuda (para o usuário humano)</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>214 é a resposta de sucesso normal a HELP: o texto que vem depois dele é para uma pessoa que lê a sessão, como uma lista de comandos suportados ou notas sobre um comando fora do padrão. Programas não devem interpretá-lo, e ele não diz nada sobre se a mensagem será aceita.</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and answers 502 instead, so a 502 there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>Em sessões interativas ou automatizadas depois de HELP, geralmente como resposta de várias linhas. O Exim responde com &quot;214-Commands supported:&quot; e uma lista de comandos; o Sendmail, com várias linhas &quot;214-2.0.0&quot; de texto de ajuda. O Postfix não implementa HELP e responde 502 no lugar, então um 502 ali não é defeito.</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>Nada a corrigir: o HELP funcionou. A lista de comandos em uma resposta 214 pode estar incompleta ou desatualizada; por isso, use a resposta ao EHLO para saber quais extensões (STARTTLS, AUTH, SIZE, PIPELINING) são realmente oferecidas. Um administrador de servidor que prefira não divulgar detalhes do software pode encurtar o texto de ajuda.</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>Um administrador ou engenheiro de suporte digitou HELP durante uma sessão de teste com telnet ou openssl.</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>Uma ferramenta de monitoramento ou de varredura de segurança enviou HELP para coletar os comandos suportados.</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>Um cliente enviou HELP com o nome de um comando como argumento para obter ajuda sobre esse comando.</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>Compare o texto do HELP com as extensões anunciadas na resposta ao EHLO, que é o que os clientes realmente usam.</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>Abra uma sessão manualmente e envie HELP, opcionalmente seguido do nome de um comando.</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>Nenhuma nova tentativa necessária; o HELP fica fora da transação de e-mail, então o cliente continua com EHLO, MAIL FROM ou QUIT, como previsto.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; Serviço pronto</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>220 é a saudação do servidor: a conexão TCP está aberta e o serviço SMTP está pronto para o EHLO. A primeira palavra depois do código deve ser o nome de host do servidor. O mesmo código responde ao STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; em muitos servidores) para dizer que o cliente já pode iniciar o handshake TLS.</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>Como primeira linha de toda conexão bem-sucedida, antes que o cliente diga qualquer coisa, e de novo como resposta ao STARTTLS. Banners típicos: &quot;ESMTP Postfix&quot;, o &quot;Microsoft ESMTP MAIL Service ready&quot; da Microsoft e o banner do Gmail terminado em &quot;- gsmtp&quot;. Uma saudação que começa com &quot;220-&quot; ocupa várias linhas; o postscreen do Postfix envia de propósito uma saudação parcial assim para pegar bots de spam que falam antes da vez.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>Nada a corrigir: o servidor está no ar e aceitando a sessão. Investigue quando a saudação demora muitos segundos (DNS reverso lento no servidor ou um atraso proposital na saudação), quando ela mostra um host inesperado (você pode estar chegando a um balanceador de carga, a um interceptador da porta 25 ou ao IP errado) ou quando o banner é substituído por uma fileira de asteriscos, sinal de um Cisco ASA ou PIX fazendo inspeção ESMTP, o que também pode esconder o STARTTLS. Se o handshake TLS falhar logo depois do 220 do STARTTLS, o administrador do servidor precisa corrigir o certificado ou as configurações do protocolo TLS.</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>Uma conexão normal a um servidor SMTP funcionando; a saudação é a primeira resposta esperada.</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>O cliente enviou STARTTLS e o servidor concordou em negociar o TLS.</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>Uma saudação de várias linhas do postscreen ou de um teste semelhante anterior à saudação, que um cliente correto simplesmente aguarda terminar.</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>Um firewall ou dispositivo de interceptação reescreveu o banner, então a saudação não mostra o nome real do servidor.</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>Conecte-se e leia a saudação, anotando quanto tempo ela leva para aparecer.</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>Teste o STARTTLS e examine o certificado que o servidor apresenta depois da resposta 220.</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>Compare o DNS reverso do endereço IP do servidor com o nome que aparece na saudação.</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>Nenhuma nova tentativa necessária: continue com EHLO ou, depois do 220 do STARTTLS, inicie o handshake TLS e envie EHLO novamente. Se nenhuma saudação chegar dentro dos cinco minutos que a RFC 5321 permite, abandone esta conexão e tente o próximo MX ou faça uma nova tentativa mais tarde.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; Serviço fechando o canal de transmissão</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>221 é a resposta do servidor ao QUIT: a sessão terminou e o servidor está prestes a fechar a conexão TCP. É um sucesso apenas da despedida e não traz nenhum veredito sobre as mensagens enviadas antes na sessão.</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>No final da sessão, depois que o cliente envia QUIT. O Postfix responde &quot;221 2.0.0 Bye&quot;; o Exchange, &quot;221 2.0.0 Service closing transmission channel&quot;; o Exim, &quot;221 mail.example.com closing connection&quot;. Ele costuma ficar no fim de uma transcrição que tem um erro mais acima, e por isso leva a culpa injustamente.</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>Nada a corrigir. Ao depurar, role para cima: o destino da mensagem é a resposta que veio depois do ponto final após o DATA (250 aceita; 4xx ou 5xx, não). Investigue apenas se o servidor fechar a conexão sem nenhum 221 ou enviar 221 em resposta a algo que não seja QUIT; isso indica um timeout, um travamento ou um equipamento intermediário cortando a sessão.</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>O cliente terminou o trabalho e enviou QUIT, o fim normal de toda sessão.</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>O cliente recebeu uma rejeição antes, por exemplo um 550 no RCPT TO, e fechou a sessão educadamente com QUIT.</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>Uma ferramenta de teste ou sonda de monitoramento se conectou, verificou a saudação ou a resposta ao EHLO e saiu.</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>Encontre o resultado real na mesma transcrição: a resposta logo depois do ponto de fim dos dados, ou a rejeição no MAIL FROM ou no RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>Em um servidor Postfix, leia as linhas de desconexão: elas contam cada comando e os seus sucessos (por exemplo data=1 quit=1), e a falta do quit significa que o cliente derrubou a conexão.</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>Nenhuma nova tentativa necessária: a sessão terminou normalmente. As mensagens cuja resposta ao fim dos dados foi 250 já foram repassadas; as que receberam respostas 4xx antes continuam na fila do remetente para as suas próprias novas tentativas.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>Autenticação bem-sucedida</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>235 significa que a troca AUTH foi bem-sucedida: o servidor aceitou o usuário e a senha, ou o token, e o cliente está autenticado pelo resto desta sessão. Normalmente vem com o código aprimorado 2.7.0. A autenticação sozinha não permite enviar como qualquer endereço; o servidor ainda pode recusar o remetente ou os destinatários depois.</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>Durante a submissão na porta 587 ou 465, geralmente depois do STARTTLS, logo após a conclusão de AUTH PLAIN, AUTH LOGIN, XOAUTH2 ou outro mecanismo SASL. Clientes de e-mail, impressoras e scanners, aplicativos web e MTAs que fazem relay por um smarthost recebem essa resposta; o Postfix envia &quot;235 2.7.0 Authentication successful&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>Nada a corrigir no login em si. Se o e-mail ainda falhar depois do 235, leia a próxima resposta: um 553 ou 550 no MAIL FROM geralmente significa que a conta não pode enviar como aquele endereço (por exemplo reject_sender_login_mismatch no Postfix), e erros 5.7.x mais adiante indicam política. Os administradores de servidor também devem ficar atentos a 235 vindos de endereços IP ou países desconhecidos, porque um login bem-sucedido com uma senha roubada é como começam muitas ondas de spam a partir de contas comprometidas.</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>O cliente enviou credenciais corretas com um mecanismo que o servidor ofereceu, por uma conexão que o servidor considera segura o suficiente.</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>Uma senha de app ou um token OAuth foi aceito em uma conta que exige isso no lugar da senha normal.</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>Uma conta comprometida está sendo usada por um spammer; esse login é idêntico a um legítimo.</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>Reproduza o login com o swaks (ele pede a senha) para separar problemas de credenciais de problemas de configuração do cliente.</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Em um servidor Postfix, liste quais contas fizeram login a partir de quais endereços de cliente.</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Se o 235 for seguido de uma rejeição do remetente, verifique como o servidor associa os nomes de login aos endereços de remetente.</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>Nenhuma nova tentativa necessária; continue com MAIL FROM. Não envie AUTH de novo na mesma sessão: depois de um AUTH bem-sucedido, a RFC 4954 exige que o servidor rejeite outro com 503.</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>Ação de e-mail solicitada OK, concluída</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>e-mail enviado mas não chegou</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>250 é a resposta genérica de sucesso: o comando funcionou. Ele responde ao EHLO (com a lista de extensões), ao MAIL FROM, a cada RCPT TO aceito, ao RSET, ao NOOP e, o mais importante, ao fim dos dados da mensagem, onde significa que o servidor de recebimento assumiu a responsabilidade de entregar a mensagem ou de enviar uma devolução. Não é garantia de caixa de entrada: o receptor ainda pode classificar a mensagem como spam ou falhar depois e enviar uma devolução.</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>Durante toda uma sessão normal. O que responde à pergunta “meu e-mail saiu?” é o 250 depois do ponto final, que os MTAs registram no log junto com o texto do receptor, por exemplo no Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; quando o próximo salto é outro Postfix. O ETRN (RFC 1985) e o ATRN (RFC 2645) também usam 250 para dizer que o processamento da fila ou a conexão invertida começou.</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>Nada a corrigir: o servidor de recebimento aceitou o comando ou a mensagem. Se o destinatário disser que a mensagem nunca chegou, informe a ele o horário, o endereço do remetente e o ID da fila ou o texto que veio depois do 250 no seu log; o administrador do destinatário então pesquisa nos próprios logs, na quarentena e na pasta de spam, porque a partir desse ponto a mensagem é responsabilidade do servidor dele.</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>O comando era válido e permitido, então o servidor o executou.</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>No fim dos dados, a mensagem passou pelas verificações do receptor e foi colocada na fila para entrega.</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>O receptor aceita primeiro e filtra depois (um filtro de conteúdo pós-fila ou um provedor que coloca em quarentena silenciosamente), então respondeu 250 para uma mensagem que não chegará à caixa de entrada.</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>Encontre a linha de aceitação do destinatário no log do Postfix de envio, incluindo o texto que o receptor devolveu.</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>Em um remetente Exim, reúna todas as linhas de log das entregas ao destinatário.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>Peça ao administrador do destinatário que rastreie a mensagem do lado dele com o ID da fila ou o Message-ID da resposta 250 (rastreamento de mensagens no Microsoft 365, Email Log Search no Google Workspace).</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>Nenhuma nova tentativa necessária: depois de um 250 no fim dos dados, o MTA de envio marca aquele destinatário como concluído e descarta a sua cópia. Reenviar só criaria uma mensagem duplicada; investigue no lado do recebimento.</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>O Gmail aceitou a mensagem; o carimbo de data e hora e o ID a identificam nos logs do Google. A aceitação não diz nada sobre se o Gmail a coloca na caixa de entrada ou no spam.</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>O Exchange e o Exchange Online respondem ao fim dos dados com 2.6.0, o Message-ID da mensagem e um ID interno; o Message-ID é o que o administrador do destinatário pesquisa no rastreamento de mensagens.</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>Usuário não local; a mensagem será encaminhada para &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>O 251 aceita um destinatário e avisa ao cliente que a caixa postal não está neste servidor e que a mensagem será encaminhada para o endereço indicado no texto da resposta. É um sucesso: a mensagem será entregue. A RFC 5321 permite que os servidores encaminhem silenciosamente respondendo 250, e a maioria faz isso, por isso o 251 é raro. Na extensão ETRN (RFC 1985), o mesmo número significa &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>Como resposta ao RCPT TO, ou ao VRFY, de servidores configurados para anunciar o encaminhamento, geralmente sistemas mais antigos ou especializados, depois que um usuário mudou de endereço; o Postfix, o Exim e o Exchange encaminham silenciosamente e respondem 250. Também como resposta ao ETRN quando o servidor não guarda nada para o domínio solicitado, por exemplo quando o fetchmail em modo ETRN consulta um MX de backup.</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>Nada a corrigir; o destinatário receberá a mensagem. O remetente pode atualizar o catálogo de endereços com o novo endereço do texto da resposta, mas a RFC 5321 recomenda que os clientes só façam isso automaticamente quando confiam no servidor, e o software cliente não é obrigado a agir com base nisso. Depois de um 251 ao ETRN, simplesmente não há mensagens na fila a buscar para aquele domínio.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>A caixa postal do destinatário mudou de lugar e o servidor está configurado para revelar o endereço de encaminhamento.</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>Uma solicitação ETRN indicou um domínio para o qual o servidor não tem nenhuma mensagem na fila.</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>Um servidor legado ainda usa o aviso de encaminhamento no estilo da RFC 821, que a maioria dos MTAs modernos abandonou por motivos de privacidade.</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>Leia o forward-path no texto da resposta e confirme o novo endereço com o destinatário antes de alterar endereços armazenados.</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>No caso do ETRN, veja o que o servidor que mantém a fila realmente guarda para o domínio.</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>Repita o ETRN manualmente (primeiro EHLO, depois ETRN example.com) e leia a resposta.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>Nenhuma nova tentativa necessária: o destinatário foi aceito e o diálogo continua com mais RCPT TO ou com DATA. Depois de um 251 ao ETRN, consulte novamente no próximo horário programado em vez de repetir o ETRN na hora.</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>Não é possível verificar o usuário com VRFY, mas a mensagem será aceita e haverá tentativa de entrega</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>O 252 responde ao VRFY sem confirmar nem negar o endereço: o servidor não quer ou não pode dizer se a caixa postal existe, mas aceitaria mensagens para ela e tentaria entregá-las. A RFC 5321 orienta os servidores que desativam o VRFY por segurança a responder 252, por isso essa é a resposta usual ao VRFY na Internet hoje. No ETRN (RFC 1985), 252 significa &quot;OK, pending messages for node &lt;x&gt; started&quot;.</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>Depois de um VRFY, principalmente de coletores de endereços, serviços de limpeza de listas e scanners, às vezes de um administrador testando manualmente. O qmail sempre responde &quot;252 send some mail, i&apos;ll try my best&quot;, o Gmail usa a mesma frase com 2.1.5, e o Exim sem ACL de VRFY responde &quot;252 Administrative prohibition&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>Nada a corrigir: o 252 é o servidor recusando-se educadamente a verificar, então não o interprete como prova de que o endereço existe. Se as mensagens para um endereço são aceitas só aparece na resposta ao RCPT TO de uma transação real. Ativar o VRFY é uma escolha do administrador do destinatário, e mantê-lo desativado é normal e recomendado.</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>O VRFY está desativado no servidor para impedir a coleta de endereços, então ele dá o 252 neutro.</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>O servidor é um MX ou relay que aceita mensagens para o domínio, mas não consegue verificar as caixas postais no servidor final.</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>Uma solicitação ETRN para um domínio com mensagens na fila foi aceita, e a entrega das mensagens pendentes começou.</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>Verifique o mesmo endereço com RCPT TO, que é o que vale para a entrega, e pare antes do DATA.</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>No seu próprio servidor Postfix, veja se o VRFY está desativado (nesse caso o Postfix responde 502 em vez de 252).</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>Nenhuma nova tentativa necessária: repetir o VRFY dá o mesmo 252. Continue com a transação de e-mail real ou com QUIT.</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>O Gmail nunca verifica endereços por VRFY: ele dá esta resposta neutra, emprestada da frase do qmail, quer a caixa postal exista ou não.</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>OK, &lt;n&gt; mensagens pendentes para o nó &lt;x&gt; iniciadas</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>253 é uma resposta de sucesso ao ETRN (RFC 1985): o servidor começou a entregar as mensagens que guardava para o domínio ou host indicado e informa quantas são. Ele existe apenas na extensão ETRN, que permite que um site com conexão intermitente peça ao seu MX de backup ou ao servidor de e-mail do provedor que esvazie a fila em direção a ele.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>Somente depois de um comando ETRN, normalmente enviado pelo fetchmail em modo ETRN, pelo servidor de e-mail de um pequeno escritório quando o link sobe ou por um administrador testando manualmente. Os servidores podem responder ao ETRN com os mais simples 250 ou 252, e muitos fazem isso (o Postfix, por exemplo, responde 250), então o 253 é raro.</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>Nada a corrigir: o processamento da fila começou. As mensagens retidas chegam por novas conexões SMTP de entrada ao próprio servidor do cliente; se não aparecerem, o administrador do cliente verifica se esse servidor é alcançável na porta 25 a partir do servidor que mantém a fila e se os registros MX e o firewall estão corretos.</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>O site cliente ficou online e enviou ETRN para o seu domínio ao servidor que mantém as suas mensagens na fila.</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>O fetchmail ou uma tarefa agendada emite ETRN regularmente em nome de um servidor de e-mail com conexão discada ou dinâmica.</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>Depois do 253, acompanhe no log do seu próprio servidor as entregas que chegam.</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>Em um relay Postfix que retém as mensagens, force manualmente o envio das mensagens adiadas para o domínio, se necessário.</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>Em um relay Exim, inicie um processamento da fila para as mensagens endereçadas ao domínio.</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>Nenhuma nova tentativa necessária: o esvaziamento da fila está em andamento. Envie ETRN novamente apenas na próxima conexão ou consulta programada, não em loop enquanto a entrega estiver em andamento.</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>Desafio do servidor (segue texto em base64)</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>334 é a resposta intermediária dentro de uma troca AUTH: o servidor quer o próximo dado de autenticação, e o texto depois do código é um desafio codificado em base64, que pode ser vazio. O cliente responde com uma linha em base64, ou com um único asterisco para cancelar, e a troca termina com 235 em caso de sucesso ou com um erro como 535.</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>Logo depois que o cliente envia AUTH durante a submissão. Com AUTH LOGIN, os servidores enviam &quot;334 VXNlcm5hbWU6&quot; e &quot;334 UGFzc3dvcmQ6&quot;, que decodificam para &quot;Username:&quot; e &quot;Password:&quot;; com AUTH PLAIN enviado sem resposta inicial, o desafio é vazio. Com XOAUTH2, o Gmail envia um 334 cujo texto em base64 é um erro JSON quando o token OAuth é rejeitado.</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>Não há nada errado em si; o software cliente precisa responder ao desafio. Se uma sessão travar ou falhar depois do 334, o cliente está enviando a coisa errada (texto sem codificação, o mecanismo errado ou um token expirado). Decodifique o desafio para ver o que o servidor quer; no caso de um erro JSON do XOAUTH2, o remetente precisa renovar o token OAuth ou conceder o escopo de e-mail e, depois, tentar novamente.</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>O cliente iniciou AUTH LOGIN, que sempre pede o usuário e a senha em duas etapas 334.</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>O cliente enviou AUTH PLAIN ou outro mecanismo sem resposta inicial, então o servidor envia um desafio vazio.</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>Um mecanismo de desafio-resposta como o CRAM-MD5 envia um nonce em base64 que o cliente precisa responder com um digest com chave.</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>Um token XOAUTH2 estava expirado, revogado ou sem o escopo de e-mail, e o servidor informa isso como um desafio JSON em base64 antes da falha final.</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>Decodifique o texto do desafio para ver o que o servidor está pedindo.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>Monte uma string AUTH PLAIN para um teste manual com uma conta de teste; ela é apenas codificada, não criptografada, então use-a somente sobre TLS.</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>Execute toda a troca AUTH sobre TLS com o swaks e leia cada etapa 334 na transcrição.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>Continue o diálogo: envie a próxima linha de resposta em base64, ou um único asterisco para abandonar a troca, ao que o servidor responde com 501. Não recomece o AUTH depois de cada 334.</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>No XOAUTH2, o Google informa um token de acesso rejeitado como um desafio 334 cujo texto em base64 decodifica para um JSON com status, schemes e scope; o cliente responde com uma linha vazia e então recebe a resposta final de falha.</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>Inicie a entrada da mensagem; termine com &lt;CRLF&gt;.&lt;CRLF&gt;</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>354 é o sinal verde depois do DATA: o servidor tem pelo menos um destinatário aceito e agora quer a mensagem propriamente dita, cabeçalhos e corpo, terminando com uma linha que contém apenas um ponto. É uma resposta intermediária, não uma aceitação; o veredito sobre a mensagem é a resposta depois do ponto final.</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>Logo depois que o cliente envia DATA; o BDAT não tem essa etapa. Textos típicos: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. Em um teste manual, é aqui que você digita os cabeçalhos, uma linha em branco e o corpo.</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>Nada a corrigir neste ponto. Os problemas que aparecem logo depois do 354 pertencem à fase de dados: se a sessão travar ou estourar o tempo limite enquanto uma mensagem grande é enviada, suspeite do caminho de rede (problema de MTU, um equipamento intermediário inspecionando o SMTP) ou de um link lento, e o administrador do remetente deve comparar com uma mensagem de teste pequena. Se o servidor rejeitar depois do ponto, leia essa resposta, não o 354.</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>O cliente enviou DATA depois que pelo menos um RCPT TO foi aceito, então o servidor está pronto para o conteúdo.</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>Um teste manual com telnet ou openssl chegou à etapa de dados.</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>Com PIPELINING, o cliente enviou DATA no mesmo lote que os destinatários, e o 354 confirma que pelo menos um deles foi aceito.</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>Envie uma mensagem de teste pequena e acompanhe o 354 e a resposta final na transcrição.</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>Se mensagens grandes travarem depois do 354 enquanto as pequenas passam, verifique o MTU do caminho até o servidor.</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>Em um remetente Postfix, verifique quanto tempo ele espera pela transferência dos dados e pela resposta final.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>Continue o diálogo: envie o conteúdo com dot-stuffing e o ponto final de término e espere a resposta final, para a qual a RFC 5321 permite dez minutos. Se a conexão cair antes dessa resposta, considere a mensagem como não entregue e faça uma nova tentativa mais tarde.</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>O deslocamento em octetos é o deslocamento da transação</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>O 355 pertence à extensão experimental CHECKPOINT da RFC 1845 (1995), criada para retomar transferências grandes que foram interrompidas. Quando um cliente repete uma transação interrompida enviando MAIL FROM com o mesmo TRANSID, um servidor que guardou os dados parciais responde 355 com um número no início da linha: o deslocamento, contado a partir de zero, do próximo octeto de dados da mensagem que ele espera. A extensão nunca foi muito adotada, e os servidores comuns não a oferecem.</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>Praticamente nunca. Ele só pode vir depois de um MAIL FROM com o parâmetro TRANSID, em um servidor que anunciou CHECKPOINT na resposta ao EHLO. Aparece nas listas de códigos SMTP apenas para que fiquem completas; no tráfego real, um 355 provavelmente vem de uma ferramenta de teste ou de um servidor com comportamento incorreto.</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>Nada a corrigir na operação normal. Se um cliente receber 355 sem ter usado CHECKPOINT, o servidor está se comportando mal e o administrador dele deve ser avisado; um software cliente que nunca enviou TRANSID não tem como continuar essa transação de forma coerente e deve reiniciá-la. Para mensagens muito grandes, respeite o limite SIZE que o servidor anuncia ou envie um link em vez de um anexo.</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>Um cliente que implementa a RFC 1845 se reconectou depois de uma transferência interrompida e repetiu o MAIL FROM com o mesmo TRANSID.</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>Um servidor SMTP de teste ou simulado que emite códigos de uma lista de referência devolveu 355 sem suporte real a checkpoint.</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>Verifique se o servidor anuncia a extensão; CHECKPOINT precisa aparecer na resposta ao EHLO.</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>Procure o parâmetro TRANSID= na linha MAIL FROM que o cliente enviou; sem ele, um 355 não faz sentido.</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>Somente um cliente que usa CHECKPOINT continua, enviando os dados da mensagem a partir do deslocamento indicado, como descreve a RFC 1845. Qualquer outro cliente deve enviar RSET e fazer uma nova tentativa com a mensagem inteira desde o início.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>Tempo limite da conexão esgotado</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>420 não é um código de resposta SMTP em nenhuma RFC; as listas de códigos o descrevem como um timeout na comunicação com o servidor remoto. O número vem principalmente do Novell GroupWise, cujo Internet Agent (GWIA) registra &quot;420 TCP read error&quot; ou &quot;420 TCP write error&quot; para os seus próprios timeouts de saída. É fácil confundi-lo com a resposta real 421 ou com o código aprimorado 4.2.0 escrito sem pontos.</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>Na saída, em um sistema GroupWise: o GWIA se conectou ao host remoto, depois uma leitura ou escrita ficou parada até o timeout (cinco minutos por padrão para leituras TCP), e ele registrou 420 localmente antes de mover a mensagem para a sua fila de adiamento. O servidor remoto nunca enviou 420. Em outros softwares, um &quot;420&quot; em um chamado geralmente é um 421 ou um 4.2.0 lido errado.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>O administrador do remetente investiga o caminho de rede; o GroupWise faz novas tentativas com as mensagens adiadas no seu próprio ritmo. Se só um destino falha, suspeite desse receptor: um filtro que trava ou aplica tarpit ao seu IP, ou um nome de HELO que não corresponde ao seu endereço público. Se todos os destinos falham, verifique o seu firewall, o MTU do roteador, a placa de rede e o link de Internet; uma captura de pacotes de uma sessão com falha geralmente resolve a questão.</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>Um firewall ou roteador entre o GroupWise Internet Agent e a Internet trava o fluxo TCP, por exemplo por um problema de MTU ou de descoberta de MTU do caminho com anexos grandes.</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>O servidor de recebimento fica lento ou para de responder no meio da sessão (tarpitting, sobrecarga ou um filtro que não gosta do IP de envio) até expirar o timeout de leitura do GWIA.</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>Um arquivo de mensagem corrompido no diretório de envio do GWIA que o agente não consegue transmitir.</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>Alguém anotou uma resposta 421 ou o status aprimorado 4.2.0 (um adiamento por greylisting, por exemplo) como 420.</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>Encontre o diálogo SMTP real da mensagem que falhou no log do agente ou do MTA e anote a resposta e o código aprimorado verdadeiros.</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>Verifique se pacotes de tamanho máximo chegam ao receptor sem fragmentação (1472 bytes de carga útil mais os cabeçalhos somam 1500).</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>Execute uma sessão de teste completa a partir do mesmo host e observe onde ela trava.</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>Nada de especial: o software que o registrou o trata como transitório e faz novas tentativas a partir da sua fila de adiamento. Se um destino continuar falhando por horas, pare de esperar e diagnostique a conexão.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; Serviço indisponível, fechando o canal de transmissão</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>limite de envio atingido</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>O servidor está fechando a conexão e não vai processar este nem nenhum outro comando na sessão. Pode ser a saudação (o serviço não está disponível agora) ou a resposta a qualquer comando posterior, quando o servidor precisa ser desligado, atingiu um limite ou decidiu derrubar o cliente. O cliente deve parar, reconectar mais tarde e pode tentar outro host MX nesse meio-tempo.</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>Na maioria das vezes na saudação ou logo depois de EHLO, MAIL FROM ou RCPT TO. Origens típicas: o postscreen e o smtpd do Postfix (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), o Exim e o Exchange quando os limites de conexão são atingidos ou o serviço está parando, e grandes provedores limitando endereços IP com reputação ruim (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>Geralmente basta deixar a fila fazer novas tentativas. Se persistir, o administrador do remetente lê o texto: um limite de conexões ou de taxa pede menos conexões paralelas e um ritmo de envio mais lento para aquele domínio (no Postfix, um transporte dedicado com limite de concorrência por destino menor e um rate delay); um bloqueio por reputação pede a verificação de listas de bloqueio, PTR, SPF, DKIM, DMARC e taxas de reclamação e, depois, o envio de menos mensagens e de mensagens mais desejadas. Se o texto indicar um desligamento ou um problema local no receptor, só o administrador do destinatário pode resolver.</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>O receptor limita o IP de envio por motivos de reputação ou de volume (reclamações de spam, um salto repentino no volume, uma listagem em lista de bloqueio).</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>Conexões simultâneas demais vindas de um mesmo cliente, ou um limite de taxa de conexões atingido.</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>O serviço SMTP está sendo desligado, reiniciando ou sem processos de trabalho disponíveis.</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>O cliente foi lento demais ou enviou comandos inválidos demais, e o servidor encerrou a sessão (timeout ou limite de erros).</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>Um requisito de TLS ou de política do domínio do destinatário não foi atendido e o provedor fecha a sessão (Gmail: &quot;TLS required for RCPT domain&quot;).</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>Leia o texto de adiamento registrado para o destino; ele indica o limite ou o bloqueio aplicado.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>Verifique se o IP de envio está em uma lista de bloqueio pública (consulte com os octetos invertidos).</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>Confirme que o IP de envio tem um registro PTR cujo nome resolve de volta para o mesmo IP.</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>Conte quantas conexões SMTP de saída o seu servidor mantém abertas ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>Faça uma nova tentativa mais tarde, com intervalos crescentes; a sessão acabou, então reconecte em vez de enviar mais comandos. Passar para o próximo host MX não tem problema, mas reconectar ao mesmo host repetidamente faz a limitação por reputação durar mais.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>O Gmail está limitando a taxa do IP de envio por causa da reputação dele ou de tráfego com cara de spam; isso passa à medida que o volume cai e a reputação se recupera.</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>O Yahoo adia as mensagens do IP por causa das taxas de reclamação ou de um volume incomum; a etiqueta entre colchetes (TSS04 e semelhantes) é o código de motivo próprio do Yahoo.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>Sem definição básica (associado a X.7.12)</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>Nenhuma RFC define uma resposta 422. O registro de códigos de status aprimorados da IANA lista o 422 ao lado do 432 como códigos básicos para X.7.12 (é necessária uma transição de senha), enquanto a RFC 4954, que define o X.7.12, só usa 432 4.7.12. Se você encontrar um 422, interprete-o como uma falha transitória com o significado do 432.</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>Praticamente nunca na rede; não conhecemos nenhum servidor popular que o envie. As pessoas o encontram na tabela do registro da IANA ou em bibliotecas de listas de códigos que copiam as associações do registro. Um servidor que o enviasse o faria em resposta ao AUTH.</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>Trate-o como o 432: o usuário, ou o software cliente em nome dele, se autentica uma vez com um mecanismo de texto puro, como PLAIN sobre TLS, para que o servidor possa derivar as credenciais de que o mecanismo mais forte precisa, e depois volta ao mecanismo habitual. Se o servidor continuar respondendo 422, o administrador dele deve verificar o back-end de autenticação e passar para a resposta documentada 432.</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>As credenciais armazenadas da conta ainda não existem no formato que o mecanismo SASL solicitado exige, por exemplo depois de uma mudança no armazenamento de senhas.</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>Um servidor ou biblioteca que copiou a associação do registro da IANA e emite 422 onde a RFC 4954 especifica 432.</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>Teste a mesma conta com AUTH PLAIN sobre STARTTLS e veja se o servidor a aceita (o swaks pede a senha).</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>Leia o log de autenticação do servidor em torno da tentativa que falhou.</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>Não fique repetindo o mesmo mecanismo. Um login PLAIN sobre TLS deve fazer o mecanismo mais forte funcionar nas sessões seguintes; um cliente de e-mail deve avisar o usuário em vez de fazer novas tentativas silenciosamente.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>Sem definição básica (associado a X.5.1)</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>Nenhuma RFC define uma resposta 430. O registro de códigos de status aprimorados da IANA cita o 430 entre os códigos básicos usados com X.5.1 (comando inválido), então o código só existe no catálogo por causa dessa associação. Interprete-o como uma recusa temporária de um comando que o servidor considerou inválido.</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>Raro em sessões reais: aparece no registro e em bibliotecas que o copiam. Um servidor que o envie o faria depois de um comando que não aceitou, como um verbo desconhecido, um comando fora de sequência ou comandos enviados em pipeline sem suporte a PIPELINING.</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>O software cliente, ou quem o mantém, examina o comando que gerou a resposta: verbos com erro de digitação ou não suportados, comandos enviados antes do EHLO ou antes do fim do handshake STARTTLS, ou pipelining que o servidor nunca anunciou. Corrija o diálogo; se o comando for válido, o administrador do servidor deve explicar por que ele responde com um código não registrado.</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>O cliente enviou um comando que o servidor não reconhece ou não permite naquele ponto da sessão.</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>Uma implementação de servidor que levou a associação do registro ao pé da letra e responde com 430 e X.5.1 como uma forma branda de 500 ou 503.</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>Repita a sessão manualmente e anote qual comando recebe o 430.</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>Compare esse comando com os recursos que o servidor lista na resposta ao EHLO.</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>Um cliente pode fazer uma nova tentativa mais tarde, como para qualquer 4xx, mas um comando inválido continua inválido: se o mesmo comando receber 430 de novo, corrija-o em vez de tentar novamente.</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>Espaço insuficiente no disco / memória esgotada</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>431 não é um código de resposta SMTP em nenhuma RFC. As listas de códigos dizem que ele significa que o servidor de recebimento está sem espaço em disco ou sem memória; essa leitura vem do código de status aprimorado 4.3.1 (sistema de e-mail cheio) escrito sem pontos. Na rede, a condição chega como 452, geralmente &quot;452 4.3.1&quot;.</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>Em tabelas de códigos e em relatórios nos quais alguém abreviou 4.3.1. Exemplos reais da condição: o Postfix respondendo ao MAIL FROM com &quot;452 4.3.1 Insufficient system storage&quot; quando o sistema de arquivos da fila está ficando sem espaço, e o back pressure do Microsoft Exchange respondendo &quot;452 4.3.1 Insufficient system resources&quot;.</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>Nada a fazer pelo remetente além de deixar a fila fazer novas tentativas. O administrador do destinatário libera espaço em disco no sistema de arquivos da fila ou do spool, verifica a memória e o tamanho da fila e, no Exchange, lê os eventos de back pressure e verifica o volume que contém o banco de dados da fila de transporte.</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>A partição da fila ou do spool do MTA de recebimento está quase cheia, então ele recusa novas mensagens até que haja espaço de novo.</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>Back pressure do Exchange: o serviço de transporte detectou pouco espaço em disco ou uso alto de memória e parou de aceitar mensagens.</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>Logs, um repositório de caixas postais ou uma fila travada encheram a partição em que o MTA grava.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>No servidor de recebimento, verifique o espaço livre no sistema de arquivos que contém a fila de e-mail.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>Compare o limite de espaço livre do Postfix com o seu limite de tamanho; o Postfix exige 1,5 vez o message_size_limit livre antes de aceitar mensagens.</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>Encontre a recusa no log para confirmar o código e o texto reais.</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>Trate-o como o 452 que ele realmente é: faça uma nova tentativa mais tarde, com intervalos crescentes. A falta de disco e de memória geralmente se resolve em minutos ou horas, assim que o administrador reage.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>É necessária uma transição de senha</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>O servidor quer que o usuário passe para outro mecanismo de autenticação e ainda não consegue concluir o mecanismo solicitado. A RFC 4954 o define como &quot;432 4.7.12 A password transition is needed&quot;: o usuário geralmente faz login uma vez com PLAIN sobre TLS, o que permite ao servidor montar as credenciais de que o mecanismo escolhido precisa, e a partir daí esse mecanismo funciona.</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>Em resposta ao AUTH em uma porta de submissão, depois que um servidor mudou a forma de armazenar senhas ou ativou um mecanismo de desafio-resposta (como CRAM-MD5 ou SCRAM) para contas cuja senha armazenada ainda não serve para ele. Raro na prática. Algumas listas de códigos descrevem o 432 como “fila de entrada do Exchange parada”; isso é uma leitura equivocada do código aprimorado 4.3.2, não desta resposta.</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>O usuário, ou o cliente de e-mail em nome dele, se autentica uma vez com AUTH PLAIN por uma conexão criptografada e depois volta ao mecanismo preferido. Se o cliente não conseguir fazer isso, o administrador do servidor pode redefinir a senha (o que regenera as credenciais armazenadas) ou permitir PLAIN sobre TLS para essa conta.</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>A senha da conta está armazenada em um formato que o mecanismo solicitado (por exemplo, um de desafio-resposta) não consegue usar até que o servidor veja a senha em texto puro uma vez.</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>O administrador passou para um novo esquema de senhas e converte cada conta no próximo login em texto puro.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>Liste os mecanismos que o servidor oferece depois do STARTTLS.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>Faça login uma vez com PLAIN sobre TLS e depois teste o mecanismo original de novo em uma nova sessão.</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>Não faça nova tentativa com o mesmo mecanismo AUTH sem mudanças. Faça um login PLAIN sobre TLS e depois use o mecanismo original na sessão seguinte; enquanto isso, a mensagem aguarda na caixa de saída do cliente.</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>O servidor do destinatário não está respondendo</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>441 não é um código de resposta SMTP em nenhuma RFC. As listas que o descrevem como “o servidor do destinatário não está respondendo” pegaram o código de status aprimorado 4.4.1 (nenhuma resposta do host) e tiraram os pontos. Um servidor que não responde não pode enviar uma resposta, então isso é sempre um status que o seu próprio MTA registra sobre uma conexão que falhou.</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>Em avisos de atraso e em listagens da fila, quando o seu servidor não conseguiu se conectar a nenhum MX do destino. O Postfix registra isso como &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; com dsn=4.4.1, e um aviso de atraso traz Status: 4.4.1.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>O administrador do remetente verifica primeiro se a porta 25 de saída está aberta no host de envio (muitas redes de nuvem e residenciais a bloqueiam) e se os hosts MX do destino resolvem e estão escutando. Se só um domínio falha, o administrador dele precisa corrigir os registros MX, o firewall ou o servidor fora do ar; a fila entrega assim que isso for feito.</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>A porta TCP 25 de saída está bloqueada pelo provedor de hospedagem do remetente, pelo provedor de acesso ou por um firewall.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>Os hosts MX do domínio do destinatário estão fora do ar, sobrecarregados ou bloqueados por firewall para o IP de envio.</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>O registro MX aponta para um endereço errado ou desatualizado, ou para um host alcançável apenas pela família de endereços (IPv4 ou IPv6) que o remetente não usa.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>Liste os hosts MX do destino.</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>Abra uma conexão TCP direta com a porta 25 do primeiro MX e aguarde a saudação 220.</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>Veja o que a fila registrou para as mensagens adiadas.</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>O seu MTA faz novas tentativas sozinho, com intervalos crescentes, e só desiste no fim do tempo de vida na fila (cinco dias por padrão no Postfix). Não há nada a reenviar manualmente, a menos que chegue a devolução final.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>Conexão interrompida</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>442 não é um código de resposta SMTP em nenhuma RFC. As listas que o chamam de “conexão interrompida” estão citando o código de status aprimorado 4.4.2 (conexão ruim) sem os pontos. Ele descreve uma sessão que caiu no meio, conforme relatado pelo seu próprio MTA; quando um servidor chega a dizer algo a respeito, a resposta real geralmente é 421 4.4.2 ou 451 4.4.2.</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>Nos seus próprios logs e avisos de atraso depois que uma sessão caiu: o Postfix informa &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; com dsn=4.4.2, o Gmail diz a um cliente parado &quot;451 4.4.2 Timeout - closing connection&quot;, e o smtpd do Postfix diz a um cliente lento &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>De vez em quando não é preciso fazer nada: a fila faz novas tentativas. Se isso se repetir com um mesmo destino, o administrador do remetente procura um equipamento intermediário (firewall, inspeção SMTP, VPN ou balanceador de carga) que derruba sessões longas, problemas de MTU com mensagens grandes e um receptor cujos filtros de conteúdo demoram demais depois do ponto final.</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>Um firewall ou um recurso de inspeção SMTP entre os servidores derruba ou trava a sessão, muitas vezes durante o corpo de uma mensagem grande.</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>Problema de MTU do caminho: comandos curtos passam, mas os pacotes de tamanho máximo do corpo da mensagem são descartados.</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>O servidor de recebimento ou o seu verificador de conteúdo demorou mais que o timeout do cliente depois do fim dos dados, ou travou no meio da sessão.</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>Um link instável ou o timeout de uma tabela NAT em qualquer um dos lados.</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>Descubra onde a sessão caiu: &quot;while sending message body&quot; aponta para tamanho ou MTU; &quot;while receiving the initial server greeting&quot;, para filtragem.</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>Meça o MTU do caminho até o receptor.</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>Faça uma nova tentativa mais tarde. Uma sessão cortada antes da resposta ao ponto final conta como não entregue, então a mensagem inteira é enviada de novo, o que pode ocasionalmente gerar uma duplicata.</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>Número máximo de saltos excedido</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>446 não é um código de resposta SMTP em nenhuma RFC. As listas que o descrevem como “número máximo de saltos excedido” citam o código de status aprimorado 4.4.6 (loop de roteamento detectado) sem os pontos. A condição é um loop de e-mail: a mensagem passou por tantos servidores, contados pelos seus cabeçalhos Received:, que um MTA a interrompeu; na prática, isso é relatado como falha permanente, 5.4.6 ou 554 5.4.6.</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>Em devoluções depois que uma mensagem ficou andando em círculos: dois servidores que acham, cada um, que o outro é o destino final, um encaminhamento que aponta de volta para si mesmo ou uma cadeia de aliases que forma um ciclo. O Postfix interrompe essas mensagens quando há hopcount_limit (50 por padrão) cabeçalhos Received: e relata loops como &quot;mail forwarding loop for user@example.com&quot; com DSN 5.4.6; o Exchange Online informa &quot;Hop count exceeded - possible mail loop&quot;.</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>O administrador do domínio onde ocorre o loop, geralmente do lado do destinatário, lê os cabeçalhos Received: da devolução para encontrar os hosts que se repetem e corrige a causa: configurações de MX ou de relay que apontam uma para a outra, um domínio que é local em um servidor e feito por relay em outro, ou uma regra de encaminhamento que manda as mensagens de volta para o mesmo endereço.</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>Dois servidores de e-mail configurados, cada um, para fazer relay do domínio para o outro, por exemplo depois de uma migração em que o sistema antigo e o novo encaminham o domínio.</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>Um encaminhamento de caixa postal ou um alias que aponta, diretamente ou por uma cadeia, de volta para si mesmo.</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>Um MX de backup ou smarthost que manda as mensagens do domínio de volta para o primário, que as devolve.</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>Uma resposta automática ou lista de discussão respondendo a outra resposta automática sem fim.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>Conte os cabeçalhos Received: na cópia devolvida; dezenas deles confirmam um loop.</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>Veja quais hosts se repetem na cadeia de Received:.</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>Verifique o limite de saltos em um servidor Postfix.</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>Verifique se os registros MX e as configurações de relay concordam sobre qual servidor é o final para o domínio.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>Não tente novamente sem alterações: um loop se repete até que a configuração seja corrigida. Reenvie depois que o loop for desfeito.</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>Tempo esgotado para a mensagem de saída</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>447 não é um código de resposta SMTP em nenhuma RFC. As listas que o chamam de “tempo esgotado para a mensagem de saída” se referem ao código de status aprimorado 4.4.7 (prazo de entrega expirado) sem os pontos: a mensagem ficou em uma fila por mais tempo que o permitido e o MTA avisou ou desistiu. É um status da fila relatado em avisos de atraso e em devoluções, não algo que um servidor remoto diga durante uma sessão.</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>Em notificações de atraso e devoluções finais, quando o tempo de vida na fila acabou, e em relatórios de falha de entrega do Exchange como &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. O motivo real é o que continuou falhando durante esses dias: geralmente um 4xx do receptor ou nenhuma conexão.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>O administrador do remetente lê o último erro registrado para a mensagem, na fila ou na linha de diagnóstico da devolução, porque essa é a causa real (conexões recusadas, greylisting nunca superado, um bloqueio por reputação, um MX fora do ar). Corrija isso e então o remetente reenvia. Aumentar o tempo de vida na fila só esconde o problema.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>O MX de destino ficou inalcançável durante todo o tempo de vida na fila (fora do ar, bloqueado por firewall ou com registros MX errados).</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>O receptor continuou respondendo com erros temporários (limites de taxa, greylisting, adiamentos por reputação) até o remetente desistir.</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>Um problema de roteamento ou de DNS no lado do envio impediu que qualquer tentativa saísse da fila.</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>Uma configuração curta de tempo de vida na fila ou de expiração de mensagens no servidor de envio.</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>Leia o último motivo de adiamento das mensagens que ainda estão na fila para aquele domínio.</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>Verifique por quanto tempo o Postfix continua tentando antes de fazer a devolução.</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>No Exim, mostre a regra de nova tentativa aplicada ao destino.</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>Não há mais nova tentativa a fazer para esta cópia: o MTA de envio já desistiu. Reenvie manualmente depois de corrigir a causa indicada no último erro registrado.</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>Erro de roteamento</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>449 não é um código de resposta SMTP em nenhuma RFC. As listas o descrevem como um erro de roteamento e o associam ao Microsoft Exchange, que teria usado um código aprimorado não registrado, 4.4.9, para algumas falhas internas de roteamento; o código registrado para essa situação é X.4.4 (não é possível rotear). Nada envia 449 como resposta durante uma sessão.</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>Segundo essas listas, nas filas e nos relatórios de falha de entrega de versões antigas do Exchange Server (da época 2000/2003), quando uma mensagem não podia ser roteada, por exemplo porque o espaço de endereçamento de um conector não correspondia ou porque o destinatário pertencia a um grupo de roteamento que havia sido removido; hoje aparece principalmente em tabelas de códigos copiadas.</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>O administrador da organização remetente verifica o próprio roteamento: conectores ou smarthosts, domínios aceitos e a resolução DNS do destino. Depois, envie uma mensagem de teste para o mesmo domínio e leia a resposta real ou o status do DSN; nos sistemas atuais, o equivalente geralmente é 4.4.4 ou 5.4.4, ou uma falha de DNS relatada como 4.4.3.</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>Um conector de envio ou uma configuração de smarthost não cobre o domínio do destinatário, então o servidor não tem rota para ele.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>O domínio do destinatário não resolve a partir do servidor de envio (não há MX nem registro de endereço, ou o resolvedor local falha).</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>Restos de configuração de roteamento (grupos de roteamento excluídos, conectores obsoletos) depois de uma migração.</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>Verifique se o domínio de destino tem um MX utilizável.</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>Teste a resolução de nomes no próprio servidor de e-mail, com o resolvedor que ele realmente usa.</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>Mostre como o Postfix rotearia as mensagens de saída (relay host e mapas de transporte).</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>O MTA o trata como transitório e continua fazendo novas tentativas, mas uma falha de roteamento não se resolve sozinha: corrija a rota ou o DNS e depois force o envio da fila.</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>Ação de e-mail solicitada não executada: caixa postal indisponível</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>greylisting</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>soft bounce devolução temporária</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>O servidor não executou, por enquanto, o comando ou a ação para este destinatário, mas espera que possa funcionar mais tarde; a RFC 5321 cita como exemplos uma caixa postal ocupada e um bloqueio temporário de política. Hoje, o motivo mais comum, de longe, é o greylisting, seguido de verificações temporárias de política (DNS reverso ou domínio do remetente que não resolveu, verificação de endereço em andamento) e de limites de taxa por destinatário.</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>Principalmente no RCPT TO, às vezes no MAIL FROM. O greylisting com postgrey aparece no Postfix como &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; outras ferramentas de greylisting usam 450 4.7.1 ou 451 4.7.1. O Postfix também envia &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 em versões mais antigas), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; e &quot;450 4.1.1 ... unverified address&quot;. O Gmail usa 450 4.2.1 quando um destinatário recebe mensagens demais rápido demais. No ODMR (RFC 2645), o 450 também responde a um ATRN recusado.</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>No caso de greylisting, ninguém precisa agir, desde que o MTA de envio mantenha a mensagem e faça a nova tentativa a partir do mesmo endereço: a primeira nova tentativa depois do atraso de greylisting (cinco minutos por padrão no postgrey) é aceita. Se mensagens de um aplicativo se perdem, o administrador do remetente faz o aplicativo enviar por um MTA de verdade, com fila, em vez de falar diretamente com o MX do destinatário. Nos casos de política, o administrador do remetente corrige o que o texto indica: um registro PTR que resolva de volta para o IP, um domínio de remetente que resolva ou um ritmo mais lento para um destinatário sobrecarregado. O administrador do destinatário pode colocar em lista de permissões os grandes remetentes que fazem novas tentativas a partir de muitos endereços diferentes.</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>Greylisting: primeiro contato para este trio de IP do cliente, remetente e destinatário, adiado até uma nova tentativa depois do atraso de greylisting.</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>O IP do cliente não tem registro PTR, ou o nome do PTR não resolve de volta para o IP, e o servidor adia em vez de rejeitar.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>O domínio do remetente não resolveu naquele momento (timeout de DNS ou registros ausentes), então o servidor não conseguiu validá-lo.</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>A verificação do endereço do destinatário (uma sonda ao próximo salto) ainda não terminou, ou o próximo salto estava inalcançável.</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>Um destinatário está recebendo mensagens rápido demais e o provedor limita a taxa dessa caixa postal.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>A caixa postal está bloqueada ou ocupada no lado da entrega.</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>Um remetente que faz cada nova tentativa a partir de um IP diferente, ou usa um novo remetente de envelope a cada tentativa, nunca corresponde à sua própria entrada de greylisting.</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>Leia o texto completo do adiamento: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; e &quot;Domain not found&quot; apontam, cada um, para uma correção diferente.</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>Verifique o registro PTR do IP de envio e se o nome dele aponta de volta para o mesmo endereço.</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>No lado do recebimento, veja para quais remetentes o greylisting adiou mensagens.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>Verifique se o domínio do remetente do envelope resolve.</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>Faça uma nova tentativa mais tarde, com intervalos crescentes, se possível a partir do mesmo IP e com o mesmo remetente de envelope, e continue tentando por dias antes de fazer a devolução; nunca trate o 450 como permanente. A RFC 5321 sugere intervalos de pelo menos 30 minutos entre as novas tentativas; a maioria dos MTAs tenta novamente antes disso, o que supera os atrasos típicos de greylisting, de poucos minutos.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>O Gmail está limitando a taxa de uma caixa postal de destinatário que recebe mensagens demais, não do servidor de envio; tentativas posteriores geralmente dão certo.</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>Ação solicitada abortada: erro local no processamento</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>greylisting</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>soft bounce devolução temporária</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>O servidor encontrou um problema do seu próprio lado e abortou o comando; o cliente pode tentar novamente mais tarde. Na prática, o 451 abrange falhas locais (um erro de configuração, uma consulta que falhou, um filtro de conteúdo ou milter fora do ar, uma fila em que não consegue gravar) e, com muita frequência, greylisting e adiamentos temporários antispam enviados no RCPT TO ou depois dos dados da mensagem.</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>No RCPT TO ou depois do ponto final do DATA. Linhas comuns: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist e ferramentas semelhantes), &quot;451 4.3.5 Server configuration error&quot; (Postfix com uma tabela de consulta ou restrição com defeito), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix quando um milter está inalcançável e configurado para tempfail), &quot;Temporary local problem - please try later&quot; do Exim e as respostas de limitação 451 4.7.5xx e 4.7.6xx da Microsoft.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>O MTA do remetente faz novas tentativas sozinho; ninguém precisa agir, a menos que os adiamentos persistam. Nesse caso, o trabalho se divide: o greylisting e a limitação por reputação são superados com novas tentativas normais a partir de um IP estável com PTR, SPF e DKIM corretos (tarefa do administrador do remetente), enquanto erros de configuração, milters fora do ar, discos cheios e consultas ao diretório que falharam cabem ao administrador do destinatário, cuja linha de log da mesma sessão indica o componente com falha.</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>Greylisting ou outra ferramenta antispam adiando remetentes desconhecidos, muitas vezes depois dos dados da mensagem, para que o conteúdo possa ser pontuado.</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>Falhou uma consulta a uma tabela, banco de dados ou diretório de que o servidor precisa (arquivo de mapa ausente, servidor LDAP ou Active Directory inalcançável).</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>Um filtro de conteúdo, daemon de antivírus ou milter está fora do ar ou estourando o tempo limite, e o servidor está configurado para adiar em vez de aceitar mensagens não verificadas.</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>O servidor não conseguiu gravar a mensagem na fila (disco cheio, permissões erradas, falha do processo cleanup).</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>Não foi possível concluir uma verificação de remetente por callout ao domínio do remetente.</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>Limitação pelo provedor com base na reputação ou no volume do IP de envio.</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>Leia o código aprimorado do adiamento: 4.7.x aponta para política; 4.3.x, para o próprio sistema do receptor.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>Em um servidor Postfix de recebimento, encontre o aviso registrado para a mesma sessão (consultas a tabelas que falharam, erros de milter).</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>Em um servidor Exim de recebimento, consulte o panic log para ver o problema local.</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>Verifique se o registro SPF do domínio do remetente cobre o IP de envio, para que os adiamentos por reputação cessem.</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>Faça uma nova tentativa mais tarde, com intervalos crescentes, e mantenha a mensagem na fila por dias. Um 451 depois do ponto final vale para a transação inteira, então a mensagem completa é enviada de novo, não apenas alguns destinatários.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>Recusa temporária genérica do Gmail; não dá nenhum motivo específico e normalmente passa em uma tentativa posterior.</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>O Outlook.com limita o IP de envio por causa da reputação dele; 4.7.650 é um código aprimorado privado da Microsoft, não um do registro da IANA.</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>Ação solicitada não executada: armazenamento do sistema insuficiente</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>caixa postal cheia</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>cota excedida</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>O servidor não pode aceitar isso agora porque um limite de recurso foi atingido. A RFC 5321 cita o armazenamento e também faz do 452 a resposta correta quando um servidor não tem espaço para mais destinatários em uma mesma transação (&quot;too many recipients&quot;, 452 4.5.3); uma caixa postal cheia (452 4.2.2) e uma fila de servidor cheia (452 4.3.1) também o usam. Todos são temporários: a mesma mensagem pode dar certo mais tarde ou em partes menores.</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>Destinatários demais: no RCPT TO, quando o limite por mensagem é atingido, por exemplo o &quot;452 4.5.3 Error: too many recipients&quot; do Postfix depois de smtpd_recipient_limit (1000 por padrão) ou o 452 4.5.3 do Gmail. Armazenamento: no MAIL FROM, quando o sistema de arquivos da fila do Postfix está com pouco espaço (&quot;452 4.3.1 Insufficient system storage&quot;), quando um parâmetro SIZE excede o espaço livre no momento (RFC 1870) ou por back pressure do Exchange (&quot;452 4.3.1 Insufficient system resources&quot;). Caixa postal acima da cota: no RCPT TO, como no 452 4.2.2 do Gmail.</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>Leia primeiro o código aprimorado. Com 4.5.3, o software de envio só erra se desistir: ele precisa entregar aos destinatários já aceitos e enviar os demais em outra transação; ferramentas de envio em massa devem colocar menos destinatários em cada mensagem, e um administrador do destinatário cujo limite seja inferior a 100 está violando a RFC 5321. Com 4.2.2, o destinatário precisa liberar espaço na caixa postal. Com 4.3.1, o administrador do destinatário libera espaço em disco ou resolve o back pressure enquanto o remetente espera.</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>Mais comandos RCPT TO em uma transação do que o limite de destinatários por mensagem do servidor.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>A caixa postal do destinatário está acima da cota.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>O disco da fila ou do spool do servidor de recebimento está quase cheio, ou o back pressure do Exchange está ativo.</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>O SIZE declarado no MAIL FROM é maior que o espaço que o servidor tem livre neste momento.</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>Uma política do provedor que limita os destinatários por transação para um domínio (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>Veja qual código aprimorado veio com o 452 no adiamento ou na devolução.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>Em um servidor Postfix de recebimento, verifique o limite de destinatários por mensagem.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>No servidor de recebimento, verifique o espaço livre onde fica o spool.</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>Envie uma mensagem de teste para vários destinatários para ver a partir de onde o limite começa.</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>Se forem destinatários demais, envie a mensagem agora aos destinatários aceitos e coloque os recusados em uma nova transação (RFC 5321 4.5.3.1.10); nunca os descarte nem faça a devolução deles. Se for armazenamento ou cota, faça uma nova tentativa mais tarde, com intervalos crescentes. A RFC 5321 também pede que os clientes tratem como temporário um 552 à moda antiga para destinatários demais.</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>O Gmail aceitou apenas parte da lista de destinatários nesta transação; o restante precisa ser enviado em outra transação ou mensagem.</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>O armazenamento do destinatário no Gmail está cheio; a entrega volta a funcionar assim que o destinatário liberar espaço ou comprar mais.</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>O Exchange Online quer que destinatários hospedados em regiões de datacenter diferentes sejam enviados em transações separadas; o MTA de envio deve fazer uma nova tentativa com os destinatários recusados à parte.</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>Você não tem mensagens</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>Faz parte do On-Demand Mail Relay (ODMR, RFC 2645): a resposta ao ATRN quando o servidor não guarda nenhuma mensagem na fila para os domínios que o cliente pediu. É informativo, não um erro: não há nada a entregar, então os papéis não se invertem.</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>Somente em servidores ODMR (porta 366), depois que um cliente com endereço IP dinâmico se autenticou e enviou ATRN para os seus domínios. O ODMR é raro hoje, e algumas tabelas de códigos listam o 453 sem dizer que ele só ocorre nesse contexto.</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>Nada a corrigir quando a fila está realmente vazia. Se eram esperadas mensagens, o administrador do cliente verifica se o ATRN indicou os domínios certos e se os registros MX do domínio de fato encaminham as mensagens ao provedor ODMR.</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>Nenhuma mensagem está aguardando para os domínios solicitados neste momento.</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>O cliente pediu um nome de domínio que o servidor ODMR não mantém na fila com esse nome (erro de digitação, subdomínio em vez do domínio pai).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>Os registros MX do domínio não apontam para o provedor ODMR, então as mensagens dele nunca chegam àquela fila.</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>Verifique se os registros MX do domínio apontam para os servidores do provedor ODMR.</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>Execute a sessão ODMR manualmente: EHLO, AUTH e depois ATRN com o domínio, e leia a resposta.</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>Nenhuma nova tentativa agora; consulte novamente no próximo intervalo programado, como um cliente ODMR normalmente faz.</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>TLS indisponível por motivo temporário / Falha temporária de autenticação</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>falha no starttls</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>Duas RFCs de extensão definem o 454, ambas para uma falha temporária de uma etapa de segurança. A RFC 3207 o usa quando o STARTTLS não pode ser feito agora; a RFC 4954 usa &quot;454 4.7.0 Temporary authentication failure&quot; quando o servidor não consegue verificar as credenciais no momento, por exemplo porque o back-end de senhas está fora do ar. Ele também aparece com 4.7.1 quando uma tentativa de relay é adiada em vez de recusada.</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>Depois do STARTTLS: o Postfix responde &quot;454 4.7.0 TLS not available due to local problem&quot; quando não consegue carregar o certificado ou a chave, e registra o motivo no log. Depois do AUTH: o Postfix, o Exchange e outros enviam &quot;454 4.7.0 Temporary authentication failure&quot; quando o Dovecot, o saslauthd, o LDAP ou o Active Directory não respondem, e o Gmail envia o seu próprio texto 454 4.7.0. No RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; de um servidor Postfix com soft_bounce ativado.</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>No caso do STARTTLS, o administrador do servidor de recebimento corrige a configuração de TLS (caminhos do certificado e da chave, permissões, uma chave que corresponda ao certificado, validade) e recarrega o serviço; um cliente que não exige TLS pode continuar em texto puro, já que a RFC 3207 deixa essa decisão para o cliente. No caso do AUTH, o administrador do servidor restabelece o back-end de autenticação; os usuários não devem trocar de senha por causa de um 454. Nas recusas de relay, o cliente precisa se autenticar antes de enviar para domínios externos.</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>O servidor não consegue ler ou carregar o certificado TLS ou a chave privada (caminho errado, permissões, chave que não corresponde ao certificado).</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>O back-end de autenticação (socket de autenticação do Dovecot, saslauthd, LDAP, Active Directory, banco de dados) está fora do ar, lento ou inalcançável.</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>Logins paralelos demais ou tentativas recentes com falha demais para a conta, e o provedor adia novos AUTH por algum tempo.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>Um cliente não autenticado tentou fazer relay para um domínio externo em um servidor que adia essas tentativas em vez de rejeitá-las.</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>Comandos enviados em pipeline logo depois do STARTTLS, antes do handshake TLS (o Gmail responde 454 4.5.0).</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>Teste o STARTTLS no servidor e examine a resposta e o certificado.</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>Em um servidor Postfix, descubra por que o TLS foi desativado.</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>Verifique se o back-end de autenticação do Dovecot responde para uma conta de teste.</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>Teste de ponta a ponta uma submissão autenticada.</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>Faça uma nova tentativa mais tarde, com intervalos crescentes. Um cliente que exige TLS ou autenticação não deve abrir mão disso silenciosamente; um MTA oportunista pode entregar sem TLS se a sua política permitir. Nunca peça uma nova senha ao usuário por causa de um 454.</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>O Gmail não conseguiu concluir o login agora, muitas vezes depois de muitas conexões paralelas ou tentativas com falha para a conta; a senha não está necessariamente errada.</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>O cliente enviou outros comandos junto com o STARTTLS; o software cliente precisa esperar a resposta 220 e concluir o handshake TLS antes de enviar EHLO de novo.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>O servidor não consegue atender aos parâmetros</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>O servidor reconheceu os parâmetros informados com MAIL FROM ou RCPT TO, mas não consegue atendê-los no momento. A RFC 5321 4.1.1.11 o distingue do 555, que significa que os parâmetros não são reconhecidos ou não estão implementados: o 455 é o caso temporário, a menos que a própria extensão do parâmetro determine outro código.</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>Raramente. Viria no MAIL FROM ou no RCPT TO quando um parâmetro de extensão anunciado (uma opção de DSN, SIZE, prioridade ou SMTPUTF8, por exemplo) depende de algo indisponível no momento. A maioria dos servidores responde a essas situações com 451 ou 452, então vale a pena anotar um 455 quando ele aparecer.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>O MTA do remetente faz novas tentativas, como para qualquer 4xx. Se persistir, o software cliente pode enviar sem o parâmetro opcional com que o servidor tem dificuldade, e o administrador do servidor deve examinar o componente por trás dessa extensão.</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>Um serviço do qual o parâmetro depende (geração de DSN, filas por prioridade, contabilidade de tamanho) está temporariamente indisponível no servidor.</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>O servidor anunciou uma extensão na resposta ao EHLO, mas o recurso por trás dela está desativado ou sobrecarregado agora.</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>Compare os parâmetros que o cliente enviou com as extensões que o servidor anuncia.</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>Encontre no log de envio a linha MAIL FROM ou RCPT TO que recebeu o 455.</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>Faça uma nova tentativa mais tarde, com intervalos crescentes, sem mudanças. Se continuar falhando, é aceitável tentar novamente sem o parâmetro opcional, quando ele não for essencial.</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>Tente novamente de imediato enviar a mensagem por IPv4, porque ela falha no SPF e no DKIM</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>Proposto, mas nunca padronizado: um Internet-Draft expirado de 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) sugeria que um receptor que recusa uma mensagem chegada por IPv6, por ela falhar no SPF e no DKIM ali, respondesse 456 para que o remetente tentasse novamente na hora por IPv4. Nenhuma RFC o define, e os MTAs populares não implementam essa nova tentativa especial; para eles, é um 4xx comum.</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>Quase nunca. A ideia veio de receptores que aplicam regras mais rígidas a remetentes IPv6 (autenticação e PTR obrigatórios) do que a remetentes IPv4. O que os remetentes de fato encontram é uma rejeição permanente de mensagens IPv6 não autenticadas, por exemplo as respostas 550 do Gmail que apontam para as suas diretrizes de envio por IPv6 ou para um registro PTR ausente.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>O administrador do remetente torna as mensagens IPv6 tão confiáveis quanto as IPv4: um registro PTR para o endereço IPv6 que resolva de volta, SPF cobrindo-o com uma entrada ip6: e assinatura DKIM. Até lá, configure o MTA para preferir ou usar apenas IPv4 no SMTP de saída (Postfix: smtp_address_preference ou inet_protocols; Exim: disable_ipv6 ou dns_ipv4_lookup).</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>O endereço IPv6 do host de envio não está coberto pelo registro SPF do domínio do remetente.</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>A mensagem não tem assinatura DKIM, ou a assinatura quebra, então nada mais autentica a entrega por IPv6.</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>O endereço IPv6 não tem DNS reverso, ou o nome do PTR dele não resolve de volta para ele.</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>Verifique se o MX de destino tem um endereço IPv6 que o seu MTA pode estar usando.</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>Verifique o registro PTR do seu endereço IPv6 de envio.</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>Verifique se o SPF cobre o endereço IPv6 (uma entrada ip6: ou um include que o contenha).</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>Envie um teste somente por IPv4 para comparar o resultado.</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>Um MTA que conhecesse o draft faria na hora uma nova tentativa por IPv4; os MTAs reais o adiam como qualquer 4xx e podem cair de novo no IPv6 na tentativa seguinte. Corrigir a autenticação por IPv6, ou preferir IPv4 na saída, é o caminho confiável.</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>Não é possível colocar na fila as mensagens para o nó &lt;x&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>Uma resposta ao ETRN (RFC 1985): o servidor entendeu o pedido de começar a entregar as mensagens que guarda para um domínio ou nó, mas não consegue iniciar esse processamento da fila agora. O ETRN é usado por sites com conexão intermitente que pedem ao provedor ou ao MX de backup que esvazie a fila das mensagens que os aguardam.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>Somente depois de um comando ETRN, normalmente enviado pelo fetchmail em modo ETRN, pelo servidor de e-mail de um pequeno escritório quando o link sobe, ou manualmente. O Postfix responde &quot;458 Unable to queue messages&quot; quando o serviço flush informa uma falha, e o postscreen do Postfix dá essa resposta a todo ETRN que recebe.</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>O administrador do relay que mantém a fila verifica o mecanismo de esvaziamento da fila (no Postfix, o serviço flush e a configuração fast_flush_domains) e se a fila pode ser lida. Até que isso seja corrigido, as mensagens retidas continuam saindo no cronograma normal de novas tentativas do relay.</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>O serviço de esvaziamento da fila do relay falhou ou não está em execução.</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>O cliente chegou a um front-end, como o postscreen do Postfix, que não repassa o ETRN.</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>Um erro no relay ao percorrer a fila em busca do domínio solicitado.</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>No relay, veja para quais domínios o Postfix aceita ETRN.</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>No relay, inicie localmente a entrega para o domínio, que é o que o ETRN pede.</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>Procure o aviso do ETRN no log do relay.</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>Envie ETRN novamente na próxima conexão ou consulta; enquanto isso, o relay guarda as mensagens e as entrega no seu próprio cronograma de novas tentativas.</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>Nó &lt;x&gt; não permitido: &lt;reason&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>Uma resposta ao ETRN (RFC 1985): o servidor se recusa a iniciar um processamento da fila para o nó ou domínio indicado e dá um motivo. O pedido foi entendido; o servidor não oferece esse serviço para aquele nome, ou não para este cliente.</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>Depois do ETRN, quando o domínio não é um daqueles para os quais o relay mantém fila, ou quando a política dele não permite que este cliente dispare um processamento. O Postfix responde &quot;459 &lt;example.com&gt;: service unavailable&quot; quando o domínio não está habilitado para o serviço fast flush (fast_flush_domains, que por padrão é a lista relay_domains); as smtpd_etrn_restrictions dele também podem recusar o pedido.</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>O administrador do cliente verifica se o ETRN indica exatamente o domínio para o qual o relay guarda mensagens. Se o serviço deve ser oferecido, o administrador do relay adiciona o domínio à lista habilitada para ETRN (Postfix: fast_flush_domains) e libera o cliente nas restrições de ETRN.</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>O domínio solicitado não está na lista de domínios do relay habilitados para ETRN.</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>A política do relay recusa ETRN vindo deste endereço de cliente, ou antes da autenticação.</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>O cliente enviou um nome diferente daquele com que o relay mantém a fila (um nome de host em vez do domínio, ou o contrário).</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>No relay, verifique quais domínios estão habilitados para o esvaziamento da fila.</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>No relay, verifique as restrições de ETRN.</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>Envie EHLO e depois ETRN manualmente e leia o texto do motivo.</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>Não repita o mesmo ETRN sem mudanças; ele será recusado de novo. Primeiro corrija o nome do domínio ou peça para configurar o relay. As mensagens que já estão na fila não se perdem: elas aguardam as novas tentativas normais do relay.</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>Erro do servidor de e-mail, muitas vezes um filtro antispam local</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>471 não é um código de resposta SMTP em nenhuma RFC. As listas o descrevem como um erro do servidor de e-mail, muitas vezes um filtro antispam local; o número é o código de status aprimorado 4.7.1 (entrega não autorizada, na forma temporária) escrito sem pontos, assim como 571 é 5.7.1 sem pontos. Na rede, a condição chega como 450 4.7.1 ou 451 4.7.1.</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>Em tabelas de códigos e em relatos de usuários em que o 4.7.1 perdeu os pontos. As respostas reais por trás dele são recusas temporárias de política: greylisting, o &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; de versões mais antigas do Postfix (as atuais enviam 4.7.25 nesse caso) ou um filtro ou gateway de saída do próprio lado do remetente adiando a mensagem.</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>Encontre a resposta real no log ou na devolução antes de fazer qualquer coisa. Se for greylisting, deixe a fila fazer novas tentativas. Se for uma verificação de DNS reverso ou de reputação, o administrador do remetente corrige o PTR, o SPF e o DKIM. Se foi o seu próprio gateway antispam de saída que a adiou, o seu administrador verifica o log e os limites de envio desse gateway.</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>Uma verificação temporária antispam ou de política no lado do recebimento (greylisting, reputação, controle de taxa) adiou a mensagem com 4.7.1.</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>O IP de envio não tem um registro PTR correspondente, e o receptor adia até conseguir verificar o cliente.</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>O próprio filtro ou gateway de saída do remetente reteve a mensagem, por exemplo por suspeita de spam ou por exceder um limite de envio.</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>Procure no log de e-mail a resposta real que trazia o 4.7.1.</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>Verifique se o nome do PTR do IP de envio resolve de volta para o mesmo IP.</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>Examine a fila de mensagens adiadas para ver se foi o seu próprio gateway ou o receptor que adiou a mensagem.</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>Qualquer que tenha sido a resposta real, um adiamento da família 4.7.1 é temporário: faça uma nova tentativa mais tarde, com intervalos crescentes. Se a mesma recusa durar mais de um dia, trate-a como bloqueio e corrija a causa em vez de esperar a fila expirar.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>Erro de sintaxe, comando não reconhecido</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>O servidor não conseguiu entender a linha recebida: o verbo do comando é desconhecido ou a linha está corrompida. A RFC 5321 também permite o 500 para uma linha de comando longa demais, e a RFC 4954 usa 500 5.5.6 quando uma resposta do AUTH estoura o buffer do servidor. Só aquele comando falha; a sessão normalmente continua aberta.</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix and Gmail use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>Logo depois que o cliente envia uma linha, em qualquer ponto da sessão. Casos típicos: um servidor que só fala HELO respondendo a um EHLO, um cliente falando o protocolo errado na porta (um handshake TLS enviado a uma porta de texto puro, uma requisição HTTP) ou um erro de digitação em um teste manual com telnet. O Sendmail responde 500 5.5.1 Command unrecognized e o Microsoft Exchange, 500 5.3.3 Unrecognized command; o Postfix e o Gmail usam 502 para verbos desconhecidos.</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>Quem opera o cliente faz a correção (o administrador do remetente ou o desenvolvedor do aplicativo): corrija o comando, use a porta e o modo TLS certos, volte para HELO quando o EHLO receber 500 e mantenha as linhas de comando dentro de 512 octetos. Se um firewall reescreve o tráfego SMTP, o administrador de rede daquele lado desativa ou afrouxa a inspeção SMTP/ESMTP. O servidor de recebimento não precisa de mudança, a menos que realmente devesse suportar o comando.</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>Um comando com erro de digitação ou algo que nem é um comando SMTP, comum em sessões digitadas à mão com telnet ou nc.</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>O cliente fala o protocolo errado na porta: um ClientHello TLS enviado a uma porta SMTP de texto puro, ou uma requisição HTTP de um monitor ou proxy mal configurado.</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>Um servidor muito antigo ou minimalista não conhece o EHLO e espera que o cliente volte para o HELO.</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>Um firewall com inspeção SMTP (a inspeção ESMTP do Cisco ASA é o caso clássico) substitui os comandos que não permite por sequências de caracteres X, que o servidor então não consegue reconhecer.</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>A linha de comando excede o que o servidor aceita (a RFC 5321 só garante 512 octetos, incluindo o CRLF), ou uma resposta do AUTH é mais longa que o buffer SASL do servidor.</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>Repita o diálogo manualmente e leia a resposta a cada linha; um 500 logo depois do EHLO significa que o servidor só fala HELO.</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>Se a porta espera TLS desde o primeiro byte (465), teste-a dessa forma em vez de lhe enviar texto puro.</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>Procure asteriscos ou caracteres X no banner e na resposta ao EHLO, sinal de que há a inspeção SMTP de um firewall no caminho.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>Em um cliente Postfix, encontre o comando rejeitado no log; o Postfix registra a resposta remota e o comando a que ela respondeu.</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>Não envie a mesma linha de novo sem alterações. A sessão geralmente ainda pode ser usada: depois de um 500 ao EHLO, envie HELO; depois de qualquer outro 500, corrija o comando ou envie QUIT e corrija o cliente antes da próxima tentativa.</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>Erro de sintaxe nos parâmetros ou argumentos</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>O servidor conhece o comando, mas rejeita o argumento: um endereço de envelope malformado, um nome de HELO/EHLO inválido, um parâmetro ESMTP mal formado ou dados de AUTH que não são base64 válido. O comando é recusado nessa forma e o servidor permanece no estado em que estava, então um comando corrigido pode vir em seguida, na mesma sessão.</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>Principalmente no EHLO, MAIL FROM ou RCPT TO, às vezes no meio do AUTH. O Postfix envia 501 5.1.7 Bad sender address syntax ou 501 5.1.3 Bad recipient address syntax (sintaxe inválida no endereço do remetente ou do destinatário); o Exim envia 501 Syntactically invalid HELO argument(s). Os servidores da RFC 4954 respondem 501 quando o cliente cancela o AUTH com um único asterisco ou envia base64 que não pode ser decodificado, e a RFC 3207 determina 501 para STARTTLS enviado com qualquer parâmetro.</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>Quem corrige é o lado do envio. O remetente corrige um endereço digitado errado ou malformado; o administrador do remetente dá ao MTA um nome de HELO totalmente qualificado adequado e verifica qualquer script ou aplicativo que monte por conta própria os comandos do envelope ou as strings de AUTH. Quando os endereços vêm de um formulário web ou de um banco de dados, valide-os antes que cheguem ao SMTP.</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>Um endereço de envelope com sintaxe quebrada: sem os sinais de menor e maior, com espaços no meio, com um ponto no final, com caracteres especiais sem aspas ou com dois endereços em um só comando.</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>Um argumento de HELO/EHLO vazio ou malformado, como um endereço IP puro sem colchetes ou um nome de host com sublinhados.</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>Dados de AUTH que não são base64 válido, geralmente de um script que monta a string PLAIN à mão.</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>O cliente cancelou a troca de autenticação com um único asterisco, ao que a RFC 4954 manda responder 501.</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>Um parâmetro ESMTP com valor inválido, por exemplo um SIZE= não numérico ou um NOTIFY= ou ORCPT= malformado.</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>Envie o mesmo envelope com o swaks e anote qual comando recebe o 501.</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>Verifique o nome que o seu MTA Postfix anuncia no HELO/EHLO; ele deve ser um nome de host totalmente qualificado ou um endereço literal entre colchetes.</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>Decodifique a string AUTH PLAIN que o cliente envia e confirme que ela contém ID de autorização, NUL, usuário, NUL, senha.</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>Encontre a linha rejeitada no log do servidor de envio para ver o argumento exato que foi enviado.</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>Não faça nova tentativa com o comando nem com a mensagem sem mudanças: o mesmo argumento será recusado de novo. Corrija o endereço, o nome de HELO, o parâmetro ou os dados de AUTH; dentro da sessão, o cliente pode enviar o comando corrigido na hora.</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>Os servidores de entrada do Gmail recusam um HELO ou EHLO cujo argumento está vazio ou não é nem um nome de host válido nem um endereço literal, antes de qualquer troca de mensagens.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>Comando não implementado</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet several servers, Postfix and Gmail among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>O servidor reconhece o comando, mas não o implementa ou o desativou. A RFC 5321 4.2.4 reserva o 502 para comandos conhecidos mas não implementados e o 500 para os desconhecidos; mesmo assim, vários servidores, entre eles o Postfix e o Gmail, também respondem 502 a verbos desconhecidos.</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix 502 5.5.2 Error: command not recognized.</source>
        <comment>502|whenSeen</comment>
        <translation>Em resposta a comandos opcionais: VRFY ou EXPN em servidores que os desativam (o Postfix com disable_vrfy_command = yes responde 502 5.5.1 VRFY command is disabled), ETRN ou TURN, ou EHLO em um servidor que só fala HELO. O Gmail responde 502 5.5.1 Unrecognized command a tudo o que não conhece, e o Postfix, 502 5.5.2 Error: command not recognized.</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>Quem precisa de correção é o cliente: ele deve usar apenas os comandos que o servidor anunciou na resposta ao EHLO, voltar para HELO quando o EHLO for recusado e deixar de depender de VRFY ou EXPN para verificar endereços. O administrador do lado do recebimento só age se o comando devesse ser oferecido, por exemplo ativando o ETRN para um cliente cujas mensagens ficam na fila ali.</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>O VRFY ou o EXPN está desativado por política para impedir a coleta de endereços.</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>O cliente usa uma extensão que o servidor nunca anunciou depois do EHLO, como ETRN, TURN, BDAT sem CHUNKING ou AUTH em um servidor sem autenticação.</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>Um servidor que só fala HELO recusa o EHLO, e o cliente não volta para o HELO.</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Postfix or Gmail, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>Um erro de digitação ou um verbo desconhecido enviado ao Postfix ou ao Gmail, que informam comandos não reconhecidos com 502 em vez de 500.</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>Liste o que o servidor realmente anuncia depois do EHLO e compare com o comando que falhou.</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>No seu próprio servidor Postfix, verifique se o VRFY foi desativado.</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>Revise a configuração do cliente em busca de recursos que ele força independentemente da resposta ao EHLO, como um ETRN agendado ou AUTH na porta 25.</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>Não repita o comando nesta sessão nem nas seguintes; ele continuará falhando. Siga sem ele (HELO em vez de EHLO, sem VRFY) ou altere o cliente.</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>O Gmail devolve 502, e não 500, para um comando que ele desconhece por completo, então um 502 do Gmail geralmente aponta para um erro de digitação ou um cliente que não fala SMTP, e não para um recurso desativado.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>Sequência de comandos incorreta</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>O comando é válido, mas chegou no ponto errado da sessão: RCPT antes de MAIL, DATA antes de qualquer RCPT aceito, MAIL antes de HELO/EHLO, um segundo MAIL dentro de uma transação ou AUTH depois de um login bem-sucedido. O servidor o recusa e permanece no estado atual.</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>Na maioria das vezes no RCPT TO ou no DATA. Nas devoluções, ele muitas vezes esconde o problema real: um cliente com pipelining envia DATA embora todos os RCPT tenham sido recusados, então a última resposta registrada é 503 (Postfix: 503 5.5.1 Error: need RCPT command; o Exim cita o erro anterior do RCPT dentro do seu 503). Ele também responde a um AUTH enviado onde a autenticação não é oferecida (Postfix: 503 5.5.1 Error: authentication not enabled).</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>Examine primeiro a resposta anterior ao 503. Se os destinatários foram recusados, corrija essa causa (endereço, permissão de relay, política) e o 503 desaparece sozinho. Se a ordem estiver realmente errada, o software cliente ou o script precisa ser corrigido: primeiro EHLO, EHLO de novo depois do STARTTLS, AUTH uma única vez e só onde for anunciado, depois MAIL, RCPT e DATA.</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>Todos os RCPT TO foram rejeitados (usuário desconhecido, relay negado) e o cliente com pipelining enviou DATA mesmo assim, então o 503 mascara o 5xx anterior.</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>O cliente não enviou EHLO de novo depois do STARTTLS, que reinicia a sessão ao estado inicial.</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>O AUTH foi enviado a uma porta ou servidor em que a autenticação não está ativada, ou uma segunda vez depois de já ter sido bem-sucedido.</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>Um cliente ou script caseiro envia RCPT antes de MAIL, ou inicia um segundo MAIL sem RSET.</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>Leia a transcrição ou a devolução inteira, não só a última linha; encontre as respostas ao RCPT TO que vieram antes do 503.</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>Execute a mesma transação passo a passo sobre STARTTLS e observe onde o servidor reclama.</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>Se o 503 responde ao AUTH, verifique se a autenticação está ativada para aquele serviço do Postfix; geralmente ela só fica ativa na submissão.</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>Repetir a mesma sequência dá o mesmo 503. Corrija primeiro o cliente ou a rejeição anterior; dentro da sessão, o cliente ainda pode enviar o comando certo, ou enviar RSET e recomeçar a transação.</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>O Gmail recusa MAIL, AUTH ou STARTTLS enviados antes de qualquer comando de saudação, por exemplo de um cliente que emite STARTTLS logo depois de se conectar.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>Parâmetro de comando não implementado</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>O comando é conhecido, mas o servidor não suporta o valor de parâmetro informado com ele. Na prática, ele responde a um AUTH com um mecanismo que o servidor não oferece (a RFC 4954 o associa ao 5.5.4 nesse caso), e o Postfix também o usa para recusar nomes de HELO e endereços de envelope que não são totalmente qualificados.</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only answers AUTH before STARTTLS with 504 5.5.4.</source>
        <comment>504|whenSeen</comment>
        <translation>No AUTH, quando um cliente insiste em um mecanismo como CRAM-MD5, NTLM ou XOAUTH2 que o servidor não tem: o Gmail e o Microsoft Exchange respondem 504 5.7.4 Unrecognized authentication type (tipo de autenticação não reconhecido). No HELO, MAIL FROM ou RCPT TO, em servidores Postfix que usam reject_non_fqdn_helo_hostname ou as restrições correspondentes de remetente e destinatário: 504 5.5.2 com Helo command rejected: need fully-qualified hostname, ou need fully-qualified address. O Postfix com smtpd_tls_auth_only responde com 504 5.5.4 a um AUTH enviado antes do STARTTLS.</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>No caso do AUTH, o usuário ou o administrador do cliente escolhe um mecanismo que o servidor anuncia (PLAIN ou LOGIN sobre TLS é a escolha habitual) e garante que o STARTTLS venha antes. No caso de rejeições de HELO ou de endereço, o administrador do envio define um nome de HELO totalmente qualificado (myhostname no Postfix) e faz os aplicativos usarem endereços completos, como user@example.com. O administrador do recebimento só afrouxa uma restrição se ela for rígida demais para um parceiro conhecido.</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>O cliente força um mecanismo AUTH que não consta da resposta do servidor ao EHLO, por exemplo CRAM-MD5 ou NTLM contra um servidor que só oferece PLAIN e LOGIN.</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>O AUTH é enviado antes do STARTTLS a um servidor que só permite autenticação sobre TLS e informa isso com 504 em vez de 538.</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>O MTA de envio anuncia um nome de HELO curto e não qualificado, como mailhost, e o receptor usa reject_non_fqdn_helo_hostname.</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>O remetente ou o destinatário do envelope não tem um domínio totalmente qualificado (do tipo user@localhost) e o receptor exige um.</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>Um mecanismo aposentado, como o antigo XOAUTH do Google, não é mais aceito pelo provedor.</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>Abra uma sessão STARTTLS, digite EHLO test.example.com e leia a linha 250-AUTH para ver quais mecanismos são oferecidos.</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>Verifique o nome de HELO que o seu servidor Postfix envia; ele precisa ser um nome totalmente qualificado.</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>Confirme que esse nome resolve no DNS.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>No servidor Postfix de recebimento, veja quais restrições de nomes não FQDN estão ativas e qual código elas usam.</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>Não faça nova tentativa com o mesmo mecanismo, nome de HELO ou endereço; a recusa é permanente. Depois de um AUTH com falha, o cliente pode experimentar outro mecanismo anunciado na mesma sessão, como a RFC 4954 permite.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>O serviço de submissão do Gmail responde isso quando o cliente pede um mecanismo SASL que o Gmail não oferece; o problema é o nome do mecanismo, não a senha.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>Endereço de e-mail inválido</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>Nenhuma RFC define 510 como código de resposta SMTP. As listas de “erros SMTP” o chamam de endereço de e-mail inválido e, na prática, o número é quase sempre o código de status aprimorado 5.1.0 (outro status de endereço, RFC 3463) sem os pontos. A resposta real provavelmente foi 550 5.1.0 ou 553 5.1.0: um problema de endereço que o servidor não detalhou.</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>Em resumos abreviados de devoluções: painéis de ESPs, sistemas de chamados, avisos de webmail e posts de fórum que escrevem “erro 510” para uma linha como &quot;550 5.1.0 Sender denied&quot;. O Exchange Online, por exemplo, usa 5.1.0 para um remetente rejeitado e para destinatários que não conseguiu resolver. Um 510 genuíno na rede é raro e só vem de software fora do padrão.</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>O remetente (ou quem lê a devolução) obtém primeiro a linha de resposta completa na devolução ou no log de e-mail, porque o 5.1.0 não diz se foi o endereço do remetente ou o do destinatário que foi recusado. Verifique os dois endereços em busca de erros de digitação e caracteres estranhos. Se a resposta vier do Exchange Online e citar o remetente, peça ao remetente que escreva uma mensagem nova em vez de responder a uma cópia salva ou offline. Se a linha disser algo totalmente diferente, consulte o seu código real de três dígitos.</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>Um resumo de devolução ou um painel exibiu o código aprimorado 5.1.0 sem os pontos.</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>O servidor de recebimento recusou um endereço, mas informou apenas o código genérico da área de endereçamento (5.1.0) em vez de 5.1.1 ou 5.1.7.</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>O Exchange Online respondeu 5.1.0 Sender denied (remetente negado), geralmente depois que alguém respondeu a uma mensagem que tinha sido salva como arquivo e aberta offline.</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>Um endereço interno legado do Exchange (legacyExchangeDN) não pôde ser consultado, então o Exchange não conseguiu resolver o destinatário.</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>Encontre no seu próprio log de e-mail a linha de resposta completa do endereço que falhou; o código básico real são os três primeiros dígitos, e o código aprimorado vem depois dele.</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>Na mensagem de devolução, leia os campos Status: e Diagnostic-Code: da parte delivery-status (o status da entrega), em vez do resumo amigável no topo.</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>Verifique se tanto o domínio do remetente do envelope quanto o domínio do destinatário existem no DNS.</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>Um MTA de envio que chegue a receber um 510 literal deve avaliá-lo pelo primeiro dígito (RFC 5321 4.2): uma falha permanente; portanto, faça a devolução da mensagem em vez de deixá-la na fila. Reenvie só depois que o endereço for corrigido.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>Endereço de e-mail inválido</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>usuário inexistente</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>destinatário inválido</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>endereço inexistente</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>511 não é um código de resposta SMTP em nenhuma RFC. Quando alguém relata “erro 511, endereço de e-mail inválido”, quase sempre quer dizer o código aprimorado 5.1.1, endereço de caixa postal de destino inválido: o servidor do destinatário diz que a caixa postal não existe. Na rede, isso chega como 550 5.1.1 (às vezes 553 ou 554 com 5.1.1).</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>Em estatísticas de devoluções, ferramentas de CRM e de newsletter e listas de erros copiadas e coladas, em que &quot;550 5.1.1 ... User unknown&quot; é resumido como 511. A resposta real vem em resposta ao RCPT TO, ou mais tarde em uma devolução, quando o servidor de recebimento só verifica os destinatários depois de aceitar a mensagem.</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>O remetente confere o endereço do destinatário letra por letra (letras trocadas, um ponto faltando, um domínio de país errado, o endereço de um ex-funcionário) e o confirma com o destinatário por telefone ou outro canal. Os donos de listas removem o endereço depois de um 5.1.1 confirmado, em vez de fazer novas tentativas. Se você administra o servidor de recebimento e o usuário existe, verifique as consultas de aliases, de domínios virtuais e de diretório que o servidor faz no momento do RCPT.</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>Um erro de digitação na parte local do endereço, a que vem antes do @.</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>A conta foi excluída ou renomeada, por exemplo depois que um funcionário saiu ou que uma empresa mudou o formato dos seus endereços.</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>Um endereço antigo tirado de um catálogo de endereços ou do cache de preenchimento automático, que não corresponde mais ao diretório.</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>No lado do recebimento, um usuário que existe no repositório de caixas postais mas não consta da tabela de aliases ou de destinatários que o servidor SMTP consulta.</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>Teste o destinatário sem enviar uma mensagem: a resposta ao RCPT TO mostra se o servidor conhece a caixa postal (muitos provedores grandes não informam isso).</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>No seu próprio servidor Postfix, veja qual tabela respondeu pelo endereço e qual resposta ela deu.</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>Se você usa Exim, pergunte a ele como rotearia o endereço; um resultado unrouteable significa que o 5.1.1 está correto.</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>Nada deve fazer nova tentativa com um 511 isolado; interprete-o como falha permanente pelo primeiro dígito. Para o 550 5.1.1 real por trás dele, pare de enviar para esse endereço até que uma pessoa confirme um endereço corrigido.</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>O host do domínio do destinatário não foi encontrado no DNS</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>Nenhuma RFC atribui o 512. As listas de erros o usam para “o domínio do destinatário não foi encontrado”, que é o código aprimorado 5.1.2, endereço de sistema de destino inválido (RFC 3463): a parte depois do @ não existe ou não pode receber e-mail. A resposta real geralmente é 550 5.1.2 ou 553 5.1.2, ou uma devolução escrita pelo próprio servidor do remetente depois de uma consulta DNS que falhou.</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>Muitas vezes sem nenhum servidor remoto envolvido: o MTA de envio consulta os registros MX e de endereço do domínio, recebe NXDOMAIN e faz ele mesmo a devolução da mensagem. O Sendmail escreve isso como 550 5.1.2 com &quot;Host unknown (Name server: ...: host not found)&quot;; o Postfix informa &quot;Host or domain name not found&quot; e o classifica como 5.4.4. O Gmail responde com 553 5.1.2 a uma submissão para um domínio inexistente.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>O remetente confere a grafia do domínio (hotmial, gmial, um sufixo de país faltando, .con em vez de .com). Se o domínio estiver certo, o administrador do dono do domínio precisa corrigir o DNS: o domínio pode ter expirado ou perdido a delegação. Se muitos domínios falham ao mesmo tempo, o administrador do remetente verifica o próprio resolvedor do servidor de envio, porque um resolvedor local com defeito faz toda consulta parecer um domínio inexistente.</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>O domínio do destinatário está escrito errado e o nome errado não está registrado.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>O registro do domínio do destinatário expirou ou os servidores de nomes dele pararam de responder.</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>O resolvedor do servidor de envio está com defeito, bloqueado por um firewall ou respondendo a partir de um cache desatualizado.</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>Um nome só interno (um domínio .local ou de split-horizon) foi usado como endereço de e-mail fora da rede em que ele resolve.</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>Pergunte ao DNS quais são os servidores de e-mail (MX) do domínio; NXDOMAIN na resposta completa significa que o domínio não existe.</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>Resolva o nome a partir dos servidores raiz, passando por cima do seu próprio resolvedor, para descartar uma falha local de DNS.</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>Procure a devolução local no log do servidor de envio.</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>Trate um 512 isolado como permanente, pelo primeiro dígito. Um MTA de envio deve fazer a devolução diante de um NXDOMAIN autoritativo, mas continuar com novas tentativas (temporário) em caso de timeouts de DNS ou SERVFAIL, que não dizem nada sobre a existência do domínio.</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>O tipo de endereço está incorreto</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>formato de endereço inválido</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>513 não é definido por nenhuma RFC. As listas o descrevem como “o tipo de endereço está incorreto”, e ele representa o código aprimorado 5.1.3, sintaxe inválida no endereço de caixa postal de destino (RFC 3463): o endereço do destinatário não é sequer um endereço válido, ao contrário de um endereço válido que não existe. Os servidores reais o enviam como 501 5.1.3 ou 553 5.1.3.</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>Quando o argumento do RCPT TO está malformado: o Postfix responde 501 5.1.3 Bad recipient address syntax, e o Gmail responde 553 5.1.3 dizendo que o endereço do destinatário não é um endereço válido segundo a RFC 5321. Aparece com formulários web e scripts que montam endereços a partir do que o usuário digita, e com endereços copiados de documentos com caracteres invisíveis.</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>O remetente, ou o aplicativo que compôs a mensagem, limpa o endereço: um único @, sem espaços, sem nome de exibição nem aspas dentro dos sinais de menor e maior, sem ponto no final, sem aspas curvas nem caracteres de largura zero colados de um editor de texto. Os desenvolvedores validam e aparam os endereços antes de passá-los à biblioteca de e-mail, e passam ao RCPT TO apenas o endereço puro.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>Espaços, vírgulas ou ponto e vírgula dentro do endereço, muitas vezes de uma lista colada em um único campo.</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>Um nome de exibição e um endereço passados juntos como destinatário do envelope, em vez do endereço puro.</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>Caracteres invisíveis ou tipográficos (espaço não separável, aspas curvas) copiados de um documento ou planilha.</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>Caracteres não ASCII no endereço enviado a um servidor que não ofereceu SMTPUTF8.</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>Mostre os caracteres ocultos do endereço da forma como o aplicativo o armazenou.</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>Repita manualmente o destinatário e leia a resposta do servidor ao RCPT TO.</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>No Postfix, encontre a string exata que o cliente enviou, que o log cita na linha de rejeição.</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>Nenhuma nova tentativa: um endereço malformado falha da mesma forma todas as vezes. Trate qualquer 513 literal como falha permanente, pelo primeiro dígito, e devolva a mensagem para que o endereço possa ser corrigido.</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>Use o ID de QHLO correto</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>Não é um código padrão. O texto vem do Internet-Draft da extensão SMTP QUICKSTART (draft-fanf-smtp-quickstart, 2007), que propunha um comando QHLO para economizar idas e voltas no início de uma sessão de submissão. O draft expirou sem virar RFC, e não se conhece nenhum servidor popular que envie 520.</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>Praticamente nunca no fluxo real de e-mails. Aparece em listas de códigos de resposta copiadas pela web e só poderia vir de um servidor experimental que implementasse o draft QUICKSTART, em resposta ao QHLO. Se um servidor comum enviar 520, ele está usando o número para um fim particular, e o texto da resposta é o único guia.</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>Quem age é o software cliente: pare de usar QHLO ou qualquer modo quickstart e abra a sessão com um EHLO normal. Se o código vier de um produto de algum fornecedor, leia a documentação dele ou pergunte ao administrador do servidor o que o texto significa.</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>Um servidor experimental ou de teste que implementa o draft expirado QUICKSTART rejeitou o identificador informado com o QHLO.</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>Um software proprietário reaproveitou o 520 com um significado próprio, sem relação com o draft; o texto da resposta o explica.</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>O número foi lido errado de uma linha de log ou copiado de uma lista on-line e nunca veio de servidor nenhum.</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>Obtenha no log de envio o texto completo da resposta e o comando a que ela respondeu; sem eles, o 520 não significa nada de concreto.</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>Verifique se o servidor anuncia alguma palavra-chave de extensão fora do padrão na resposta ao EHLO.</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>Não tente novamente o mesmo comando. Reconecte com a sequência padrão de EHLO; se o servidor ainda responder 520 a comandos comuns, trate isso como falha permanente e consulte o administrador do lado do recebimento.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>O host não aceita e-mails</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>O host não aceita e-mails de ninguém. A RFC 7504 (2015) padronizou o código, proposto pela primeira vez na RFC experimental 1846, como alternativa mais clara a responder a conexão com 554. Um cliente que o recebe deve desistir daquele host em vez de deixar a mensagem na fila e fazer novas tentativas.</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>Geralmente como saudação, no lugar do 220, de uma máquina que existe por outros motivos (um servidor web, um relay só de saída) e quer dizer claramente que não recebe e-mails; a conexão é então fechada ou os comandos seguintes são recusados. O Postfix também o envia na prática: o postscreen derruba com 521 5.5.1 Protocol error os clientes que falam antes da saudação ou violam o protocolo.</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>O remetente deve parar de enviar para aquele host ou domínio e confirmar o endereço com o destinatário por outro canal. Se o domínio deveria receber e-mails, o administrador do destinatário corrige os registros MX ou o servidor de e-mail. Se o 521 veio do postscreen, o administrador do remetente corrige o comportamento do cliente no protocolo (esperar a saudação, nada de pipelining sem anúncio), já que foi o cliente que provocou a desconexão.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>O MX do domínio, ou o registro A quando não existe MX, aponta para uma máquina que, de propósito, não roda nenhum serviço de e-mail.</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>O cliente chegou a um relay só de saída ou a um servidor web, muitas vezes por causa de registros DNS desatualizados ou errados.</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>O postscreen do Postfix derrubou o cliente por uma violação de protocolo, como falar antes da saudação, pipelining não anunciado ou quebras de linha sem CR.</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>O domínio do destinatário deixou de receber e-mails e deixou um respondedor 521 no lugar.</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>Verifique para onde devem ir as mensagens do domínio; um MX nulo (0 .) significa que o domínio não recebe e-mail nenhum.</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>Conecte-se ao host e leia a linha de saudação.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>Em um cliente Postfix, encontre a recusa no log; um 521 5.5.1 Protocol error aponta para os testes do postscreen do outro lado.</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>Se é o postscreen do seu próprio servidor que o envia, revise as ações dos testes pregreet e bare newline.</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>Não deixe a mensagem na fila para tentar de novo naquele host: a recusa é, de propósito, permanente. Faça a devolução ao remetente com o texto do 521 para que o endereço possa ser verificado.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>Criptografia necessária</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>Código que só existe no registro: nenhuma RFC define 523 como resposta, mas o registro de códigos de status aprimorados da IANA o lista como código básico de X.7.10 (criptografia necessária), registrado pela RFC 5248. Ele diz que a autenticação solicitada precisa primeiro de uma camada de privacidade; o cliente deve iniciar o TLS (ou escolher um mecanismo mais forte) e se autenticar de novo.</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>Em resposta ao AUTH em uma conexão não criptografada. A biblioteca Go go-smtp, usada por servidores como o maddy, responde 523 5.7.10 TLS is required quando um cliente tenta se autenticar antes do STARTTLS. A maioria dos outros softwares informa a mesma situação com 530, 538 ou 504.</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>Quem corrige é o usuário ou o software cliente: ative o STARTTLS na porta 587 ou o TLS implícito na porta 465 antes de se autenticar. Se o TLS estiver ativado e ainda assim falhar, o administrador do cliente procura um firewall ou antivírus que remova o STARTTLS. O administrador do servidor não deve permitir logins em texto puro só para o erro sumir.</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>A configuração de segurança do cliente de e-mail está como Nenhuma, ou STARTTLS apenas se anunciado, então ele envia o AUTH em texto puro.</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>A atualização para STARTTLS falhou ou foi removida por um equipamento intermediário, e o cliente continuou sem criptografia.</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>O cliente usa um mecanismo de senha em texto claro, como PLAIN ou LOGIN, onde o servidor exige uma camada de privacidade.</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>Autentique-se sobre STARTTLS para confirmar que a conta funciona quando a conexão está criptografada; o swaks pede a senha.</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>Verifique se o STARTTLS é oferecido e se o handshake é concluído a partir da rede do cliente.</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>Nas configurações da conta no cliente, defina a segurança como STARTTLS para a porta 587 ou SSL/TLS para a porta 465, nunca Nenhuma.</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>Não repita o AUTH na conexão em texto puro. Envie STARTTLS, envie EHLO de novo e depois se autentique; com o TLS ativo, a nova tentativa deve dar certo.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>Sem definição básica (associado a X.7.11)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>Código que só existe no registro, sem definição própria. O registro da IANA cita o 524, ao lado do 538, como código básico de X.7.11 (criptografia exigida para o mecanismo de autenticação solicitado), mas a RFC 4954, que define o X.7.11, só usa 538. Interprete um 524 assim: este mecanismo AUTH só pode ser usado em uma conexão criptografada.</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>Muito raramente, em resposta ao AUTH em uma conexão em texto puro, de softwares que seguiram a tabela da IANA em vez da RFC 4954. A maioria dos servidores envia 538 5.7.11 ou um 530 para a mesma condição.</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>Quem corrige é o lado do cliente: ative o STARTTLS ou o TLS implícito antes de se autenticar. Se aquele serviço não oferece TLS nenhum, o administrador do servidor precisa instalar um certificado ou indicar aos usuários uma porta de submissão que tenha TLS.</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>O cliente tentou AUTH antes do STARTTLS, e o servidor restringe aquele mecanismo a sessões criptografadas.</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>O software do servidor tirou o 524 da tabela da IANA para a sua resposta de criptografia obrigatória, onde a maioria das implementações usa 538.</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>O serviço que o cliente usa não tem TLS configurado, então o mecanismo nunca pode ser usado ali.</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>Leia a resposta completa e o código aprimorado dela; 5.7.11 confirma que o requisito é a criptografia.</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>Teste a mesma conta depois do STARTTLS com outro mecanismo.</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>Verifique se o cliente tem uma opção como exigir TLS ou usar sempre STARTTLS, e se ela está ativada.</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>Tentar novamente em texto puro não adianta. Repita o AUTH somente depois que o STARTTLS tiver dado certo e um novo EHLO tiver sido enviado.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>Conta de usuário desativada</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>Código que só existe no registro: o registro da IANA associa o 525 ao X.7.13 (conta de usuário desativada), registrado pela RFC 5248. As credenciais estavam certas, mas a conta foi desativada, por exemplo por falta de pagamento, abuso ou suspeita de invasão, e continua recusada até que um administrador a reative.</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>Em princípio, logo depois de um AUTH bem-sucedido em uma conta desativada; poucos servidores o usam, e a maioria informa uma conta desativada com 535 ou 550. O Gmail envia 525 com 5.7.10 para uma violação de protocolo sem relação com isso (comandos em pipeline depois do STARTTLS), então leia o código aprimorado e o texto antes de concluir que a conta está desativada.</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>O dono da conta entra em contato com o administrador ou o provedor da conta de envio para saber por que ela foi desativada e pedir a reativação; trocar a senha no cliente não adianta. Na variante 5.7.10 do Gmail, o administrador do remetente corrige o cliente ou o MTA para que ele espere o handshake TLS antes de enviar qualquer outra coisa.</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>O administrador desativou ou suspendeu a conta (conta não paga, denúncia de abuso, senha comprometida).</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>A conta foi bloqueada automaticamente depois de um evento de segurança, como uma rajada de spam de saída.</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>Do Gmail com 5.7.10: o cliente enviou outros comandos logo atrás do STARTTLS em vez de esperar o handshake TLS.</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>Verifique o código aprimorado na resposta: 5.7.13 significa conta desativada; qualquer outro exige ler o texto.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>Entre no webmail do provedor com a mesma conta; uma conta desativada geralmente é explicada ali com todas as letras.</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>Para um 525 5.7.10, repita a sessão com um cliente que não faça pipelining através do STARTTLS e compare o resultado.</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>Pare de fazer novas tentativas com esta conta: todas as tentativas falham até que ela seja reativada, e logins repetidos podem prolongar um bloqueio. Retome quando o administrador confirmar que a conta está ativa.</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>O Gmail não usa o 525 para contas desativadas: com 5.7.10, ele rejeita um cliente que enviou outros comandos em pipeline depois do STARTTLS em vez de esperar o handshake TLS. A própria lista de erros do Google já publicou o mesmo texto sob 523 5.7.10, então espere qualquer um dos dois códigos básicos com ele.</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>Autenticação obrigatória / É preciso enviar antes um comando STARTTLS</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>O servidor recusa o comando até que o cliente faça algo antes: se autentique (RFC 4954, enviado como 530 5.7.0 Authentication required, autenticação obrigatória) ou inicie o TLS (RFC 3207, 530 Must issue a STARTTLS command first). Normalmente ele responde ao MAIL FROM e deixa a sessão aberta para que o cliente possa dar o passo que falta.</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>Principalmente no MAIL FROM, em uma porta de submissão (587) ou em um relay que exige login, vindo de clientes configurados sem autenticação ou sem STARTTLS: impressoras, scanners, scripts, ferramentas de monitoramento, aplicativos web. Os servidores de submissão do Gmail enviam 530 5.7.0 Must issue a STARTTLS command first; o Microsoft 365 envia 530 5.7.57 a clientes que tentam enviar sem se autenticar.</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>Quem corrige é o lado do cliente: ative o STARTTLS (ou o TLS implícito na 465) e a autenticação SMTP com as credenciais da caixa postal e reenvie. No Microsoft 365, o administrador do tenant também precisa permitir SMTP autenticado para essa caixa postal. Os dispositivos que não conseguem se autenticar devem enviar por um relay local ou por um conector que o provedor ofereça para submissão não autenticada.</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>A autenticação SMTP está desativada no cliente, ou ele envia para a porta 25 de um servidor que só faz relay para usuários logados.</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>O STARTTLS está desativado no cliente, então ele envia o MAIL FROM em texto puro para um servidor que só aceita mensagens depois do TLS.</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>Um AUTH anterior falhou e o cliente ignorou o erro, então o MAIL FROM chega sem autenticação.</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>Um dispositivo ou aplicativo configurado para um antigo open relay agora aponta para um servidor que exige login.</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>Leia a resposta ao EHLO: se o STARTTLS está listado mas o AUTH não, a autenticação só é oferecida depois do TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>Execute um teste completo de submissão autenticada; o swaks pede a senha quando --auth-password é omitido.</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>Procure no log do próprio cliente uma resposta ao AUTH antes do MAIL FROM; um AUTH ausente ou com falha explica o 530.</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>Não reenvie sem mudar nada. Na mesma sessão, o cliente pode enviar STARTTLS ou AUTH, como pedido, e repetir o MAIL FROM; uma mensagem na fila só deve sair de novo depois que a configuração do cliente for corrigida.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>Os servidores de submissão do Gmail exigem STARTTLS antes de qualquer transação de e-mail; um cliente que envia em texto puro na porta 587 recebe isto no MAIL FROM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>O endpoint de submissão de clientes do Exchange Online exige SMTP AUTH antes do MAIL FROM; isto também aparece quando a tentativa de AUTH falhou e o cliente seguiu em frente mesmo assim.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>Sem definição básica (associado a X.7.1)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>Código que só existe no registro, sem definição própria: o registro da IANA lista o 533 entre os códigos básicos usados com X.7.1 (entrega não autorizada, mensagem recusada). Trate-o como uma recusa permanente por motivo de segurança ou de política, com o código aprimorado e o texto da resposta trazendo os detalhes.</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>Quase nunca na rede, já que 550 5.7.1 e 554 5.7.1 cobrem o mesmo terreno. Se aparecer, espere-o de algum software de nicho ou personalizado no MAIL FROM ou no RCPT TO, depois que uma verificação de política (permissão de relay, remetente não permitido, lista de bloqueio) recusou o remetente.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>O administrador do remetente lê o texto da resposta para identificar a política e corrige a causa: autenticar-se antes de fazer relay, enviar apenas a partir de endereços que a conta pode usar ou tirar o IP de envio da lista. Se a recusa parecer errada, consulte o administrador do destinatário, informando a resposta completa, o horário e o IP de envio.</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>Um servidor personalizado ou incomum informa com 533, em vez de 550, uma recusa de política como relay negado ou remetente não permitido.</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>O IP ou o domínio de envio está em uma lista de bloqueio que o receptor consulta.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>O usuário autenticado tentou enviar como um endereço, ou fazer relay para um domínio, para o qual a conta não está autorizada.</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>Capture a resposta inteira; o código aprimorado (geralmente 5.7.1) e o texto dizem qual política foi acionada.</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>Confirme que o remetente do envelope corresponde à conta autenticada ou a um dos aliases permitidos dela.</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>Verifique o IP de envio em qualquer lista de bloqueio citada no texto da resposta, usando a página de consulta ou a zona DNS da própria lista.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>Não tente novamente sem alterações; recusas de política se repetem. Reenvie depois de corrigir a causa ou de o administrador do destinatário conceder uma exceção.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>O mecanismo de autenticação é fraco demais</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>apps menos seguros</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>autenticação de dois fatores (2FA)</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>Definido pela RFC 4954 como 534 5.7.9: o mecanismo AUTH escolhido pelo cliente é mais fraco do que a política do servidor permite para este usuário, e o cliente deve tentar novamente com um mais forte. Os grandes provedores ampliam o sentido para indicar que o tipo de senha não é aceitável, sobretudo o Gmail, que o envia quando é necessária uma senha de app ou um login por OAuth.</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>Logo depois do AUTH em uma porta de submissão. No sentido da RFC: um cliente que usa PLAIN ou LOGIN onde o servidor quer SCRAM, CRAM-MD5 ou GSSAPI para aquela conta. Muito mais frequente na prática: o Gmail respondendo 534-5.7.9 Application-specific password required, ou 534-5.7.14 pedindo que o usuário faça login primeiro em um navegador.</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>O usuário ou o administrador do cliente muda a forma como o cliente se autentica. No Gmail, crie uma senha de app (a verificação em duas etapas precisa estar ativada) ou passe o cliente para OAuth 2.0, e conclua qualquer verificação de login pendente no navegador. Nos servidores que usam o sentido da RFC, configure um mecanismo que o servidor aceite, como SCRAM-SHA-256 ou CRAM-MD5, ou atualize a biblioteca do cliente.</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>A conta tem a verificação em duas etapas ativada e o cliente envia a senha normal da conta; o Gmail quer uma senha de app ou OAuth 2.0.</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>O provedor considerou o login suspeito (novo local ou dispositivo) e exige um login interativo no navegador antes que o SMTP volte a funcionar.</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>O cliente escolheu um mecanismo em texto claro, enquanto o servidor exige para aquele usuário um mecanismo de desafio-resposta ou Kerberos.</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>Uma biblioteca cliente antiga só conhece LOGIN ou PLAIN e não consegue oferecer o mecanismo mais forte que o servidor pede.</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>Leia o código aprimorado e o texto: 5.7.9 com application-specific password significa senha de app ou OAuth; 5.7.14 significa uma verificação pendente no navegador.</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>Liste os mecanismos oferecidos depois do STARTTLS para ver qual seria uma escolha mais forte.</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>Force um mecanismo específico com o swaks para ver quais o servidor aceita para a conta.</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>Tentar novamente com o mesmo mecanismo e a mesma senha continua falhando e pode provocar um bloqueio da conta. A RFC 4954 espera que o cliente experimente um mecanismo mais forte na mesma sessão; caso contrário, corrija as credenciais antes da próxima tentativa.</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>O Gmail envia isto quando a conta usa a verificação em duas etapas e o cliente fez login com a senha normal; é necessária uma senha de app ou OAuth 2.0, e o mecanismo SASL em si não é o problema.</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>O Gmail bloqueou o login SMTP até que o dono da conta entre por um navegador e passe por uma verificação de segurança.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>Credenciais de autenticação inválidas</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>senha incorreta</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>falha na autenticação</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>A resposta da RFC 4954 para um login que falhou, enviada como 535 5.7.8: o usuário, a senha ou o token não foi aceito. O cliente deve pedir novas credenciais ao usuário em vez de repetir as mesmas.</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>No fim da troca AUTH em uma porta de submissão, vindo de clientes de e-mail, scripts, impressoras e ferramentas de monitoramento. O Postfix responde 535 5.7.8 Error: authentication failed (falha na autenticação); o Gmail envia 535-5.7.8 Username and Password not accepted; o Microsoft 365 usa 535 5.7.139 e 535 5.7.3 tanto para senhas erradas quanto para logins bloqueados pela política do tenant.</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>O usuário digita de novo ou redefine a senha e confere o formato do nome de usuário. No Gmail, use uma senha de app ou OAuth 2.0. No Microsoft 365, o administrador do tenant ativa o SMTP autenticado para a caixa postal ou passa o aplicativo para OAuth ou outro método de envio. Quando todos os usuários falham ao mesmo tempo, o administrador do servidor verifica o back-end de autenticação e os logs dele.</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>Senha errada ou expirada, ou um nome de usuário simples (user em vez de user@example.com) onde o servidor espera o endereço completo.</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>O provedor não aceita mais a senha normal pelo SMTP: o Gmail exige uma senha de app ou OAuth 2.0, e muitos tenants do Microsoft 365 têm o SMTP AUTH ou a autenticação básica desativados.</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>O cliente codifica errado os caracteres especiais da senha, ou um script monta a string AUTH PLAIN incorretamente.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>O back-end de autenticação do servidor (Dovecot, saslauthd, LDAP) está com defeito ou procura o usuário no lugar errado.</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>Teste as mesmas credenciais com o swaks para descartar o cliente; ele pede a senha.</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>Em um servidor Postfix que autentica pelo Dovecot, teste o back-end diretamente.</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>Encontre o motivo que o servidor registrou para a tentativa que falhou.</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>No Microsoft 365, peça ao administrador do tenant que verifique no PowerShell do Exchange Online se o SMTP AUTH está desativado para a caixa postal.</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>Nunca fique repetindo as mesmas credenciais: nada muda, e falhas repetidas podem bloquear a conta ou fazer o IP do cliente ser bloqueado (a RFC 4954 permite que os servidores derrubem a conexão depois de várias falhas). Obtenha as credenciais corretas e então faça uma única nova tentativa.</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>O Gmail envia isto para uma senha errada e, com muita frequência, quando a senha correta da conta é usada onde o Gmail exige uma senha de app ou OAuth 2.0.</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>O Exchange Online recusa o login porque o SMTP AUTH está desativado para toda a organização; a senha pode estar perfeitamente correta, e só o administrador do tenant pode mudar a configuração.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>Criptografia exigida para o mecanismo de autenticação solicitado</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>Definido pela RFC 4954 como 538 5.7.11: o mecanismo AUTH escolhido só pode ser usado em uma conexão criptografada. A RFC 4954 mantém o código por razões históricas e orienta os servidores a nem anunciar esses mecanismos em conexões não criptografadas, mas alguns servidores ainda respondem ao AUTH com ele.</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>No AUTH, quando um cliente oferece um mecanismo de senha antes do STARTTLS. O pacote smtp-server para Node.js, do projeto Nodemailer, usado por vários serviços de envio hospedados, responde 538 Error: Must issue a STARTTLS command first; outros servidores enviam 538 5.7.11 com o texto da RFC.</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>Configure o cliente para criptografar antes de se autenticar: STARTTLS na porta 587 ou TLS implícito na 465. No código do aplicativo, ajuste as opções de TLS da biblioteca de e-mail de acordo com a porta. O administrador do servidor pode ajudar não anunciando mecanismos de senha antes do STARTTLS, como recomenda a RFC 4954.</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>O cliente envia AUTH PLAIN ou LOGIN antes do STARTTLS porque a criptografia está desativada nas configurações dele.</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>Um modo oportunista, do tipo usar TLS se disponível, não percebeu a oferta de STARTTLS e continuou em texto puro.</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>As opções secure e starttls de uma biblioteca de e-mail estão invertidas para a porta, por exemplo sem TLS implícito e sem pedido de STARTTLS na 587.</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>Confirme que o servidor oferece STARTTLS e que o handshake funciona a partir da rede do cliente.</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>Execute um teste autenticado sobre STARTTLS para provar que a conta funciona quando a conexão está criptografada.</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>Nas configurações do cliente ou da biblioteca, torne o STARTTLS obrigatório, e não opcional, na porta 587, ou ative o TLS implícito para a porta 465.</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>Não tente novamente o AUTH sem criptografia. Inicie o TLS, envie EHLO de novo e autentique-se; as mesmas credenciais devem então ser aceitas.</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>Mensagem rejeitada pelo filtro antispam do destinatário</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>Nenhuma RFC define o 541; listas em blogs o descrevem como uma rejeição pelo filtro de spam do destinatário. As rejeições reais por spam chegam como 550 ou 554 com um código aprimorado 5.7.x (geralmente 5.7.1). Quando um &quot;541&quot; aparece em uma devolução real, na maioria das vezes é um 5.4.1 sem pontos, que o Microsoft 365 envia como 550 5.4.1 para destinatários desconhecidos e relay recusado, não para spam.</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>Em categorias de devolução de ESPs e em artigos de solução de problemas, mais do que na rede. O caso da Microsoft é comum: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; vem do bloqueio de borda baseado em diretório do Exchange Online, no RCPT TO. No registro da IANA, X.4.1 significa nenhuma resposta do host, um código de classe 4, então o 5.4.1 da Microsoft é um uso próprio dela.</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>Obtenha primeiro a linha de resposta exata. Se for 550 5.4.1 do Microsoft 365, trate-a como destinatário desconhecido: o remetente confere o endereço, e o administrador do destinatário verifica se a caixa postal ou o contato de e-mail existe no tenant e se o domínio é um domínio aceito. Se for de fato uma rejeição de conteúdo (5.7.x depois do fim dos dados), o administrador do remetente revisa a autenticação, a reputação do IP de envio e o conteúdo da mensagem.</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>O Exchange Online rejeitou um destinatário que não está no seu diretório (550 5.4.1 Recipient address rejected: Access denied, endereço do destinatário rejeitado).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>O MX do domínio aponta para o Microsoft 365, mas o domínio não é um domínio aceito naquele tenant, o que gera 550 5.4.1 Relay Access Denied.</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>Uma ferramenta de processamento de devoluções converteu uma rejeição por spam 550 5.7.1 em um rótulo e um número próprios.</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>Um filtro ou appliance feito em casa emite um 541 inventado em vez de um 550 ou 554 padrão.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>Verifique se o domínio do destinatário está hospedado no Microsoft 365; um MX terminado em mail.protection.outlook.com significa que o 5.4.1 veio do Exchange Online.</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>Encontre no seu log a resposta remota completa para o destinatário que falhou.</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>Se você administra o tenant de recebimento, confirme no Exchange admin center que o destinatário existe e que o domínio é aceito antes de mudar qualquer outra coisa.</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>Permanente pelo primeiro dígito: o MTA de envio faz a devolução em vez de deixar a mensagem na fila. Reenviar a mesma mensagem para o mesmo endereço dá a mesma resposta até que o endereço, a configuração do tenant ou o conteúdo mude.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>Ação de e-mail solicitada não executada: caixa postal indisponível</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>usuário inexistente</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>ip em lista de bloqueio (blacklist)</translation>
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
        <translation>hard bounce devolução permanente</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>Uma recusa permanente: o servidor não vai executar o comando para este endereço ou esta mensagem. A RFC 5321 lista três motivos sob um só código, caixa postal não encontrada, sem acesso ou comando rejeitado por motivos de política, então o 550 cobre igualmente um endereço digitado errado, uma conta encerrada, um relay recusado, um IP em lista de bloqueio e uma verificação DMARC que falhou. O código aprimorado que vem depois diz qual é: 5.1.1 usuário desconhecido, 5.2.1 caixa postal desativada, 5.7.1 política, 5.7.26 autenticação.</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>Na maioria das vezes em resposta ao RCPT TO, quando o receptor verifica o destinatário; também no MAIL FROM (remetente recusado) e depois do fim dos dados (vereditos de conteúdo, SPF, DKIM ou DMARC). O Postfix envia &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, o Exim, &quot;550 Unrouteable address&quot;. O Gmail e o Microsoft 365 usam 550 para quase todas as suas rejeições permanentes, cada um com os próprios códigos aprimorados; o Yahoo e a AOL documentam a maioria das suas rejeições permanentes como 553 e 554, e um usuário desconhecido do Yahoo gera uma devolução com 554.</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>Leia o código aprimorado e o texto e então aja do lado certo. 5.1.x: o remetente corrige o endereço ou o confirma com o destinatário; os donos de listas o suprimem. 5.2.1: a conta do destinatário está desativada ou inativa, e só o destinatário ou o administrador dele pode reativá-la. 5.7.x em um grande provedor: o administrador do remetente verifica o IP de envio nas listas de bloqueio, corrige o SPF, o DKIM, o alinhamento DMARC e o DNS reverso e depois usa o formulário de remoção da lista ou de suporte a remetentes do provedor. &quot;Relay access denied&quot; ou &quot;Unable to relay&quot;: o cliente precisa se autenticar no seu próprio servidor de submissão em vez de enviar para um servidor que não atende o domínio. Se você administra o servidor de recebimento e a recusa está errada, o administrador do destinatário verifica as tabelas de aliases, a sincronização do diretório e as regras de transporte.</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>O endereço do destinatário não existe: um erro de digitação, uma conta excluída ou um funcionário que saiu (5.1.1, na Microsoft 5.1.10).</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>A caixa postal existe, mas está desativada ou inativa (5.2.1; o Gmail diz que a conta está inativa).</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>O IP de envio está em uma lista de bloqueio DNS pública ou na lista de bloqueio própria de um provedor (Outlook.com S3150, Microsoft 365 5.7.606-649).</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>A mensagem falhou no SPF, no DKIM ou no DMARC, e o domínio do remetente publica p=reject ou o provedor exige autenticação (5.7.26, 5.7.509, 5.7.515).</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>Um cliente não autenticado pediu a um servidor que fizesse relay para um domínio que o servidor não atende.</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>Um filtro de spam ou de reputação considerou a mensagem ou o domínio de envio indesejados (Gmail 5.7.1 likely unsolicited).</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>Uma regra do lado do destinatário: o grupo só aceita remetentes internos, uma regra de transporte bloqueia o remetente ou o remetente está na lista de bloqueados do destinatário.</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>Leia a parte delivery-status (o status da entrega) da devolução: Remote-MTA diz quem recusou, Diagnostic-Code contém a resposta, e o texto &quot;in reply to RCPT TO / end of DATA&quot; diz em que etapa.</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>Confirme que você chegou ao MX atual do domínio do destinatário, e não a um host antigo ou de backup.</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>Verifique o IP de envio (aqui 192.0.2.10, com os octetos invertidos) na Spamhaus; use o seu próprio resolvedor, porque os resolvedores públicos recebem 127.255.255.254 em vez de uma resposta.</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>Verifique se o IP de envio tem um registro PTR cujo nome resolve de volta para ele.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>Leia a política DMARC do domínio do remetente, que decide se uma mensagem que falha é rejeitada.</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>Reproduza a verificação do destinatário sem enviar uma mensagem (a partir do IP de envio real, não de uma conexão doméstica).</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>Não tente novamente a mesma mensagem para o mesmo destinatário: uma resposta 5yz significa que o cliente não deve repetir o pedido sem mudanças (RFC 5321 4.2.1), e tentativas repetidas para usuários desconhecidos prejudicam a reputação do remetente. Faça a devolução ao remetente imediatamente e só reenvie depois de corrigir o endereço, a autenticação ou a listagem na lista de bloqueio.</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>A resposta do Gmail para usuário desconhecido no RCPT TO: não existe nenhuma conta Google ou usuário do Workspace com esse endereço. Corrija o endereço; uma nova tentativa nunca adianta.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>A conta Google existe, mas está desativada ou ficou inativa; só o titular da conta ou o administrador do Workspace dele pode restaurá-la.</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>Um veredito de spam e reputação sobre esta mensagem, o IP de envio dela ou o domínio dela; o Gmail usa 5.7.1 para vários bloqueios de política, e o texto depois do código diz qual.</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>A mensagem falhou no DMARC do domínio do From, e esse domínio publica p=reject; o mesmo código aprimorado também cobre mensagens que não passam nem no SPF nem no DKIM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>O código próprio do Exchange Online para destinatário não encontrado (5.1.10, que o registro atribui ao MX nulo): o endereço não existe no tenant do destinatário.</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>Bloqueio de borda baseado em diretório: o destinatário é desconhecido para o tenant e é rejeitado no RCPT TO. O 5.4.1 da Microsoft não tem o sentido do registro (nenhuma resposta do host).</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>O IP de envio está na lista de bloqueio própria da Microsoft (5.7.606 a 5.7.649); o dono do IP pode pedir a remoção pelo portal de delist da Microsoft depois de corrigir a causa.</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>Falha de DMARC do domínio do From com política reject; um código privado da Microsoft na faixa 5.7.5xx.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>O Outlook.com, o Hotmail e o Live recusam o IP de envio ou a rede dele por motivos de reputação, muitas vezes já no MAIL FROM; o operador do servidor de envio pede ao suporte a remetentes da Microsoft que retire o bloqueio.</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>Desde maio de 2025, o Outlook.com rejeita mensagens de domínios que enviam mais de 5.000 mensagens por dia, a menos que o SPF e o DKIM passem e o DMARC (pelo menos p=none) esteja alinhado.</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>O Outlook.com e o Hotmail respondem isto, geralmente seguido de uma etiqueta como (S2017062302), para destinatários que não existem: o equivalente, no serviço para consumidores, do 5.1.10. Aqui 5.5.0 significa uma caixa postal desconhecida, não o status de protocolo do registro.</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>Usuário não local; tente &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>O destinatário não é atendido por este servidor, e o servidor diz ao cliente para onde enviar: o texto da resposta traz o novo forward-path. É uma das poucas respostas cujo texto foi feito para ser interpretado por programas (RFC 5321 4.2). A RFC 5321 3.4 permite que os servidores o usem para usuários que mudaram de endereço, mas alerta que ele revela endereços, por isso é raro hoje.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>Em resposta ao RCPT TO, e ao VRFY, de servidores antigos ou pequenos configurados com uma tabela de usuários que mudaram de endereço, como em &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Alguns servidores também usam o 551 indevidamente como recusa de relay para domínios que não atendem, sem dar endereço nenhum.</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>Se a resposta indicar um novo endereço, o remetente o confirma com o destinatário, atualiza o catálogo de endereços e reenvia para o novo endereço; um cliente de e-mail ou MTA não faz isso sozinho. Se nenhum endereço for informado, trate-o como recusa de relay: envie pelo seu próprio servidor de submissão autenticado e verifique se os registros MX do domínio apontam para o servidor que realmente o hospeda. Os administradores do lado do destinatário que não querem revelar novos endereços passam para o encaminhamento silencioso (respondido com 250; um 251 ainda mostraria o novo endereço) ou para um 550 simples.</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>O destinatário mudou para um novo endereço, e o servidor antigo mantém uma tabela de usuários que mudaram, que responde 551.</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>Um cliente tentou fazer relay de mensagens para um domínio externo, e o servidor recusou com 551 em vez de 550 5.7.1.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>O MX do domínio ainda aponta para um servidor que não hospeda mais a caixa postal do destinatário.</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>Copie o endereço informado no texto da resposta (entre &lt; e &gt;) e confirme-o com o destinatário por outro canal.</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>Verifique quais servidores recebem atualmente as mensagens do domínio.</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>Repita o destinatário contra esse servidor e leia a resposta ao RCPT TO.</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>Não tente novamente o mesmo destinatário nem redirecione em silêncio: a RFC 5321 diz que os servidores não devem supor que o cliente vai agir com base no novo endereço. Faça a devolução da mensagem com o texto da resposta intacto, para que uma pessoa possa reenviá-la ao endereço informado.</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>Ação de e-mail solicitada abortada: alocação de armazenamento excedida</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>mensagem muito grande</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>anexo muito grande</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>caixa postal cheia</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>cota excedida</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>A ação foi abortada porque um limite de armazenamento foi excedido. Hoje, isso significa uma de duas coisas: a caixa postal do destinatário está acima da cota, ou a mensagem é maior do que o servidor aceita (a extensão SIZE, RFC 1870). A RFC 821 também listava o 552 para destinatários demais; a RFC 5321 4.5.3.1.10 corrige isso para 452 e orienta os clientes a tratar esse 552 como temporário.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>No MAIL FROM, quando o cliente declara um SIZE= acima do limite do servidor; depois do fim dos dados, quando a mensagem real é grande demais (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;); e no RCPT TO ou no fim dos dados para uma caixa postal cheia, muitas vezes vindo do agente de entrega (LMTP do Dovecot: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). O Gmail usa 552 para caixas de entrada cheias e inativas ao mesmo tempo, para limites de tamanho e de cabeçalhos e para tipos de anexo bloqueados. O registro lista o X.2.2 (caixa postal cheia) como classe 4, mas 552 5.2.2 é o que a maioria dos servidores envia.</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>Tamanho: o remetente reduz a mensagem ou compartilha um link em vez de anexar o arquivo; os anexos crescem cerca de um terço quando codificados em base64, então um arquivo de 20 MB pode estourar um limite de 25 MB. Se a devolução veio do seu próprio servidor, o administrador do remetente verifica o limite de saída. Cota: o destinatário exclui ou arquiva mensagens ou compra mais espaço; o remetente o avisa por outro canal. Tipo de anexo: envie o arquivo em outro formato ou como link.</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>Anexos que excedem o limite de tamanho do receptor depois de somada a codificação base64.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>A caixa postal do destinatário está acima da cota de armazenamento.</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>Uma conta do Gmail sem espaço de armazenamento e que não é mais usada (Gmail 552 5.2.2 out of storage space and inactive).</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>Um tipo de anexo que o receptor recusa, como executáveis ou arquivos compactados que os contenham (Gmail 552 5.7.0).</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>Campos de cabeçalho grandes demais ou numerosos demais, por exemplo uma lista To enorme ou um Subject longo (limites de cabeçalho do Gmail 552 5.3.4).</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>Um servidor antigo que ainda responde com 552 a destinatários demais, como a RFC 821 especificava.</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>Meça a mensagem bruta como ela será enviada, incluindo a codificação.</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Leia o limite de tamanho que o receptor anuncia na resposta ao EHLO (a linha 250-SIZE, em bytes).</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>No Postfix, mostre o limite de tamanho de mensagem e o limite da caixa postal local (message_size_limit é, por padrão, 10240000 bytes).</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>Em um servidor Dovecot, mostre o uso da cota do destinatário.</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>Faça a devolução da mensagem: repeti-la sem mudanças falha do mesmo jeito. A exceção é o uso da RFC 821 para destinatários demais no RCPT TO, que a RFC 5321 manda tratar como temporário: envie os destinatários restantes em uma transação posterior. Depois de uma devolução por cota, uma pessoa pode reenviar quando o destinatário tiver liberado espaço.</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>A conta Google esgotou o espaço de armazenamento e não está sendo usada; o Gmail envia 452 4.2.2 para uma conta que está apenas cheia.</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>A mensagem inteira, o número de anexos ou os cabeçalhos dela excedem os limites de recebimento do Gmail; o texto indica qual limite.</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>Um tipo de anexo que o Gmail recusa (por exemplo um executável, também dentro de um arquivo compactado); uma política de conteúdo, não um problema de armazenamento.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>Ação solicitada não executada: nome de caixa postal não permitido</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>Uma recusa permanente de um endereço enquanto tal: o nome da caixa postal não é aceitável para este servidor, classicamente porque a sintaxe está errada. Na prática, o 553 também cobre endereços de remetente que o servidor não aceita (domínio que não resolve, um endereço que não pertence ao usuário logado) e domínios para os quais o servidor não faz relay. A RFC 5321 3.3 diz que falhas no MAIL FROM normalmente produzem 550 ou 553, e a 3.5.1 usa 553 para um nome ambíguo no VRFY.</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>No MAIL FROM e no RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix com verificação de login do remetente: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. A recusa de relay do qmail: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 e 5.1.7 para um domínio de destinatário desconhecido e para sintaxe inválida do destinatário ou do remetente. Servidores SMTPUTF8 podem usar 553 com 5.6.7 para endereços não ASCII que não conseguem aceitar.</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>O remetente corrige o endereço em questão: sintaxe correta, um domínio real e registrado e, na submissão autenticada, apenas um endereço com o qual a conta tem permissão para enviar. Os desenvolvedores de aplicativos definem um remetente de envelope adequado, com um domínio público, em vez de root@localhost ou www-data@server. Se a resposta for uma recusa de relay, o cliente precisa se autenticar no seu próprio servidor de submissão. O administrador do servidor só adiciona o endereço aos remetentes permitidos do usuário quando ele realmente pertence ao usuário.</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>Um endereço malformado: sem @, com espaços, com sinais de menor e maior desbalanceados ou com um nome de exibição no envelope.</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>O remetente do envelope usa um nome de host interno que não resolve publicamente, algo típico de tarefas cron e aplicativos web.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>O usuário autenticado tentou enviar como um endereço que pertence a outra pessoa.</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>O domínio do destinatário não é um daqueles para os quais este servidor recebe mensagens ou faz relay.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>O domínio do destinatário não existe no DNS (Gmail 553 5.1.2).</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>Um endereço não ASCII enviado a um servidor que não consegue lidar com ele.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>Verifique se o domínio do remetente do envelope resolve publicamente.</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>No Postfix, veja qual restrição recusou o endereço.</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>No host de envio, verifique os nomes que o Postfix coloca nas mensagens geradas localmente.</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>Repita a transação com o remetente e o destinatário exatos para ver qual dos dois é recusado.</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>Não faça nova tentativa: o mesmo endereço dá o mesmo 553. Devolva a mensagem para que o endereço ou a configuração de envio possa ser alterado e depois envie-a de novo como uma nova mensagem.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>O domínio do destinatário não existe no DNS; geralmente é um erro de digitação na parte depois do @.</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>O argumento do RCPT TO é sintaticamente inválido; o Gmail nem chegou a procurar o usuário.</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>O argumento do MAIL FROM está malformado; corrija o remetente de envelope que o seu aplicativo ou servidor define.</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>Falha na transação (na abertura da conexão: não há serviço SMTP aqui)</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>ip em lista de bloqueio (blacklist)</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>hard bounce devolução permanente</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>Uma falha permanente que não se encaixa em nenhum código mais específico. A RFC 5321 lhe dá duas funções: &quot;transaction failed&quot; durante uma sessão, e &quot;No SMTP service here&quot; quando um servidor envia 554 no lugar da saudação 220 para recusar a conexão inteira. Na prática, é o segundo grande código de rejeição, ao lado do 550: o Postfix usa 554 por padrão para ocorrências em listas de bloqueio, relay recusado e rejeições de mapas de acesso, e depois do DATA ele geralmente indica um veredito de conteúdo, spam ou vírus.</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>Como primeira linha no lugar do 220, quando o IP que se conecta é recusado de cara; a RFC 5321 3.1 diz que o servidor deve então esperar o QUIT e deveria responder aos outros comandos com 503. No RCPT TO, por restrições do Postfix: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; ou &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. No DATA: &quot;554 5.5.1 Error: no valid recipients&quot; quando todos os RCPT foram recusados. Depois do fim dos dados, vindo de filtros de conteúdo, e como &quot;554 Command refused due to lack of security&quot; (RFC 3207). O Yahoo e a AOL enviam a maioria das rejeições permanentes como 554; o Gmail e a Microsoft o usam para mensagens malformadas, loops e (a Microsoft) caixas postais cheias.</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>Descubra primeiro a etapa. Recusa na saudação ou com um texto de lista de bloqueio: o administrador do remetente encontra a listagem, elimina a causa (conta comprometida, open relay, PTR ausente) e pede a remoção da lista e, se o bloqueio for local, consulta o postmaster do destinatário por outro meio. Relay access denied: o cliente precisa se autenticar (geralmente na porta 587 com STARTTLS), ou o administrador do destinatário precisa adicionar o domínio aos domínios de relay ou virtuais do servidor, se o MX realmente aponta para ali. Depois do fim dos dados: revise a autenticação, os links, os anexos e o conteúdo. Yahoo 554 5.7.9: corrija o DKIM e o alinhamento DMARC. Linhas &quot;dd&quot; do Yahoo: o endereço não existe; remova-o. Códigos de loop (5.4.6, 5.4.14): corrija o encaminhamento ou o conector que manda as mensagens de um lado para o outro.</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>O IP que se conecta está em uma lista de bloqueio DNS que o receptor consulta, ou na lista de bloqueio própria do receptor.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>Um cliente não autenticado tentou fazer relay para um domínio externo (Postfix: Relay access denied).</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>Todos os destinatários da transação foram recusados, então o DATA falha por falta de destinatários válidos.</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>Um filtro de conteúdo encontrou spam, um vírus ou um anexo proibido depois do fim dos dados.</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy (Yahoo 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>A mensagem falhou na política DMARC ou DKIM do domínio do remetente (Yahoo 554 5.7.9).</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>O destinatário não existe no Yahoo ou na AOL, cuja devolução para usuário desconhecido é uma linha 554 &quot;dd&quot;.</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>Uma regra de encaminhamento ou um loop de conectores fez a mensagem exceder o limite de saltos (Gmail 5.4.6, Exchange Online 5.4.14).</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>Uma mensagem malformada: estrutura MIME quebrada, quebras de linha LF sem CR ou cabeçalhos inválidos (Gmail 554 5.6.0).</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>Conecte-se e leia o banner: um 554 ali significa que a conexão inteira é recusada, antes de qualquer endereço ser examinado.</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>Consulte o IP de envio (192.0.2.10 invertido) em uma segunda lista de bloqueio, além da Spamhaus.</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>Teste a submissão autenticada pelo seu próprio servidor, que é o que uma recusa de relay pede.</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>Em um receptor Postfix, encontre a restrição que produziu o 554 e os códigos padrão dela.</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>Em devoluções por loop, conte os cabeçalhos Received: na mensagem devolvida para ver quais hosts a passam de um para o outro.</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>Não repita a transação sem mudanças. Uma saudação 554 significa que o receptor recusa este cliente, então bombardeá-lo com novas conexões só prolonga uma listagem; envie QUIT e faça a devolução ou retenha as mensagens até que a causa seja eliminada. Um 554 depois do fim dos dados é definitivo para aquela mensagem; reenvie somente depois de mudar o que foi rejeitado.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>A resposta do Yahoo para destinatário desconhecido, sem código aprimorado; o Yahoo pede que não se faça nova tentativa e que o endereço seja removido das listas. O mesmo sistema de e-mail também atende os endereços da AOL.</translation>
    </message>
    <message>
        <source>The message failed Yahoo&apos;s authentication checks (DKIM, SPF, DMARC), typically DMARC failure for a domain publishing p=reject; fix authentication rather than asking for a reputation review.</source>
        <comment>554|providers.meaning</comment>
        <translation>A mensagem falhou nas verificações de autenticação do Yahoo (DKIM, SPF, DMARC), normalmente uma falha de DMARC de um domínio que publica p=reject; corrija a autenticação em vez de pedir uma revisão de reputação.</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>A estrutura ou os cabeçalhos da mensagem violam a RFC 5322 ou o MIME a ponto de o Gmail recusá-la de cara.</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>Um loop de roteamento: a mensagem traz cabeçalhos Received demais, geralmente por causa de regras de encaminhamento que apontam uma para a outra.</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>O cliente enviou comandos demais sem se autenticar antes; o Gmail encerra a tentativa em vez de esperar o AUTH.</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>O Exchange Online informa uma caixa postal de destinatário cheia como 554 5.2.2; o destinatário precisa liberar espaço. A Microsoft também usa 5.2.2 para um remetente que excedeu os limites de envio.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>A detecção de loops do Exchange Online, informada com o código próprio da Microsoft 5.4.14 (o código de loop do registro é X.4.6); procure regras de encaminhamento ou conectores que mandam a mensagem de volta.</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>Parâmetros de MAIL FROM/RCPT TO não reconhecidos ou não implementados</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>O cliente acrescentou ao MAIL FROM ou ao RCPT TO um parâmetro ESMTP (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS etc.) que este servidor não reconhece ou não consegue implementar. A RFC 5321 4.1.1.11 atribui o 555 a esse caso e o 455 a uma impossibilidade temporária. O erro está no comando do cliente, não nos endereços.</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>Logo depois do MAIL FROM ou do RCPT TO, geralmente quando um cliente usa uma extensão que o servidor não anunciou na resposta ao EHLO: parâmetros de DSN para um servidor sem DSN, um cliente que voltou para HELO mas ainda acrescenta SIZE=, ou um firewall com inspeção SMTP que removeu palavras-chave da lista do EHLO. O Postfix responde &quot;555 5.5.4 Unsupported option: ...&quot;; o Gmail lista &quot;555 5.5.2 Syntax error&quot; entre as suas respostas.</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>O software cliente precisa enviar apenas os parâmetros que o servidor listou na resposta ao EHLO, e nenhum depois de voltar para HELO. Atualize ou reconfigure a biblioteca de e-mail ou o MTA (opções de DSN ou SMTPUTF8 forçadas são culpadas comuns). Se um firewall ou proxy inspeciona o SMTP, peça ao administrador dele que desative a inspeção que reescreve o EHLO. Confira também a sintaxe do comando: não é permitido espaço de nenhum dos lados dos dois-pontos em MAIL FROM: e RCPT TO:.</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>Um parâmetro de uma extensão que o servidor nunca anunciou, como NOTIFY= ou RET= para um servidor sem DSN.</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>O EHLO falhou, o cliente voltou para HELO e continuou acrescentando parâmetros de extensão mesmo assim.</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>Um equipamento intermediário reescreveu ou encurtou a resposta ao EHLO, então cliente e servidor discordam sobre as extensões suportadas.</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>Argumentos malformados, por exemplo um espaço depois dos dois-pontos ou um valor de parâmetro quebrado.</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>Leia as extensões que o servidor realmente oferece; cada linha 250- depois do EHLO é uma palavra-chave.</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>Compare com o que passa pelo firewall testando de dentro e de fora da rede, ou por uma sessão criptografada que a inspeção não consegue alterar.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>Em um servidor Postfix, verifique se as palavras-chave do EHLO estão ocultas de propósito.</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>Capture a linha MAIL FROM ou RCPT TO exata que o cliente envia, pelo log de depuração dele ou farejando uma sessão de teste.</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>Repetir o mesmo comando falha de novo. Um cliente pode iniciar uma nova transação sem um parâmetro opcional que o servidor não suporta (SIZE, NOTIFY), mas não pode abrir mão do REQUIRETLS para fazer a mensagem passar (RFC 8689); nesse caso, a mensagem é devolvida.</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>O Gmail associa o 555 ao código aprimorado de erro de sintaxe, então verifique a sintaxe do MAIL FROM e do RCPT TO (sinais de menor e maior, nenhum espaço depois dos dois-pontos), além dos parâmetros.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>O domínio não aceita e-mails</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>Definido pela RFC 7504: o domínio do endereço não aceita e-mail nenhum. O motivo habitual é um registro MX nulo (RFC 7505, &quot;MX 0 .&quot;), com o qual um domínio declara que não recebe e-mails; o código aprimorado correspondente é 5.1.10 (o endereço do destinatário tem MX nulo). É diferente do 521 (este host não recebe e-mails) e do 550 (esta caixa postal é recusada).</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>Em resposta ao RCPT TO, vindo de um servidor de submissão ou de um relay que consultou o domínio do destinatário antes de aceitá-lo, por exemplo o Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Ou em uma devolução que o seu próprio MTA escreve sem contatar ninguém (o Postfix registra &quot;Domain example.com does not accept mail (nullMX)&quot;). Uma armadilha clássica: o próprio example.com publica um MX nulo, então e-mails de teste para ele sempre falham dessa forma.</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>O remetente confere o endereço: o domínio está estacionado, é só para web ou é um domínio no-reply, ou um erro de digitação o transformou em um domínio assim. Peça ao destinatário um endereço que receba e-mails. Se o domínio é seu e você quer receber e-mails, o administrador do domínio remove o MX nulo e publica registros MX reais. Os sistemas de teste devem usar um mail sink ou um domínio que você controla, em vez de example.com.</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>O domínio está estacionado ou é usado apenas para um site e publica um MX nulo.</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Um erro de digitação produziu outro domínio, existente, que publica um MX nulo.</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>Endereços de teste ou fictícios em example.com ou example.net chegaram a um servidor de e-mail real.</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>O dono do domínio deixou um MX nulo no lugar depois de mudar o e-mail para um novo provedor.</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>Respostas enviadas a um domínio no-reply que recusa e-mails de propósito.</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Consulte o MX; uma única resposta &quot;0 .&quot; é um MX nulo.</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>Confira com outra ferramenta, que mostra o registro com a preferência e o destino.</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Em um remetente Postfix, liste as mensagens rejeitadas ou devolvidas por MX nulo.</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>Não deixe na fila nem faça nova tentativa: um MX nulo é a declaração publicada pelo dono do domínio de que nenhum e-mail é aceito, então o MTA de envio faz a devolução imediatamente. Só uma mudança de DNS pelo dono do domínio torna a entrega possível.</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>Resposta a uma consulta de endereço</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>O 557 não é definido na RFC 5321 nem em nenhuma outra RFC publicada. Ele foi proposto em um Internet-Draft de um mecanismo de consulta de endereços, como a resposta que traz o resultado da consulta, e esse draft nunca virou padrão. Os MTAs populares e os grandes provedores não o enviam, e listas de códigos não oficiais atribuem ao número significados sem relação com isso.</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>Praticamente nunca na Internet pública. Se aparecer, o outro lado roda software experimental ou personalizado, ou um filtro configurado com um código de resposta caseiro; mais frequentemente, o número é uma leitura errada de outro código em um log ou em uma captura de tela.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>O administrador do remetente identifica o software que o enviou (banner, cabeçalhos Received, o postmaster remoto) e lê a documentação dele para saber o significado. Se o código vier da configuração do seu próprio servidor ou filtro, substitua-o por uma resposta padrão como 550 ou 554 com um código aprimorado adequado, para que outros softwares possam agir com base nela.</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>Um servidor experimental que implementa o draft de consulta de endereços.</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>Um filtro ou regra personalizada configurado com um código de resposta inventado.</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>Um código copiado errado de um log, de um chamado ou de uma captura de tela.</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>Identifique o software remoto pelo banner de saudação.</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>Encontre no seu log a linha de resposta exata para ver o comando a que ela respondeu e qualquer texto depois do código.</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>Um MTA de envio interpreta um código desconhecido pelo primeiro dígito (RFC 5321 4.2): trate o 557 como falha permanente, faça a devolução em vez de deixar na fila e deixe que uma pessoa contate o postmaster remoto.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>ip em lista de bloqueio (blacklist)</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>571 não é um código de resposta SMTP em nenhuma RFC. Quem diz “erro 571, bloqueado” quase sempre quer dizer o código aprimorado 5.7.1, entrega não autorizada, mensagem recusada (RFC 3463), que chega como 550 5.7.1 ou 554 5.7.1. De vez em quando, um filtro ou uma configuração personalizada de servidor coloca um 571 literal na rede; os clientes precisam tratá-lo pelo primeiro dígito, como falha permanente.</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>Em chamados de help desk, NDRs do Exchange (&quot;#550 5.7.1 ...&quot;), resumos de devoluções e logs de appliances de segurança. A resposta por trás dele é uma recusa de política no MAIL FROM, no RCPT TO ou depois do fim dos dados: relay não autenticado, um IP em lista de bloqueio, um remetente que a organização do destinatário não permite ou um veredito de spam.</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>Obtenha a linha de resposta completa e leia o texto depois do 5.7.1, porque o 5.7.1 só diz &quot;not authorized&quot;. Recusa de relay: o cliente de envio se autentica no próprio servidor. IP em lista de bloqueio: o administrador do remetente corrige a causa e pede a remoção da lista. Destinatário restrito (um grupo que só aceita remetentes internos ou listados): o administrador do destinatário precisa liberar o remetente. Veredito de spam: verifique a autenticação e o conteúdo.</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>Um cliente enviou por um servidor que não faz relay para ele sem autenticação (550 5.7.1 Unable to relay).</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>O IP ou o domínio de envio tem reputação ruim ou está em uma lista de bloqueio.</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>O destinatário é um grupo de distribuição ou uma caixa postal que só aceita mensagens de remetentes internos ou listados.</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>Uma regra de transporte ou política personalizada do lado do destinatário (regras gcdp do Google Workspace) recusou a mensagem.</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>Um appliance de filtragem configurado para responder com um 571 literal.</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>Encontre a linha exata com 5.7.1 para o endereço que falhou; as palavras depois do código indicam a política.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>Verifique se o IP de envio está listado na Spamhaus (192.0.2.10 invertido), usando o seu próprio resolvedor.</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>Se o texto mencionar relay, verifique se o seu cliente consegue se autenticar para a submissão.</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>Nunca tente novamente sem alterações um 571 ou o 550 5.7.1 por trás dele: a política que o recusou continua valendo. Faça a devolução e só reenvie depois de resolver a permissão de relay, a listagem ou a regra do destinatário.</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>Outro status indefinido</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>erro não especificado</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>O código aprimorado genérico: o servidor só diz se o resultado é um sucesso (2.0.0), uma falha temporária (4.0.0) ou uma falha permanente (5.0.0), sem área nem detalhe. O código básico e o texto da resposta trazem toda a informação real.</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>Em qualquer ponto da sessão e com muita frequência em devoluções. O Postfix responde 250 2.0.0 Ok: queued (mensagem na fila) depois dos dados da mensagem, 221 2.0.0 Bye ao QUIT e 220 2.0.0 Ready to start TLS. O Postfix e o Exim também escrevem Status: 5.0.0 ou 4.0.0 em um DSN quando a resposta do servidor remoto não tinha código aprimorado próprio.</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>Ignore o código aprimorado e leia o código básico e o texto ao lado dele: eles dizem o que realmente aconteceu. Para 2.0.0, não há nada a corrigir. Para 4.0.0 ou 5.0.0 em uma devolução, o remetente (ou o administrador do remetente) lê a linha Diagnostic-Code, que cita a resposta original do servidor remoto, e parte dela.</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>A resposta do servidor remoto não trazia código aprimorado, então o MTA que gerou o relatório preencheu o genérico X.0.0 ao escrever o DSN.</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>Software de servidor que marca com 2.0.0 as respostas de sucesso rotineiras, como o 250 final depois dos dados da mensagem ou o 221 ao QUIT.</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>Um filtro, milter ou serviço de política rejeitou a mensagem com um texto livre próprio e não escolheu um código aprimorado específico.</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Abra a devolução e leia a linha Diagnostic-Code: ela cita o que o servidor remoto realmente disse.</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Encontre a mensagem no log do servidor de envio pelo destinatário e leia a resposta completa registrada com ela.</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>Decida apenas pelo dígito da classe: 2.0.0 não exige nada, 4.0.0 recebe nova tentativa mais tarde com os intervalos crescentes habituais, 5.0.0 não recebe nova tentativa sem mudanças. O código genérico não dá nenhum outro motivo para fugir disso.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>Outro status de endereço</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>endereço inválido</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>Algo em um endereço da transação, do remetente ou de um destinatário, causou este resultado, mas o servidor não diz o quê. Como 5.1.0, é uma recusa permanente ligada àquele endereço; como 4.1.0, espera-se que o problema de endereço se resolva, por exemplo uma verificação que ainda não pôde ser concluída.</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>Em respostas ao MAIL FROM ou ao RCPT TO, e em DSNs. O Postfix responde 550 5.1.0 ... Sender address rejected: User unknown in local recipient table (usuário desconhecido na tabela local de destinatários) quando um endereço de remetente em um domínio que ele hospeda não existe (reject_unlisted_sender), e algumas versões do Postfix registram dsn=5.1.0 quando fazem a devolução de mensagens para um domínio com MX nulo. O Postfix, o Gmail e o Exchange também colocam 2.1.0 na resposta 250 ao MAIL FROM, uma forma de sucesso que o registro não lista.</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>Leia o texto depois do código para saber qual endereço foi recusado. Se ele citar o endereço do remetente, o administrador do remetente garante que o remetente do envelope seja uma caixa postal real e existente, em um domínio que resolve; se citar um destinatário, o remetente confere esse endereço em busca de erros de digitação. Para 4.1.0, o servidor de envio simplesmente faz novas tentativas.</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>O remetente do envelope parece local para o servidor de recebimento, mas não existe lá, então o Postfix com reject_unlisted_sender o recusa.</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>O domínio do destinatário publica um MX nulo e o MTA de envio informa isso com o código genérico de endereço em vez de 5.1.10.</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>Uma regra de política ou de reescrita de endereços recusou um endereço sem escolher um código mais específico.</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Leia o texto da resposta: ele diz se foi o endereço do remetente ou o do destinatário que foi recusado.</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Se o endereço do remetente estiver em um domínio que o servidor Postfix que rejeita hospeda, verifique se ele existe no mapa de aliases virtuais.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Verifique se o domínio do destinatário publica um MX nulo (uma única resposta &apos;0 .&apos;).</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0: não reenvie para o mesmo endereço, nem a partir dele, sem mudanças. 4.1.0: faça uma nova tentativa mais tarde, com os intervalos crescentes normais, já que o servidor espera que a verificação do endereço acabe dando certo.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>Endereço de caixa postal de destino inválido</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>usuário inexistente</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>destinatário inválido</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>destinatário não encontrado</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>endereço não existe</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>e-mail inexistente</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>A caixa postal não existe: a parte do endereço à esquerda do @ é desconhecida no destino, embora o domínio em si esteja correto. É pensado como falha permanente (5.1.1), a clássica devolução permanente (hard bounce) de um endereço digitado errado ou excluído; o 4.1.1 aparece quando um servidor ainda não consegue confirmar o destinatário e pede uma nova tentativa mais tarde.</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>Quase sempre em resposta ao RCPT TO, antes de qualquer dado da mensagem ser enviado, e depois na devolução escrita pelo servidor de envio. O Gmail, o Microsoft 365, o Postfix (User unknown in local recipient table, ou in virtual mailbox table: usuário desconhecido na tabela local de destinatários ou na de caixas postais virtuais) e o Sendmail (User unknown) o usam. O Postfix envia 450 4.1.1 ... unverified address enquanto a verificação do endereço do destinatário ainda está em andamento.</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>O remetente confere o endereço em busca de erros de digitação, principalmente antes do @, e confirma o endereço certo com o destinatário por outro canal. Os operadores de listas removem o endereço depois de um 5.1.1. Se a caixa postal deveria existir, o administrador do destinatário verifica se ela consta do diretório ou da tabela de consulta que o servidor de recebimento usa, e se os gateways e os hosts MX de backup têm uma lista de destinatários atualizada.</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>Um erro de digitação na parte local: uma letra faltando, nome e sobrenome trocados ou o separador errado.</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>A caixa postal foi excluída ou renomeada, por exemplo depois que um funcionário saiu, e nenhum alias foi mantido.</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>Uma entrada desatualizada em uma lista de endereços ou no cache de preenchimento automático do cliente de e-mail.</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>Um gateway ou MX de backup verifica os destinatários contra uma lista desatualizada e rejeita uma caixa postal que existe no servidor final.</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>A caixa postal foi criada, mas a tabela de consulta do servidor de recebimento (mapa virtual, consulta LDAP) não foi reconstruída ou não a enxerga.</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Encontre os hosts MX do domínio do destinatário.</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Teste o endereço contra esse MX sem enviar uma mensagem: observe a resposta ao RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Em um servidor Postfix que você administra, verifique se o destinatário está no mapa de caixas postais virtuais.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>Não faça nova tentativa com um 5.1.1: o endereço não vai aparecer sozinho, e tentativas repetidas para endereços inexistentes prejudicam a reputação do remetente. Um 4.1.1 recebe novas tentativas com os intervalos crescentes normais; se virar 5.1.1, pare.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>A resposta do Gmail no RCPT TO quando um endereço gmail.com ou do Google Workspace não tem conta; corresponde ao significado do registro.</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>O Exchange não conseguiu resolver o destinatário no diretório. Entre usuários da mesma organização, muitas vezes é uma entrada antiga do preenchimento automático (X.500 / legacyExchangeDN) de uma caixa postal que foi recriada ou movida: exclua a sugestão, digite o endereço de novo e envie outra vez.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>Endereço de sistema de destino inválido</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>domínio não existe</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>NXDOMAIN</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>sem registro mx</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>domínio não encontrado</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>A parte de domínio do endereço do destinatário (à direita do @) não pode receber e-mails: ela não existe no DNS ou não tem um host de e-mail utilizável. É definido como falha permanente, então a mensagem não pode ser entregue até que o domínio seja corrigido.</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>Em resposta ao RCPT TO, de um servidor que verifica os domínios dos destinatários, ou em uma devolução escrita pelo servidor de envio depois que a sua própria consulta DNS falhou. O Postfix com reject_unknown_recipient_domain responde 450 4.1.2 ... Recipient address rejected: Domain not found (temporário por padrão, porque problemas de DNS podem passar), e o Sendmail faz a devolução com 550 5.1.2 ... Host unknown.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>O remetente confere a grafia do domínio (deslizes comuns: uma letra faltando no nome de um provedor conhecido, um ponto no final, um sufixo de país faltando). Se o domínio estiver certo, o administrador do destinatário verifica se ele está registrado e delegado e se publica registros MX, ou pelo menos um registro de endereço, que levem a um servidor de e-mail funcionando.</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>Um domínio escrito errado, por exemplo com uma letra dobrada ou faltando no nome de um grande provedor.</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>O registro do domínio expirou ou os servidores de nomes dele não respondem mais por ele.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>O domínio existe, mas não tem nem registro MX nem registro A ou AAAA, então não há host para onde entregar.</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>O registro MX indica um host que, por sua vez, não resolve.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Consulte os hosts de e-mail do domínio.</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Se não houver MX, procure o registro de endereço usado como alternativa.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Siga a delegação a partir da raiz para ver se o domínio existe e se os servidores de nomes dele respondem.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>Não tente novamente um 5.1.2 sem alterações; corrija o endereço. Se a causa foi uma pane de DNS e o servidor usou um código básico 4xx, faça novas tentativas com os intervalos crescentes normais.</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>O Gmail não encontrou o domínio do endereço do destinatário, geralmente por um erro de digitação ou uma pontuação perdida depois do endereço; mesma ideia do significado do registro.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>Sintaxe inválida no endereço da caixa postal de destino</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>endereço de e-mail inválido</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>endereço mal formatado</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>O endereço do destinatário não é sequer um endereço válido: ele viola a sintaxe de endereços, por exemplo com espaços, sem @, com dois pontos seguidos ou com sinais de menor e maior desbalanceados. O registro o trata como permanente, já que a mesma string é recusada todas as vezes.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>Em resposta ao RCPT TO, geralmente com 501 ou 553. O Postfix responde 501 5.1.3 Bad recipient address syntax (sintaxe inválida no endereço do destinatário), o Gmail responde 553-5.1.3 ... is not a valid RFC 5321 address, e o Exchange local informa 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts e formulários web que montam eles mesmos a linha RCPT TO são a origem habitual.</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>O remetente, ou o software cliente que monta o envelope, corrige o endereço: sem espaços nem pontuação perdida, exatamente um @, um domínio completo e o endereço puro entre sinais de menor e maior no RCPT TO. Os aplicativos devem validar os endereços antes de colocar as mensagens na fila.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>Espaços, vírgulas ou ponto e vírgula dentro do endereço, muitas vezes por colar vários endereços em um só campo.</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>Dois pontos consecutivos, ou um ponto no início ou no fim da parte local.</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>Um nome de exibição ou aspas passados ao RCPT TO em vez do endereço puro.</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>Caracteres não ASCII enviados a um servidor que não ofereceu SMTPUTF8.</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Copie o endereço exato da devolução e procure espaços ocultos, aspas, pontos dobrados ou um domínio faltando.</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Repita o envelope com o endereço corrigido e observe a resposta ao RCPT TO.</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>Não faça nova tentativa: um endereço malformado é recusado da mesma forma em todas as tentativas. Corrija o endereço e envie uma nova mensagem.</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>O Gmail recusa um endereço de destinatário que não segue a sintaxe da RFC 5321; igual ao significado do registro.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>Endereço de caixa postal de destino ambíguo</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>O endereço correspondeu a mais de uma caixa postal no sistema de destino, então o servidor não consegue saber qual era a pretendida. Vem de sistemas que mapeiam endereços de forma frouxa (por nome ou correspondência parcial) e pode ser permanente (5.1.4) ou transitório persistente (4.1.4).</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>Raro na Internet atual. Vem de sistemas baseados em diretório que resolvem os destinatários pelo nome, como versões mais antigas do Exchange e alguns gateways de groupware, em resposta ao RCPT TO ou em um DSN. O comando VRFY da RFC 5321 tem a mesma ideia: um servidor pode responder que um nome é ambíguo e listar os candidatos.</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>O remetente usa o endereço completo e exato em vez de uma forma abreviada ou de um nome. O administrador do destinatário remove a duplicidade (dois usuários ou contatos com o mesmo alias, endereço proxy ou nome no diretório) e procura regras de correspondência frouxas, como a correspondência pelo primeiro nome.</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>Dois objetos do diretório têm o mesmo alias ou endereço proxy, por exemplo depois que uma migração importou um usuário duas vezes.</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>O sistema de recebimento identifica os destinatários pelo nome, e várias pessoas têm esse nome.</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>Uma parte local curta, como um primeiro nome, foi usada onde o sistema esperava o endereço completo.</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>O administrador do destinatário procura no diretório todos os objetos que têm o endereço.</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>Reenvie usando o endereço completo, exatamente como o destinatário o informa.</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4: não faça nova tentativa com o mesmo endereço; reenvie com um que não seja ambíguo. 4.1.4: faça uma nova tentativa mais tarde, com intervalos crescentes, já que o administrador do destinatário pode estar corrigindo a duplicidade.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>Endereço de destino válido</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>Um código de sucesso: o endereço de destino é válido e foi aceito. A RFC 3463 o criou para relatórios de entrega positivos e, na prática, quase todo servidor coloca 2.1.5 na resposta 250 ao RCPT TO.</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>Na resposta a cada RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok: destinatário aceito) e em DSNs de sucesso, quando o remetente pediu NOTIFY=SUCCESS. No RCPT TO, só significa que o endereço foi aceito para esta transação, não que a mensagem chegou à caixa de entrada.</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>Nada a corrigir. Investigue só se uma mensagem aceita com 2.1.5 for devolvida depois ou nunca chegar: nesse caso, o problema está depois da aceitação (filtragem de conteúdo, uma etapa de entrega posterior ou um MX de backup que aceita qualquer endereço), e o administrador do destinatário rastreia a mensagem nos logs dele.</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>O endereço do destinatário existe e o servidor o aceitou para esta transação.</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>Um servidor que não verifica os destinatários no RCPT TO (alguns hosts MX de backup, domínios catch-all) aceita qualquer endereço e pode fazer a devolução dele mais tarde.</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>Foi pedido um DSN de sucesso com NOTIFY=SUCCESS, e o servidor final informou a entrega.</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Execute o envelope até o RCPT TO e confirme a resposta 250 2.1.5.</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Se uma mensagem aceita nunca chegou, encontre o ID da fila que o servidor de recebimento deu na resposta 250 depois dos dados (o Postfix o registra como queued as ...) e envie-o ao administrador do destinatário, que o procura no próprio log.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>Nenhuma nova tentativa necessária: o destinatário foi aceito. O cliente continua o diálogo com mais comandos RCPT TO ou com DATA.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>A caixa postal de destino mudou, sem endereço de encaminhamento</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>conta encerrada</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>funcionário saiu da empresa</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>O endereço era válido, mas a caixa postal não existe mais e o servidor não oferece endereço de encaminhamento. É uma falha permanente; ao contrário do 5.1.1, ele informa ao remetente que o endereço realmente existiu um dia.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>Em resposta ao RCPT TO ou em uma devolução, vindo de servidores que mantêm uma lista de usuários que saíram. A tabela relocated do Postfix rejeita com 5.1.6 e um texto como User has moved to seguido do novo endereço, então na prática muitas vezes ele informa, sim, um endereço de encaminhamento. O Exchange local usa o 5.1.6 para outra coisa: um conector de recebimento que recusa domínios de destinatário de rótulo único (um endereço como user@example, sem sufixo).</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>O remetente para de usar o endereço e pede o novo à pessoa ou à organização dela; se o texto da resposta indicar um novo endereço, use-o. Os donos de listas removem o endereço. O antigo administrador do destinatário pode adicionar um alias de encaminhamento ou uma resposta automática, se a organização quiser que as pessoas encontrem a pessoa.</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>A pessoa saiu da organização e o administrador colocou o endereço em uma tabela relocated ou de usuários desligados.</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>Uma empresa mudou de domínio ou de padrão de nomes e aposentou os endereços antigos de propósito.</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>No Exchange, o domínio do destinatário tem um único rótulo e o conector de recebimento está configurado para recusar esses domínios.</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Leia o texto completo da resposta: alguns servidores colocam o novo endereço depois de &apos;moved to&apos;.</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Em um servidor Postfix, veja se o endereço está na tabela relocated.</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>Não faça nova tentativa: a caixa postal não vai voltar. Remova o endereço, ou envie de novo para o novo endereço, se a resposta informou um.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>Sintaxe inválida no endereço da caixa postal do remetente</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>endereço de remetente inválido</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>mail from mal formatado</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>O endereço do remetente, normalmente o MAIL FROM do envelope, é sintaticamente inválido. Como 5.1.7, é uma recusa permanente; os servidores também enviam 4.1.7 quando recusam um remetente só por enquanto, por exemplo enquanto ainda o verificam.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>Em resposta ao MAIL FROM, ou ao RCPT TO em servidores que aplicam as restrições de remetente nesse ponto. O Postfix diz 501 5.1.7 Bad sender address syntax (sintaxe inválida no endereço do remetente) e o Gmail, 553-5.1.7 The sender address ... is not a valid RFC 5321 address. O Postfix com reject_unverified_sender reaproveita o código como 450 4.1.7 ... Sender address rejected: unverified address, que trata da verificação, não da sintaxe. Scripts, impressoras e scanners são origens frequentes.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>O administrador do remetente, ou o aplicativo de envio, corrige o remetente do envelope: um endereço completo com um único @ e um domínio totalmente qualificado, entre sinais de menor e maior, sem nome de exibição. Dispositivos e scripts muitas vezes enviam só um nome de usuário ou um domínio que é apenas um nome de host; configure um endereço real. No caso do 4.1.7 do Postfix, garanta que o endereço do remetente possa receber e-mails, porque o receptor o testa.</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>Um aplicativo ou dispositivo envia como remetente do envelope apenas um nome de usuário, ou um nome de host sem domínio.</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>Um nome de exibição, aspas ou espaços acabam dentro do MAIL FROM.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>O domínio do remetente não tem sufixo, como user@localhost ou um nome de host interno curto.</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>O servidor de recebimento está testando o endereço do remetente e ainda não tem resposta (Postfix 4.1.7).</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Encontre o remetente do envelope que o servidor viu; o Postfix o registra como from=&lt;...&gt;.</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Repita a transação com um endereço de remetente limpo e compare a resposta ao MAIL FROM.</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7: não faça nova tentativa com o mesmo endereço de remetente; corrija-o primeiro. 4.1.7: faça uma nova tentativa mais tarde, com os intervalos crescentes normais; geralmente passa assim que o receptor termina de verificar o remetente.</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>O Gmail recusa um remetente de envelope que não segue a sintaxe de endereços da RFC 5321; igual ao significado do registro.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>Endereço de sistema do remetente inválido</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>domínio do remetente não existe</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>O domínio do endereço do remetente não existe ou não pode receber e-mails, então as devoluções não teriam como voltar para ele. Os servidores recusam esses remetentes de forma permanente (5.1.8) quando o domínio claramente deixou de existir, e de forma temporária (4.1.8) quando a consulta DNS apenas falhou.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>Em resposta ao MAIL FROM, ou no RCPT TO em servidores que avaliam as restrições de remetente mais tarde, como o Postfix faz por padrão. O Postfix com reject_unknown_sender_domain responde 450 4.1.8 ... Sender address rejected: Domain not found (endereço do remetente rejeitado: domínio não encontrado); o Sendmail responde 553 5.1.8 ... Domain of sender address ... does not exist, ou 451 4.1.8 quando o domínio não resolve. O Microsoft 365 usa o 5.1.8 com um significado sem relação com isso.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>O administrador do remetente garante que o remetente do envelope use um domínio público real, com registros MX ou de endereço: não um nome só interno (como um domínio .local), não um erro de digitação e não um domínio cujo registro caducou. Se o DNS parecer correto, verifique se os servidores de nomes do domínio respondem de fora da rede da empresa. Um remetente do Microsoft 365 que recebeu 5.1.8 precisa que o administrador dele proteja a conta e a libere.</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>O aplicativo de envio usa um domínio interno que só existe no DNS privado da empresa.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>O registro do domínio do remetente expirou ou a delegação dele está quebrada.</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>O domínio do remetente não tem registro MX nem registro A ou AAAA.</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>Uma falha temporária de DNS no lado do recebimento, que dá 4.1.8 em vez de 5.1.8.</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Consulte os registros MX do domínio do remetente a partir de uma máquina fora da sua rede.</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Se não houver MX, verifique os registros de endereço usados como alternativa, IPv4 e IPv6.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>No servidor Postfix de recebimento, liste as restrições de remetente em vigor.</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8: faça novas tentativas com os intervalos crescentes normais; problemas de DNS muitas vezes se resolvem em minutos. 5.1.8: não faça nova tentativa até que o domínio do remetente ou o remetente do envelope seja corrigido.</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>O Exchange Online restringiu a própria conta de envio, geralmente porque ela enviou spam depois de ser comprometida. Não diz nada sobre o domínio do remetente: um administrador protege a conta e a remove da lista de entidades restritas (Restricted entities) no portal do Microsoft 365 Defender.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>Mensagem repassada por relay a um sistema de e-mail não compatível</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>O endereço era válido, mas a mensagem foi entregue a um sistema que não fala o protocolo de status ou de rastreamento em uso, então não é possível dar mais informações. Vem da RFC 3886 (rastreamento de mensagens) e, na maioria dos usos, é informativo, não um erro.</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>Raramente visto. Pertence às respostas de rastreamento de mensagens (a extensão MTRK da RFC 3885 e o formato de status da RFC 3886) e a relatórios de status em que a trilha termina em um gateway ou servidor que não consegue informar mais nada. Em um DSN comum, a mesma situação geralmente aparece como Action: relayed.</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>Geralmente não há nada a corrigir: a mensagem saiu do trecho do caminho que informa status. Se a comprovação da entrega for importante, pergunte diretamente ao destinatário ou peça ao administrador do destinatário que pesquise nos logs dele, porque o último salto que informa status não enxerga além disso.</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>O próximo salto é um gateway para outro tipo de sistema de mensagens (groupware antigo, um gateway de fax ou SMS) sem suporte a rastreamento.</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>Um servidor mais adiante no caminho não suporta DSN nem rastreamento, então o servidor que informa repassou a mensagem sem eles.</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>A mensagem foi para um serviço externo cuja entrega interna não é visível para o servidor que informa.</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>No relatório de status, leia os campos Action, Status e Remote-MTA para ver onde a trilha terminou.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>Verifique se o próximo salto anuncia DSN na resposta ao EHLO.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>Nenhuma nova tentativa necessária: a mensagem foi aceita e seguiu adiante. Trate uma forma de classe 4 ou 5 como estado final desconhecido e, se isso importar, confirme a entrega fora do sistema de e-mail.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>O endereço do destinatário tem MX nulo</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>RFC 7505</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>O domínio do destinatário publica um MX nulo (um único registro MX com preferência 0 e o host &apos;.&apos;), a declaração explícita do dono de que o domínio não aceita e-mail nenhum. A falha é permanente: como o domínio tem um registro MX, a alternativa pelo registro A/AAAA não se aplica e a entrega falha na hora.</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>Em dois lugares. Um servidor de envio que consulta o domínio do destinatário e encontra o MX nulo faz a mensagem falhar imediatamente e informa isso na devolução, com 556 como código básico (RFC 7504); algumas versões do Postfix registram dsn=5.1.0 com Domain ... does not accept mail (nullMX) nesse caso. Um servidor de recebimento ou de submissão que verifica os domínios dos destinatários também pode recusar o RCPT TO com 556 5.1.10, como o Postfix faz com reject_unknown_recipient_domain.</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>O remetente confere o endereço: um MX nulo geralmente significa que o domínio nunca foi feito para e-mail (domínios estacionados, só para web ou fictícios) ou que o endereço tem um erro de digitação. Se o destinatário realmente deveria receber e-mails ali, o administrador do destinatário substitui o MX nulo por registros MX reais; um MX nulo tem de ser o único registro MX do domínio.</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>O endereço usa um domínio que, de propósito, não recebe e-mails, como um domínio estacionado, só para web ou fictício.</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Um erro de digitação que por acaso cai em um domínio real que publica um MX nulo.</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>O dono do domínio mudou o e-mail para outro lugar e deixou o MX nulo no lugar por engano.</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Endereços de teste ou de exemplo usados em dados reais: o example.com, por exemplo, publica um MX nulo.</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Consulte os registros MX do domínio do destinatário; um MX nulo aparece como a resposta única &apos;0 .&apos;.</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Encontre a devolução no log do servidor de envio para ver o código e o texto que ele registrou.</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>Nunca faça nova tentativa: o domínio declarou que não aceita e-mails. Faça a devolução na hora em vez de manter a mensagem na fila.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>Um uso próprio do Exchange Online, sem relação com o MX nulo: o destinatário não existe na organização do Microsoft 365 que hospeda o domínio; na prática, um usuário desconhecido, como no 5.1.1. O remetente confere o endereço e limpa as entradas desatualizadas do preenchimento automático do Outlook; o administrador do destinatário verifica o objeto do destinatário e os endereços proxy dele.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>Outro status de caixa postal ou status indefinido</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>erro na caixa postal</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>A caixa postal existe, mas algo nela impediu a entrega, e o servidor não diz o quê. Como 4.2.0, espera-se que o problema passe; como 5.2.0, é uma falha permanente para esta mensagem.</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>Geralmente em uma devolução escrita pelo repositório de mensagens do destinatário, e não no RCPT TO, porque o problema só aparece quando a mensagem é gravada na caixa postal. O Exchange e o Microsoft 365 costumam usar 5.2.0 seguido do nome de uma exceção STOREDRV.Deliver que indica o motivo real; o LMTP e os softwares de entrega local podem usá-lo quando o repositório devolve um erro que eles não conseguem classificar.</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>Leia o texto depois do código: ele quase sempre indica a condição real. O administrador do destinatário então verifica a própria caixa postal (cota, incluindo pastas ocultas, pastas danificadas, permissões, uma caixa postal sendo movida). O remetente só pode repassar a devolução ao destinatário por outro canal.</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>A caixa postal ou uma das suas pastas ocultas está acima de um limite de armazenamento que não é informado como simples caixa postal cheia.</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>A caixa postal está sendo movida, migrada ou reparada, e o repositório recusa gravações.</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>Um erro de permissões ou do sistema de arquivos no repositório de caixas postais durante a entrega.</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>Uma regra de entrega ou um script Sieve associado à caixa postal falhou ao tratar a mensagem.</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Copie da devolução o texto depois do 5.2.0; no Microsoft 365, o nome da exceção (por exemplo QuotaExceededException) diz ao administrador onde procurar.</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>No Microsoft 365, o administrador do destinatário verifica o tamanho das pastas de Itens Recuperáveis (Recoverable Items).</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Em um servidor Dovecot, o administrador verifica o uso da cota do destinatário.</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0: faça novas tentativas com intervalos crescentes. 5.2.0: não reenvie a mesma mensagem automaticamente; envie de novo só depois que o lado do destinatário informar que a caixa postal foi reparada.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>O driver do repositório do Exchange Online não conseguiu colocar a mensagem na caixa postal e indica a exceção. QuotaExceededException pode vir de uma área de Itens Recuperáveis cheia, por exemplo sob uma retenção, mesmo quando a caixa postal visível está bem abaixo do limite.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>Caixa postal desativada, não aceita mensagens</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>conta desativada</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>caixa postal desativada</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>A caixa postal existe, mas está desligada e não aceita mensagens. O registro permite as duas classes: 5.2.1 quando a caixa postal nunca mais será ativada, 4.2.1 quando ela está desativada apenas por enquanto.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>Em resposta ao RCPT TO para contas suspensas, bloqueadas ou inativas. O Gmail envia 550 5.2.1 para contas desativadas ou inativas e usa 450 4.2.1 para uma condição diferente: um destinatário que recebe mensagens mais rápido do que o Gmail permite. O Exchange já usou o 5.2.1 para mensagens postas em quarentena pelo filtro de conteúdo e para caixas postais que não podem ser acessadas.</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>O remetente confirma por outro canal se o endereço ainda está em uso e o remove das listas se a conta foi encerrada. O destinatário, ou o administrador dele, reativa a conta, resolve a suspensão ou entra na conta para reativá-la. No limite de taxa 4.2.1 do Gmail, o remetente diminui o ritmo e deixa a fila fazer novas tentativas.</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>O provedor ou a organização suspendeu a conta, por exemplo por falta de pagamento ou abuso.</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>A conta ficou sem uso por tanto tempo que o provedor a desativou.</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>O funcionário saiu e o administrador bloqueou a caixa postal em vez de excluí-la.</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>O 4.2.1 do Gmail: o destinatário está recebendo mensagens demais em pouco tempo.</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Leia o texto: desativada, inativa, suspensa ou recebendo mensagens rápido demais; cada caso aponta para uma correção diferente.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Conte quantas mensagens o seu servidor enviou recentemente para esse destinatário, caso haja um limite de taxa envolvido.</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1: não faça nova tentativa; a conta está fechada para e-mails. 4.2.1: faça novas tentativas com intervalos crescentes e espaçe as mensagens; o Gmail volta a aceitá-las assim que o ritmo de recebimento do destinatário cai.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>A conta Google existe, mas está desativada ou inativa (respostas mais antigas diziam &apos;is disabled&apos;); isso corresponde ao significado do registro.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Um uso próprio do Gmail: a caixa postal está bem, mas está recebendo mensagens mais rápido do que o Gmail permite, então o remetente deve diminuir o ritmo e fazer uma nova tentativa. O Gmail também tem uma forma permanente, 550 5.2.1, que diz que o usuário está recebendo mensagens em um ritmo que impede a entrega de outras mensagens.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>Caixa postal cheia</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>cota excedida</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>caixa de entrada cheia</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>sem espaço de armazenamento</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>A caixa postal do destinatário está acima da cota de armazenamento. A RFC 3463 a concebe como falha transitória persistente (4.2.2), porque o destinatário pode excluir mensagens para liberar espaço; muitos servidores enviam 5.2.2 em vez disso, e essa forma permanente é muito comum nas devoluções.</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>No RCPT TO, em servidores que conhecem a cota de antemão (Gmail, Dovecot com verificação de cota), ou no fim dos dados e em devoluções, quando o repositório descobre durante a entrega que a caixa postal está cheia. O Dovecot responde 552 5.2.2 ... Quota exceeded (mailbox for user is full), ou 452 4.2.2 quando quota_full_tempfail está definido. O Exchange devolve 554 5.2.2 mailbox full (caixa postal cheia).</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>O destinatário exclui ou arquiva mensagens e esvazia a lixeira, ou o administrador do destinatário aumenta a cota. O remetente não tem como corrigir nada tecnicamente: avise o destinatário por outro meio e envie de novo mais tarde. Os operadores de listas devem tratar devoluções por cota que se repetem por semanas como sinal de uma caixa postal abandonada.</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>O destinatário nunca faz limpeza na caixa postal, e ela atingiu a cota.</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>Uma caixa postal compartilhada ou funcional, como info@, recebe muitas mensagens e ninguém cuida dela.</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>Anexos grandes encheram rapidamente uma caixa postal pequena.</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>O armazenamento compartilhado com outros serviços está cheio, como no Gmail, cuja cota também abrange o Google Drive e o Google Fotos.</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Em um servidor Dovecot, mostre o uso do destinatário em relação ao limite.</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>No Postfix com entrega local em mbox, compare o tamanho do arquivo da caixa postal com mailbox_size_limit.</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Como remetente, observe se a devolução diz 4.2.2 (o seu servidor ainda está fazendo novas tentativas) ou 5.2.2 (ele desistiu).</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2: continue fazendo novas tentativas com intervalos crescentes durante o tempo de vida normal na fila, já que o destinatário pode liberar espaço. 5.2.2: a mensagem volta, mas a condição pode passar; reenvie manualmente mais tarde, e não de imediato.</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>A conta Google está acima da cota de armazenamento e o Gmail adia a mensagem (respostas mais antigas diziam &apos;The email account that you tried to reach is over quota&apos;); é o uso temporário previsto.</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>O Gmail transforma o problema de cota em recusa permanente quando a conta cheia também parece abandonada, para que o servidor do remetente pare de fazer novas tentativas.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota. Exchange Online also uses 5.2.2 with &apos;Submission quota exceeded&apos; for a sender who exceeded the sending rate limits, which is a sender-side problem.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>A caixa postal do destinatário atingiu a cota de proibição de recebimento. O Exchange Online também usa 5.2.2 com &apos;Submission quota exceeded&apos; para um remetente que excedeu os limites de taxa de envio, o que é um problema do lado do remetente.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>O tamanho da mensagem excede o limite administrativo</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>mensagem muito grande</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>anexo muito grande</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>A mensagem é maior do que esta caixa postal específica aceita. O registro o destinou a um limite por caixa postal menor que o do sistema inteiro (esse caso é o X.3.4); é uma falha permanente para esta mensagem.</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>No fim dos dados, ou no MAIL FROM quando o cliente declarou o tamanho com SIZE=. O Exchange usa 5.2.3 com RESOLVER.RST.RecipSizeLimit quando o tamanho máximo de recebimento do destinatário é menor que a mensagem. O Gmail usa 552 5.2.3 para o seu próprio limite de tamanho de mensagem, que na verdade é um limite do sistema.</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>O remetente diminui a mensagem: remove ou compacta anexos, ou compartilha arquivos grandes por link. Lembre-se de que a codificação base64 deixa os anexos cerca de um terço maiores que os arquivos em disco. Se o limite da caixa postal for exageradamente baixo, o administrador do destinatário aumenta o tamanho de recebimento dela.</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>Um anexo que, como arquivo, fica logo abaixo do limite e, depois da codificação base64, passa dele.</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>Um tamanho máximo de recebimento por destinatário definido abaixo do limite de transporte da organização.</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>Muitas imagens embutidas, ou uma conversa encaminhada que arrasta junto anexos anteriores.</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Compare o tamanho informado na devolução com o limite que ela indica; o que conta é o tamanho da mensagem codificada, não o dos arquivos.</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>No Exchange Online, o administrador do destinatário lê o limite de recebimento da caixa postal.</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>Não tente novamente a mesma mensagem: ela terá exatamente o mesmo tamanho da próxima vez. Envie uma versão menor.</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>O limite geral de tamanho de mensagem do Gmail, um limite do sistema inteiro que o registro classificaria como X.3.4; o Gmail também envia o mesmo texto com 5.3.4.</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>A mensagem excede o tamanho máximo de recebimento do próprio destinatário, exatamente o caso por caixa postal que o registro descreve.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>Problema na expansão da lista de discussão</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>lista de distribuição</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>O endereço é uma lista de discussão ou um grupo de distribuição, e a lista não pôde ser expandida para os seus membros. Pode ser permanente (5.2.4) ou transitório persistente (4.2.4), conforme a definição da lista esteja quebrada ou apenas indisponível no momento.</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>Quando uma mensagem vai para uma lista, um alias ou um grupo de distribuição: no RCPT TO, se o servidor a expande na hora, ou em uma devolução do servidor da lista. O registro o associa ao 450 e ao 452. Versões mais antigas do Exchange informavam 5.2.4 mailing list expansion problem, e gerenciadores de listas ou grupos baseados em diretório podem produzi-lo quando não conseguem ler os membros.</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>O remetente só pode informar o problema ao dono da lista ou ao administrador do destinatário. O dono da lista ou o administrador verifica a definição da lista: o arquivo include ou a consulta ao diretório que fornece os membros, grupos aninhados que formam um loop ou apontam para grupos excluídos, e o servidor de diretório de que a expansão depende.</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>O alias aponta para um arquivo include que não existe ou que o sistema de e-mail não consegue ler.</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>O diretório que guarda os membros do grupo (LDAP, Active Directory) está inalcançável, o que gera um 4.2.4 temporário.</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>Grupos aninhados se referem uns aos outros em loop, ou a um grupo que foi excluído.</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>A expansão excederia o número de destinatários que o servidor permite em uma mensagem.</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Peça ao sistema de e-mail que expanda o endereço sem entregar nada: o Sendmail mostra os membros ou o erro no terminal, enquanto o sendmail -bv do Postfix envia o relatório para você por e-mail.</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>No Postfix, consulte a lista no banco de dados de aliases.</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4: faça novas tentativas com intervalos crescentes; a expansão costuma voltar a funcionar quando o diretório volta. 5.2.4: não faça nova tentativa até que o dono da lista a tenha consertado.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>Outro status do sistema de e-mail ou status indefinido</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>erro interno do servidor</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>Algo no sistema de e-mail de destino, e não no endereço ou na caixa postal, causou este resultado, e o servidor não dá detalhes. A forma temporária 4.3.0 (uma falha do lado do servidor) é de longe a mais comum; o 5.3.0 é uma recusa permanente no nível do sistema, e o 2.3.0, uma variante rara de sucesso.</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>Em qualquer etapa, com mais frequência no fim dos dados ou no RCPT TO. O Postfix envia 451 4.3.0 Error: queue file write error (erro ao gravar o arquivo da fila) quando não consegue armazenar a mensagem, e 451 4.3.0 ... Temporary lookup failure quando falha uma consulta a uma tabela ou banco de dados. O Gmail usa 451 4.3.0 e 421 4.3.0 para problemas temporários do lado dele. O Exchange usa 5.3.0 Too many related errors quando move uma mensagem para a fila de mensagens suspeitas (poison message queue).</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>Para 4.3.0, o lado do envio geralmente só espera, enquanto o administrador do lado do recebimento procura no log do servidor, no momento da rejeição, o erro de fundo (disco cheio, consulta que falhou, filtro de conteúdo que travou). Para 5.3.0, o texto da resposta diz o que o sistema recusou; o administrador do destinatário precisa corrigir o servidor, e o remetente só pode entrar em contato com ele.</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>O servidor de recebimento não conseguiu gravar a mensagem na fila: disco cheio, erro no sistema de arquivos ou permissões erradas.</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>Uma tabela de consulta, um banco de dados ou um servidor LDAP de que o servidor de e-mail depende falhou durante a transação.</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>Um filtro de conteúdo, milter ou antivírus travou ou estourou o tempo limite.</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>O provedor recusou a mensagem por enquanto, sem dar um motivo específico.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>No servidor Postfix de recebimento, encontre o aviso ou a mensagem fatal registrada logo antes da rejeição.</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Verifique o espaço livre e os inodes onde fica a fila.</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Deixe o Postfix verificar a própria configuração, os donos dos arquivos e as permissões.</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0: faça uma nova tentativa mais tarde, com intervalos crescentes; a maioria das causas é corrigida sem a ajuda do remetente. 5.3.0: não tente novamente sem alterações; descubra pelo texto ou com o administrador do destinatário o que o sistema recusou.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>A recusa temporária genérica do Gmail: o remetente não tem nada a mudar, basta fazer uma nova tentativa mais tarde. O Gmail também envia 451 4.3.0 Multiple destination domains per transaction is unsupported, que pede ao cliente que coloque destinatários de domínios diferentes em transações separadas.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>Sistema de e-mail cheio</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>disco cheio</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>sem espaço em disco</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>O sistema de e-mail como um todo ficou sem armazenamento, geralmente espaço em disco ou na fila, então não pode aceitar a mensagem agora. Ao contrário de uma caixa postal cheia, o destinatário não consegue resolver isso excluindo mensagens; o código é definido apenas como falha temporária.</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>No MAIL FROM, no RCPT TO ou no fim dos dados, com 452. O Postfix responde 452 4.3.1 Insufficient system storage quando o espaço livre no sistema de arquivos da fila está abaixo do que ele precisa (queue_minfree, e 1,5 vez o message_size_limit). O Exchange responde 452 4.3.1 Insufficient system resources quando o back pressure é acionado por pouco espaço em disco ou pouca memória.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>O administrador do servidor de recebimento libera espaço no volume da fila ou do repositório (logs antigos, quarentena, uma fila de adiadas inchada) ou aumenta a capacidade; no Exchange, verifique também os limites do back pressure e o disco que contém o banco de dados da fila. O remetente não faz nada: o servidor dele faz novas tentativas.</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>A partição que contém a fila de e-mail está cheia, muitas vezes porque os logs ou a fila de mensagens adiadas não pararam de crescer.</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>O sistema de arquivos ficou sem inodes, embora ainda haja espaço livre.</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>Um loop de e-mail ou uma onda de spam encheu a fila.</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>O back pressure do Exchange reagindo a pouco espaço em disco ou a uso alto de memória.</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Verifique o espaço e os inodes no sistema de arquivos da fila.</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Veja quantas mensagens estão na fila, para identificar um loop ou uma onda de spam.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Compare o limite de espaço livre do Postfix com o seu limite de tamanho de mensagem.</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>Faça uma nova tentativa mais tarde, com os intervalos crescentes normais; o código é definido apenas como temporário. Se durar além do tempo de vida na fila, a mensagem é devolvida; então, avise o administrador do lado do recebimento, se conseguir contatá-lo.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>O sistema não está aceitando mensagens da rede</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>servidor de e-mail fora do ar</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>O host que contém a caixa postal não está aceitando mensagens da rede. Como 4.3.2, isso é temporário (desligamento em andamento, sobrecarga, manutenção); como 5.3.2, usado com a resposta 521 da RFC 7504, o host nunca aceita e-mails.</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>Um servidor que está sendo desligado, sobrecarregado ou em manutenção pode colocar 4.3.2 nas suas respostas temporárias; o Exchange local responde com 4.3.2 (Service not available, Service not active) quando os seus componentes de transporte estão inativos, por exemplo depois que uma atualização o deixou em modo de manutenção. Um host que não recebe e-mail nenhum pode responder 521 com 5.3.2 aos comandos depois da saudação. O Microsoft 365 também usa 4.3.2 para limites no nível da caixa postal.</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>Para 4.3.2, o lado do envio espera enquanto o administrador do lado do recebimento restabelece o serviço: termina a manutenção, reduz a carga e, no Exchange, coloca de volta como ativos os componentes de servidor inativos no Exchange Management Shell. Para 521 com 5.3.2, o domínio do destinatário está mandando as mensagens para um host que recusa todos os e-mails: o administrador do destinatário corrige os registros MX, ou publica um MX nulo se o domínio de fato não recebe e-mails.</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>O servidor está em manutenção ou sendo desligado e recusa novas transações.</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>O servidor está sobrecarregado e recusa trabalho até a carga diminuir.</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>No Exchange, componentes do servidor ficaram inativos depois de uma atualização ou manutenção.</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>O MX ou o registro de endereço usado como alternativa leva a um host que, de propósito, não é servidor de e-mail e responde 521.</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Conecte-se à porta 25 e leia a saudação: 220 significa aberto, enquanto 421, 521 ou 554 significam que o host recusa.</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>No Exchange, liste os componentes do servidor que não estão ativos (EX01 é o nome do servidor).</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Verifique para quais hosts apontam os registros MX do domínio.</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2: faça novas tentativas com os intervalos crescentes normais, de preferência para outro host MX do domínio, se houver. 5.3.2 com 521: não faça nova tentativa para esse host; a configuração de MX do domínio precisa mudar antes.</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it. Exchange Online also uses 4.3.2 with &apos;recipient thread limit exceeded&apos; when one mailbox is receiving too many messages at once.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online: uma pasta da caixa postal do destinatário atingiu o limite de um milhão de itens, então a entrega falha (repare no 554 permanente com um código 4.x); mover itens para fora dessa pasta resolve. O Exchange Online também usa 4.3.2 com &apos;recipient thread limit exceeded&apos; quando uma caixa postal está recebendo mensagens demais ao mesmo tempo.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>O sistema não suporta os recursos selecionados</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>A mensagem pede um recurso que o sistema de destino não suporta, normalmente em um gateway que não consegue converter um recurso de um sistema de e-mail para outro. É permanente (5.3.3) quando o recurso nunca estará disponível ali, e transitório (4.3.3) quando se espera que o suporte volte.</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>Incomum e específico de cada fornecedor. Pode aparecer no MAIL FROM ou no RCPT TO quando um parâmetro indica uma extensão que o próximo salto não tem, ou em uma devolução de um gateway que não conseguiu levar uma propriedade solicitada (um prazo de entrega, uma prioridade, um pedido de confirmação) para o sistema seguinte. O Exchange local já usou 5.3.3 Unrecognized command quando falta a um conector de recebimento usado para e-mails internos o mecanismo de autenticação Exchange Server.</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>Leia o texto para ver qual recurso foi recusado. O administrador do remetente, ou o software cliente, para de solicitá-lo para esse destino ou passa por um caminho que o suporte. Se o sistema de recebimento deveria suportá-lo, o administrador dele ativa a extensão ou corrige o conector, como no caso do Exchange.</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>A mensagem solicita uma extensão que o sistema seguinte não tem, como transferência binária ou prazo de entrega, e o gateway não pode simplesmente ignorá-la em silêncio.</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>Um gateway para um sistema de mensagens que não é SMTP não consegue representar do outro lado uma propriedade da mensagem.</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>Conectores de recebimento internos do Exchange configurados sem autenticação Exchange Server, de modo que os comandos específicos do Exchange são recusados.</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>Liste as extensões que o servidor de recebimento oferece e compare-as com os parâmetros que o seu servidor envia no MAIL FROM e no RCPT TO.</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>No servidor Postfix de envio, encontre a transação para ver qual comando foi recusado.</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3: não repita o mesmo pedido ao mesmo sistema; abra mão do recurso não suportado ou roteie por outro caminho. 4.3.3: faça uma nova tentativa mais tarde, com intervalos crescentes.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>Mensagem grande demais para o sistema</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>mensagem muito grande</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>anexo muito grande</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>A mensagem é maior do que o sistema de recebimento aceita para qualquer mensagem, seja o limite técnico ou definido pelo administrador. É uma falha permanente para esta mensagem; compare com o X.2.3, que é um limite de uma caixa postal.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>No MAIL FROM, quando o cliente declarou um SIZE= maior que o limite anunciado pelo servidor; caso contrário, no fim dos dados, quando o servidor já contou os bytes; e em devoluções de saltos posteriores. O Postfix responde 552 5.3.4 Message size exceeds fixed limit (message_size_limit, cerca de 10 MB por padrão). O Exchange usa 5.3.4 Message size exceeds fixed maximum message size, e o Gmail usa 552 5.3.4 para o seu limite de tamanho de mensagem e para anexos demais ou cabeçalhos grandes demais.</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>O remetente reduz a mensagem: menos anexos ou anexos compactados, ou um link para download no lugar. Ao comparar os tamanhos dos arquivos com o limite, considere a codificação base64, que acrescenta cerca de 37%. O administrador do lado do recebimento pode aumentar o limite, mas então cada salto do caminho, filtros incluídos, precisa aceitar o novo tamanho.</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Um anexo maior que o limite do destino, como o padrão de 10 MB de um servidor Postfix sem ajustes.</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>Uma mensagem abaixo do limite como arquivos, mas acima dele depois da codificação MIME.</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Um relay ou filtro no caminho tem um limite menor que o do servidor final.</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>Específico do Gmail: anexos demais ou um cabeçalho grande demais, informados com o mesmo código.</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Leia a linha SIZE na resposta do servidor ao EHLO: é a maior mensagem que o servidor aceita.</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>No Postfix, mostre o limite configurado em bytes.</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>No Exim, mostre o limite configurado.</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>Não tente novamente a mesma mensagem: os limites de tamanho não mudam entre uma tentativa e outra. Envie uma mensagem menor.</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>O limite de tamanho de mensagem do Gmail. Com outros textos (o número de anexos excede o limite do Google, ou um cabeçalho excede o seu limite de tamanho), o mesmo código cobre os limites do Gmail para a quantidade de anexos e o tamanho dos cabeçalhos.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>Sistema configurado incorretamente</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>servidor de e-mail mal configurado</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>O sistema de recebimento está configurado de um jeito que não lhe permite aceitar esta mensagem: um erro de configuração do lado do servidor, não um problema da mensagem nem do endereço. 4.3.5 quando se espera que o administrador corrija em breve, 5.3.5 quando a recusa é definitiva.</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>O Postfix envia 451 4.3.5 Server configuration error (ou Server configuration problem) quando uma restrição, uma tabela de consulta ou um serviço de política está mal configurado, e escreve os detalhes apenas no próprio log. O Exchange local usa 5.3.5 System incorrectly configured quando detecta um loop, por exemplo um conector de recebimento cujo FQDN coincide com o de outro servidor no fluxo de e-mails.</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>Só o administrador do servidor de recebimento pode corrigir isso: ler o log do servidor no momento da rejeição, onde o Postfix registra o aviso real (uma restrição desconhecida, um arquivo de mapa faltando, um servidor de política inalcançável), corrigi-lo e recarregar. O remetente só pode informar a devolução e esperar.</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>Uma lista de restrições cita uma tabela de consulta que não existe ou é do tipo errado.</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>Um serviço de política ou milter citado na configuração não está em execução.</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>Um nome de restrição com erro de digitação, introduzido por uma mudança de configuração.</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>Dois servidores no fluxo de e-mails apresentam o mesmo nome de host, então o Exchange vê o salto como um loop.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>No servidor Postfix de recebimento, encontre o aviso escrito no mesmo momento da resposta 4.3.5.</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Mostre apenas as configurações que diferem dos padrões do Postfix, para achar o erro de digitação ou o mapa faltando.</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Verifique se cada arquivo de mapa citado na configuração existe e é mais recente que o arquivo de origem.</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5: faça novas tentativas com intervalos crescentes; resolve-se assim que o administrador corrigir a configuração. 5.3.5: não tente novamente sem alterações; entre em contato com o administrador do destinatário.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>A prioridade solicitada foi alterada</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>Um código de sucesso da extensão MT-PRIORITY (RFC 6710): o servidor aceitou a mensagem, mas não respeitou a prioridade de transferência que o cliente pediu, ou o padrão que ela implicava. O texto depois do código começa com a prioridade efetivamente aplicada.</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>Somente entre servidores que suportam MT-PRIORITY, o que é raro fora de ambientes especializados, como mensagens militares ou de emergência. O cliente pede uma prioridade de -9 a 9 com o parâmetro MT-PRIORITY do MAIL FROM, e o servidor informa a mudança em uma resposta positiva (250 ou 251), por exemplo quando o remetente não está autorizado a usar uma prioridade alta.</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>Nada está quebrado: a mensagem foi aceita. Se a prioridade for importante, o administrador do remetente verifica se a conta ou o host de envio está autorizado para aquele nível no sistema de recebimento, ou combina isso com o administrador do lado do recebimento.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>A política do servidor de recebimento não autoriza este remetente para a prioridade alta solicitada, então ela foi reduzida.</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>O servidor de recebimento suporta menos níveis de prioridade e converteu o pedido para o nível mais próximo que tem.</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>Uma política local aumenta ou reduz a prioridade para determinados remetentes ou destinatários.</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Confirme que o servidor de recebimento oferece MT-PRIORITY na resposta ao EHLO.</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Leia o número no início do texto da resposta, depois do código: é a prioridade que a mensagem tem agora.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>Nenhuma nova tentativa necessária: a mensagem foi aceita com a prioridade alterada. Continue a transação normalmente.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>Outro status de rede ou roteamento, ou status indefinido</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>erro de roteamento</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>erro de rede</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>Um código genérico para problemas de rede ou de roteamento na entrega que nenhum dos códigos X.4 mais específicos descreve. Como 4.4.0, o sistema de envio não conseguiu fazer a mensagem passar desta vez e continua tentando; como 5.4.0, o sistema que informa desistiu daquela rota de vez.</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>Principalmente em motivos de adiamento e em devoluções escritos pelo MTA de envio, e não em uma resposta do outro lado. O Microsoft Exchange coloca 451 4.4.0 na frente de falhas de DNS e de tentativas de entrega que falharam no LastError da fila, e o Postfix responde a uma contagem de saltos excedida com 554 5.4.0 Error: too many hops.</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>Leia o texto depois do código e a linha correspondente no log do MTA: a causa real (falha de DNS, conexão recusada, limite de saltos) quase sempre está indicada ali. O administrador de e-mail do remetente parte desse detalhe: corrige o DNS local, o firewall ou o roteamento, se a falha for do lado do envio, ou envia ao administrador do destinatário o erro exato, o host MX e os horários, se o lado dele estiver inalcançável ou com comportamento estranho.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>O resolvedor do próprio servidor de envio falhou ou estourou o tempo limite ao consultar os registros MX ou de endereço do destino.</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>Um firewall, um bloqueio do provedor à porta 25 de saída ou uma rota quebrada impediu a conexão com o MX de destino.</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>A mensagem atingiu o limite de saltos de um MTA por causa de um loop de encaminhamento ou de relay (o Postfix informa isso como 5.4.0, não 5.4.6).</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>Um gateway ou appliance de segurança informou uma falha de rede sem dizer de que tipo.</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Encontre no log do servidor de envio o motivo completo do adiamento ou da devolução; o texto depois do código indica a falha real.</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Confirme que os registros MX do destino resolvem a partir do próprio servidor de envio, e não só da sua estação de trabalho.</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Teste se a porta 25 do MX de destino é alcançável a partir do host de envio.</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>Para 4.4.0, faça novas tentativas com os intervalos crescentes normais; a condição geralmente é transitória. Para 5.4.0, não tente novamente a mesma rota sem alterações; encontre antes a causa específica no texto de diagnóstico.</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>O erro de fila do Exchange quando a consulta DNS do próximo salto falha, neste exemplo porque o domínio de destino não existe. O Exchange continua fazendo novas tentativas e, depois de passado o tempo limite de expiração de mensagens, devolve um NDR com 550 4.4.7 QUEUE.Expired; message expired. O registro descreveria isso como X.4.3 ou X.4.4; o Exchange usa o genérico 4.4.0.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>Nenhuma resposta do host</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>servidor não responde</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>não consigo conectar ao servidor de e-mail</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>porta 25 bloqueada</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>O servidor de envio tentou abrir uma conexão com o próximo salto e não recebeu nenhuma resposta utilizável: a conexão estourou o tempo limite, foi recusada ou o host estava ocupado demais para atender. A RFC 3463 o define apenas como erro transitório persistente, então 4.4.1 significa que ainda está tentando, não que falhou de vez.</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>Quase sempre gerado pelo próprio MTA de envio e mostrado no log dele ou em um aviso de atraso, porque o outro lado nunca chegou a dizer nada. O Postfix registra adiamentos como connect to mail.example.com[192.0.2.25]:25: Connection timed out com dsn=4.4.1. Um servidor de submissão com BURL também responde 451 4.4.1 quando o servidor IMAP que contém a mensagem não pode ser alcançado (RFC 4468).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>O administrador do remetente verifica primeiro se o host de envio consegue alcançar a porta 25, já que muitas redes de nuvem e residenciais a bloqueiam na saída. Se outros domínios funcionam, o problema está no destino: o host MX dele está fora do ar, bloqueado por firewall ou escutando no endereço errado, e o administrador do destinatário precisa corrigir isso. Informe a ele qual host MX e qual endereço IP você tentou, e quando.</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>O host MX do destino está fora do ar, sobrecarregado ou não está escutando na porta 25.</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>Um firewall em qualquer um dos lados descarta silenciosamente o tráfego SMTP, então a tentativa estoura o tempo limite em vez de ser recusada.</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>A rede de envio (provedor de nuvem ou de acesso) bloqueia conexões de saída para a porta 25.</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>O registro MX ainda aponta para um endereço IP antigo ou errado depois de uma migração.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Liste os hosts MX do destino em ordem de preferência.</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Tente uma conexão TCP com a porta 25 de cada MX a partir do servidor de envio; um timeout sugere filtragem, e connection refused significa que nada está escutando.</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Verifique se o seu host consegue alcançar a porta 25 em outro lugar, por exemplo o MX de outro domínio, para descartar um bloqueio de saída.</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Veja os motivos de adiamento que o Postfix registrou para este destino.</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>Faça uma nova tentativa mais tarde, com intervalos crescentes, experimentando os outros hosts MX em ordem de preferência. A mensagem só falha quando o tempo de vida na fila se esgota, o que então aparece como expiração (X.4.7).</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>O Exchange Online envia isto no RCPT TO, sem nenhum problema de rede envolvido, quando o bloqueio de borda baseado em diretório (Directory-Based Edge Blocking) rejeita um endereço que não existe no tenant de recebimento (ou que ainda não foi sincronizado lá), ou quando o domínio não está configurado corretamente como domínio aceito. Trate como uma devolução por destinatário inválido: o remetente confere o endereço, e o administrador do destinatário verifica os destinatários e os domínios aceitos do tenant.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>Conexão ruim</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>conexão resetada</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>conexão caiu</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>conexão perdida</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>Uma conexão com o próximo salto foi estabelecida, mas a transação não pôde ser concluída porque a linha caiu, travou ou estourou o tempo limite no meio do caminho. Assim como o X.4.1, é definido como erro transitório persistente, então a mensagem permanece na fila para outra tentativa.</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>Ou no log do MTA de envio, onde o Postfix escreve lost connection with mail.example.com[192.0.2.25] while sending end of data e dsn=4.4.2, ou como resposta de um servidor que fecha uma sessão lenta ou ociosa: o servidor SMTP do Postfix envia 421 4.4.2 seguido do nome de host e de Error: timeout exceeded, e o Gmail envia 451 4.4.2 Timeout - closing connection.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>O administrador do remetente verifica em que etapa a conexão caiu. Quedas durante o DATA com mensagens grandes muitas vezes apontam para problemas de MTU ou de caminho, para um equipamento intermediário que inspeciona o SMTP ou para um limite de tempo do receptor; timeouts por ociosidade apontam para um cliente lento ou um host de envio sobrecarregado. Se só um destino é afetado, passe ao administrador do destinatário os horários e a etapa em que falhou.</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>Um firewall ou equipamento intermediário com inspeção SMTP que corta ou estraga a sessão.</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>Problemas de MTU do caminho que travam pacotes grandes, de modo que mensagens pequenas passam e as grandes ficam paradas durante o DATA.</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>O cliente ficou parado tempo demais entre os comandos, e o timeout de ociosidade do servidor fechou a sessão.</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>O servidor de recebimento reiniciou, travou ou derrubou conexões por sobrecarga no meio da transação.</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Descubra em que etapa a conexão foi perdida.</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Execute uma transação de teste completa com o mesmo MX e observe onde ela para.</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Verifique se o STARTTLS é concluído sem erros; um handshake quebrado muitas vezes aparece como conexão derrubada.</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Se as mensagens grandes falham e as pequenas passam, teste se pacotes de tamanho máximo chegam ao MX sem fragmentação.</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>Faça uma nova tentativa mais tarde, com intervalos crescentes; uma queda de conexão ocasional é normal na Internet. Quedas repetidas na mesma etapa para o mesmo destino são um problema de configuração que novas tentativas, sozinhas, não resolvem.</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>O Gmail fecha a sessão porque o cliente foi lento demais entre os comandos ou ao enviar os dados. Reconecte e faça uma nova tentativa; se continuar acontecendo, procure um host de envio sobrecarregado ou um caminho de rede lento.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>Falha no servidor de diretório</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>erro de dns</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>timeout de dns</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>falha na resolução de nomes</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>falha na consulta dns</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>A mensagem não pôde ser roteada porque um serviço de diretório, na prática quase sempre o DNS, estava indisponível ou respondeu com erro. A RFC 3463 o concebeu como falha temporária (4.4.3), embora alguns servidores o enviem com um 5.</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>No lado do envio, quando a consulta de MX ou de endereço do destino estoura o tempo limite ou devolve SERVFAIL; o Postfix adia com Name service error for name=example.com type=MX: Host not found, try again e dsn=4.4.3. No lado do recebimento, quando uma verificação baseada em DNS não consegue terminar: a RFC 7208 recomenda 451 4.4.3 quando uma verificação SPF termina em erro temporário.</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>Descubra de quem é o DNS que está falhando. Se o servidor de envio não consegue resolver nada, o administrador dele corrige o resolvedor local (configuração do resolvedor, um daemon de cache parado, DNS de saída bloqueado). Se só um domínio falha, os servidores autoritativos desse domínio estão fora do ar, com delegação quebrada (lame) ou com o DNSSEC quebrado, e o administrador do destinatário ou o provedor de DNS dele precisa consertá-los.</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>O resolvedor local do servidor de envio está fora do ar, inalcançável ou com limite de taxa.</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>Os servidores de nomes autoritativos do domínio de destino estouram o tempo limite ou respondem SERVFAIL.</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>Uma falha de DNSSEC (assinaturas expiradas, registro DS errado) faz os resolvedores que validam recusarem a resposta.</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>Uma consulta SPF, DKIM ou DMARC no lado do recebimento estourou o tempo limite, e o receptor adiou em vez de decidir.</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Verifique se o resolvedor usado pelo servidor de e-mail responde para o destino.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Siga a delegação a partir da raiz para ver se os servidores de nomes do próprio domínio estão falhando.</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Repita a consulta com a verificação de DNSSEC desativada; se só ela funcionar, as assinaturas da zona estão quebradas.</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Veja quais resolvedores o servidor de e-mail está configurado para usar.</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>Faça uma nova tentativa mais tarde, com intervalos crescentes; as panes de DNS costumam ser curtas. Um 5.4.3 vindo de um receptor muitas vezes também é, na verdade, temporário: reenvie assim que o problema de DNS for corrigido.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>Não é possível rotear</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>sem registro mx</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>O sistema de e-mail não encontrou um próximo salto para o destino porque faltavam as informações de roteamento necessárias. O gatilho típico é um DNS que responde, mas não dá nenhum MX ou endereço utilizável para o domínio; 4.4.4 significa que os registros ainda podem aparecer, 5.4.4 significa que o sistema de envio desistiu.</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>Gerado pelo MTA de envio, geralmente em uma devolução. O Postfix faz a devolução com Host or domain name not found. Name service error for name=example.com type=A: Host not found (host ou nome de domínio não encontrado) e dsn=5.4.4; o Microsoft Exchange informa 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Também aparece quando um relay interno não tem transporte, conector ou smarthost para o destino.</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>Primeiro o remetente confere o endereço em busca de um domínio escrito errado, de longe a causa mais comum. Se o domínio estiver certo, o dono dele (o administrador do destinatário) precisa publicar registros MX, ou pelo menos um registro A ou AAAA, que apontem para um servidor de e-mail funcionando. No lado do envio, o administrador verifica se o roteamento interno (mapas de transporte, conectores de envio, smarthosts) cobre o destino.</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>Um erro de digitação no domínio do destinatário (example.con em vez de example.com), de modo que o domínio não existe.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>O domínio existe, mas não tem nem registro MX nem registro A ou AAAA para usar como alternativa.</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>O registro MX indica um host que não tem registro de endereço.</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>Um relay interno não tem rota (entrada no mapa de transporte, conector ou smarthost) para o domínio de destino.</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Verifique se o domínio existe (NOERROR em vez de NXDOMAIN) e leia os registros MX dele.</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Resolva o nome de cada host MX; um nome sem registros A ou AAAA não pode ser usado para a entrega.</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Verifique também o lado IPv6, se o host MX não tiver endereço IPv4.</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>No Exim, pergunte aos routers como eles entregariam o endereço.</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>Para 4.4.4, faça novas tentativas com intervalos crescentes, caso os registros estejam sendo corrigidos. Para 5.4.4, não tente novamente sem alterações; corrija o endereço ou espere o dono do domínio publicar registros que funcionem.</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>O Exchange concluiu que o domínio de destino não existe no DNS e fez a devolução da mensagem. Se o domínio existe, a Microsoft orienta os administradores a verificar as configurações de DNS que o serviço de transporte do Exchange usa.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>Congestionamento do sistema de e-mail</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>conexões demais</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>limite de envio excedido</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>O sistema de e-mail de recebimento ou de relay está congestionado e não vai aceitar a mensagem agora. É definido apenas como erro transitório persistente: a mensagem em si está correta, e o remetente deve diminuir o ritmo e tentar novamente mais tarde.</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>Como resposta no momento da conexão ou ao MAIL FROM e ao RCPT TO, quando um servidor está sobrecarregado ou aplicando limites de conexão e de taxa; o Gmail envia 421 4.4.5 Server busy, try again later. O Gmail também envia 550 5.4.5 aos seus próprios usuários que excedem o limite diário de envio, um uso específico do provedor com um 5.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>Não há nada de errado com a mensagem. O administrador do remetente deixa a fila fazer novas tentativas e, se os adiamentos persistirem, reduz o número de conexões paralelas e o ritmo de envio para aquele destino. O administrador do destinatário só precisa agir se o próprio servidor estiver realmente sobrecarregado (fila acumulada, disco, CPU).</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>O servidor de recebimento está sobrecarregado ou em manutenção e está barrando novas sessões.</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>O remetente abriu conexões simultâneas demais com o mesmo destino.</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>O ritmo de envio (mensagens ou destinatários por minuto) excedeu os limites de throttling do receptor.</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>A própria fila de um relay está acumulada e ele recusa mais mensagens vindas de antes no caminho.</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Conte quantas entradas na fila do servidor de envio mencionam o domínio de destino.</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Verifique quantas entregas paralelas o Postfix faz para um mesmo destino.</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Veja se os adiamentos acontecem no momento da conexão ou no RCPT TO.</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>Faça uma nova tentativa mais tarde, com intervalos crescendo exponencialmente e menos conexões paralelas com aquele host; bombardear um servidor congestionado só prolonga os adiamentos.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>O adiamento temporário do Gmail por estar ocupado. Resolve-se com uma nova tentativa mais tarde, de preferência com menos conexões simultâneas a partir do IP de envio.</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Enviado a um usuário do Gmail ou do Google Workspace que submete mensagens, e não a um MTA de recebimento: a conta esgotou a sua cota diária móvel de envio, e o envio volta a funcionar quando a janela passa. É um uso próprio do Google do X.4.5 com um 5, fora do significado do registro.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>Loop de roteamento detectado</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>A mensagem foi repassada vezes demais, seja porque os servidores a roteiam de um lado para o outro, seja porque regras de encaminhamento a fazem andar em círculo. A RFC 3463 o lista como transitório, mas na prática ele quase sempre é enviado como 5.4.6 permanente, já que um loop não se resolve sozinho.</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>No fim do DATA ou em uma devolução, quando a contagem de cabeçalhos Received: passa do limite do MTA (sendmail: Too many hops 26 (25 max); o Gmail para em 50 saltos), ou quando um MTA percebe que o próximo salto é ele mesmo (Postfix: mail for example.com loops back to myself). A entrega local do Postfix também faz a devolução de loops de Delivered-To como mail forwarding loop for user@example.com (loop de encaminhamento).</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>Leia os cabeçalhos Received: da cópia devolvida para ver quais hosts se repetem. Geralmente quem precisa agir é o destinatário ou o administrador do destinatário: remover uma regra de encaminhamento que aponta de volta para a caixa postal original, ou corrigir registros MX, rotas de relay ou conectores que mandam o domínio de volta para onde ele veio. O remetente só pode relatar o problema.</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>Duas caixas postais encaminham uma para a outra, ou uma cadeia de encaminhamentos termina onde começou.</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>Um registro MX ou uma rota de relay aponta de volta para o servidor que está tentando entregar, muitas vezes depois de uma migração ou em uma configuração híbrida do Exchange.</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>O domínio não está configurado como local no servidor para o qual o MX dele aponta, então esse servidor o repassa adiante por relay e ele volta.</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>Uma lista de discussão está inscrita em si mesma ou em outra lista que a alimenta.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Conte os cabeçalhos Received: na cópia devolvida e procure nomes de host que se repetem.</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Verifique se o MX do domínio aponta justamente para o servidor que informa o loop.</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>No Postfix, verifique se o domínio está listado onde deveria, seja para entrega local, seja para relay.</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Procure no log as mensagens de loop que o Postfix escreve.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>Não tente novamente sem alterações: a mensagem vai entrar em loop de novo. Reenvie só depois que a regra de encaminhamento ou o roteamento for corrigido.</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>O Gmail recusa uma mensagem que já traz mais de 50 saltos em cabeçalhos Received:. O loop está no caminho antes do Gmail, muitas vezes um par de regras de encaminhamento ou um domínio roteado errado.</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Exchange Server and Exchange Online both use 5.4.6, and Exchange Online also reports loops and broken routes with 5.4.14 and other codes up to 5.4.20, often in hybrid setups; Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>O Exchange interrompe uma mensagem em loop assim que a contagem de saltos é excedida e devolve este NDR. O Exchange Server e o Exchange Online usam 5.4.6, e o Exchange Online também informa loops e rotas quebradas com 5.4.14 e outros códigos até 5.4.20, muitas vezes em configurações híbridas; a Microsoft recomenda verificar as regras da caixa de entrada, o encaminhamento e o targetAddress da caixa postal.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>Prazo de entrega expirado</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>entrega atrasada</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>mensagem presa na fila</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>tempo de entrega esgotado</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>A mensagem está circulando há tempo demais: ficou em uma fila além do tempo de vida de novas tentativas do sistema, ou excedeu um prazo de entrega definido pelo remetente. Como 4.4.7, é um aviso de atraso ou uma recusa transitória; como 5.4.7, a mensagem foi devolvida sem ser entregue. A RFC 3463 pede que os sistemas, quando possível, informem o problema de fundo em vez dele.</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>Em devoluções e avisos de atraso do próprio servidor de saída do remetente depois de dias de tentativas com falha, por exemplo o retry timeout exceeded (tempo limite de novas tentativas excedido) do Exim ou o 550 4.4.7 QUEUE.Expired; message expired (mensagem expirada na fila) do Microsoft Exchange. O Postfix registra status=expired, returned to sender, mas mantém na devolução o último status real (como 4.4.1).</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>Procure os motivos de adiamento anteriores na devolução ou no log; eles dizem por que a entrega continuou falhando (MX inalcançável, greylisting nunca superado, falha de TLS, adiamentos 4xx repetidos por política). O administrador do remetente corrige essa causa de fundo, ou pede ao administrador do destinatário que o faça, e então o remetente reenvia a mensagem. Aumentar o tempo de vida na fila só esconde o problema.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>O MX de destino ficou inalcançável ou recusando conexões durante todo o período de novas tentativas.</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>O receptor continuou respondendo com códigos 4xx temporários (greylisting, limites de taxa, reputação) até o remetente desistir.</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>Um problema de TLS ou de certificado fez todas as tentativas de entrega falharem.</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>Um prazo de entrega definido pelo remetente passou antes que a mensagem chegasse.</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>O tempo de vida na fila foi reduzido, então as mensagens expiram depois de horas em vez de dias.</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Encontre o histórico de adiamentos para o destinatário; os motivos registrados antes da expiração são o problema real.</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Veja por quanto tempo o servidor Postfix continua tentando antes de desistir.</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Verifique o que mais ainda está aguardando na fila do Postfix.</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>No Exim, liste a fila com a idade de cada mensagem.</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>Um aviso de atraso 4.4.7 não exige nada; o servidor ainda está fazendo novas tentativas. Depois de um 5.4.7 ou de uma devolução por expiração, a mensagem saiu da fila; então reenvie-a assim que o problema de entrega de fundo for corrigido.</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Microsoft&apos;s Exchange Online list describes 4.4.7 Message expired as usually a problem on the receiving server.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>O Exchange desiste depois do tempo limite de expiração de mensagens (dois dias por padrão no Exchange Server) e envia este NDR; repare no 550 combinado com um código 4.x.x. A lista do Exchange Online da Microsoft descreve o 4.4.7 Message expired como, em geral, um problema no servidor de recebimento.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>Outro status de protocolo ou status indefinido</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>erro de protocolo smtp</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>Um código genérico sobre o próprio diálogo SMTP: os comandos, a ordem deles ou o estado do protocolo, sem um detalhe X.5 mais específico. Com um 2, é uma marcação neutra em uma resposta de protocolo comum; com um 4 ou 5, o servidor reclama da forma como o cliente está falando SMTP.</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>Em qualquer ponto da sessão. O Gmail adia clientes que violam o protocolo com 451 4.5.0 SMTP protocol violation, e com 454 4.5.0 quando há comandos em pipeline depois do STARTTLS. A RFC 4468 usa 250 2.5.0 nas respostas ao BURL, e 554 5.5.0 ou 503 5.5.0 quando o BURL chega sem destinatários válidos.</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>Examine o comando exato que recebeu a resposta. Para 4.5.0 ou 5.5.0, o software cliente, ou quem o configurou, precisa corrigir o comportamento SMTP: esperar a saudação 220, enviar EHLO de novo depois do STARTTLS, não fazer pipelining além do STARTTLS, terminar as linhas com CRLF. Uma resposta 2.5.0 é um sucesso e não exige nenhuma ação.</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>O cliente enviou comandos em pipeline depois do STARTTLS, ou antes de o servidor anunciar PIPELINING.</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>O cliente enviou comandos antes da saudação ou seguiu em frente sem esperar as respostas.</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>Quebras de linha LF sem CR ou outra entrada malformada que o servidor classifica como violação de protocolo.</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>Um servidor que marca toda recusa no nível do protocolo com o código genérico em vez de um específico.</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Repita a sessão manualmente, um comando por vez, e observe cada resposta.</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Execute um cliente de referência contra o mesmo servidor; se der certo, o problema está no seu software cliente.</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Ative o log do protocolo SMTP no seu cliente e procure vários comandos enviados antes de chegar a primeira resposta.</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>Para 2.5.0, não há nova tentativa a fazer; continue o diálogo. Para 4.5.0, faça uma nova tentativa mais tarde, mas corrija o cliente se o erro se repetir. Para 5.5.0, não repita a mesma sequência de comandos sem mudanças.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>A recusa temporária do Gmail quando o cliente não segue o SMTP (ordem de comandos errada, entrada malformada). Corrija o cliente antes de contar com novas tentativas.</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>O cliente enviou mais comandos na mesma rajada que o STARTTLS. Ele precisa esperar a resposta 220, concluir o handshake TLS e então enviar EHLO de novo.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>Comando inválido</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>O cliente enviou um comando fora de sequência ou que o servidor não suporta naquele ponto. A RFC 3463 o define como permanente, então o mesmo comando no mesmo lugar continuará falhando, embora alguns servidores o enviem com um 4.</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>Normalmente 503 5.5.1 para uma sequência errada (RCPT antes de MAIL, DATA antes de qualquer RCPT aceito, MAIL antes de EHLO) e 502 5.5.1 para um comando desativado, como o VRFY no Postfix. O Gmail responde a uma submissão de mensagem sem login com 530 5.5.1 Authentication Required (autenticação obrigatória).</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>O erro está no software cliente ou na configuração dele. Examine o comando que recebeu a resposta e o anterior. Correções típicas: enviar EHLO primeiro, concluir o MAIL FROM antes do RCPT TO, ativar a autenticação no cliente de e-mail e deixar de depender de comandos que o servidor desativou (VRFY, EXPN, ETRN).</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>Comandos enviados na ordem errada, como RCPT TO antes de MAIL FROM ou DATA sem nenhum destinatário aceito.</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>Um cliente de e-mail configurado sem autenticação falando com um servidor de submissão que a exige.</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>O cliente usa um comando que o servidor desativou, como VRFY ou EXPN.</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>Um segundo MAIL FROM dentro de uma transação aberta, sem um RSET entre eles.</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Reproduza a transação até o RCPT TO e veja qual comando é recusado.</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Para a submissão, teste com autenticação, da forma como o cliente de e-mail deveria fazer.</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Ative o log de depuração SMTP do cliente e leia o comando enviado logo antes da recusa.</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>Não reenvie o mesmo comando no mesmo lugar. Corrija a ordem dos comandos ou acrescente a etapa que falta (EHLO, AUTH) e inicie uma nova transação; trate um 4.5.1 como qualquer outra falha temporária.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>O smtp.gmail.com recusa o MAIL FROM de um cliente que não fez login. Configure o cliente para se autenticar (OAuth ou senha de app) na porta 587 com STARTTLS ou na porta 465 com TLS.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>Erro de sintaxe</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>O servidor não conseguiu interpretar o comando: o verbo é desconhecido ou os argumentos estão malformados. É definido apenas como permanente, então os mesmos bytes serão recusados de novo.</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>Em qualquer comando. Casos reais comuns: MAIL FROM: user@example.com sem os sinais de menor e maior (o Gmail responde 555 5.5.2 Syntax error), uma resposta ao AUTH que o servidor não consegue decodificar de base64 (a RFC 4954 determina 501 5.5.2), um registro SPF com erro permanente (a RFC 7208 sugere 550 5.5.2) e um cliente falando TLS ou HTTP com uma porta SMTP de texto puro.</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>O software cliente precisa enviar comandos bem formados: sinais de menor e maior em volta dos endereços, nenhum parâmetro que o servidor não tenha anunciado, fim de linha CRLF, linhas de comando com até 512 octetos. Se a resposta mencionar SPF, o dono do domínio do remetente corrige o registro SPF. Se o servidor recebeu ruído binário, ajuste o modo TLS à porta: a 465 espera TLS desde o primeiro byte, a 25 e a 587 esperam STARTTLS.</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>Endereços enviados sem os sinais de menor e maior ou com espaços perdidos, como MAIL FROM: user@example.com.</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>Um script, impressora ou appliance com uma implementação SMTP própria e defeituosa.</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>TLS implícito enviado a uma porta STARTTLS, ou texto puro enviado à porta 465, de modo que o servidor lê ruído.</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>Um registro SPF com erro permanente (sintaxe errada, consultas DNS demais) avaliado pelo receptor.</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Envie um teste bem formado ao mesmo servidor; se der certo, compare os comandos dele com os do seu cliente.</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Verifique se a porta 465 realmente espera TLS desde o primeiro byte; devem aparecer um certificado e uma saudação 220.</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Se o texto mencionar SPF, leia o registro SPF do domínio do remetente e verifique a sintaxe e o número de consultas.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>Não tente novamente sem alterações; o comando precisa ser corrigido antes, ou o mesmo 5.5.2 volta.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>A resposta do Gmail a um MAIL FROM ou RCPT TO malformado, normalmente um endereço sem os sinais de menor e maior ou com parâmetros que ele não aceita.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>Destinatários demais</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>limite de destinatários</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>A transação tem mais destinatários do que o servidor aceita de uma vez. O tratamento previsto é que o remetente entregue aos destinatários já aceitos e envie os demais em outra transação; alguns sistemas usam um 5.5.3 permanente quando a mensagem como um todo tem mais destinatários do que a política permite.</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>No RCPT TO, quando o limite por mensagem é atingido. O Postfix responde 452 4.5.3 Error: too many recipients depois de smtpd_recipient_limit (1000 por padrão); o Gmail e o Microsoft 365 adiam o excedente com 452 4.5.3. A RFC 5321 diz que os servidores precisam aceitar pelo menos 100 destinatários e deveriam usar 452 nesse caso.</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>Um MTA de envio correto resolve isso sozinho, dividindo a lista de destinatários, então geralmente ninguém precisa agir. Se, em vez disso, as mensagens falharem, o administrador do remetente reduz o número de destinatários por transação no MTA ou no software de envio em massa, e os remetentes de grandes volumes dividem as listas grandes. Para um 5.5.3 permanente do Exchange, o remetente reduz os endereços em Para, Cc e Cco ou usa uma lista de distribuição.</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Uma mensagem endereçada a mais destinatários do que o servidor de recebimento aceita por transação.</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Um software de envio em massa que manda a lista inteira em uma única transação SMTP.</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>O Microsoft 365 adiando destinatários de envelope além do seu limite por transação para um domínio.</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>Um cliente que trata o 452 como fatal em vez de fazer nova tentativa com os destinatários adiados.</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Veja quantos destinatários o seu próprio Postfix aceita por mensagem.</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Verifique quantos destinatários o seu cliente Postfix coloca em uma entrega para um destino.</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Encontre os destinatários que foram adiados com 4.5.3 e verifique se receberam novas tentativas.</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>Entregue aos destinatários que foram aceitos e depois faça nova tentativa com os adiados em uma nova transação, com menos destinatários em cada uma. Um 5.5.3 exige que a lista de destinatários seja reduzida antes do reenvio.</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>O Gmail aceita apenas parte da lista de destinatários nesta transação; um MTA normal faz nova tentativa com o restante. O texto aponta para os limites de envio do Google, então os usuários do Gmail que enviam para listas muito grandes também o veem.</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>O Exchange Online adia os destinatários de envelope além de 200 para o mesmo domínio em uma transação; o servidor de envio precisa enviar para os demais em outra transação.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>Argumentos de comando inválidos</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>parâmetro inválido</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>O comando é válido, mas um dos argumentos não é: fora do intervalo, malformado ou um parâmetro ou palavra-chave que o servidor não reconhece. A RFC 3463 o descreve como permanente, enquanto o registro também permite um 4 para limites que podem ser liberados depois.</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>Principalmente como 501 5.5.4 ou 555 5.5.4. O Postfix o usa quando os argumentos não podem ser interpretados, mostrando a forma esperada (501 5.5.4 Syntax: VRFY address) ou indicando o valor inválido (501 5.5.4 Bad message size syntax, sintaxe inválida no tamanho da mensagem), e para parâmetros desconhecidos do MAIL FROM; a RFC 4954 usa 504 5.5.4 para um mecanismo AUTH que o servidor não suporta; o Gmail rejeita um nome de HELO ou EHLO inválido com 501 5.5.4.</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>O software cliente, ou quem o configurou, precisa enviar argumentos que o servidor aceite: um mecanismo AUTH da lista do EHLO, parâmetros ESMTP apenas quando o servidor anunciou a extensão correspondente, um nome de host totalmente qualificado ou um endereço literal no EHLO e números onde se esperam números.</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>Um mecanismo AUTH que o servidor não anunciou.</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>Parâmetros do MAIL FROM como SIZE=, BODY= ou SMTPUTF8 enviados a um servidor que não anunciou a extensão, ou com valores inválidos.</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>Um argumento de EHLO vazio ou inválido, como uma palavra solta ou um endereço IP sem colchetes.</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>Parâmetros de DSN (NOTIFY=, ORCPT=, RET=) com sintaxe errada.</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Liste as extensões e os mecanismos AUTH que o servidor oferece e compare-os com o que o cliente envia.</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Verifique o nome de host que o seu servidor Postfix apresenta no EHLO.</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Teste a autenticação com um mecanismo tirado da lista anunciada.</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>Não faça nova tentativa com os mesmos argumentos; corrija o parâmetro ou o mecanismo e envie o comando de novo. Um 4.5.4 pode receber nova tentativa mais tarde, já que o servidor sinaliza que o limite é temporário.</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>O Gmail recusa um nome de EHLO ou HELO vazio ou que não seja um nome de domínio válido ou um endereço literal; o servidor de envio precisa apresentar um nome de host adequado.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>Versão de protocolo errada</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>Os dois lados não conseguiram chegar a um acordo sobre a versão do protocolo nem resolver a divergência automaticamente. Faz parte do conjunto original da RFC 3463, mas raramente é enviado hoje; a maioria dos servidores informa divergências de protocolo como 5.5.1 ou 5.5.2.</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>Raramente visto na rede. Combina com casos como um cliente falando LMTP (LHLO) com um serviço SMTP, ou um cliente muito antigo que só conhece HELO falando com um serviço que exige ESMTP, e gateways de protocolo podem usá-lo quando não conseguem converter uma versão de protocolo de e-mail para outra.</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>O administrador do cliente garante que o software fale o protocolo que a porta espera: SMTP com STARTTLS na 25 e na 587, TLS desde o primeiro byte na 465, LMTP apenas em um socket LMTP. Depois leia o texto depois do código; o servidor geralmente diz o que esperava.</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>Um cliente falando LMTP com uma porta SMTP, ou SMTP com um socket LMTP.</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>Um cliente antigo que só conhece HELO falando com um serviço que exige recursos ESMTP.</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>Um gateway entre sistemas de e-mail que não consegue traduzir uma versão de protocolo para a outra.</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Conecte-se manualmente e leia a saudação; ela geralmente mostra se a porta fala ESMTP ou LMTP.</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Verifique para qual protocolo e qual porta ou socket o aplicativo de envio está configurado e compare com o serviço que escuta ali.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>Não tente novamente sem alterações; o cliente precisa ser reconfigurado para falar o protocolo certo com a porta certa.</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>A linha da troca de autenticação é longa demais</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>Durante o SMTP AUTH, o cliente enviou uma linha em base64 maior que o buffer do servidor para o mecanismo SASL escolhido, então o servidor fez o comando AUTH falhar. A RFC 4954 o define, enviado como 500 5.5.6, e observa que 12288 octetos eram então considerados suficientes para os mecanismos em uso.</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>Somente em resposta ao AUTH ou a uma linha de continuação depois de um desafio 334. Os gatilhos típicos são tokens Kerberos (GSSAPI) grandes, tokens OAuth do tipo bearer que excedem um limite pequeno do servidor ou um cliente que enviou uma linha corrompida e interminável. O Postfix responde 500 5.5.6 SASL response limit exceeded.</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>O administrador do servidor aumenta o buffer de autenticação se os tokens legítimos forem maiores do que ele permite, por exemplo tickets Kerberos com muitas associações a grupos ou tokens OAuth longos; no Postfix, isso é smtpd_sasl_response_limit (12288 por padrão), enquanto uma resposta inicial na própria linha do AUTH é limitada por line_length_limit. No lado do cliente, verifique se o mecanismo pretendido está sendo usado e se cada resposta é uma única linha em base64 bem formada; PLAIN sobre TLS evita tokens grandes.</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>Um ticket Kerberos (GSSAPI) inchado por muitas associações a grupos.</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>Um token de acesso OAuth 2.0 maior que o limite de linha do AUTH do servidor.</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>Um bug do cliente que envia os dados errados ou nenhuma quebra de linha, de modo que o servidor lê uma única linha descontrolada.</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>Um servidor com um buffer de autenticação incomumente pequeno, bem abaixo dos 12288 octetos que a RFC 4954 menciona.</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Autentique-se com um mecanismo simples para confirmar que a conta funciona e que a falha tem a ver com o tamanho do token.</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Procure a falha do AUTH no log do servidor, em torno do horário da tentativa.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Em um servidor Postfix, leia os limites que se aplicam às respostas SASL e à linha de comando do AUTH.</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Se o cliente ou a biblioteca dele puder registrar o token no log, compare o tamanho dele com o limite do servidor.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>Não repita a mesma troca AUTH; ela falha do mesmo jeito. Use um token menor ou outro mecanismo, ou peça para aumentar o limite do servidor, e então autentique-se de novo.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>Outro erro de mídia ou erro indefinido</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>mensagem corrompida</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>mime inválido</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>Algo no conteúdo da mensagem a tornou impossível de entregar, e nenhum código X.6 mais específico se aplica. Nas rejeições, geralmente significa que o receptor achou a mensagem malformada: MIME quebrado, cabeçalhos inválidos ou conteúdo que ele não consegue processar.</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>Principalmente no fim do DATA, depois que o receptor analisou a mensagem. O Gmail recusa mensagens malformadas com 554 5.6.0 Mail message is malformed. Not accepted. O Microsoft Exchange usa o código para sucesso: a resposta normal dele ao DATA é 250 2.6.0 seguido do ID da mensagem e de Queued mail for delivery (mensagem na fila para entrega).</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>O remetente, ou o software que montou a mensagem, corrige a estrutura dela: linhas de cabeçalho bem formadas, exatamente um From, um Date e um Message-ID, linhas com no máximo 998 caracteres, limites MIME que correspondam, codificações de transferência corretas. As mensagens geradas por scripts e dispositivos são as suspeitas de sempre; enviar o mesmo conteúdo de um cliente de e-mail comum mostra se a culpa é do gerador.</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>MIME quebrado: limites ausentes ou que não correspondem, um Content-Transfer-Encoding errado, partes truncadas.</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>Linhas de cabeçalho malformadas, duplicadas ou mais longas do que a RFC 5322 permite.</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>Caracteres LF sem CR ou NUL na mensagem, geralmente vindos de scripts ou dispositivos embarcados.</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>Um verificador de conteúdo que não conseguiu interpretar um anexo e rejeitou a mensagem com um código genérico.</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Salve a mensagem rejeitada em um arquivo e examine os principais cabeçalhos dela.</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Procure linhas com mais de 998 caracteres, que a RFC 5322 proíbe.</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Envie o mesmo conteúdo de um cliente de e-mail comum; se essa cópia for aceita, a culpa é do software que gerou a mensagem.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>Não tente novamente sem alterações; o mesmo conteúdo será recusado de novo. Um 4.6.0 pode dar certo em uma tentativa posterior, se o processamento de conteúdo do receptor estava falhando temporariamente.</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>O Gmail considerou a mensagem estruturalmente inválida (cabeçalhos ou MIME fora da RFC 5322); o software de envio precisa gerar uma mensagem correta.</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>A resposta normal de sucesso do Exchange depois do DATA: a mensagem foi aceita e colocada na fila. O 2.6.0 é um hábito do Exchange, não um erro, embora o registro liste o X.6.0 apenas para falhas.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>Mídia não suportada</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>tipo de conteúdo não suportado</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>A mensagem usa um tipo de mídia ou uma codificação que o protocolo de entrega ou o sistema seguinte no caminho não consegue transportar. É definido apenas como permanente: a mensagem não pode seguir adiante na forma atual.</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>Raro como resposta SMTP direta; mais frequente em uma devolução de um relay ou gateway que não conseguiu repassar o conteúdo, por exemplo conteúdo binário indo para um salto sem BINARYMIME, ou um gateway para fax, SMS ou um sistema legado que não consegue representar o tipo MIME.</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>O remetente reenvia o conteúdo em uma forma que o caminho consiga transportar: MIME padrão com codificação base64 ou quoted-printable e um tipo de anexo comum. Se o destino for um gateway (fax, pager, sistema legado), o administrador do destinatário pode dizer quais formatos ele aceita.</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>Conteúdo binário (BODY=BINARYMIME) enviado a um salto que não oferece BINARYMIME.</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>Conteúdo bruto de 8 bits indo para um salto só de 7 bits que não vai convertê-lo.</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>Um gateway para um sistema que não é de e-mail e que não consegue representar o tipo MIME da mensagem.</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Verifique quais extensões de corpo (8BITMIME, BINARYMIME, CHUNKING) o próximo salto anuncia depois do EHLO.</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Verifique como o corpo e os anexos da mensagem estão codificados.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>Não tente novamente sem alterações; recodifique o conteúdo ou converta-o para um tipo suportado e envie uma nova mensagem.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>Conversão necessária e proibida</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>Para entregar a mensagem, um sistema no caminho teria de converter o conteúdo dela, mas a conversão não é permitida, seja porque o remetente assim indicou na mensagem, seja porque a política do host de envio a proíbe.</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>Em devoluções de relays e gateways, no ponto em que o próximo salto não consegue aceitar o conteúdo como está, por exemplo MIME de 8 bits indo para um servidor só de 7 bits quando o relay está configurado para nunca fazer downgrade, ou conteúdo para um gateway X.400 ou semelhante marcado como não conversível.</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>O remetente retira a proibição ou envia um conteúdo que não precise de conversão (codificações seguras para 7 bits, como base64 ou quoted-printable). Se a proibição for uma política do host de envio, o administrador do remetente decide se permite o downgrade para aquela rota.</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>A mensagem ou o envelope dela proíbe a conversão do conteúdo, e o próximo salto precisa de uma.</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>O relay está configurado para nunca fazer downgrade de conteúdo de 8 bits, e o próximo salto não tem 8BITMIME.</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>Um gateway para X.400 ou outro sistema de e-mail teria de transformar o conteúdo, e as configurações do remetente não permitem isso.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Verifique se o próximo salto anuncia 8BITMIME; conecte-se, envie EHLO example.net e leia a lista.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Procure na mensagem bytes brutos não ASCII que forçariam uma conversão.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>Não tente novamente sem alterações; permita a conversão ou recodifique o conteúdo para que nenhuma seja necessária e envie de novo.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>Conversão necessária, mas não suportada</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>O conteúdo precisa ser convertido antes de poder ser encaminhado, e o host que teria de fazer isso não consegue. O próprio exemplo da RFC 3463 é um gateway que aceita mensagens de 8 bits, mas não consegue fazer o downgrade delas para 7 bits para um próximo salto que o exige.</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>Em uma devolução do relay que ficou travado, ou como 554 5.6.3 no fim dos dados. A RFC 4468 lista 554 5.6.3 Conversion required but not supported como resposta possível ao BURL, quando o conteúdo referenciado precisaria de uma conversão que o servidor de submissão não consegue fazer.</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>O remetente pode evitar a conversão enviando conteúdo seguro para 7 bits: partes codificadas em base64 ou quoted-printable e cabeçalhos codificados segundo a RFC 2047. O administrador do relay que falhou pode ativar o downgrade de MIME ou rotear as mensagens por um caminho que suporte 8BITMIME de ponta a ponta.</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>Conteúdo de 8 bits roteado para um servidor sem 8BITMIME por um relay que não consegue fazer o downgrade.</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>Conteúdo binário que precisaria ser recodificado para um salto sem BINARYMIME.</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>Um gateway que não tem conversor para o tipo de conteúdo em questão.</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Conte as linhas com bytes brutos de 8 bits nos cabeçalhos e no corpo da mensagem.</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Em um relay Postfix, confirme que a conversão de saída de 8 para 7 bits não foi desativada.</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Identifique o salto sem 8BITMIME pelo campo Remote-MTA ou Reporting-MTA da devolução e leia a resposta dele ao EHLO.</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>Não tente novamente sem alterações pelo mesmo caminho; envie conteúdo seguro para 7 bits ou peça antes a correção do relay.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>Conversão realizada com perda</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>Geralmente um sucesso com aviso: a mensagem foi entregue, mas uma conversão no caminho perdeu algumas informações, como caracteres que não puderam ser representados ou partes que foram achatadas ou descartadas. A RFC 3463 também o permite como falha permanente, quando o remetente proibiu a conversão com perda.</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>Como 2.6.4 em um relatório de entrega ou em uma resposta 250; a RFC 4468 mostra 250 2.6.4 MIME header conversion with loss performed (conversão do cabeçalho MIME com perda) para o BURL. A forma 5.6.4 aparece em devoluções de gateways que se recusaram a converter com perda.</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>Para 2.6.4, não há nada a corrigir, mas o destinatário pode receber uma cópia degradada. Se isso importar, o remetente reenvia um conteúdo mais simples (texto puro ou tipos de anexo comuns, cabeçalhos corretamente codificados), ou o administrador do destinatário encontra o gateway que fez a conversão. Para 5.6.4, o remetente precisa permitir a conversão com perda ou mudar o conteúdo.</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>Um gateway converteu a mensagem para um conjunto de caracteres ou formato que não consegue representar todos os caracteres.</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>Cabeçalhos MIME com texto não ASCII passaram por downgrade, perdendo os caracteres originais.</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>Um tipo de anexo que o sistema de destino não consegue armazenar foi removido ou substituído.</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Leia o bloco por destinatário do relatório de entrega; Action e Status mostram se a mensagem foi entregue (2.6.4) ou recusada (5.6.4).</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Se você conseguir falar com o destinatário, compare o que chegou com o que foi enviado para ver o que se perdeu.</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>Nenhuma nova tentativa necessária para 2.6.4; a mensagem foi entregue. Para 5.6.4, reenvie só depois de mudar o conteúdo ou a configuração de conversão.</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>Falha na conversão</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>Era necessária uma conversão, que foi tentada, mas falhou. Pode ser temporária (4.6.5, o conversor pode funcionar em uma tentativa posterior) ou permanente (5.6.5, este conteúdo não pode ser convertido).</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>Em devoluções ou adiamentos de relays, gateways e filtros de conteúdo que transformam mensagens: downgrade de 8 para 7 bits, recodificação de anexos, conversão de conjuntos de caracteres ou repasse de mensagens para fax e outros sistemas que não são de e-mail.</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>Para 4.6.5, o administrador do relay verifica o conversor ou o filtro (serviço que travou, ferramenta faltando, limites de recursos) e deixa a fila fazer novas tentativas. Para 5.6.5, o remetente envia um conteúdo que evite a conversão: codificações padrão, tipos de arquivo comuns e conjuntos de caracteres declarados corretamente.</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>O conjunto de caracteres declarado na mensagem não corresponde aos bytes dela, então a recodificação falha.</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>Um anexo corrompido ou truncado que o conversor não consegue interpretar.</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>O serviço de conversão ou o filtro de conteúdo do relay travou ou estourou o tempo limite.</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>Um conjunto de caracteres ou tipo MIME incomum que o conversor não conhece.</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>Verifique os conjuntos de caracteres e as codificações de transferência declarados na mensagem.</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>No relay, procure erros do conversor ou do filtro de conteúdo no horário da falha.</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>Faça uma nova tentativa mais tarde para um 4.6.5, com intervalos crescentes. Não tente novamente um 5.6.5 sem alterações; o conteúdo precisa mudar antes.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>Conteúdo da mensagem indisponível</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>O servidor de submissão não conseguiu buscar o conteúdo da mensagem no local indicado pelo cliente. O código vem do BURL (RFC 4468): em vez de enviar a mensagem, o cliente informa uma URL para uma cópia guardada em um servidor IMAP, e o servidor não conseguiu obtê-la. 4.6.6 significa tente novamente mais tarde; 5.6.6 significa que esta referência não vai funcionar.</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>Em resposta ao comando BURL em um servidor de submissão (porta 587), normalmente como 554 5.6.6 IMAP URL resolution failed. O BURL é raro: o serviço de submissão do Dovecot (2.3 e posteriores) é uma implementação, usada junto com o IMAP URLAUTH (RFC 4467). Se o servidor IMAP não puder ser alcançado de forma alguma, a RFC 4468 sugere 451 4.4.1 no lugar.</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>O cliente gerou uma URL que o servidor não consegue resolver ou não tem permissão para usar. O administrador de e-mail verifica se o servidor de submissão está configurado para confiar no servidor IMAP indicado na URL e alcançá-lo (no Dovecot, imap_urlauth_host e a configuração do URLAUTH) e se a URL aponta para uma mensagem existente. Como contorno, o cliente pode submeter a mensagem com DATA em vez de BURL.</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>A URL autorizada por URLAUTH expirou ou foi revogada, ou a mensagem para a qual ela aponta foi excluída ou movida.</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>A URL indica um host ou uma porta de onde o servidor de submissão não está configurado para buscar conteúdo.</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>O servidor de submissão não tem relação de confiança com o servidor IMAP (esse caso tem um código próprio, X.7.14).</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>O servidor IMAP falhou enquanto o conteúdo era buscado.</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Verifique de qual host e porta IMAP o serviço de submissão do Dovecot pode buscar o conteúdo do BURL.</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Conecte-se à porta de submissão, envie EHLO example.net e confirme que o BURL é anunciado com o tipo de URL esperado.</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Submeta a mesma mensagem com DATA em vez de BURL para separar um problema de busca de um problema da mensagem.</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>Faça uma nova tentativa mais tarde para um 4.6.6. Depois de um 5.6.6, não repita o mesmo BURL; gere uma URL nova ou submeta a mensagem com DATA.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>Endereços não ASCII não permitidos para esse remetente/destinatário</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>endereço de e-mail internacionalizado</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>Um endereço do envelope contém caracteres não ASCII (UTF-8) e o servidor não o aceita nesta transação, porque não suporta SMTPUTF8 ou porque o cliente não o pediu no MAIL FROM. A RFC 6531 o associa ao 553 quando um endereço do RCPT TO é recusado e ao 550 quando é o endereço do MAIL FROM.</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>No MAIL FROM ou no RCPT TO: o Postfix responde 553 5.6.7 Must declare SMTPUTF8 to send unicode address quando um cliente envia um endereço UTF-8 sem o parâmetro SMTPUTF8. O Postfix também faz devoluções com dsn=5.6.7 no lado do envio (SMTPUTF8 is required, but was not offered by host ...), muitas vezes porque um script colocou UTF-8 bruto em um cabeçalho Subject e o próximo salto não oferece SMTPUTF8.</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>Se o endereço for realmente internacionalizado, o cliente de envio precisa usar SMTPUTF8 (a resposta ao EHLO precisa listá-lo e o MAIL FROM precisa trazer o parâmetro SMTPUTF8), e cada salto precisa suportá-lo; caso contrário, o remetente precisa de um endereço ASCII para a mesma pessoa. Se só os cabeçalhos contiverem UTF-8, o software de envio deve codificá-los como encoded words da RFC 2047. Um administrador do Postfix também pode limitar smtputf8_autodetect_classes, ou definir smtputf8_enable = no, como muitos fazem, ao custo do suporte a EAI.</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>O endereço do destinatário ou do remetente tem caracteres não ASCII na parte local ou um domínio em U-label, e o servidor não tem SMTPUTF8.</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>O cliente enviou um endereço UTF-8, mas omitiu o parâmetro SMTPUTF8 no MAIL FROM.</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>UTF-8 bruto nos cabeçalhos da mensagem fez o Postfix marcá-la como dependente de SMTPUTF8, e o próximo salto não o oferece.</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>Um servidor que em geral suporta SMTPUTF8 recusa endereços não ASCII para esta caixa postal ou este domínio específico.</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Veja se o servidor de recebimento lista SMTPUTF8 na resposta ao EHLO.</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Verifique as configurações de SMTPUTF8 do Postfix de envio.</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Encontre as mensagens devolvidas e os hosts que não ofereceram SMTPUTF8.</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Para um domínio internacionalizado, obtenha a forma A-label (xn--), que os servidores sem SMTPUTF8 conseguem aceitar.</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>Não tente novamente sem alterações. Reenvie quando o caminho suportar SMTPUTF8, por um servidor que o suporte, ou para um endereço ASCII da mesma pessoa.</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>É necessária uma resposta com string UTF-8, mas o cliente SMTP não a permite</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>O servidor teria de mostrar na resposta um nome de caixa postal com UTF-8, mas o cliente não disse que consegue lidar com respostas em UTF-8. Pertence ao VRFY e ao EXPN com SMTPUTF8 (RFC 6531, seção 3.7.4.2): como 252 2.6.8, o servidor se recusa a mostrar o endereço, mas ainda aceita mensagens para ele; como 550 5.6.8 (ou 553), ele recusa.</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>Somente em resposta a VRFY ou EXPN enviado sem o parâmetro SMTPUTF8, quando a resposta conteria uma caixa postal não ASCII. Muito raro na prática, já que a maioria dos servidores públicos desativa totalmente o VRFY e o EXPN.</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>Nada está quebrado. Um cliente ou administrador que queira a resposta completa verifica se a resposta ao EHLO lista SMTPUTF8 e repete o comando com o parâmetro, como em VRFY nome SMTPUTF8. Depois de um 252 2.6.8, é possível simplesmente enviar mensagens para o endereço.</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>VRFY ou EXPN emitido sem o parâmetro SMTPUTF8 para uma caixa postal cujo nome é internacionalizado.</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>Uma lista expandida com EXPN que contém pelo menos um endereço não ASCII.</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>Um cliente ou script antigo que nunca envia SMTPUTF8 consultando um servidor compatível com EAI.</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>Abra uma sessão, envie EHLO example.net, verifique se SMTPUTF8 está listado e repita o VRFY ou o EXPN com o parâmetro SMTPUTF8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>Nenhuma nova tentativa necessária para a mensagem em si. Repita o VRFY ou o EXPN com o parâmetro SMTPUTF8 se precisar da resposta.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>A mensagem com cabeçalho UTF-8 não pode ser transferida a um ou mais destinatários, então precisa ser rejeitada</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>A mensagem tem cabeçalhos internacionalizados (UTF-8) e pelo menos um destinatário não consegue aceitar uma mensagem assim, então o servidor a rejeita depois do ponto final do DATA. O registro da IANA o associa ao 550, enquanto a RFC 6531, seção 3.5, descreve a resposta como 554 Transaction failed; espere, portanto, qualquer um dos dois códigos básicos com ele.</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>No fim do DATA, em um servidor compatível com SMTPUTF8 que aceitou os destinatários e só depois descobriu que um deles, por exemplo uma caixa postal em um repositório mais adiante sem suporte a EAI, não consegue receber cabeçalhos UTF-8. A RFC 6531 incentiva os servidores a detectar isso já no RCPT TO, o que gera o X.6.7.</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>O remetente reenvia sem cabeçalhos internacionalizados (encoded words da RFC 2047 no Subject e nos nomes de exibição, endereços ASCII), ou envia separadamente para os destinatários que não conseguem receber mensagens EAI. O administrador do destinatário pode ativar o suporte a SMTPUTF8 de ponta a ponta, se a caixa postal deveria receber esse tipo de mensagem.</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>A caixa postal de um destinatário fica atrás de um repositório ou de um salto mais adiante sem suporte a SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>A mensagem traz UTF-8 bruto nos cabeçalhos (Subject, nomes de exibição, endereços) em vez de encoded words.</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>Uma lista de destinatários mista, em que alguns destinatários suportam mensagens internacionalizadas e outros não.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Procure bytes brutos não ASCII na seção de cabeçalhos da mensagem, tudo até a primeira linha em branco.</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Confirme que o próprio servidor de recebimento oferece SMTPUTF8, para saber que a recusa vem de um destinatário por trás dele.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>Não tente novamente sem alterações; reenvie com os cabeçalhos codificados, ou apenas para os destinatários que aceitam mensagens internacionalizadas.</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>Obsoleto: duplicata de X.6.8</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>Uma entrada obsoleta do registro que duplica o X.6.8; use e interprete o X.6.8 no lugar dela. A RFC experimental 5336 a registrou por engano como um segundo código para a mesma condição, uma resposta UTF-8 que o cliente não permitiu (X.6.8 com 553 e 550, X.6.10 com 252); a RFC 6531 incorporou o caso do 252 ao X.6.8 e marcou o X.6.10 como obsoleto.</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>Praticamente nunca. Só software escrito segundo a RFC experimental 5336 ainda poderia enviar 252 2.6.10 em resposta a VRFY ou EXPN; se você o vir, ele significa exatamente o mesmo que o X.6.8.</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>Trate-o como X.6.8: o cliente enviou VRFY ou EXPN sem o parâmetro SMTPUTF8, e a resposta conteria um nome de caixa postal em UTF-8. O administrador do servidor que o envia deve atualizar o software para que ele use o X.6.8.</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>Software de servidor que implementa a RFC experimental 5336 em vez da RFC 6531.</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>Uma tabela de status fixa no código, copiada do registro como ele era antes de 2012.</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>Verifique se o servidor lista SMTPUTF8 depois do EHLO e repita o VRFY ou o EXPN com o parâmetro SMTPUTF8, como no X.6.8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>Nenhuma nova tentativa necessária para a mensagem; trate-o exatamente como o X.6.8 e repita a consulta com SMTPUTF8 se precisar da resposta.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>Outro status de segurança ou status indefinido</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>tls obrigatório</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>autenticação smtp obrigatória</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>O código genérico de segurança e política: algo foi recusado, adiado ou (como 2.7.0) aceito por um motivo de segurança que o servidor não descreve com mais precisão. Como 5.7.0, é uma recusa permanente, na maioria das vezes 530 5.7.0 quando o cliente precisa usar STARTTLS ou fazer login antes; como 4.7.0, é temporário, como o 454 4.7.0 quando o back-end de autenticação do servidor está fora do ar, ou o 421 4.7.0 de limite de taxa de um provedor. 235 2.7.0 é a resposta normal a um AUTH bem-sucedido.</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>Nas portas de submissão (587, 465), em torno do STARTTLS e do AUTH, e no MAIL FROM quando um cliente tenta enviar sem fazer login. O Postfix responde 530 5.7.0 Must issue a STARTTLS command first quando o TLS é obrigatório, e 454 4.7.0 quando a sua própria configuração de TLS ou SASL falha. Grandes receptores, como o Gmail e o Yahoo, usam 421 4.7.0 para limitar remetentes com reputação ruim.</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>Leia o texto depois do código, porque ele traz o motivo real. Se pedir STARTTLS ou autenticação, o software cliente precisa ser configurado com STARTTLS na porta 587 (ou SSL/TLS na porta 465) e para fazer login com as credenciais da caixa postal. Se for um 454 4.7.0 de falha temporária de autenticação, o administrador do servidor verifica o back-end de autenticação (Dovecot, Cyrus SASL, LDAP) e os arquivos do certificado TLS. Se for uma limitação 421 4.7.0 de um provedor, o administrador do remetente corrige os problemas de reputação (registro PTR, SPF, DKIM, taxa de reclamações, volume repentino) e deixa a fila fazer novas tentativas.</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>O cliente de e-mail ou o aplicativo fala com a porta de submissão sem STARTTLS, enquanto o servidor exige TLS antes de qualquer outra coisa.</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>O cliente pula o SMTP AUTH e vai direto para o MAIL FROM em um servidor que só faz relay para usuários logados.</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>O back-end SASL do servidor (socket de autenticação do Dovecot, saslauthd, LDAP) está inalcançável, então os logins falham temporariamente.</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>O servidor não consegue carregar o próprio certificado ou a chave TLS, então não pode oferecer STARTTLS e responde com uma recusa temporária.</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>Um grande receptor está limitando o IP ou o domínio de envio por causa de reputação baixa ou de um aumento repentino de volume.</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Conecte-se à porta de submissão com TLS, envie EHLO manualmente e verifique se a linha 250-AUTH aparece dentro da sessão TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Execute uma submissão autenticada completa para ver qual comando recebe a resposta 5.7.0 ou 4.7.0.</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Em um servidor Postfix, procure avisos de TLS e SASL em torno do horário da falha.</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>No caso de uma limitação 421 4.7.0 de um provedor, verifique se o IP de envio tem um registro PTR cujo nome resolve de volta para o mesmo IP.</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>Depende da classe. 4.7.0 é temporário: mantenha a mensagem na fila e faça novas tentativas com intervalos crescentes. 5.7.0 não se resolve com novas tentativas; corrija antes as configurações de TLS ou de login. 2.7.0 é sucesso: continue a sessão.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>O servidor de submissão do Gmail, smtp.gmail.com, envia isto quando um cliente tenta AUTH ou MAIL FROM na porta 587 antes de atualizar a conexão com STARTTLS.</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>No smtp.gmail.com, isto significa que o cliente chegou ao MAIL FROM sem um login bem-sucedido; o Gmail só faz relay das mensagens submetidas para contas Google autenticadas.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>O adiamento temporário do Yahoo por reputação do IP de envio (reclamações, volume incomum ou conteúdo com cara de spam). Não é uma falha de segurança no sentido do registro; as novas tentativas dão certo assim que a reputação se recupera.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>Entrega não autorizada, mensagem recusada</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>ip em lista de bloqueio (blacklist)</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>lista de bloqueio (denylist)</translation>
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
        <source>relay denied</source>
        <comment>X.7.1|keywords</comment>
        <translation>relay negado</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>relay não permitido</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>A rejeição por política mais comum: o servidor de recebimento não vai aceitar esta mensagem deste remetente, cliente ou endereço IP. O registro o define apenas como permanente (5.7.1), cobrindo relay negado, ocorrências em listas de bloqueio, restrições de remetente ou de destinatário e vereditos de filtros de spam. Na prática, o 4.7.1 também é muito enviado como adiamento temporário por política, sendo o greylisting o caso clássico.</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>Geralmente no RCPT TO (relay access denied, restrições de destinatário, greylisting) ou no fim do DATA (filtros de spam e de conteúdo, verificação de cabeçalhos), às vezes no MAIL FROM quando o IP do cliente está em uma lista de bloqueio. O Postfix, o Exim, o Exchange, o Microsoft 365, o Gmail e o Yahoo o enviam, e o texto depois do código indica a regra que foi acionada.</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>Leia a resposta inteira e aja de acordo com a regra indicada. Relay access denied: o software cliente precisa se autenticar antes de enviar para domínios externos, ou o administrador do destinatário precisa adicionar o domínio aos domínios aceitos do servidor. IP em lista de bloqueio: o administrador do remetente encontra a listagem, corrige a causa (conta comprometida, open relay, PTR ausente) e pede a remoção da lista. Veredito de spam ou de reputação: o administrador do remetente revisa a autenticação, o conteúdo e o volume e depois pede uma revisão ao provedor de recebimento. No greylisting 4.7.1, não é preciso fazer nada; o servidor de envio faz novas tentativas sozinho.</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>Relay negado: o cliente enviou para um domínio externo sem se autenticar, ou a partir de um endereço IP em que o servidor não confia.</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>O IP de envio está listado em uma lista de bloqueio DNS (Spamhaus ZEN, Barracuda, SpamCop) ou na lista de bloqueio privada de um provedor.</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>Um filtro de spam ou de malware, ou o sistema de reputação do provedor, considerou a mensagem indesejada ou perigosa.</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>Uma regra do lado do destinatário: a caixa postal ou o grupo só aceita mensagens de determinados remetentes, ou só de dentro da organização.</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>Greylisting (como 4.7.1): o receptor adia a primeira tentativa de um remetente desconhecido e aceita uma nova tentativa posterior.</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>O endereço do remetente ou o domínio dele está na lista de bloqueio do próprio destinatário, ou falha em uma verificação de endereço do remetente.</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Encontre a rejeição no log do servidor de envio e leia o texto completo da resposta, incluindo qualquer etiqueta entre colchetes, como S3150 ou BL21.</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Verifique o IP de envio na Spamhaus ZEN com os octetos invertidos; uma resposta em 127.0.0.x significa que está listado. Faça a consulta pelo seu próprio resolvedor, já que a Spamhaus recusa muitos resolvedores públicos.</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Se foi o seu próprio servidor Postfix que enviou a rejeição, veja qual restrição a produziu.</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Se o seu próprio servidor responde Relay access denied a um cliente que deveria ser permitido, revise as configurações de relay.</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>Para 5.7.1, não reenvie sem alterações: a política vai recusar de novo até que o bloqueio ou a configuração seja corrigido. Para 4.7.1, mantenha a mensagem na fila e faça novas tentativas normalmente; um servidor com greylisting deixa passar uma tentativa posterior, geralmente depois de alguns minutos.</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>O Outlook.com (Hotmail, Live, MSN) recusa o IP de envio porque ele está na lista de bloqueio própria da Microsoft, separada das listas de bloqueio DNS públicas. O administrador do remetente precisa pedir a remoção da lista pelo suporte a remetentes da Microsoft.</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>O veredito de spam do Gmail sobre esta mensagem, dado no fim do DATA com base no conteúdo e na reputação do remetente. O Gmail também usa 5.7.1 para falhas de cabeçalho segundo a RFC 5322 e para IPs que não têm permissão para enviar diretamente a ele.</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>O Yahoo recusa o IP do cliente porque ele aparece em uma lista de bloqueio da Spamhaus; a listagem precisa ser resolvida primeiro na Spamhaus.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>Expansão da lista de discussão proibida</translation>
    </message>
    <message>
        <source>not allowed to send to this group</source>
        <comment>X.7.2|keywords</comment>
        <translation>sem permissão para enviar ao grupo</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>O remetente não tem permissão para postar na lista de discussão ou no grupo de distribuição a que a mensagem foi endereçada, então a lista não a expande para os membros. É definido apenas como falha permanente. É raro na prática: a maioria dos gerenciadores de listas e dos groupwares recusa quem posta sem autorização com 5.7.1 ou retém a postagem para moderação.</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>No RCPT TO, quando o próprio endereço da lista verifica os remetentes, ou mais tarde em uma devolução (DSN) do servidor da lista, depois que ele recebeu a mensagem e descobriu que quem postou não tem permissão. Casos típicos são listas de discussão só para membros, listas de avisos e grupos de distribuição restritos a remetentes internos ou nomeados.</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>O remetente verifica se está postando a partir do endereço exato que está inscrito ou autorizado, e não de um alias ou de outra conta. Se ele deveria ter permissão, o dono da lista ou o administrador do destinatário adiciona o endereço aos membros ou aos autorizados a postar, ou retira a restrição a remetentes externos. Depois, o remetente reenvia a mensagem.</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>A lista só aceita postagens de inscritos, e a mensagem veio de um endereço que não está inscrito.</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>O remetente está inscrito com um endereço, mas escreveu de outro (um alias, uma conta pessoal, um endereço de encaminhamento).</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>Um grupo de distribuição está restrito a remetentes internos ou a uma lista nomeada de remetentes permitidos.</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>A lista é uma lista de avisos na qual só os donos ou os moderadores podem postar.</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Compare o remetente do envelope e o endereço From da mensagem devolvida com o endereço inscrito na lista.</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Como dono de uma lista do Mailman 3, liste os membros para ver se quem postou está entre eles.</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Envie uma postagem curta de teste a partir do endereço inscrito para confirmar que a lista a aceita.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>Não tente novamente sem alterações: a lista recusa o mesmo remetente todas as vezes. Reenvie só quando o remetente tiver permissão para postar ou escrever a partir do endereço inscrito.</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>O Yahoo usa 5.7.2 para um bloqueio duradouro do IP de envio por causa da reputação dele, o que não tem nada a ver com listas de discussão. O administrador do remetente precisa corrigir o problema de reputação e entrar em contato com o suporte a remetentes do Yahoo.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>Conversão de segurança necessária, mas impossível</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>A entrega exigia que a mensagem fosse convertida de um formato de mensagem seguro para outro (por exemplo, entre os esquemas de criptografia ou de assinatura de dois gateways), e essa conversão não pôde ser feita. É definido apenas como falha permanente. O significado do registro quase nunca aparece hoje; o código é mais conhecido dos servidores da Microsoft, que respondem a um login SMTP que falhou com 535 5.7.3.</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>No sentido do registro: em uma devolução (DSN) de um gateway de e-mail seguro que faz a ponte entre dois sistemas de mensagens com formatos de segurança diferentes. Na prática: como 535 5.7.3 Authentication unsuccessful (autenticação malsucedida) do Exchange Server e do Microsoft 365 (smtp.office365.com) quando o SMTP AUTH falha, normalmente para impressoras, scanners e aplicativos que enviam por uma caixa postal do Microsoft 365.</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>Para um 535 5.7.3 da Microsoft: o usuário ou o responsável pelo aplicativo confere o nome de usuário (o endereço completo da caixa postal) e a senha, e o administrador do tenant verifica se o SMTP autenticado está ativado para a caixa postal e não está bloqueado pelos padrões de segurança ou por uma política que exige autenticação moderna. Se a autenticação básica não for permitida, o aplicativo precisa passar para OAuth ou para outro método de relay, como um conector. Para uma falha de conversão genuína, o remetente envia a mensagem em um formato que o gateway consiga tratar, depois de consultar o administrador do destinatário.</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: o SMTP autenticado (SMTP AUTH) está desativado para o tenant ou para esta caixa postal.</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 ou Exchange: senha errada ou expirada, ou um nome de usuário que não é o endereço completo da caixa postal.</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: os padrões de segurança ou o Acesso Condicional exigem autenticação multifator ou moderna, então um login com senha simples é recusado.</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>Um gateway de e-mail seguro recebeu uma mensagem assinada ou criptografada em um formato que ele não consegue traduzir para o sistema de destino.</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Reproduza o login no servidor de submissão que o aplicativo usa e anote a resposta ao AUTH.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>No PowerShell do Exchange Online, verifique se o SMTP AUTH está desativado para a caixa postal (True significa desativado).</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Verifique também a configuração de SMTP AUTH de todo o tenant.</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>No caso de uma devolução de gateway, leia as linhas Diagnostic-Code e Remote-MTA para ver qual gateway recusou a conversão.</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>Não repita o mesmo login nem a mesma mensagem: um login da Microsoft que falhou exige credenciais ou configurações do tenant corrigidas, e uma conversão de segurança recusada exige outro formato de mensagem.</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>O Exchange Online e o Exchange Server respondem a um login SMTP AUTH que falhou com 5.7.3, seja qual for o motivo: credenciais erradas, SMTP AUTH desativado ou autenticação básica bloqueada. Quando o SMTP AUTH está desativado para todo o tenant, o Microsoft 365 pode enviar 535 5.7.139 com um texto que diz isso.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>Recursos de segurança não suportados</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>método de autenticação não suportado</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>A mensagem ou a sessão pediu um recurso de segurança que o servidor ou o caminho de entrega não suporta, como um método de autenticação que o servidor não oferece. É definido apenas como falha permanente. A forma moderna comum é 504 5.7.4 em resposta a um AUTH com um mecanismo desconhecido ou desativado.</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>No AUTH, quando o software cliente insiste em um mecanismo (CRAM-MD5, NTLM, GSSAPI, o antigo XOAUTH) que o servidor não anunciou; o Gmail e o Exchange respondem 504 5.7.4 Unrecognized authentication type (tipo de autenticação não reconhecido). Um servidor Postfix de envio também registra dsn=4.7.4 para o seu próprio adiamento quando a política dele exige TLS e o servidor remoto não oferece STARTTLS.</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>O software cliente, ou quem o configura, escolhe um mecanismo de autenticação da lista na resposta do servidor ao EHLO depois do STARTTLS: geralmente PLAIN ou LOGIN sobre TLS, ou XOAUTH2 ou OAUTHBEARER para OAuth. No caso do adiamento por TLS do Postfix, o administrador do remetente pede ao administrador do destinatário que ative o STARTTLS, ou afrouxa a política de TLS para aquele destino, se a criptografia não for realmente obrigatória.</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>O cliente está configurado para um mecanismo de autenticação que o servidor não anuncia, como CRAM-MD5 ou NTLM.</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>O aplicativo ainda usa um mecanismo aposentado; no Gmail, o antigo XOAUTH em vez do XOAUTH2.</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>O cliente tenta AUTH antes do STARTTLS, enquanto o servidor só lista os mecanismos dentro da sessão TLS.</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>A política de TLS do remetente exige criptografia para um destino cujo servidor não oferece STARTTLS.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Liste os mecanismos que o servidor oferece depois do STARTTLS lendo a linha 250-AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Em um remetente Postfix, encontre os adiamentos causados por uma política de TLS obrigatória.</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Verifique se o servidor de destino oferece STARTTLS.</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>Não envie o mesmo comando AUTH de novo; escolha um mecanismo que o servidor oferece. O adiamento 4.7.4 por TLS do próprio servidor de envio fica na fila, mas continua falhando até que a política de TLS ou o servidor remoto mude.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>O smtp.gmail.com recusa um mecanismo AUTH que não oferece; o Gmail envia o mesmo código a clientes que ainda usam o mecanismo aposentado XOAUTH.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>Falha criptográfica</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>erro de certificado</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>erro ssl</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>Um sistema que deveria descriptografar ou verificar a mensagem, ou criptografar a transferência dela, não conseguiu porque uma chave ou um certificado estava ausente ou inválido. Como 4.7.5, é uma falha temporária que pode passar quando o problema da chave ou do certificado for corrigido; como 5.7.5, é uma recusa permanente para esta mensagem.</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>Na maioria das vezes no próprio log e nos avisos de atraso de um servidor Postfix de envio, e não em uma resposta remota: o Postfix registra dsn=4.7.5 quando um handshake TLS falha, quando o seu mecanismo TLS não consegue iniciar ou quando uma política obrigatória (encrypt, verify, secure, DANE) considera o certificado remoto não confiável ou não correspondente. Também vem de gateways S/MIME ou PGP que não conseguem encontrar ou usar a chave do destinatário.</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>No caso de um adiamento por TLS no seu próprio servidor, o administrador do remetente descobre primeiro de que lado está o problema. Um certificado expirado, autoassinado ou com o nome errado no servidor remoto cabe ao administrador do destinatário corrigir; um pacote de CAs desatualizado, uma política por destino rígida demais ou uma biblioteca TLS antiga no lado do envio cabem ao administrador do remetente. No caso de uma falha de um gateway de criptografia, o administrador do remetente garante que o gateway tenha um certificado ou uma chave válidos e não expirados para o destinatário.</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>O certificado do servidor remoto está expirado, é autoassinado ou foi emitido para outro nome, sob uma política de envio que exige verificação.</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>O handshake TLS falha de cara: nenhuma versão de protocolo ou cifra em comum, ou uma configuração TLS quebrada no servidor.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>O mecanismo TLS do próprio servidor de envio não consegue iniciar (arquivo de CA ausente, chave ilegível, biblioteca com defeito).</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>Um registro TLSA do DANE ou uma política MTA-STS não corresponde ao certificado que o servidor apresenta.</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>Um gateway de criptografia não tem nenhuma chave pública ou certificado válido para o destinatário.</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Encontre os adiamentos relacionados a TLS em um remetente Postfix e leia o motivo entre colchetes.</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Examine a cadeia de certificados, as datas de validade e os nomes que o servidor remoto apresenta.</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Se o domínio usa DANE, compare os registros TLSA dele com esse certificado.</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Mostre a política de TLS que o servidor Postfix de envio aplica.</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>O 4.7.5 fica na fila e recebe novas tentativas com intervalos crescentes, mas continua falhando até que o certificado, a chave ou a política seja corrigida; então corrija antes que o tempo de vida na fila acabe. Não tente novamente um 5.7.5 sem alterações.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>Algoritmo criptográfico não suportado</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>cifra não suportada</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>Um sistema autorizado a descriptografar ou verificar a mensagem não conseguiu, porque a mensagem usa um algoritmo que ele não implementa, como uma cifra ou um esquema de assinatura que falta a um gateway de criptografia. 4.7.6 significa que a condição pode passar, por exemplo depois de uma atualização de software; 5.7.6 significa que a mensagem, como foi enviada, não será tratada.</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>Raramente em respostas SMTP reais. Aparece em devoluções de gateways S/MIME ou OpenPGP que encontraram um algoritmo de criptografia ou de assinatura que não suportam: uma cifra legada que foi desativada, ou um tipo de chave mais novo que um gateway antigo não conhece. Uma negociação TLS que falha entre servidores de e-mail normalmente é informada com outros códigos (o Postfix a registra como 4.7.5).</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>O remetente, ou o administrador do remetente no caso de um gateway central, criptografa ou assina com um algoritmo que os dois lados suportam: no S/MIME, AES com os algoritmos listados nas capacidades do certificado do destinatário; no OpenPGP, os algoritmos nas preferências da chave do destinatário. Se o gateway do destinatário for o lado desatualizado, o administrador do destinatário deve atualizá-lo.</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>A mensagem está criptografada com uma cifra que o gateway de recebimento desativou, como 3DES ou RC2 de clientes S/MIME antigos.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>A assinatura usa um algoritmo que o gateway que verifica não implementa, por exemplo uma chave de curva elíptica em um sistema mais antigo.</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>Uma mensagem OpenPGP usa um formato de chave ou de pacote mais novo que um gateway antigo não consegue interpretar.</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Mostre a estrutura de uma mensagem S/MIME salva para ver quais algoritmos de criptografia e de assinatura ela usa.</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Em uma mensagem OpenPGP, liste os pacotes para ver os algoritmos usados.</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Leia o Diagnostic-Code da devolução para ver qual gateway recusou a mensagem e por quê.</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>O 4.7.6 pode receber novas tentativas a partir da fila, mas isso só ajuda se o lado do recebimento for atualizado nesse meio-tempo. Depois de um 5.7.6, reenvie só quando a mensagem estiver criptografada ou assinada com um algoritmo suportado.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>Falha de integridade da mensagem</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>assinatura não confere</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>Um sistema autorizado a verificar a integridade da mensagem descobriu que ela foi alterada ou danificada no caminho, por exemplo uma assinatura que não corresponde mais ao conteúdo. O 5.7.7 recusa a mensagem e o 4.7.7 informa o problema como transitório; 2.7.7 em um relatório de entrega significa que a mensagem foi entregue, mas o problema de integridade foi registrado.</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>Raro em respostas SMTP; aparece principalmente em relatórios de entrega de gateways que verificam assinaturas S/MIME ou OpenPGP, ou de sistemas que verificam a mensagem depois da transferência. Os culpados habituais são sistemas que reescrevem as mensagens no caminho: rodapés acrescentados por servidores de listas ou gateways, quebras de linha alteradas, anexos recodificados ou conteúdo de 8 bits convertido para quoted-printable.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>O administrador do remetente rastreia onde a mensagem muda depois de assinada: uma ferramenta de aviso legal ou rodapé, uma lista de discussão, um gateway de antivírus ou uma conversão de codificação de transferência. Assine depois dessas mudanças ou impeça o intermediário de modificar mensagens assinadas. O administrador do destinatário verifica se o próprio gateway de entrada altera as mensagens antes de a verificação de integridade rodar.</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>Um rodapé, aviso legal ou banner foi acrescentado depois que a mensagem foi assinada.</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>Um relay converteu conteúdo de 8 bits ou mudou as quebras de linha, quebrando uma assinatura que cobre o corpo.</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>Um gateway de antivírus ou de prevenção contra perda de dados (DLP) reescreveu ou removeu um anexo.</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>A mensagem foi truncada ou corrompida durante a transferência.</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Verifique a assinatura S/MIME de uma cópia salva sem verificar a cadeia de certificados, para ver se o conteúdo ainda corresponde.</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Verifique uma assinatura OpenPGP na parte salva da mensagem.</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Compare os cabeçalhos Received da cópia enviada e da cópia recebida para encontrar o salto que alterou a mensagem.</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>Depois de um 5.7.7, não reenvie pelo mesmo caminho, porque a mesma reescrita vai quebrar a mensagem de novo. Um 4.7.7 pode receber nova tentativa mais tarde. O 2.7.7 não exige nova tentativa; a mensagem foi entregue.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>Credenciais de autenticação inválidas</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>senha errada</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>falha no login</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>falha na autenticação</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>O servidor rejeitou o usuário e a senha (ou o token) que o cliente enviou com o AUTH. É uma falha permanente para aquele login: o cliente precisa fornecer outras credenciais, e não apenas tentar novamente. A RFC 4954 o associa ao 535; o registro também lista o 554, por causa do uso anterior na extensão BURL, em que o X.7.14 o substituiu desde então.</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>No AUTH, nas portas de submissão 587 e 465, logo depois que o cliente envia as credenciais. O Postfix com Dovecot ou Cyrus SASL responde 535 5.7.8 Error: authentication failed (falha na autenticação), e o smtp.gmail.com do Gmail responde 535 5.7.8 Username and Password not accepted. Impressoras, scanners, formulários de contato de sites e ferramentas de backup costumam cair nele depois de uma troca de senha.</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>O usuário, ou o responsável pelo software cliente, confere o nome de usuário (geralmente o endereço de e-mail completo) e a senha, e atualiza todos os dispositivos e aplicativos que os armazenam. No Gmail e em outros provedores com verificação em duas etapas, crie uma senha de app ou passe o aplicativo para OAuth. Se as credenciais estiverem certamente corretas, o administrador do servidor verifica o back-end de autenticação, o formato de nome de login esperado e se a conta está bloqueada.</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>Uma senha errada ou desatualizada está armazenada no cliente, muitas vezes depois de uma troca ou expiração de senha.</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>O nome de usuário não é o que o servidor espera, por exemplo só a parte local em vez do endereço completo.</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>A conta tem verificação em duas etapas e o cliente envia a senha normal em vez de uma senha de app ou de um token OAuth.</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>Os caracteres especiais da senha são deturpados pelo arquivo de configuração do aplicativo ou pela codificação dele.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>O back-end de autenticação do servidor procura o usuário no realm ou no banco de dados errado.</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Teste o login manualmente e leia a resposta do servidor ao AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Em um servidor Postfix, liste os logins SASL que falharam e os endereços de cliente por trás deles.</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Em um servidor que usa Dovecot, teste as mesmas credenciais diretamente no serviço de autenticação.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Monte você mesmo uma string AUTH PLAIN para descartar problemas de codificação no aplicativo (em máquinas compartilhadas, use uma senha de teste, não uma real).</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>Não faça nova tentativa com as mesmas credenciais: falhas repetidas podem bloquear a conta ou fazer o IP do cliente ser banido por ferramentas como o fail2ban. Tente novamente só depois de corrigir o nome de usuário ou a senha.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>O smtp.gmail.com recusa o login: endereço ou senha errados, ou a senha normal do Google enviada por um aplicativo para uma conta que exige senha de app ou OAuth.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>O mecanismo de autenticação é fraco demais</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>autenticação de dois fatores</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>O servidor recusa o mecanismo de autenticação escolhido pelo cliente porque a política dele exige um mais forte para este usuário, por exemplo quando um login com senha simples não é suficiente. É uma falha permanente daquela tentativa de AUTH, e o cliente deve tentar novamente com outro mecanismo ou outra credencial.</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>No AUTH, nas portas de submissão, como 534 5.7.9 (RFC 4954). O Gmail envia 534 5.7.9 Application-specific password required quando uma conta com verificação em duas etapas faz login com a senha normal. O Yahoo e a AOL usam o 5.7.9 de um jeito sem relação com isso nos seus servidores de entrada, para mensagens não autenticadas ou rejeitadas por política no fim do DATA.</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>Para um 534 5.7.9 de verdade, o software cliente precisa usar um mecanismo ou uma credencial mais forte: uma senha de app ou OAuth (XOAUTH2, OAUTHBEARER) no Gmail, ou um mecanismo que o servidor permita para aquela conta. Para o 550 5.7.9 do Yahoo, o administrador do remetente faz as mensagens se autenticarem: um registro SPF que cubra o servidor de envio para o domínio do envelope e uma assinatura DKIM para o domínio do From, além de um registro DMARC para remetentes de grandes volumes.</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>Uma conta do Gmail ou do Google Workspace com verificação em duas etapas foi acessada com a senha da conta em vez de uma senha de app.</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>A política do servidor só permite mecanismos OAuth ou de desafio-resposta para a conta, e o cliente usou PLAIN ou LOGIN.</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>Entrada do Yahoo ou da AOL: a mensagem não passou nem no SPF nem no DKIM (uso próprio do Yahoo para o 5.7.9).</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message was refused for a content or sender policy reason, reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>Entrada do Yahoo: a mensagem foi recusada por um motivo de política de conteúdo ou de remetente, informado como 554 5.7.9.</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Veja a linha AUTH da resposta ao EHLO depois do STARTTLS para saber se mecanismos OAuth (XOAUTH2, OAUTHBEARER) são oferecidos.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>No caso de uma rejeição do Yahoo, verifique se o domínio do remetente do envelope publica SPF.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>No caso de uma rejeição do Yahoo, verifique se a chave DKIM existe para o seletor indicado no cabeçalho DKIM-Signature da mensagem (s=).</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>Não repita o mesmo AUTH; passe para um mecanismo mais forte, uma senha de app ou OAuth. Para o 550 5.7.9 do Yahoo, não reenvie até que a mensagem passe no SPF ou no DKIM.</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>O smtp.gmail.com quer uma senha de app ou OAuth porque a conta Google tem verificação em duas etapas; a senha normal da conta é recusada.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Os servidores de entrada do Yahoo rejeitam mensagens que não passam nem no SPF nem no DKIM. É um significado próprio do Yahoo, sem relação com o mecanismo fraco demais do registro, que diz respeito ao SMTP AUTH.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent policy rejection at the end of DATA, for content or sender reasons it does not spell out in the reply.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>A rejeição permanente por política do Yahoo no fim do DATA, por motivos de conteúdo ou de remetente que ele não detalha na resposta.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>Criptografia necessária</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>O servidor não aceita o mecanismo de autenticação solicitado em uma conexão não criptografada: uma camada externa de criptografia, na prática o TLS, precisa estar ativa antes. É permanente para aquela tentativa; o cliente deve iniciar o TLS e se autenticar de novo, ou usar um mecanismo mais forte. O registro o associa ao 523, um código de resposta que não é definido em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>No AUTH, quando um cliente tenta um mecanismo em texto claro (PLAIN, LOGIN) antes do STARTTLS. O 523 5.7.10 é raro na prática, porque a maioria dos servidores simplesmente não anuncia o AUTH até que o TLS esteja ativo, ou responde 530 5.7.0 ou 538 5.7.11. O Gmail usa o 5.7.10 para uma regra de TLS própria: comandos em pipeline atrás do STARTTLS.</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>O software cliente precisa usar STARTTLS na porta 587 (ou SSL/TLS na porta 465) e só se autenticar depois que o TLS estiver ativo. No caso da resposta do Gmail, o cliente ou a biblioteca de e-mail dele está enviando outros comandos na mesma rajada que o STARTTLS; ele precisa esperar a resposta 220 e concluir o handshake TLS antes de enviar qualquer outra coisa, o que geralmente significa atualizar a biblioteca ou o aplicativo.</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>A segurança da conexão do cliente está definida como Nenhuma, ou STARTTLS apenas quando disponível, e ele se autentica em texto claro.</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>Um proxy, antivírus ou firewall remove o STARTTLS da resposta ao EHLO, então o cliente nunca atualiza a conexão.</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>O cliente envia EHLO ou AUTH em pipeline logo atrás do STARTTLS em vez de esperar o handshake (uso do Gmail).</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Examine a resposta ao EHLO na conexão simples: o STARTTLS deve estar listado e, idealmente, os mecanismos de senha ainda não.</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Conclua o STARTTLS e depois o AUTH PLAIN para confirmar que a configuração corrigida funciona.</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Nas configurações da conta no cliente de e-mail, garanta que a segurança da conexão de saída seja STARTTLS ou SSL/TLS, nunca Nenhuma.</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>Não reenvie o mesmo AUTH em texto claro. Reconecte, conclua o STARTTLS e depois se autentique; não há nada na fila que precise de nova tentativa.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>Um uso próprio do Gmail: o cliente enviou mais comandos na mesma rajada que o STARTTLS. O Gmail recusa isso para impedir a injeção de comandos na sessão TLS; o cliente precisa esperar o handshake. A referência de erros do Gmail o lista com o código de resposta 523.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>Criptografia exigida para o mecanismo de autenticação solicitado</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>O mecanismo de autenticação escolhido só pode ser usado em uma conexão criptografada, e esta conexão não está criptografada. A RFC 4954 o define como 538 5.7.11 e diz que ele sobrevive principalmente por razões históricas: os servidores modernos não devem anunciar esses mecanismos antes de o TLS estar ativo. O registro também o associa ao 524.</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>No AUTH em uma conexão simples, com servidores mais antigos ou permissivos que listam PLAIN ou LOGIN antes do STARTTLS, mas se recusam a usá-los sem ele. O Gmail envia 501 5.7.11 para um erro sem relação com isso: um comando STARTTLS enviado com parâmetros.</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>O software cliente precisa iniciar o TLS antes de se autenticar: STARTTLS na porta 587 ou SSL/TLS na porta 465, nas configurações da conta. O administrador do servidor pode evitar a armadilha anunciando os mecanismos de senha apenas depois do STARTTLS (no Postfix, smtpd_tls_auth_only = yes). Para o 501 5.7.11 do Gmail, o cliente precisa enviar STARTTLS sem argumentos.</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>O cliente se autenticou antes do STARTTLS porque o servidor listou mecanismos AUTH na conexão simples.</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>A segurança da conexão no cliente está definida como Nenhuma, enquanto o servidor só permite logins com senha sobre TLS.</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>Um cliente ou script envia STARTTLS com um argumento, o que a RFC 3207 proíbe (o Gmail responde 501 5.7.11).</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Conecte-se com STARTTLS, envie EHLO manualmente e compare a linha AUTH com a de uma conexão simples.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Em um servidor Postfix, verifique se o AUTH só é oferecido dentro de sessões TLS.</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Em um back-end Dovecot 2.3, verifique se os logins em texto claro são recusados sem TLS e quais mecanismos estão ativados.</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>Nada a deixar na fila: reconecte, inicie o TLS e repita o AUTH. Tentar novamente sem criptografia recebe a mesma recusa.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>A resposta do Gmail quando um cliente envia STARTTLS seguido de um argumento; o significado do registro, criptografia exigida para um mecanismo AUTH, não se aplica.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>É necessária uma transição de senha</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>O servidor precisa que o usuário faça login uma vez com o mecanismo PLAIN (normalmente sobre TLS) para poder armazenar a senha na forma de que o mecanismo solicitado precisa; depois disso, o mecanismo solicitado deve funcionar nas sessões seguintes. É sempre uma condição temporária (4.7.12); a RFC 4954 o associa ao 432, e o registro também lista o 422.</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>No AUTH, quando um cliente pede um mecanismo de desafio-resposta (CRAM-MD5, DIGEST-MD5, SCRAM) e o servidor ainda não guarda a senha na forma que esse mecanismo exige, normalmente depois de uma migração ou de uma mudança no esquema de armazenamento de senhas. Raro na prática, já que a maioria dos clientes e servidores simplesmente usa PLAIN sobre TLS.</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>O software cliente (ou o usuário) se autentica uma vez com PLAIN em uma conexão criptografada e depois volta ao mecanismo preferido. Se o cliente não conseguir fazer isso, configure-o de vez para PLAIN ou LOGIN sobre TLS. O administrador do servidor verifica se o banco de senhas armazena um esquema que os mecanismos anunciados conseguem usar, e deixa de anunciar mecanismos que não têm como funcionar.</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>As senhas foram migradas ou tiveram o hash refeito, e o servidor não tem o segredo necessário para CRAM-MD5, DIGEST-MD5 ou SCRAM.</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>O cliente está fixado em um mecanismo de desafio-resposta e não fez login com PLAIN desde a mudança.</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>O servidor anuncia mecanismos que o armazenamento de senhas atual não consegue suportar.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Faça login uma vez com PLAIN sobre TLS implícito para concluir a transição.</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Em um servidor Dovecot, consulte a entrada de senha do usuário para ver em que esquema ela está armazenada.</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Compare os mecanismos da resposta do servidor ao EHLO depois do STARTTLS com aquele em que o cliente está fixado.</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>Não é uma nova tentativa a partir da fila: autentique-se uma vez com PLAIN sobre TLS e depois use de novo o mecanismo original. Repetir esse mecanismo sem a etapa PLAIN devolve 4.7.12 de novo.</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>Conta de usuário desativada</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>conta bloqueada</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>As credenciais estavam corretas, mas a conta foi desativada, então o servidor não a deixa enviar. Continua permanente até que o usuário entre em contato com o administrador; ao contrário de uma resposta de senha errada, pedir ao usuário que digite a senha de novo não adianta. O registro o associa ao 525.</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>No AUTH, logo depois de uma verificação de credenciais bem-sucedida, em servidores de submissão que distinguem contas desativadas de senhas erradas. Os gatilhos habituais são contas suspensas depois de serem usadas para spam, contas de hospedagem não pagas e funcionários que saíram. Muitos servidores não o usam e respondem 535 5.7.8 também para contas desativadas.</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>O usuário entra em contato com o administrador de e-mail ou com o provedor. O administrador descobre por que a conta foi desativada (denúncia de abuso, comprometimento, cobrança), elimina a causa (nova senha, limpeza de malware nos dispositivos do usuário, spam removido da fila de saída) e reativa a conta. Depois disso, o software cliente consegue fazer login de novo com as configurações que já tem.</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>A conta foi suspensa depois de ser comprometida e usada para enviar spam.</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>O plano de hospedagem ou a assinatura de e-mail foi suspensa por falta de pagamento.</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>O administrador desativou a conta de alguém que saiu da organização.</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>Logins com falha repetidos ou denúncias de abuso acionaram um bloqueio automático.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Entre no webmail ou no portal da conta do provedor com as mesmas credenciais; uma conta suspensa geralmente mostra um aviso ali.</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Confirme o comportamento manualmente: com uma conta desativada, a recusa vem mesmo com a senha certa.</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Como administrador no Postfix, veja quando esta conta submeteu mensagens com sucesso pela última vez.</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>Não faça nova tentativa: todas as tentativas são recusadas até que um administrador reative a conta.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>É necessária uma relação de confiança</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>apps menos seguros</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>O servidor de submissão precisa de uma relação de confiança configurada com outro servidor antes de poder fazer o que foi pedido. A definição vem do BURL (RFC 4468), em que o servidor de submissão busca a mensagem no servidor IMAP do usuário por meio de uma URL e não tem confiança configurada para isso. É permanente e substituiu o uso anterior do 5.7.8 para esse caso.</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>Na submissão com BURL, em resposta ao comando BURL que ocupa o lugar do DATA ou do BDAT, quando o servidor de submissão não consegue resolver a URL IMAP URLAUTH por falta de uma relação de confiança configurada com aquele servidor IMAP. Poucos clientes usam BURL, então isso é raro. O Gmail usa 534 5.7.14 de um jeito sem relação com isso no AUTH, quando quer que o usuário faça login primeiro por um navegador.</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>No caso do BURL, o administrador do servidor de submissão configura a confiança com o servidor IMAP (acesso URLAUTH para a identidade de submissão e a autorização necessária), ou o software cliente volta a enviar ele mesmo o conteúdo da mensagem com DATA ou BDAT. Para o 534 5.7.14 do Gmail, o usuário entra na conta Google por um navegador, conclui qualquer verificação de segurança e depois usa uma senha de app ou OAuth no cliente.</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>O servidor de submissão não tem confiança configurada com o servidor IMAP indicado na URL do BURL.</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>A URL URLAUTH foi emitida para uma identidade de submissão diferente daquela que o servidor de submissão usa.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>Uso do Gmail: o Google bloqueou o login como suspeito e quer que o usuário o confirme em um navegador.</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Verifique se o servidor de submissão lista BURL na resposta ao EHLO depois do STARTTLS; se não listar, o cliente não deve usar BURL.</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Procure no log do servidor de submissão o comando BURL e a busca IMAP que falhou.</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>No Gmail, entre na conta Google por um navegador na mesma rede e revise os alertas de segurança recentes.</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>Não repita o mesmo comando BURL, que falha todas as vezes sem a relação de confiança. Envie o conteúdo diretamente com DATA ou BDAT, ou faça uma nova tentativa depois que a confiança estiver configurada.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>O smtp.gmail.com recusa o login até que o usuário entre na conta Google por um navegador, geralmente depois de um login suspeito bloqueado; não tem nada a ver com relações de confiança do BURL.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>O nível de prioridade é baixo demais</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>O servidor de recebimento suporta a extensão MT-PRIORITY (RFC 6710) e não aceita a mensagem na prioridade que o cliente informou no MAIL FROM. Como 4.7.15 (geralmente com 450), a recusa é temporária: por enquanto, o servidor só aceita tráfego de prioridade mais alta, por exemplo durante um congestionamento. Como 5.7.15 (geralmente com 550), a política do servidor recusa aquele nível de prioridade de vez.</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>Em resposta a um MAIL FROM que traz o parâmetro MT-PRIORITY=n (n vai de -9 a 9, sendo 0 o normal). Só aparece em redes que usam prioridades de transferência de mensagens, como sistemas de mensagens militares, governamentais ou de serviços de emergência com relays compatíveis com MT-PRIORITY; os servidores de e-mail comuns da Internet não anunciam a extensão e nunca enviam este código.</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>Quem decide é o remetente. Se a mensagem for realmente mais urgente, reenvie-a com um valor de MT-PRIORITY mais alto que o remetente esteja autorizado a usar; se não for, deixe-a esperar, porque um adiamento 4.7.15 passa quando a rede de recebimento sai do modo só de alta prioridade. O administrador do remetente deve confirmar qual faixa de prioridade o relay aceita deste cliente, já que os servidores podem reduzir ou recusar prioridades pedidas por clientes não autorizados a usá-las.</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>A rede de recebimento está congestionada ou em modo de crise e, temporariamente, só aceita mensagens a partir de uma prioridade mínima.</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>A mensagem foi enviada com um valor de MT-PRIORITY baixo ou negativo (por exemplo -5) que o servidor de recebimento recusa por política.</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>O cliente não está autorizado para a prioridade que pediu, então o servidor a reduziu para um nível que ele, por sua vez, recusa.</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Leia a resposta do servidor de recebimento ao EHLO: MT-PRIORITY (possivelmente seguido de um nome de política) precisa estar listado para este código fazer sentido.</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Encontre o adiamento ou a devolução no log de envio para ver qual destinatário e qual tentativa foram recusados.</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Pergunte aos administradores da rede de recebimento quais níveis de prioridade eles aceitam do seu sistema e se há um mínimo temporário em vigor.</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>Com 4.7.15, mantenha a mensagem na fila e faça novas tentativas com intervalos crescentes; a prioridade mínima pode cair de novo. Com 5.7.15, não faça nova tentativa com a mesma prioridade: reenvie só com uma prioridade mais alta e autorizada, ou não reenvie.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>A mensagem é grande demais para a prioridade especificada</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>O servidor só aceita mensagens neste nível de MT-PRIORITY até um certo tamanho, e esta é maior. A RFC 6710 permite que um servidor defina limites de tamanho por prioridade para que o tráfego urgente continue rápido; como 4.7.16, o limite é temporário (por exemplo durante um congestionamento); como 5.7.16, é uma política permanente. Não é o limite geral de tamanho do servidor, que é informado com X.3.4 ou X.2.3.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>Em resposta ao MAIL FROM quando o cliente declarou tanto MT-PRIORITY quanto SIZE, ou depois do fim do DATA, quando o tamanho real é conhecido; o registro o associa ao 552. Só em relays que implementam prioridades de transferência de mensagens, normalmente em redes fechadas de mensagens militares ou de emergência.</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>O remetente reduz a mensagem (remove anexos grandes ou os substitui por um link) ou a reenvia com uma prioridade mais baixa, em que mensagens maiores são permitidas. O administrador do remetente pode pedir ao lado do recebimento o limite de tamanho de cada nível de prioridade e configurar o cliente para dividir ou rebaixar automaticamente as mensagens prioritárias grandes.</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>Um anexo grande foi enviado com um nível de prioridade alto que o servidor de recebimento reserva para mensagens curtas e urgentes.</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>A rede de recebimento está operando em modo degradado e reduziu temporariamente o tamanho permitido em cada prioridade.</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>O valor SIZE declarado no MAIL FROM excedeu o limite por prioridade, embora esteja abaixo do máximo geral do servidor.</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Encontre a tentativa recusada no log de envio, com o tamanho da mensagem e o destinatário.</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Compare com o limite geral que o servidor anuncia na linha SIZE da resposta ao EHLO, para distinguir o limite por prioridade do limite geral.</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Pergunte aos administradores do lado do recebimento qual é o limite de tamanho por nível de prioridade e se ele é uma regra permanente ou uma restrição temporária.</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>Com 4.7.16, faça uma nova tentativa mais tarde, com intervalos crescentes, já que o tamanho permitido pode voltar. Com 5.7.16, não reenvie sem alterações: reduza antes o tamanho ou diminua a prioridade.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>O dono da caixa postal mudou</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>endereço de e-mail reciclado</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>A mensagem pediu a proteção Require-Recipient-Valid-Since (RRVS), RFC 7293, e o sistema de recebimento sabe que a caixa postal do destinatário não pertenceu continuamente ao mesmo dono desde a data informada pelo remetente. O endereço foi encerrado e reatribuído, ou mudou de mãos de outra forma, então a mensagem é recusada em vez de ser entregue a um estranho. Usado apenas como falha permanente.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>Em resposta ao RCPT TO, quando o cliente usou o parâmetro RRVS=date-time, ou depois do DATA, quando a mensagem trazia em vez disso um campo de cabeçalho Require-Recipient-Valid-Since. O remetente normalmente é um banco, uma loja ou uma rede social enviando para um endereço de destinatário que verificou há muito tempo, e o receptor é um provedor que recicla endereços abandonados e implementa o RRVS.</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>O remetente (o operador do aplicativo de envio) marca o endereço como não pertencente mais ao cliente, para de enviar para ele e pede ao cliente um endereço atual por outro canal. Não remova a data RRVS para reenviar: a verificação existe para manter redefinições de senha e avisos de conta longe do novo dono do endereço.</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>O provedor do destinatário encerrou a conta antiga depois de muito tempo de inatividade e mais tarde deu o mesmo endereço a um novo usuário.</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>O endereço cadastrado foi verificado antes de o dono atual assumi-lo, então a data RRVS é anterior à posse atual.</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Encontre a data que o sistema de envio colocou no cabeçalho Require-Recipient-Valid-Since (ou no parâmetro RRVS) e compare-a com a última vez em que o cliente, o destinatário, confirmou o endereço.</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Entre em contato com o cliente por telefone, notificação no app ou correio para obter um novo endereço confirmado antes de enviar qualquer coisa sensível.</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>Não faça nova tentativa: a mudança de dono é permanente. Marque ou remova o endereço e envie apenas para um endereço confirmado recentemente.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>O dono do domínio mudou</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>Outro resultado do Require-Recipient-Valid-Since (RFC 7293): o sistema de recebimento informa que o domínio do destinatário mudou de dono desde a data informada pelo remetente. Todos os endereços desse domínio agora podem pertencer a outra organização, então a mensagem é recusada. Usado apenas como falha permanente.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>Em resposta ao RCPT TO com um parâmetro RRVS, ou depois do DATA na forma de campo de cabeçalho, em sistemas de recebimento que sabem das mudanças de dono dos domínios que hospedam. Caso típico: o domínio antigo de uma empresa expirou e foi registrado por outra pessoa, que agora opera o e-mail dele.</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>O remetente trata todos os endereços desse domínio como desatualizados para este cliente, para de enviar e obtém um novo endereço com o cliente. O administrador do remetente pode examinar o registro e o roteamento de e-mail do domínio para confirmar a mudança antes de apagar os endereços do banco de dados.</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>O domínio expirou e foi registrado por um novo dono, que agora opera o e-mail dele.</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>A organização dona do domínio foi vendida, fundida ou renomeada, e o domínio passou para outra parte.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Leia os dados de registro atuais e os servidores de nomes do domínio para ver se mudaram recentemente.</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Veja para onde vão agora as mensagens do domínio; um provedor diferente do que consta do cadastro reforça a hipótese de mudança de dono.</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>Não faça nova tentativa: o receptor recusa esta mensagem para esse domínio de propósito. Reenvie só para um endereço confirmado recentemente, geralmente em outro domínio.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>Não é possível concluir o teste RRVS</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>O remetente pediu a verificação Require-Recipient-Valid-Since (RFC 7293), mas o sistema de recebimento não consegue dizer se a caixa postal do destinatário teve um único dono desde aquela data, porque não registrou o carimbo de data e hora de que precisaria. Em vez de adivinhar, ele recusa a mensagem e deixa a decisão para o remetente. Usado apenas como falha permanente.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>Em resposta ao RCPT TO (parâmetro RRVS) ou depois do DATA (campo de cabeçalho), normalmente quando a data RRVS é mais antiga que o histórico de conta que o provedor de recebimento guarda. Só os receptores que implementam a RFC 7293 o enviam, então é raro.</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>O remetente decide se é seguro entregar a mensagem sem a proteção. Para uma newsletter, reenviar sem o parâmetro ou o campo de cabeçalho RRVS é razoável; para uma redefinição de senha ou um aviso de conta, confirme antes o endereço com o cliente e depois reenvie com uma data RRVS recente.</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>A data RRVS é mais antiga que o histórico de conta que o sistema de recebimento guarda.</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>O sistema de recebimento nunca armazenou, ou perdeu, a data de criação desta caixa postal, por exemplo depois de migrar contas entre plataformas.</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Verifique a data que o aplicativo de envio usou no RRVS (normalmente a última confirmação do endereço pelo cliente); uma data muito antiga torna este resultado provável.</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Veja se o servidor de recebimento anuncia RRVS na resposta ao EHLO, o que indica se a forma de parâmetro foi avaliada ou só a forma de cabeçalho.</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>Não faça nova tentativa com a mesma data RRVS. Reenvie sem a proteção RRVS, se o remetente aceitar esse risco, ou confirme o endereço e envie com uma data mais recente.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>Nenhuma assinatura DKIM aprovada encontrada</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>falha dkim</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>e-mail sem assinatura</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>O receptor exige uma assinatura DKIM válida e não encontrou nenhuma que fosse verificada: a mensagem não estava assinada ou todas as assinaturas dela falharam. A RFC 7372 define o código para que os receptores possam dizer exatamente isso em vez de um 5.7.1 genérico. É uma rejeição permanente.</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>Depois do ponto final do DATA, assim que o receptor verificou as assinaturas. Enviado por gateways e MTAs configurados para exigir DKIM de alguns ou de todos os remetentes, por exemplo uma regra segundo a qual mensagens que dizem vir de um banco, ou do próprio domínio do destinatário, precisam trazer uma assinatura válida.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>O administrador do remetente precisa fazer a mensagem sair com uma assinatura que seja verificada: ativar a assinatura DKIM no servidor ou no serviço que a envia, publicar a chave pública correspondente sob o seletor e garantir que nada depois do assinante (rodapé de aviso legal, reescrita de links, software de listas) altere os cabeçalhos ou o corpo assinados. Verifique com uma mensagem de teste antes de reenviar.</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>A assinatura DKIM nunca foi ativada no servidor ou no serviço de envio, então a mensagem não trazia assinatura.</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>Um gateway, uma ferramenta de aviso legal ou um antivírus alterou o corpo depois da assinatura, então o hash do corpo não corresponde mais.</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>A chave pública do seletor não está no DNS, foi truncada ao ser colada ou foi removida enquanto as mensagens ainda eram assinadas com ela.</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Pegue d= e s= do cabeçalho DKIM-Signature de uma mensagem enviada e busque essa chave; uma resposta vazia significa que a chave não existe.</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Verifique uma cópia salva da mensagem exatamente como ela saiu do seu último servidor (o python3-dkim fornece o dkimverify).</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Envie um teste para uma caixa postal que você controla e procure dkim=pass no cabeçalho Authentication-Results (resultados de autenticação) que o receptor acrescentou.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>Não tente novamente sem alterações: a mesma mensagem sem assinatura ou com a assinatura quebrada falha do mesmo jeito. Reenvie depois que a assinatura estiver funcionando.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>Nenhuma assinatura DKIM aceitável encontrada</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>chave dkim fraca</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>Pelo menos uma assinatura DKIM foi verificada, mas a política do receptor não aceita nenhuma delas. Os motivos típicos são uma assinatura de um domínio inesperado, uma chave ou um algoritmo fraco, ou uma assinatura que deixa de fora cabeçalhos que o receptor exige. Permanente; o X.7.22 é o caso mais restrito em que o problema é especificamente o domínio do autor.</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>No fim do DATA, em receptores cuja política de DKIM vai além de aprovado ou reprovado. Muitas vezes depois que um remetente passa para um novo serviço de e-mail que assina com o próprio domínio, ou em sistemas que seguem a RFC 8301 e não aceitam mais assinaturas rsa-sha1 nem chaves RSA com menos de 1024 bits.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>O administrador do remetente lê o conteúdo da assinatura e o ajusta: assinar com o próprio domínio da organização, usar rsa-sha256 com uma chave de 2048 bits (uma assinatura ed25519 pode ser acrescentada ao lado) e assinar pelo menos From, To, Subject, Date e Message-ID da mensagem. Se o receptor quer assinaturas de um domínio específico, pergunte ao administrador dele qual.</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>A única assinatura aprovada pertence ao domínio do provedor do serviço de e-mail, que o receptor não aceita para este remetente.</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>A assinatura usa rsa-sha1 ou uma chave RSA com menos de 1024 bits, que o receptor considera inaceitáveis.</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>A assinatura é verificada, mas não cobre cabeçalhos que a política do receptor exige, como Subject ou Reply-To.</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Examine as tags a= (algoritmo), d= (domínio) e h= (cabeçalhos assinados) do cabeçalho DKIM-Signature de uma mensagem enviada.</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Verifique o tamanho da chave: um valor p= de cerca de 216 caracteres base64 é uma chave RSA de 1024 bits; cerca de 392 caracteres, uma de 2048 bits.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Pergunte ao administrador do destinatário qual domínio de assinatura, algoritmo ou cobertura de cabeçalhos a política dele espera.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>Não tente novamente sem alterações; o receptor vai avaliar a mesma assinatura do mesmo jeito. Reenvie depois de mudar o domínio de assinatura, a chave ou o algoritmo.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>Nenhuma assinatura DKIM válida correspondente ao autor encontrada</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>alinhamento dkim</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>domínio do from diferente</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>A mensagem tem assinaturas DKIM que são verificadas, mas nenhuma delas é do domínio do cabeçalho From. O receptor quer que o próprio domínio do autor avalize a mensagem: um caso especial do X.7.21, próximo do que o alinhamento DMARC verifica. Rejeição permanente.</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>No fim do DATA, normalmente para newsletters, faturas ou alertas enviados por um serviço de terceiros que assina com o próprio domínio enquanto o endereço From usa o domínio do cliente. Também aparece quando uma lista de discussão ou um encaminhador assina de novo a mensagem com o próprio domínio e a assinatura original quebrou.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>O administrador do remetente configura o DKIM personalizado no serviço de envio para que ele assine com d= igual ao domínio do From, geralmente publicando os registros de seletor do serviço (CNAME ou TXT) no DNS desse domínio e ativando-os nas configurações do serviço. Depois, verifique se uma mensagem de teste mostra uma assinatura aprovada cujo domínio corresponde ao cabeçalho From.</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>Um serviço de marketing ou de chamados assina com o próprio domínio porque a assinatura personalizada para o domínio do cliente nunca foi configurada.</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>O endereço From passou para um novo domínio de marca que ainda não tem chave DKIM própria.</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>A única assinatura válida foi acrescentada por uma lista de discussão ou um encaminhador, não pelo domínio do autor.</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Compare o domínio d= de cada cabeçalho DKIM-Signature com o domínio do cabeçalho From da mesma mensagem.</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Verifique se o seletor do serviço de envio está publicado sob o domínio do From.</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>Não reenvie sem alterações. Reenvie quando o serviço de envio assinar com o domínio do From.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>Falha na validação SPF</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>spf hardfail</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>falha spf</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>O receptor verificou o SPF do remetente do envelope (MAIL FROM) ou do nome do HELO e obteve o resultado fail: o registro SPF do domínio diz que o endereço IP que se conecta não pode enviar em nome dele. A RFC 7372 dá este código aos receptores que rejeitam por SPF fail, no lugar do antigo 5.7.1 genérico. Permanente. Este é o significado do registro; o Gmail usa 4.7.23 para problemas de DNS reverso (veja os provedores).</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>Geralmente logo depois do MAIL FROM ou do RCPT TO, já que o SPF só precisa do endereço IP e do envelope; alguns filtros esperam até depois do DATA. Comum com encaminhamento (o IP do encaminhador não está no registro do domínio original), depois de mudar o e-mail para um novo provedor e para mensagens enviadas por uma nova ferramenta SaaS que ninguém acrescentou ao SPF.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>O administrador do remetente acrescenta o remetente que falta ao registro SPF do domínio do envelope (ip4:, ip6: ou o include: do serviço), mantendo o total em até dez consultas DNS, e depois reenvia. Se a mensagem foi encaminhada, o administrador do encaminhador precisa de SRS (reescrita do remetente), e o remetente original deve assinar com DKIM para que a mensagem ainda possa passar no DMARC depois do encaminhamento.</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>A mensagem saiu por um servidor ou serviço cujo endereço IP não está no registro SPF do domínio do envelope.</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>Um servidor de encaminhamento repassou a mensagem por relay, então o receptor viu o IP do encaminhador, e não um que o domínio original autoriza.</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>Um novo IP de saída ou um IPv6 recém-ativado não foi acrescentado a um registro SPF que termina em -all.</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Leia o registro SPF do domínio do remetente do envelope (o Return-Path), que pode ser diferente do domínio do From.</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Encontre a tentativa rejeitada no seu log para ver qual relay a recusou e qual dos seus IPs foi usado.</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Se o servidor tiver IPv6, verifique o endereço; uma conexão IPv6 precisa de uma entrada ip6: ou de um mecanismo correspondente.</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>Não tente novamente sem alterações a partir do mesmo IP: o resultado do SPF não vai mudar. Reenvie depois que o registro for atualizado e o TTL do registro antigo tiver expirado.</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>O Gmail usa 4.7.23 para um problema de DNS reverso, não de SPF: o IP que se conecta não tem registro PTR, ou o nome do PTR não resolve de volta para esse IP. As mensagens são adiadas até que o DNS direto e o reverso coincidam; a forma permanente do mesmo problema no Gmail é o 5.7.25.</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Usado nos relatórios de falha de entrega do Microsoft 365 quando o servidor de destino recusou a mensagem por motivos de SPF; a resposta do próprio servidor remoto geralmente vem depois de uma seta (-&gt;) e indica o motivo do sistema de recebimento.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>Erro na validação SPF</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>limite de 10 consultas spf</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>vários registros spf</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>O receptor não conseguiu concluir a verificação SPF por causa de um erro, não de um fail. Como 4.7.24 (com 451), é um temperror de SPF, geralmente um timeout de DNS ao buscar o registro; como 5.7.24 (com 550), é um permerror de SPF, o que significa que o próprio registro está quebrado: sintaxe errada, dois registros SPF ou mais de dez consultas DNS. A RFC 7372 atribui esses códigos no lugar de 4.4.3 e 5.5.2.</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>Depois do MAIL FROM ou no fim do DATA, em receptores que agem com base em erros de SPF. A forma permanente geralmente aparece depois de uma edição no registro SPF (um include a mais que o leva a passar de dez consultas, um erro de digitação, um segundo registro v=spf1); a forma temporária aparece enquanto os servidores de nomes do domínio do remetente estão lentos ou inalcançáveis.</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>Para 5.7.24, o administrador do remetente conserta o registro: junte tudo em um único registro TXT v=spf1, corrija a sintaxe e remova ou achate os includes até que no máximo dez mecanismos precisem de consultas DNS. Para 4.7.24, verifique se os servidores de nomes autoritativos do domínio respondem rápido de fora; se responderem, o problema pode estar no receptor, e a fila vai entregar em uma tentativa posterior.</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>O registro SPF precisa de mais de dez consultas DNS quando se contam todos os include, a, mx, ptr, exists e redirect.</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>O domínio publica dois registros TXT v=spf1 separados, o que torna o resultado um erro permanente.</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>O registro contém um erro de sintaxe, como um nome de host depois de ip4:, um mecanismo escrito errado ou um caractere perdido.</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Os servidores de nomes do domínio estouram o tempo limite ou respondem SERVFAIL, então o receptor obtém um erro temporário.</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Liste todos os registros TXT do domínio do envelope e garanta que exatamente um deles comece com v=spf1.</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Expanda cada include: (e os includes dentro dele) e conte todos os mecanismos que custam uma consulta DNS.</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Consulte diretamente cada servidor de nomes autoritativo do domínio; um que estoure o tempo limite explica um temperror.</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>Com 4.7.24, faça novas tentativas com os intervalos crescentes normais; os timeouts de DNS geralmente passam. Com 5.7.24, não faça nova tentativa até que o registro SPF seja corrigido, porque todas as tentativas vão esbarrar no mesmo erro permanente.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>Falha na validação do DNS reverso</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>rdns</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>sem dns reverso</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>registro ptr ausente</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>O endereço IP do cliente que se conecta falhou na verificação de DNS reverso do receptor: não tem registro PTR, ou o nome no registro PTR não resolve de volta para o mesmo endereço (DNS reverso confirmado pelo direto). Os receptores usam isso como um filtro barato contra máquinas domésticas infectadas e servidores mal administrados. Rejeição permanente.</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>A qualquer momento depois da conexão, com mais frequência em resposta ao MAIL FROM, ao RCPT TO ou ao fim do DATA. Típico depois de mudar um servidor de e-mail para uma nova VPS ou um novo endereço de nuvem, depois de ativar o IPv6 (o endereço IPv6 não tem PTR) ou quando o nome do PTR aponta para um host cujo registro A foi mudado depois. O Gmail o envia como 550 5.7.25.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>O administrador do remetente pede a quem controla o endereço IP (provedor de hospedagem, provedor de acesso ou console da nuvem; não o registrador do domínio) que defina um registro PTR com o nome do servidor de e-mail, por exemplo mail.example.com, e garante que esse nome tenha um registro A ou AAAA apontando de volta para o mesmo IP. O nome do HELO deve ser o mesmo nome de host. Depois, reenvie.</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>O endereço IP de envio não tem nenhum registro PTR, algo comum em endereços novos de VPS e de nuvem.</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>O nome do PTR existe, mas o registro A ou AAAA dele aponta para outro endereço, então a verificação direta falha.</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>O servidor envia por IPv6 e só o endereço IPv4 dele tem DNS reverso.</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>O PTR é um nome genérico de provedor de acesso que o receptor trata como endereço dinâmico ou residencial.</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Consulte o registro PTR do endereço IP de envio.</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Resolva o nome retornado no sentido direto e confirme que ele dá o mesmo endereço.</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Repita a consulta reversa para o endereço IPv6 do servidor, se houver um.</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Compare com o nome de HELO que o seu Postfix anuncia (o Exim e outros têm uma configuração equivalente).</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>Não tente novamente sem alterações a partir desse endereço IP. Faça uma nova tentativa quando o PTR e os registros A ou AAAA correspondentes existirem e as respostas negativas em cache tiverem expirado.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>O uso do Gmail corresponde ao significado do registro e abrange remetentes IPv4 e IPv6; a forma temporária do mesmo problema chega como 4.7.23, não como 4.7.25.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>Várias verificações de autenticação falharam</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>falha dmarc</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>O servidor de recebimento executou mais de uma verificação de autenticação do remetente (SPF, DKIM e, geralmente, DMARC por cima) e a mensagem falhou nelas em conjunto. O código é uma rejeição permanente: a mesma mensagem enviada da mesma forma será recusada de novo.</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>No fim do DATA, depois que o receptor tem a mensagem inteira e pode verificar as assinaturas dela. O Gmail o tornou famoso: há anos ele responde com 550 5.7.26 a mensagens que falham na política DMARC do domínio do remetente e a mensagens sem nenhum resultado SPF ou DKIM utilizável, e os requisitos para remetentes de 2024 tornaram essa resposta muito mais comum.</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>Corrija a autenticação no lado do envio, para o domínio do cabeçalho From. Publique um registro SPF que cubra todos os servidores que enviam pelo domínio, assine as mensagens de saída com DKIM usando uma chave publicada no DNS e faça pelo menos um deles se alinhar com o domínio do From para que o DMARC passe. Depois, envie uma mensagem de teste e leia o cabeçalho Authentication-Results dela antes de reenviar a mensagem devolvida.</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>Nenhum registro SPF, ou um registro SPF que não lista o servidor ou o serviço que realmente enviou a mensagem.</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>Nenhuma assinatura DKIM, ou uma assinatura quebrada por um gateway, uma lista de discussão ou um rodapé que alterou a mensagem depois da assinatura.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>O SPF e o DKIM passam para um domínio diferente do cabeçalho From, então o alinhamento DMARC falha e a política DMARC do domínio manda rejeitar.</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>Um serviço de envio acrescentado recentemente (ferramenta de newsletter, CRM, sistema de chamados) envia como o domínio da empresa sem estar autorizado no DNS.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Leia o registro SPF do domínio do remetente e garanta que ele lista o endereço IP do servidor de envio ou o include do serviço.</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Verifique se a chave pública DKIM existe para o seletor indicado no cabeçalho DKIM-Signature da mensagem (s=).</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Leia a política DMARC do domínio para ver o que o receptor foi orientado a fazer com as falhas.</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Envie uma mensagem de teste para uma caixa postal que você controla em um grande provedor e leia o cabeçalho Authentication-Results (resultados de autenticação): spf=, dkim= e dmarc= precisam dizer pass.</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>Não tente novamente a mesma mensagem sem alterações: ela vai falhar de novo. Reenvie só depois de corrigir os registros de autenticação ou a assinatura.</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>O Gmail envia 5.7.26 tanto quando uma mensagem não passa nem no SPF nem no DKIM quanto quando ela falha na política DMARC do domínio do From; o texto depois do código diz qual é o caso.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>O endereço do remetente tem MX nulo</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>O domínio do remetente do envelope, ou do cabeçalho From, publica um registro MX nulo (MX 0 .), que declara que ele nunca recebe e-mails. Um receptor pode recusar essas mensagens porque as devoluções e as respostas nunca chegariam ao remetente, e um domínio que declara não ter serviço de e-mail provavelmente está sendo falsificado. Definido na RFC 7505; permanente. Este é o significado do registro; o Gmail usa os mesmos dígitos para falhas de SPF (veja os provedores).</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>Em resposta ao MAIL FROM, quando o receptor verifica o MX do domínio do envelope, ou depois do DATA, quando ele verifica o domínio do cabeçalho From. Os culpados típicos são um aplicativo que envia como noreply@ de um domínio cujo DNS tem um MX nulo, e domínios estacionados ou só de envio que receberam um MX nulo por engano.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>O administrador do remetente remove o MX nulo e publica um MX real para o domínio usado no MAIL FROM e no From, ou muda o aplicativo para enviar de um domínio que aceite e-mails (um subdomínio de devoluções com MX próprio funciona). A RFC 7505 diz que domínios usados como remetentes não devem publicar um MX nulo.</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>Um domínio só de envio recebeu um MX nulo para não receber nada, mas continua sendo usado no MAIL FROM ou no From.</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>Um modelo de DNS para domínios estacionados ou sem uso acrescentou MX 0 . a um domínio que depois começou a enviar e-mails.</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>Spam ou phishing falsificando um domínio com MX nulo; nesse caso, a rejeição está cumprindo o seu papel.</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Consulte o MX dos domínios do envelope e do From; uma única resposta 0 . é um MX nulo.</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Verifique qual domínio o seu Postfix acrescenta aos endereços de remetente gerados localmente, já que o remetente do envelope de um aplicativo pode ser diferente do endereço From dele.</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Depois de publicar um MX real, confirme que o host indicado nele aceita conexões na porta 25.</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>Não tente novamente sem alterações o 5.7.27 do registro: o MX nulo é uma declaração deliberada no DNS. O adiamento 4.7.27 do Gmail recebe novas tentativas normalmente, mas só dá certo depois que o SPF passar.</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>Nada a ver com MX nulo: o Gmail envia 4.7.27 (adiamento) e 5.7.27 (rejeição) quando a mensagem não passou no SPF segundo os seus requisitos para remetentes. Corrija o registro SPF do domínio do envelope e ignore o título do registro.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>Inundação de e-mails detectada</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>bombardeio de inscrições</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>O receptor acredita que a mensagem faz parte de uma inundação de mensagens abusivas semelhantes, normalmente uma bomba de e-mails em que um endereço recebe centenas de confirmações de cadastro disparadas por envios forjados de formulários web. O 4.7.28 adia a mensagem e o 5.7.28 a recusa. A IANA registrou o código a partir de um Internet-Draft de John Levine que nunca foi publicado como RFC.</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>No RCPT TO ou no fim do DATA, quando um receptor vê uma rajada de mensagens quase idênticas para um destinatário ou vindas de uma mesma origem. Os remetentes o encontram quando o cadastro da newsletter, a redefinição de senha ou o formulário de contato deles foi usado indevidamente para bombardear uma vítima. O Gmail também usa o 4.7.28 para a sua própria limitação por taxa de spam (veja os provedores).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>O administrador do remetente interrompe a inundação na origem: acrescenta um CAPTCHA ou um limite de taxa ao formulário web, envia no máximo uma confirmação por endereço em um dado período e apaga da fila as confirmações para o endereço visado. Para o 4.7.28 do Gmail, reduza o volume do IP ou do domínio afetado, retire os destinatários que não interagem e acompanhe a taxa de spam no Postmaster Tools.</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>Um bot enviou muitas vezes o formulário de cadastro ou de contato do remetente com o endereço da vítima.</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>Um bug ou um loop no aplicativo enviou a mesma notificação para um destinatário repetidamente.</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>Uma conta comprometida ou um script no servidor de envio disparou em massa mensagens quase idênticas.</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>No Gmail: um aumento de mensagens com cara de não solicitadas vindas do endereço IP de envio ou do domínio autenticado.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Conte quantas mensagens o seu servidor enviou recentemente para o endereço afetado.</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Verifique a linha de resumo da fila para ver se há acúmulo de mensagens aguardando.</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Procure no log do servidor web rajadas de envios de formulário, que apontam para um bot usando o seu formulário.</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>Com 4.7.28, faça novas tentativas em intervalos crescentes e com um ritmo de envio menor; bombardear o servidor só piora. Com 5.7.28, não reenvie a mesma mensagem, que o receptor classificou como parte de uma inundação abusiva.</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>Um limite de taxa por reputação, e não um veredito de bomba de e-mails: o Gmail viu mensagens demais com cara de não solicitadas vindas do seu endereço IP, ou do seu domínio DKIM ou SPF (variantes mais longas do texto dizem qual), e desacelera a aceitação. Passa à medida que a reputação se recupera.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>Falha na validação ARC</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>A mensagem trazia cabeçalhos Authenticated Received Chain (RFC 8617, uma RFC experimental) e a cadeia não foi validada, então o receptor não pôde confiar nos resultados de autenticação registrados pelos intermediários por onde ela passou. Um receptor pode recusar essas mensagens, principalmente quando também falham no DMARC. Este é o significado do registro; o Gmail usa os mesmos dígitos para mensagens enviadas sem TLS (veja os provedores).</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>No fim do DATA, em mensagens que passaram por uma lista de discussão, um serviço de encaminhamento ou um gateway de segurança que acrescenta os cabeçalhos ARC-Seal, ARC-Message-Signature e ARC-Authentication-Results (resultados de autenticação ARC). Raro na prática: a maioria dos receptores usa o ARC apenas como indício quando o DMARC falha, então uma cadeia quebrada raramente causa uma rejeição sozinha.</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>O administrador do intermediário cujo conjunto ARC falha (muitas vezes um servidor de listas ou um gateway) corrige a selagem ARC dele: uma chave publicada para o seletor, números de instância corretos e nenhuma alteração na mensagem depois da selagem. O remetente original não tem como consertar a cadeia de outro sistema: envie a devolução com os cabeçalhos completos ao operador da lista ou do encaminhador.</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>Um intermediário alterou a mensagem depois de acrescentar o seu conjunto ARC, quebrando o ARC-Message-Signature dele.</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>A chave pública do seletor indicado em um ARC-Seal não está no DNS.</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>Um conjunto ARC está faltando ou fora de ordem (números de instância i=1, i=2 e assim por diante não contínuos), o que invalida a cadeia.</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>Um salto posterior selou com cv=fail, marcando a cadeia como já quebrada.</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Liste os cabeçalhos ARC com os números de instância i= e o resultado cv= de cada ARC-Seal.</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Verifique a cadeia em uma cópia salva da mensagem (o python3-dkim fornece o arcverify).</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Busque a chave correspondente a s= e d= do ARC-Seal que falha.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>Não tente novamente sem alterações um 5.7.29 do registro: a cadeia quebrada faz parte da mensagem e falha de novo. Um adiamento 4.7.29 do Gmail só dá certo em uma nova tentativa quando a conexão usa TLS.</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>Nada a ver com ARC: o Gmail envia 4.7.29 (adiamento) e 5.7.29 (rejeição) quando a mensagem chegou a ele por uma conexão sem TLS. Faça o MTA de envio usar STARTTLS com os hosts MX do Gmail e verifique cada relay no caminho de saída.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>Suporte a REQUIRETLS necessário</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>A mensagem foi enviada com a opção REQUIRETLS (RFC 8689), que exige TLS verificado e suporte a REQUIRETLS em todos os saltos, e um servidor não encontrou um próximo salto que o oferecesse. Em vez de abrir mão da proteção, a mensagem é devolvida. Permanente. Este é o significado do registro; o Gmail usa os mesmos dígitos para falhas de DKIM (veja os provedores).</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>Principalmente em uma devolução (DSN) do próprio relay de saída do remetente ou de um salto posterior, depois que a resposta ao EHLO do próximo servidor não listou REQUIRETLS; algumas implementações também o usam ao recusar diretamente um MAIL FROM ... REQUIRETLS. Ainda raro, porque poucos servidores implementam REQUIRETLS (o Postfix documenta suporte a ele nas versões recentes).</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>Quem decide é o remetente. Se o conteúdo não pode passar por um enlace sem criptografia ou não verificado, não o envie por e-mail a este destinatário, ou peça ao administrador do destinatário que ative o REQUIRETLS junto com DANE ou MTA-STS. Caso contrário, reenvie sem REQUIRETLS, o que é controlado pelo cliente de envio ou pela política de e-mail da organização.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>O servidor de e-mail do destinatário não anuncia REQUIRETLS, o que ainda vale para a maioria dos servidores.</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>Um relay no caminho, como um serviço de filtragem de saída ou um smarthost, não suporta REQUIRETLS.</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>O cliente de envio aplica REQUIRETLS a todas as mensagens, inclusive para destinatários cujos servidores não conseguem cumpri-lo.</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Encontre os hosts MX do domínio do destinatário.</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Verifique se o MX lista REQUIRETLS na resposta ao EHLO que ele dá depois do STARTTLS.</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Leia os campos Reporting-MTA e Remote-MTA da devolução para ver qual salto desistiu e se é o seu próprio relay.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>Não tente novamente um 5.7.30 do registro: o caminho não vai ganhar suporte a REQUIRETLS entre uma tentativa e outra. Um adiamento 4.7.30 do Gmail recebe novas tentativas normalmente, mas só dá certo depois que o DKIM passar.</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>Nada a ver com REQUIRETLS: o Gmail envia 4.7.30 (adiamento) e 5.7.30 (rejeição) quando a mensagem não passou no DKIM segundo os seus requisitos para remetentes. Assine as mensagens de saída com DKIM para o seu domínio e publique a chave.</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>Em resposta ao VRFY, o 250 confirma a caixa postal; o 252 não a confirma nem a nega, mas o servidor aceitaria mensagens para ela.</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>Só o VRFY recebe essas respostas. A maioria dos servidores responde a todo VRFY com 252, para que não seja possível coletar endereços.</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>Nunca tome o 252 como prova de que um endereço existe. Para testar um endereço, envie uma mensagem ou observe a resposta ao RCPT TO.</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>Os dois dizem que o destinatário não é local; o 251 aceita a mensagem e a encaminha, o 551 a recusa e indica para onde enviar.</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>O 251 é uma resposta de sucesso no RCPT TO; o 551 é uma falha permanente com &quot;please try &lt;forward-path&gt;&quot;.</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>Depois de um 251 não é preciso fazer nada, embora o catálogo de endereços possa ser atualizado. Depois de um 551, reenvie para o endereço indicado, quando tiver certeza de que ele está certo.</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>O 421 encerra a sessão inteira, para todas as mensagens e destinatários dela; o 450 recusa uma única ação de e-mail, geralmente um destinatário, e a sessão continua.</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>O 421 costuma ser a primeira linha depois da conexão (a saudação) ou a última antes de o servidor desligar, e o texto dele fala do serviço, da conexão ou do seu endereço IP. O 450 responde ao MAIL FROM ou ao RCPT TO e cita uma caixa postal ou um motivo como o greylisting.</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>O servidor de envio faz novas tentativas nos dois casos. Para o 421, olhe o lado do envio como um todo: número de conexões, taxa de envio e reputação do endereço IP. Para o 450, olhe aquele destinatário específico ou o atraso do greylisting e aguarde a próxima tentativa a partir do mesmo endereço IP.</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>Na saudação, os dois recusam a conexão, mas o 421 significa “tente mais tarde” e o 554 significa que este cliente não é atendido.</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>O primeiro dígito decide: o 421 na saudação vem com textos sobre carga, conexões demais ou um bloqueio temporário; o 554 na saudação cita uma lista de bloqueio ou uma recusa permanente, e o servidor responde a todos os comandos seguintes com 503 até o QUIT.</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>Para o 421, não faça nada de início: reduza o número de conexões paralelas se ele se repetir. Para o 554, consulte o endereço IP de envio nas listas de bloqueio e corrija o problema de reputação; tentar novamente a partir do mesmo endereço IP não vai adiantar.</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>O 450 diz respeito à caixa postal do destinatário (ocupada, bloqueada ou em greylisting); o 451 diz respeito ao próprio servidor de recebimento, que encontrou um erro durante o processamento.</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>O código aprimorado e o texto mostram a diferença: o 450 vem com 4.2.x ou com uma mensagem de greylisting que cita o destinatário; o 451 vem com 4.3.0, 4.4.x ou &quot;Temporary local problem&quot;, muitas vezes depois que uma consulta DNS ou um verificador de conteúdo falhou no lado do recebimento.</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>Nenhum dos dois exige ação do remetente de início: a fila tenta novamente. Se o 450 persistir por dias, pergunte ao administrador do destinatário sobre a caixa postal; se o 451 persistir, o administrador do servidor de recebimento precisa consertar o servidor, então informe a ele a linha de resposta exata.</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>A mesma condição, caixa postal indisponível, mas o 450 é temporário e o 550 é permanente.</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Só o primeiro dígito muda: depois de um 450, a mensagem fica na fila do remetente e pode chegar um aviso de atraso; depois de um 550, o servidor do remetente desiste na hora e gera uma devolução.</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>Depois de um 450, não reenvie manualmente: a fila tenta novamente sozinha. Depois de um 550, reenviar a mesma mensagem não muda nada; corrija o endereço ou elimine o motivo que o código aprimorado indica e só então envie de novo.</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>O 451 é um erro de processamento no servidor de recebimento; o 452 diz que um recurso se esgotou: espaço em disco, a cota de uma caixa postal ou o número de destinatários permitido em uma transação.</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>O 452 cita o recurso: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) ou uma caixa postal cheia (4.2.2). O 451 fala de um erro local, de uma falha de consulta ou de um serviço que não respondeu.</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>Para o 452 com 4.5.3 não há nada de errado: o servidor de envio entrega aos destinatários restantes em outra transação. No caso de armazenamento, o administrador do servidor de recebimento libera espaço. Para o 451, aguarde a nova tentativa e informe um erro persistente ao administrador do servidor de recebimento.</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>Os dois dizem respeito a armazenamento; o 452 é temporário (o espaço pode ser liberado), o 552 é permanente (a alocação foi excedida para esta mensagem).</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>O código aprimorado separa os casos: 452 com 4.2.2 ou 4.3.1 é uma caixa postal ou um disco cheio que pode se recuperar; 552 com 5.2.2 é uma caixa postal acima da cota, e 552 com 5.3.4 ou 5.2.3 é uma mensagem grande demais.</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>Para o 452, deixe a fila tentar novamente e avise o destinatário de que a caixa postal dele está cheia. Para o 552 com 5.2.2, peça ao destinatário que libere espaço e depois reenvie; para o 552 com um código de tamanho, envie uma mensagem menor ou um link em vez do anexo.</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>O 454 é uma falha temporária de TLS ou de autenticação do lado do servidor; o 530 é um requisito que o cliente não cumpriu.</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>O 454 responde ao próprio STARTTLS ou AUTH (&quot;454 4.7.0 Temporary authentication failure&quot;), então o cliente agiu certo. O 530 responde ao MAIL FROM quando o cliente pulou o STARTTLS ou o AUTH.</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>Depois de um 454, o cliente tenta novamente mais tarde e o administrador do servidor de recebimento verifica o certificado ou o backend de senhas. Depois de um 530, as configurações do cliente precisam mudar: iniciar o TLS e depois se autenticar.</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>O 500 significa que o servidor não entendeu a linha; o 502 significa que ele entendeu o comando, mas não o implementa aqui.</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>O 502 responde a um verbo conhecido que está desativado, como VRFY ou EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). O 500 responde a lixo, a uma linha longa demais ou a outro protocolo, como um handshake TLS em uma porta de texto puro; o Postfix 3.7 e posteriores também respondem a comandos desconhecidos com 500 5.5.2.</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>Para o 500, verifique se o cliente fala SMTP com a porta certa e no modo certo (TLS implícito na 465, STARTTLS na 587 e na 25). Para o 502, pare de usar esse comando; não há nada quebrado.</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>O 501 rejeita a forma como o argumento de um comando está escrito; o 553 rejeita o próprio nome da caixa postal.</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>O 501 vem depois de uma sintaxe malformada: um colchete angular faltando, um nome de EHLO inválido, um parâmetro desconhecido (&quot;501 5.5.4&quot;). O 553 vem depois de um endereço sintaticamente válido, mas não aceito (5.1.3, 5.1.7 ou um remetente que não pertence à conta usada no login).</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>Para o 501, corrija o software de envio ou as configurações dele, já que o próprio comando está malformado. Para o 553, corrija o endereço que o usuário digitou ou a identidade com que ele envia.</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>O 503 é um comando fora de ordem; o 530 é um comando recusado até que o cliente se autentique ou inicie o TLS.</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>O 503 vem depois de RCPT TO antes de MAIL FROM, de DATA antes de qualquer destinatário ou de AUTH onde ele não é oferecido (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). O 530 responde ao MAIL FROM com &quot;Authentication required&quot; ou &quot;Must issue a STARTTLS command first&quot;.</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>Para o 503, corrija a sequência do cliente: EHLO, STARTTLS, EHLO de novo, AUTH, MAIL FROM, RCPT TO, DATA. Para o 530, ative o TLS e a autenticação SMTP nas configurações da conta no cliente.</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>O 530 significa que o cliente não se autenticou; o 535 significa que ele tentou e as credenciais foram rejeitadas.</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>O 535 é a resposta ao AUTH. O 530 responde ao MAIL FROM ou ao RCPT TO de um cliente que nunca enviou AUTH.</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>Para o 530, ative a autenticação no cliente. Para o 535, verifique o nome de usuário e a senha, se o provedor exige uma senha de app e se o SMTP AUTH está permitido para a conta.</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>O 534 recusa a forma de login; o 535 recusa as credenciais.</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>Com o 534, a senha pode muito bem estar certa: o mecanismo é fraco demais, ou o provedor exige uma senha de app ou um login pelo navegador (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). Com o 535, o nome de usuário ou a senha estão errados, ou a conta não pode usar SMTP.</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>Para o 534, use TLS e um mecanismo mais forte, uma senha de app ou OAuth, conforme o provedor pedir. Para o 535, corrija as credenciais ou desbloqueie a conta.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>Duas camadas de uma mesma resposta: 535 é o código básico para credenciais rejeitadas, e 5.7.8, o código aprimorado para a mesma coisa; geralmente chegam juntos, como 535 5.7.8.</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>O log do cliente mostra &quot;535 5.7.8&quot; ou &quot;535-5.7.8 Username and Password not accepted&quot; logo depois do AUTH. Alguns servidores enviam 535 sem código aprimorado, com o mesmo sentido.</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>Corrija as credenciais (nome de usuário, senha ou senha de app) e verifique se a conta pode usar SMTP AUTH.</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>O 551 diz que o destinatário não está neste servidor e indica para onde enviar; o 550 recusa o destinatário sem apontar outro lugar.</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Uma resposta 551 traz um forward-path (&quot;please try &lt;address&gt;&quot;); hoje é rara, e alguns servidores a usam indevidamente para negar relay. Já uma resposta 550 cita um motivo ou um código aprimorado.</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>Depois de um 551, verifique se o endereço oferecido é legítimo e reenvie para ele. Depois de um 550, leia o código aprimorado: 5.1.1 é um endereço errado; 5.7.1, uma recusa por política.</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>O 553 recusa o próprio endereço, a forma dele ou o direito do remetente de usá-lo; o 550 recusa a caixa postal ou a mensagem por outro motivo.</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>O 553 costuma vir no MAIL FROM ou no RCPT TO com 5.1.3, 5.1.7 ou um texto como &quot;Sender address rejected: not owned by user&quot;. O 550 vem com 5.1.1 (usuário inexistente), 5.7.1 (política) ou um bloqueio.</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>Para o 553, corrija o endereço: um erro de digitação, caracteres não permitidos ou um endereço From que o seu login não pode usar. Para o 550, siga o código aprimorado dele.</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>O 550 geralmente recusa um destinatário; o 554 recusa a transação inteira, seja no momento da conexão, seja depois dos dados da mensagem.</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Observe onde ele chega: o 550 responde ao RCPT TO (ou ao MAIL FROM); o 554 é a saudação (&quot;No SMTP service here&quot;) ou a resposta ao fim do DATA, onde rodam as verificações de conteúdo e de reputação.</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>Para o 550, verifique o endereço do destinatário ou o motivo de política para esse destinatário. Para o 554 depois do DATA, verifique o conteúdo, o endereço IP de envio nas listas de bloqueio e a autenticação do domínio; para o 554 na saudação, é o próprio endereço IP que está sendo recusado.</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>Não são alternativas, mas duas camadas de uma mesma resposta: 550 é o código de resposta básico (permanente, caixa postal indisponível), e 5.1.1, o código de status aprimorado que diz o porquê (a caixa postal não existe).</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Uma resposta como &quot;550 5.1.1 User unknown&quot; traz os dois. O 550 também aparece com 5.7.1, 5.2.1, 5.1.10 e outros, então o 550 sozinho nunca diz qual é o caso; o 5.1.1 também aparece no campo Status de um relatório de devolução.</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>Leia primeiro o código aprimorado, quando houver: ele é o mais preciso dos dois. Quando a resposta tem só o 550, o texto depois dele é a única pista.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>Duas camadas de uma mesma resposta: 552 é o código básico para uma alocação de armazenamento excedida, e 5.3.4, o código aprimorado que diz que a mensagem é grande demais para o sistema.</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>O 552 sozinho é ambíguo, porque também acompanha 5.2.2 (caixa postal cheia) e 5.2.3 (limite de tamanho do destinatário); com 5.3.4, o motivo é o limite de tamanho de mensagem do servidor.</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>Leia o código aprimorado: com 5.3.4, envie uma mensagem menor; com 5.2.2, o destinatário precisa liberar espaço.</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>O 521 é um host que nunca aceita e-mail de ninguém; o 554 na saudação recusa este cliente, geralmente pelo endereço IP dele.</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>O 521 vem de hosts configurados para não receber e-mail nenhum, e muitas vezes o domínio também publica um MX nulo. O 554 na saudação costuma citar uma lista de bloqueio, uma política ou o seu endereço.</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>Depois de um 521, pare de enviar para lá: o endereço ou o registro MX está errado. Depois de um 554, consulte o endereço IP de envio na lista de bloqueio indicada e peça a remoção, ou envie por um servidor com boa reputação.</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>O 556 diz que o domínio do destinatário não recebe e-mail nenhum; o 554 diz que esta transação falhou, por um motivo que o texto dele informa.</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>O 556 vem com 5.1.10, muitas vezes do seu próprio servidor de envio, depois de encontrar o MX nulo do domínio (&quot;MX 0 .&quot;), antes de qualquer conexão com o destinatário. O 554 vem do servidor remoto, na saudação ou depois do DATA.</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>Depois de um 556, o endereço não tem como funcionar: peça outro ao destinatário. Depois de um 554, leia o texto dele: lista de bloqueio, conteúdo ou política.</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>O 5.1.1 é uma caixa postal que o servidor do destinatário não conhece; o 5.1.10 é um domínio que declara não receber e-mail nenhum (MX nulo).</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>O 5.1.1 vem do servidor do destinatário depois do RCPT TO. O 5.1.10 geralmente vem do seu próprio servidor de envio, que leu o MX nulo do domínio e nem chegou a se conectar.</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Para o 5.1.1, procure erros de digitação na parte antes do @. Para o 5.1.10, nenhuma grafia da caixa postal vai funcionar: peça um endereço em outro domínio.</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>O 5.1.1 é um endereço que não existe; o 5.2.1 é uma caixa postal que existe, mas está desativada ou suspensa.</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>O texto mostra a diferença: &quot;does not exist&quot;, &quot;no such user&quot; ou &quot;user unknown&quot; no 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; ou &quot;suspended&quot; no 5.2.1.</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Para o 5.1.1, corrija o endereço. Para o 5.2.1, entre em contato com o destinatário por outro meio; se a devolução se repetir por semanas, considere o endereço extinto e remova-o das listas.</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>O 5.1.1 aponta um problema na parte antes do @ (a caixa postal); o 5.1.2, na parte depois dele (o domínio).</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>O 5.1.2 muitas vezes vem do seu próprio servidor, que não encontrou o domínio no DNS; o 5.1.1 vem do servidor do destinatário, que procurou a caixa postal e não encontrou nada.</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Corrija a parte que está errada: o nome de usuário no 5.1.1, o domínio no 5.1.2.</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>O 5.1.2 diz que o domínio do destinatário não é um destino de e-mail válido; o 5.4.4 diz que o sistema de envio não encontrou uma rota até ele.</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>O 5.1.2 vem depois de um domínio que não existe (NXDOMAIN), muitas vezes por um erro de digitação. O 5.4.4 vem quando o DNS responde sem uma rota utilizável: um MX que aponta para um nome sem endereço ou registros que não podem ser resolvidos.</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>Para o 5.1.2, corrija a grafia do domínio. Para o 5.4.4, o administrador do domínio do destinatário conserta os registros MX; se muitos domínios falharem, verifique o próprio resolvedor DNS do servidor de envio.</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>O 5.1.10 diz respeito ao domínio do destinatário, que não recebe e-mail; o 5.7.27 diz respeito ao domínio do remetente, que declara não receber e-mail e por isso é recusado como remetente.</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>O 5.1.10 cita o endereço do destinatário e geralmente vem do seu próprio servidor de envio. O 5.7.27 vem do servidor de recebimento e se refere ao domínio do seu MAIL FROM ou From.</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>Para o 5.1.10, use outro endereço de destinatário. Para o 5.7.27, o administrador do remetente remove o MX nulo ou envia a partir de um domínio que possa receber respostas e devoluções.</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>A mesma caixa postal cheia; o servidor de envio faz novas tentativas com o 4.2.2 e desiste na hora com o 5.2.2.</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>Só a classe muda, e os servidores escolhem de forma diferente para a mesma situação: muitos enviam 452 4.2.2, enquanto outros enviam 552 5.2.2.</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>Depois de um 4.2.2 não é preciso fazer nada: a fila tenta novamente, e o destinatário pode ser avisado de que a caixa postal dele está cheia. Depois de um 5.2.2, o destinatário precisa liberar espaço antes que a mensagem seja enviada de novo.</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>O 5.2.2 é uma caixa postal cheia; o 5.2.3 é uma única mensagem maior que o limite de tamanho do destinatário.</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>O texto fala de cota ou de caixa postal cheia no 5.2.2 e de tamanho da mensagem no 5.2.3. Uma mensagem de teste curta chega a uma caixa postal com 5.2.3, nunca a uma com 5.2.2.</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>Para o 5.2.2, o destinatário libera espaço. Para o 5.2.3, envie menos: compacte o anexo ou compartilhe um link.</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>Os dois dizem respeito a tamanho: o 5.3.4 é o limite do servidor inteiro; o 5.2.3, um limite definido para o destinatário ou a caixa postal.</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>O 5.3.4 pode vir já no MAIL FROM, quando o parâmetro SIZE passa do limite que o servidor anunciou, e vale para todos os destinatários ali; o 5.2.3 vem para destinatários específicos.</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>Em qualquer dos casos, envie uma mensagem menor. Só o administrador do servidor de recebimento pode aumentar um limite de 5.3.4 (no Postfix, message_size_limit); um limite de 5.2.3 pode ser específico daquela caixa postal ou grupo.</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>O 4.4.1 significa que não foi possível estabelecer nenhuma conexão com o host de destino; o 4.4.2 significa que a conexão foi estabelecida e depois caiu.</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>O Postfix registra o 4.4.1 com &quot;Connection timed out&quot; ou &quot;Connection refused&quot; durante a conexão, e o 4.4.2 com &quot;lost connection with ... while sending ...&quot;.</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>Para o 4.4.1, verifique se a porta 25 de saída está aberta, se o host MX está no ar e se o endereço dele está certo. Para o 4.4.2, veja o que o lado remoto fez no meio da sessão: timeouts, falhas de TLS ou um firewall que corta transferências longas.</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>Os dois tratam de uma mensagem que não pôde ser entregue a tempo; o 4.4.7 é um aviso de que ela continua na fila, o 5.4.7 é a falha final depois que o tempo de vida na fila se esgotou.</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>Um aviso 4.4.7 diz que a mensagem está atrasada e que o servidor continuará tentando (Action: delayed). Uma devolução 5.4.7 diz que o servidor desistiu (Action: failed) e devolve a mensagem.</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>Depois de um 4.4.7, nada foi perdido ainda: descubra por que o destino está inacessível. Depois de um 5.4.7, a mensagem precisa ser enviada de novo quando o destino voltar a aceitar e-mail.</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>Os dois dizem que há destinatários demais; o 4.5.3 pede o restante em outra transação, o 5.5.3 recusa a mensagem por ter destinatários demais.</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>O 4.5.3 vem com 452 quando o limite por transação do servidor é atingido; os destinatários aceitos antes dele continuam recebendo a mensagem. O 5.5.3 é uma recusa permanente, muitas vezes pelo limite de destinatários por mensagem de um provedor.</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>Depois de um 4.5.3 não é preciso fazer nada: os servidores de e-mail enviam sozinhos para os destinatários restantes. Depois de um 5.5.3, divida a lista de destinatários ou use uma lista de discussão ou um serviço de envio em massa.</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>Os dois são recusas temporárias por segurança ou política; o 4.7.0 não dá um motivo específico, o 4.7.1 diz que a entrega não está autorizada por enquanto.</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>O 4.7.0 costuma aparecer com problemas de TLS ou de autenticação e com limites de taxa para tráfego suspeito; o 4.7.1 costuma aparecer com greylisting ou com um bloqueio temporário do endereço IP de envio. O texto é o único guia confiável.</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>Deixe a fila tentar novamente em qualquer dos casos. Se persistirem, verifique a reputação do endereço IP de envio, o DNS reverso dele, o SPF e o DKIM do domínio e se o TLS funciona.</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>O 5.7.0 é uma recusa de segurança não especificada; o 5.7.1 é uma recusa porque o remetente, o destinatário ou o relay não está autorizado.</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>O 5.7.0 é típico com o 530, quando o TLS ou a autenticação precisam vir primeiro. O 5.7.1 geralmente vem com 550 ou 554 e um motivo: relay negado, uma lista de bloqueio, uma política para o destinatário.</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>Para o 5.7.0, cumpra o requisito que o texto cita (STARTTLS, AUTH). Para o 5.7.1, aja conforme o motivo indicado: autentique-se para fazer relay, tire o IP da lista ou peça ao destinatário que libere o remetente.</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>O 5.7.1 é qualquer recusa de autorização; o 5.7.26 é especificamente uma mensagem que falhou na autenticação (SPF e DKIM e, portanto, DMARC).</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>Um texto de 5.7.26 fala de autenticação, SPF, DKIM ou DMARC. Um texto de 5.7.1 cita relay, uma lista de bloqueio, uma política ou o remetente.</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>Para o 5.7.26, o administrador do domínio de envio corrige o SPF, assina com DKIM e alinha os dois com o domínio do From. Para o 5.7.1, siga o motivo do texto.</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>A mesma recusa, entrega não autorizada, mas o 4.7.1 é temporário e o 5.7.1 é permanente.</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>A classe mostra a diferença: o 4.7.1 mantém a mensagem na fila do remetente, geralmente por greylisting ou por um bloqueio temporário; o 5.7.1 a devolve na hora.</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>Depois de um 4.7.1, deixe a fila tentar novamente a partir do mesmo endereço IP. Depois de um 5.7.1, elimine o motivo indicado no texto antes de enviar de novo.</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>O 5.7.8 é um nome de usuário ou uma senha rejeitados; o 5.7.0 é um motivo de segurança não especificado, que no login muitas vezes significa simplesmente que é preciso se autenticar.</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>O 5.7.8 vem depois do AUTH, geralmente como 535 5.7.8. O 5.7.0 vem antes do AUTH, como 530 5.7.0, quando o cliente tentou enviar sem fazer login ou sem TLS.</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>Para o 5.7.8, corrija as credenciais ou use uma senha de app. Para o 5.7.0, ative o TLS e a autenticação no cliente.</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>O 5.7.8 rejeita as credenciais; o 5.7.9 rejeita o mecanismo de autenticação ou o tipo de senha.</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>O 5.7.8 vem com 535; o 5.7.9 vem com 534 e textos como &quot;Application-specific password required&quot;.</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>Para o 5.7.8, corrija o nome de usuário ou a senha. Para o 5.7.9, mude para um mecanismo mais forte, uma senha de app ou OAuth, o que o provedor pedir.</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>Os dois dizem que a autenticação precisa de criptografia; o 5.7.10 (com 523) pede uma camada de criptografia antes de o mecanismo ser usado, o 5.7.11 (com 538) diz que o mecanismo escolhido só funciona em uma conexão criptografada.</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>O código básico os diferencia: 523 acompanha 5.7.10, e 538 acompanha 5.7.11. Os dois respondem ao AUTH em uma conexão sem criptografia, e os dois são raros, porque os servidores modernos não oferecem mecanismos de senha antes do TLS.</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>Nos dois casos, inicie o TLS (STARTTLS, ou TLS implícito na porta 465) antes do AUTH e verifique se o cliente não volta para texto puro.</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>O 5.7.23 é só uma verificação SPF que falhou; o 5.7.26 significa que várias verificações de autenticação falharam, então a mensagem também não tinha uma assinatura DKIM válida.</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>Um texto de 5.7.23 cita o SPF e, muitas vezes, o endereço IP de envio; um texto de 5.7.26 diz que a mensagem não está autenticada ou menciona o DMARC.</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>Para o 5.7.23, adicione o servidor de envio ou o serviço que envia ao registro SPF do domínio. Para o 5.7.26, faça isso e também assine com DKIM alinhado com o domínio do From.</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>O 5.7.25 recusa um endereço IP de envio sem DNS reverso válido; o 5.7.1 é uma recusa de autorização genérica.</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>Um texto de 5.7.25 menciona PTR ou DNS reverso (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). O 5.7.1 cita algum outro motivo.</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>Para o 5.7.25, peça a quem controla o endereço IP (o provedor de hospedagem ou de rede) um registro PTR cujo nome resolva de volta para o mesmo endereço. Para o 5.7.1, siga o texto dele.</translation>
    </message>
</context>
</TS>
