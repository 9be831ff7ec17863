<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>nenhum catálogo está embutido nesta compilação</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>o catálogo embutido tem um formato desconhecido</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>o catálogo embutido está truncado ou danificado</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>JSON malformado em %1: %2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>o documento deve ser um objeto com um array &quot;entries&quot;</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>a entrada não é um objeto JSON</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>ausente ou não é uma string não vazia</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconhecido</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>ausente ou não é um array</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>cada item deve ser uma string não vazia</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>cada item deve ser um número inteiro</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>cada item deve ser um objeto com os campos de string %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>&quot;%1&quot; não é &quot;basic&quot; nem &quot;enhanced&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>&quot;%1&quot; não é um status conhecido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>&quot;%1&quot; não é um responsável conhecido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>&quot;%1&quot; não é uma etapa conhecida</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>é necessário pelo menos um item</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>não é um código básico (&quot;550&quot;) nem um código aprimorado (&quot;X.7.26&quot;)</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>não corresponde ao formato do código</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>deve ser o primeiro dígito do código, %1</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>%1 não é uma classe de códigos aprimorados (2, 4 ou 5)</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>somente um código obsoleto pode não ter classe</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>somente um código não padrão pode não ter referência</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>o código %1 não existe no catálogo</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>a entrada faz referência a si mesma</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>%1 deve ser do outro tipo (básico com aprimorado)</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>código duplicado, definido primeiro em %1</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>somente códigos aprimorados têm este campo</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>%1 não é o código desta entrada</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>%1 é comparado consigo mesmo</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>%1 e %2 já foram comparados</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>uma tag tem de duas a cinco letras maiúsculas e de um a três dígitos (&quot;TSS04&quot;)</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>um código de provedor deve indicar seu provedor</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>somente um código com status &quot;provider&quot; tem provedor</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>uma tag sempre pertence a um provedor</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>somente um código de provedor pode representar um intervalo</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>deve ser um código posterior da mesma área, como X.7.649 depois de X.7.606</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>se sobrepõe ao intervalo de %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>Experimente &apos;smtpref --help&apos;.</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>não há tradução para &quot;%1&quot;. Idiomas disponíveis: %2.</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>problema no catálogo: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>&quot;%1&quot; não é um código de resposta SMTP. Para pesquisar nos textos, use: smtpref --search PALAVRAS</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>nenhum código corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>&quot;%1&quot; não é um único código de resposta.</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>nenhum código de resposta encontrado em %1.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>não foi possível gravar a saída: %1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>sem classe</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>O registro lista %1 apenas para %2, mas os servidores o enviam, na prática, como %3.</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>%1 não é uma combinação registrada: o registro lista %2 apenas para %3.</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>%1 usa todos os códigos de %2 a %3 com este significado.</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>%1 é um dos códigos de %2 a %3 que %4 usa com um mesmo significado.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 não está no catálogo.</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>Códigos mais próximos: %1.</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>Há códigos próximos documentados por %1: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra esta ajuda e sai.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>Lista todos os códigos do catálogo.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Emite JSON em vez de texto.</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>Responde no idioma IDIOMA (por exemplo fr, ja, pt_BR).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>Um código de resposta: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[CÓDIGO...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>--lang precisa do nome de um idioma.</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>--list não aceita códigos nem pesquisa.</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>--search precisa das palavras a pesquisar.</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>Informe um código ou use --search, --list ou --help.</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>O smtpref explica códigos de resposta SMTP e códigos de status aprimorados, offline.</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>Encontra e explica todos os códigos de resposta em ARQUIVO (uma mensagem de devolução, um log, uma transcrição); - lê da entrada padrão.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>Mostra ARQUIVO com todos os endereços de e-mail, nomes de host, endereços IP e URLs mascarados, mantendo os códigos; - lê da entrada padrão.</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>%1 recebe um único arquivo (ou - para a entrada padrão) e nada mais.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>%1 precisa de um nome de arquivo, ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>Pesquisar nos códigos as palavras ou a linha de resposta a seguir, o melhor resultado primeiro.</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>Compara lado a lado os códigos que vêm a seguir, de dois a quatro.</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>--compare recebe de dois a quatro códigos, por exemplo: smtpref --compare 550 554</translation>
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
        <translation>Exemplos:
  smtpref 550                    um código
  smtpref &quot;550 5.7.26&quot;           os códigos básico e aprimorado de uma resposta
  smtpref 5xx                    todos os códigos de uma classe (também 4.7, 55)
  smtpref --search greylisting   códigos para essas palavras, o melhor resultado primeiro
  smtpref --compare 550 554      códigos lado a lado (até quatro)
  smtpref --explain bounce.eml   todos os códigos de uma devolução, log ou transcrição
  smtpref --redact bounce.eml    o texto com endereços, hosts e IPs mascarados
  smtpref --list --json          o catálogo inteiro em JSON

Código de saída: 0 encontrado, 1 código desconhecido ou nada encontrado, 2 argumentos inválidos ou erros de entrada/saída.
Sem argumentos, o smtpref abre sua janela.
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>%1 está sendo comparado consigo mesmo: escolha outro código em um dos lados para ver as diferenças.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>Tanto %1 (%2) quanto %3 (%4) são respostas %5 (%6).</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>%1 (%2) é uma resposta %3 (%4), enquanto %5 (%6) é uma resposta %7 (%8).</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>%1 (%2) é usado com respostas %3, e %4 (%5), com respostas %6.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>Status de padronização</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>%1 e %2 informam a mesma condição, %3; só a classe muda e, com ela, o que o servidor de envio faz.</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>%1 é um código de resposta básico e %2, um código de status aprimorado: não são alternativas, mas duas camadas de uma mesma resposta, escritas juntas como em &quot;%1 %2&quot;. O código básico indica a classe e a etapa; o código aprimorado, o motivo.</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>%1 é um dos códigos aprimorados usuais de %2.</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>%1 raramente acompanha %2, que geralmente traz %3.</translation>
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
        <translation>Uma resposta 4xx pede ao remetente que tente novamente mais tarde; uma resposta 5xx diz a ele que desista e gere uma devolução. A fila do servidor de envio faz novas tentativas sozinha com um código 4xx, então só um código 5xx exige que uma pessoa aja.</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>Quando uma resposta traz os dois tipos, leia primeiro o código aprimorado: ele é o mais preciso dos dois.</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>O ponto da sessão em que a resposta chegou os diferencia: %1.</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>Eles exigem a ação de pessoas diferentes: %1.</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>Os significados acima são a diferença; o texto depois do código geralmente diz qual deles se aplica.</translation>
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
        <translation>O mesmo quando o e-mail é registrado apenas no journal do systemd:</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>definido por %1, fora do registro</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>%1 não está no registro de códigos de status aprimorados da IANA.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>%1 não está no registro da IANA: %2 usa códigos próprios.</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>O código básico indica a classe %1, mas o código aprimorado indica a classe %2: o servidor se contradiz; é o código básico que decide se haverá nova tentativa.</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>O registro não lista %1 para a classe %2.</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 não é um código de resposta SMTP padrão.</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>Uso no %1: %2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>A resposta menciona %1, uma lista de bloqueio DNS pública: o endereço IP de envio está listado nela, e a remoção deve ser pedida a essa lista, não a %2.</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>%1 é um código próprio de %2 e não está no registro da IANA.</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1] é uma tag de %2: a entrada dela explica esta resposta.</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>na etapa %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>do servidor %1</translation>
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
        <translation>Escolha dois códigos acima ou selecione um código na lista e pressione Ctrl+D para compará-lo com o código exibido em Detalhes.</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>Mais %n veredito não exibido; todos, por categoria:</numerusform>
            <numerusform>Mais %n vereditos não exibidos; todos, por categoria:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 tem mais de %2 MB, o máximo que o smtpref lê.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 não é texto: contém dados binários.</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── A mensagem original, devolvida junto com o relatório ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Você quis dizer “%1”?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>O que significa</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Quando aparece</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Como corrigir</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causas</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Nova tentativa</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Quem deve agir</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>Em que ponto da sessão</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>Enviado com os códigos básicos</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>Códigos aprimorados usuais</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Códigos relacionados</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referências</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>Uso no %1</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Principais diferenças</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Quando usar cada um</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparado com %2</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1, seção %2</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>Textos de erro comuns</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>Costuma ser confundido com</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>O que os diferencia</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>A diferença</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>Como saber qual você tem</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>O que fazer em cada caso</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>Códigos de resposta SMTP</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>O primeiro dígito de um código de resposta é a sua classe. Um código de status aprimorado como 5.7.1 começa com o mesmo dígito.</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>Códigos mais consultados</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>O que você pode digitar no campo de pesquisa</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>Um código de resposta, um código de status aprimorado ou ambos</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>O início de um código ou uma classe inteira: todos os códigos que começam assim</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>Palavras, no idioma da interface ou em inglês</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>Palavras, em inglês</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>Uma linha copiada de uma devolução: primeiro os seus códigos, depois os códigos que as suas palavras descrevem</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>caixa postal cheia</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>Enter abre o primeiro resultado; as setas para cima e para baixo percorrem a lista.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>classe %1 %2</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>sem classe (obsoleto)</translation>
    </message>
    <message>
        <source>classes %1</source>
        <translation>classes %1</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Recipient not named</source>
        <translation>Destinatário não informado</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>permanente: a mensagem foi devolvida</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>temporário: o servidor continua tentando</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>Quem deve agir: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>Veredito para %n destinatário</numerusform>
            <numerusform>Veredito para %n destinatários</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>Destinatário desconhecido</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>Verifique se o endereço tem erros de digitação e peça o endereço correto ao destinatário; remova-o das listas se ele continuar desconhecido.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Caixa postal cheia</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>Avise o destinatário por outro meio que a caixa postal dele está cheia e envie novamente depois que ele liberar espaço.</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>Caixa postal desativada ou suspensa</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>Contate o destinatário por outro meio; se a conta continuar desativada, considere que o endereço não existe mais.</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>Destinatário mudou de endereço</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>Envie para o novo endereço do destinatário, depois de confirmar que ele é legítimo.</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>Domínio inexistente ou sem servidor de e-mail</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>Verifique a grafia do domínio depois do @; se estiver correta, o proprietário do domínio precisa corrigir o DNS dele (registros MX).</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>Domínio não aceita e-mail (null MX)</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>O domínio declara que não recebe e-mail: peça ao destinatário um endereço em outro domínio.</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Mensagem grande demais</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>Envie uma mensagem menor: compacte os anexos ou compartilhe um link no lugar deles.</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>Destinatários demais ou limite de envio excedido</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>Divida os destinatários em lotes menores ou aguarde até que o limite de envio seja redefinido.</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>Falha de autenticação (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>O administrador do domínio de envio corrige o SPF, assina com DKIM e alinha os dois com o domínio do From para o DMARC.</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>DNS reverso ausente</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>Peça a quem controla o endereço IP de envio um registro PTR cujo nome resolva de volta para esse mesmo endereço.</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>IP ou domínio do remetente bloqueado</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>Procure o endereço IP e o domínio de envio na lista de bloqueio indicada, corrija o que os levou a ser listados e depois peça a remoção da lista.</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>Spam ou conteúdo rejeitado</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>Revise o conteúdo, os links e os anexos da mensagem; se ela for legítima, o administrador do lado do envio verifica a reputação do domínio.</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>Vírus</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>Faça uma verificação antivírus no computador de envio e no anexo; se o arquivo estiver limpo, envie-o por outro meio.</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>Recusado pela política local</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>Peça ao destinatário que o administrador de e-mail dele libere as suas mensagens, citando a linha de resposta.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relay negado</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>Envie pelo seu próprio servidor de e-mail, com autenticação, e não por um servidor que não atende o domínio do destinatário.</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>Endereço do remetente rejeitado</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>Envie de um endereço que a sua conta tenha permissão para usar e cujo domínio exista e receba e-mail.</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>Limite de taxa ou conexões demais</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>Deixe a fila tentar novamente mais tarde e reduza a taxa de envio e o número de conexões paralelas.</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>TLS exigido ou com falha</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>Os dois servidores não chegaram a um acordo sobre TLS: o administrador do lado do recebimento verifica o certificado e o STARTTLS, e o do lado do envio, a política de TLS.</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>Prazo de entrega esgotado</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>Erro de rede ou de conexão</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>O servidor de e-mail do destinatário não respondeu: a fila faz novas tentativas sozinha; se persistir, o administrador do destinatário verifica o servidor e os registros MX dele.</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>Erro no sistema remoto</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>Aguarde as novas tentativas; se persistir, informe a linha de resposta ao administrador de e-mail do destinatário.</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>Erro de sintaxe ou de protocolo</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>Verifique as configurações do software de envio (porta, modo TLS, formato de endereço) e atualize-o.</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>Resposta automática, não uma devolução</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>Nada falhou: a mensagem foi entregue e a resposta automática do destinatário a respondeu.</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>Reclamação ou denúncia de abuso</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>Pare de enviar para o destinatário que reclamou e verifique como o endereço entrou na sua lista.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>Nada a fazer: este é um aviso de sucesso.</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Não determinado</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>Leia a linha de resposta abaixo e a explicação do código; a devolução não diz mais nada.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>Não foi possível alcançar o servidor do destinatário antes que a fila desistisse: avise o destinatário por outro meio e envie novamente quando o servidor voltar a aceitar e-mail.</translation>
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
        <translation>código de status aprimorado</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>extensão SMTP</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>associação apenas no registro</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>histórico</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>rascunho, nunca padronizado</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>não padrão, sem RFC</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsoleto</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>ninguém, nada a corrigir</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>o remetente</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>o administrador de e-mail do remetente</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>o destinatário</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>o administrador de e-mail do destinatário</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>o software cliente</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>conexão</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>saudação</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>fim dos dados</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>qualquer comando</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>relatório de devolução (DSN)</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>Não é uma resposta SMTP (erro no cliente)</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>Conclusão positiva</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Intermediária positiva</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Conclusão negativa transitória</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Conclusão negativa permanente</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Classe desconhecida</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Outro status ou status indefinido</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>Status de endereçamento</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>Status da caixa postal</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>Status do sistema de e-mail</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>Status de rede e roteamento</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>Status do protocolo de entrega de e-mail</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>Status do conteúdo ou da mídia da mensagem</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>Status de segurança ou de política</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>Área desconhecida</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>Sintaxe</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>Sistema de e-mail</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>Categoria não especificada</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>Nenhuma nova tentativa necessária: a etapa foi concluída com sucesso</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>Prossiga: o servidor aguarda mais dados</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>Tente novamente mais tarde: a falha é temporária</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>Não tente novamente sem alterações: a falha é permanente</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>Sem resposta SMTP: verifique a conexão</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>tag de provedor</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>definido por um provedor de e-mail</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>Primeiro código</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>Código %1 a comparar</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>Outro código</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>Remover este código da comparação</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>Inverter a ordem dos códigos</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>Adicionar um código à comparação (até quatro)</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>Adicionar um código à comparação</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>Os códigos lado a lado, o que os diferencia, as principais diferenças e quando usar cada um.</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>Texto a explicar</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>Códigos encontrados no texto</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>Enter abre os detalhes do código.</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>Copiar anonimizado</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>Copiar o texto com endereços de e-mail, endereços IP e nomes de host mascarados</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>Copiar o texto anonimizado</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>Ainda não há texto.</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>Nenhum código de resposta SMTP encontrado neste texto.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n código encontrado. Pressione Enter ou clique duas vezes para abri-lo.</numerusform>
            <numerusform>%n códigos encontrados. Pressione Enter ou clique duas vezes para abrir um deles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>Veredito para cada destinatário</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>Cole ou solte aqui uma mensagem de devolução, uma notificação de status de entrega, um log de e-mail ou uma transcrição SMTP, ou abra um arquivo com Arquivo &gt; Abrir. O veredito para cada destinatário e todos os códigos de resposta do texto aparecem à direita.</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>Linhas com mais de %1 caracteres são exibidas encurtadas e o texto não pode ser editado aqui; ele é explicado e copiado por inteiro. &lt;a href=&quot;clear&quot;&gt;Limpar&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — códigos de resposta SMTP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>Copiar como texto &amp;simples</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copiar como &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>&amp;Localizar código…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Aumentar texto</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Reduzir texto</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Tamanho &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>Todas as classes</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>Códigos básicos</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>Códigos aprimorados</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Mostrar &amp;detalhes</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>Mostrar co&amp;mparação</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>&amp;Comparar selecionado com o exibido</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>&amp;Sobre o smtpref</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>Detalhes e comparação</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Detalhes do código</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>Tudo sobre o código selecionado; os códigos no texto são links.</translation>
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
        <translation>%1 copiado como texto simples.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;Uma referência offline de códigos de resposta SMTP e códigos de status aprimorados.&lt;/p&gt;&lt;p&gt;Compilado com Qt %2, em execução no Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fontes dos dados&lt;/b&gt;: RFC 5321, RFC 3463 e as RFCs que as estendem (IETF; usadas conforme as disposições legais do IETF Trust), e o registro &quot;SMTP Enhanced Status Codes&quot; da IANA. As explicações, causas, verificações e recomendações foram escritas para o smtpref. O uso pelos provedores descreve o comportamento público desses provedores.&lt;/p&gt;&lt;p&gt;O smtpref é software livre sob a GNU General Public License, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>Sobre o smtpref</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>Não foi possível ler o arquivo de configurações; usando os padrões.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>O arquivo de configurações estava danificado; ele foi mantido como %1 e os padrões estão sendo usados.</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>O catálogo embutido tem %n problema; alguns códigos podem estar ausentes ou incorretos. Os detalhes estão na saída do terminal.</numerusform>
            <numerusform>O catálogo embutido tem %n problemas; alguns códigos podem estar ausentes ou incorretos. Os detalhes estão na saída do terminal.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Padrão do sistema</translation>
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
        <translation>Texto copiado com endereços e nomes de host mascarados.</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Página &amp;inicial</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>&amp;Dicas de pesquisa</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>Não há pasta pessoal (HOME não está definida): as configurações não serão salvas.</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>As configurações não serão salvas: não é possível gravar %1.</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;Abrir devolução ou log…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Abrir uma devolução ou um log</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>Mensagens de e-mail e logs (*.eml *.msg *.mbox *.txt *.log);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 tem mais de %2 MB, o máximo que o smtpref lê.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 não é texto: contém dados binários.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Não foi possível abrir o arquivo</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 aberto.</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> … (mais %n caractere nesta linha, não exibido)</numerusform>
            <numerusform> … (mais %n caracteres nesta linha, não exibidos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>Pesquisar códigos</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>Digite um código, um prefixo de código ou palavras; as setas para cima e para baixo percorrem os resultados.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas as classes</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>Somente códigos %1</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>Mostrar códigos de todas as classes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>Códigos básicos</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Códigos aprimorados</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>Tipo de código</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Códigos correspondentes</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>Códigos que correspondem à pesquisa, os mais relevantes primeiro.</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>Número de códigos correspondentes</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>Nenhum código correspondente</translation>
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
        <translation>Verifique a ortografia, use menos palavras ou digite um código como 550 ou 5.7.1.</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>Nenhum código corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Mostrar detalhes</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Comparar com…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>Comparar com o código exibido</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>Pesquisar: 550, 5.7.1, 4.7, 5xx, palavras ou uma linha de uma devolução</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todas as fontes</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>Códigos de provedor</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>Somente os códigos que um provedor de e-mail define, ou os códigos que um provedor específico envia</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>Há filtros ativos: escolha Todas, Todos os tipos e Todas as fontes para pesquisar em todos os códigos.</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>Percorrer os resultados a partir do campo de pesquisa</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>Voltar, Avançar</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>Comparar o código selecionado com o código exibido</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>Mostrar detalhes, Mostrar comparação</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>Aumentar texto, reduzir texto, tamanho normal</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>Explicar texto colado (devolução, log ou transcrição)</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>Abrir o código selecionado ou, se nenhum estiver, o primeiro</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Página inicial</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>Copiar o código ou a comparação como texto simples</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>Copiar o código ou a comparação como Markdown</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>Abrir uma mensagem de devolução ou um arquivo de log para explicar</translation>
    </message>
</context>
</TS>
