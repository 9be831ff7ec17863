<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>cette compilation ne contient aucun catalogue intégré</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>le catalogue intégré est dans un format inconnu</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>le catalogue intégré est tronqué ou endommagé</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>JSON mal formé, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>le document doit être un objet contenant un tableau &quot;entries&quot;</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>l&apos;entrée n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>absent, ou n&apos;est pas une chaîne non vide</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>absent, ou n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>chaque élément doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>chaque élément doit être un nombre entier</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>chaque élément doit être un objet comportant les champs de type chaîne %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni &quot;basic&quot; ni &quot;enhanced&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un acteur connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étape connue</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>au moins un élément est requis</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>ni un code de base («&#xa0;550&#xa0;») ni un code d&apos;état étendu («&#xa0;X.7.26&#xa0;»)</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>ne correspond pas à la forme du code</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>doit être le premier chiffre du code, %1</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>%1 n&apos;est pas une classe de codes d&apos;état étendus (2, 4 ou 5)</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>seul un code obsolète peut n&apos;avoir aucune classe</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>seul un code non standard peut n&apos;avoir aucune référence</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>le code %1 n&apos;existe pas dans le catalogue</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>l&apos;entrée fait référence à elle-même</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>%1 doit être de l&apos;autre type (code de base avec code d&apos;état étendu)</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>code en double, défini pour la première fois dans %1</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>seuls les codes d&apos;état étendus ont ce champ</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>%1 n&apos;est pas le code de cette entrée</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>%1 est comparé à lui-même</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>%1 et %2 sont déjà comparés</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>une étiquette se compose de deux à cinq lettres majuscules et d&apos;un à trois chiffres (&quot;TSS04&quot;)</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>un code de fournisseur doit nommer son fournisseur</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>seul un code au statut &quot;provider&quot; a un fournisseur</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>une étiquette appartient toujours à un fournisseur</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>seul un code de fournisseur peut représenter une plage</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>doit être un code plus élevé de la même catégorie, comme X.7.649 après X.7.606</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>chevauche la plage de %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>Essayez «&#xa0;smtpref --help&#xa0;».</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>aucune traduction pour «&#xa0;%1&#xa0;». Langues disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>problème de catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de réponse SMTP. Pour chercher dans les textes, utilisez&#xa0;: smtpref --search MOTS</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>aucun code ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de réponse unique.</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>aucun code de réponse trouvé dans %1.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>impossible d&apos;écrire la sortie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>aucune classe</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>Le registre ne répertorie %1 que pour %2, mais des serveurs l&apos;envoient bien sous la forme %3.</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>%1 n&apos;est pas une combinaison enregistrée&#xa0;: le registre ne répertorie %2 que pour %3.</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>%1 utilise tous les codes de %2 à %3 avec cette signification.</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>%1 fait partie des codes de %2 à %3 que %4 utilise avec une même signification.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>Codes les plus proches&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>Des codes voisins sont documentés par %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>Lister tous les codes du catalogue.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Produire du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>Répondre dans la langue LANGUE (par exemple fr, ja, pt_BR).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>Un code de réponse&#xa0;: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[CODE...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>--lang exige un nom de langue.</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>--list n&apos;accepte ni code ni recherche.</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>--search exige des mots à rechercher.</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>Indiquez un code, ou utilisez --search, --list ou --help.</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>smtpref explique les codes de réponse SMTP et les codes d&apos;état étendus, hors ligne.</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>Trouver et expliquer tous les codes de réponse de FICHIER (avis de non-remise, journal, transcription)&#xa0;; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>Afficher FICHIER en masquant chaque adresse e-mail, nom d&apos;hôte, adresse IP et URL, les codes étant conservés&#xa0;; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>%1 prend un seul fichier (ou - pour l&apos;entrée standard) et rien d&apos;autre.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>%1 exige un nom de fichier, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>Rechercher dans les codes les mots ou la ligne de réponse qui suivent, le meilleur résultat d&apos;abord.</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>Comparer côte à côte les deux à quatre codes qui suivent.</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>--compare prend de deux à quatre codes, par exemple&#xa0;: smtpref --compare 550 554</translation>
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
        <translation>Exemples&#xa0;:
  smtpref 550                    un code
  smtpref &quot;550 5.7.26&quot;           le code de base et le code d&apos;état étendu d&apos;une réponse
  smtpref 5xx                    tous les codes d&apos;une classe (aussi 4.7, 55)
  smtpref --search greylisting   les codes pour ces mots, le meilleur d&apos;abord
  smtpref --compare 550 554      des codes côte à côte (jusqu&apos;à quatre)
  smtpref --explain bounce.eml   les codes d&apos;un avis de non-remise, journal ou transcription
  smtpref --redact bounce.eml    le texte avec adresses, hôtes et IP masqués
  smtpref --list --json          tout le catalogue en JSON

Code de sortie&#xa0;: 0 trouvé, 1 code inconnu ou aucun résultat, 2 arguments incorrects ou erreurs d&apos;entrée/sortie.
Sans argument, smtpref ouvre sa fenêtre.
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>%1 est comparé à lui-même&#xa0;: choisissez un autre code d&apos;un des deux côtés pour voir les différences.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>%1 (%2) et %3 (%4) sont tous deux des réponses de classe %5 (%6).</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>%1 (%2) est une réponse de classe %3 (%4), alors que %5 (%6) est une réponse de classe %7 (%8).</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>%1 (%2) s&apos;emploie avec des réponses %3, et %4 (%5) avec des réponses %6.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>Statut de normalisation</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>%1 et %2 signalent la même situation, %3&#xa0;; seule la classe diffère, et avec elle ce que fait le serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>%1 est un code de réponse de base et %2 un code d&apos;état étendu&#xa0;: ce ne sont pas deux possibilités mais les deux niveaux d&apos;une même réponse, écrits ensemble comme dans &quot;%1 %2&quot;. Le code de base donne la classe et l&apos;étape, le code d&apos;état étendu la raison.</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>%1 est l&apos;un des codes d&apos;état étendus habituels de %2.</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>%1 accompagne rarement %2, qui porte d&apos;ordinaire %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n codes side by side: %1.</source>
        <translation>
            <numerusform>%n code côte à côte&#xa0;: %1.</numerusform>
            <numerusform>%n codes côte à côte&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. The sending server&apos;s queue retries a 4xx code by itself, so only a 5xx code needs a person to act.</source>
        <translation>Une réponse 4xx demande à l&apos;expéditeur de réessayer plus tard&#xa0;; une réponse 5xx lui dit d&apos;abandonner et d&apos;émettre un avis de non-remise. La file d&apos;attente du serveur d&apos;envoi réessaie d&apos;elle-même un code 4xx&#xa0;: seul un code 5xx demande l&apos;intervention d&apos;une personne.</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>Quand une réponse porte les deux sortes de codes, lisez d&apos;abord le code d&apos;état étendu&#xa0;: c&apos;est le plus précis des deux.</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>Le moment de la session où la réponse est arrivée les distingue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>Ils appellent des personnes différentes à agir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>Les significations ci-dessus font la différence&#xa0;; le texte qui suit le code indique en général laquelle s&apos;applique.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>The same where mail is logged only to the systemd journal:</source>
        <translation>Idem lorsque le courrier n&apos;est journalisé que dans le journal systemd&#xa0;:</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>défini par %1, absent du registre</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>%1 ne figure pas dans le registre IANA des codes d&apos;état étendus.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>%1 ne figure pas dans le registre IANA&#xa0;: %2 utilise ses propres codes.</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>Le code de base indique la classe %1, mais le code d&apos;état étendu indique la classe %2&#xa0;: le serveur se contredit&#xa0;; c&apos;est le code de base qui détermine s&apos;il faut réessayer.</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>Le registre ne répertorie pas %1 pour la classe %2.</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 n&apos;est pas un code de réponse SMTP standard.</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>Usage chez %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>La réponse cite %1, une liste de blocage DNS publique&#xa0;: l&apos;adresse IP d&apos;envoi y figure, et c&apos;est à cette liste qu&apos;il faut demander le retrait, pas à %2.</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>%1 est un code propre à %2, qui ne figure pas dans le registre IANA.</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1] est une étiquette de %2&#xa0;: son entrée explique cette réponse.</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>en réponse à %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>provenant de %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <source>Choose two codes above, or select a code in the list and press Ctrl+D to compare it with the code shown in Details.</source>
        <translation>Choisissez deux codes ci-dessus, ou sélectionnez un code dans la liste et appuyez sur Ctrl+D pour le comparer au code affiché dans «&#xa0;Détails&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>%n autre verdict non affiché&#xa0;; tous, par catégorie&#xa0;:</numerusform>
            <numerusform>%n autres verdicts non affichés&#xa0;; tous, par catégorie&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 dépasse %2&#xa0;Mo, la taille maximale que lit smtpref.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 n&apos;est pas du texte&#xa0;: il contient des données binaires.</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── Le message d&apos;origine, retourné avec le rapport ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Quand il apparaît</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment y remédier</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Qui doit agir</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>Étape de la session</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>Envoyé avec les codes de base</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>Codes d&apos;état étendus habituels</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Codes associés</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>Usage chez %1</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Principales différences</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Lequel utiliser</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparé à %2</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1, section %2</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>Textes d&apos;erreur types</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>Souvent confondu avec</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>Ce qui les distingue</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>La différence</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>Comment savoir lequel vous avez</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>Ce qu&apos;il faut faire différemment</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>Codes de réponse SMTP</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>Le premier chiffre d&apos;un code de réponse est sa classe. Un code d&apos;état étendu comme 5.7.1 commence par le même chiffre.</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>Codes les plus recherchés</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>Ce que comprend le champ de recherche</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>Un code de réponse, un code d&apos;état étendu, ou les deux</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>Le début d&apos;un code, ou une classe entière&#xa0;: tous les codes qui commencent ainsi</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>Des mots, dans la langue de l&apos;interface ou en anglais</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>Des mots, en anglais</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>Une ligne copiée d&apos;un avis de non-remise&#xa0;: ses codes d&apos;abord, puis les codes que décrivent ses mots</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>Entrée ouvre le premier résultat&#xa0;; Haut et Bas permettent de parcourir la liste.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>classe %1 (%2)</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>aucune classe (obsolète)</translation>
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
        <translation>Destinataire non indiqué</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>permanent&#xa0;: le message a été retourné</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>temporaire&#xa0;: le serveur continue d&apos;essayer</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>Qui doit agir&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>Verdict pour %n destinataire</numerusform>
            <numerusform>Verdict pour %n destinataires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>Destinataire inconnu</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>Vérifiez que l&apos;adresse ne contient pas de faute de frappe et demandez la bonne adresse au destinataire&#xa0;; retirez-la de vos listes si elle reste inconnue.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>Prévenez le destinataire par un autre moyen que sa boîte aux lettres est pleine, et renvoyez le message une fois qu&apos;il a libéré de la place.</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>Boîte aux lettres désactivée ou suspendue</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>Contactez le destinataire par un autre moyen&#xa0;; si le compte reste désactivé, considérez que l&apos;adresse n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>Destinataire ayant changé d&apos;adresse</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>Écrivez à la nouvelle adresse du destinataire, après avoir vérifié qu&apos;elle est authentique.</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>Domaine inexistant ou sans serveur de messagerie</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>Vérifiez l&apos;orthographe du domaine après le @&#xa0;; s&apos;il est correct, c&apos;est à son propriétaire de corriger son DNS (enregistrements MX).</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>Domaine n&apos;acceptant aucun courrier (null MX)</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>Le domaine déclare ne recevoir aucun courrier&#xa0;: demandez au destinataire une adresse dans un autre domaine.</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Message trop volumineux</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>Envoyez un message plus petit&#xa0;: compressez les pièces jointes ou partagez plutôt un lien.</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>Trop de destinataires ou limite d&apos;envoi dépassée</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>Répartissez les destinataires en lots plus petits, ou attendez que la limite d&apos;envoi soit réinitialisée.</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>Échec de l&apos;authentification (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>L&apos;administrateur du domaine d&apos;envoi corrige SPF, signe avec DKIM et aligne les deux sur le domaine du From pour DMARC.</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>DNS inverse manquant</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>Demandez au propriétaire de l&apos;adresse IP d&apos;envoi un enregistrement PTR dont le nom se résout à son tour en cette même adresse.</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>IP ou domaine de l&apos;expéditeur bloqué</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>Recherchez l&apos;adresse IP et le domaine d&apos;envoi dans la liste de blocage indiquée, corrigez ce qui les y a fait inscrire, puis demandez leur retrait.</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>Spam ou contenu refusé</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>Examinez le contenu, les liens et les pièces jointes du message&#xa0;; s&apos;il est légitime, l&apos;administrateur de l&apos;expéditeur vérifie la réputation du domaine.</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>Virus</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>Analysez l&apos;ordinateur d&apos;envoi et la pièce jointe&#xa0;; si le fichier est sain, envoyez-le par un autre moyen.</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>Refusé par la politique locale</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>Demandez au destinataire de faire autoriser vos messages par son administrateur de messagerie, en citant la ligne de réponse.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relais refusé</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>Envoyez le message par votre propre serveur de messagerie, avec authentification, et non par un serveur qui ne gère pas le domaine du destinataire.</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>Adresse de l&apos;expéditeur refusée</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>Envoyez depuis une adresse que votre compte a le droit d&apos;utiliser et dont le domaine existe et reçoit du courrier.</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>Débit limité ou trop de connexions</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>Laissez la file d&apos;attente réessayer plus tard, et réduisez le débit d&apos;envoi ainsi que le nombre de connexions parallèles.</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>TLS exigé ou en échec</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>Les deux serveurs n&apos;ont pas pu s&apos;entendre sur TLS&#xa0;: l&apos;administrateur côté réception vérifie son certificat et STARTTLS, celui côté envoi sa politique TLS.</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>Délai de remise expiré</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>Erreur réseau ou de connexion</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>Le serveur de messagerie du destinataire n&apos;a pas répondu&#xa0;: la file d&apos;attente réessaie d&apos;elle-même&#xa0;; si cela dure, l&apos;administrateur du destinataire vérifie le serveur et ses enregistrements MX.</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>Erreur du système distant</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>Attendez les nouvelles tentatives&#xa0;; si le problème persiste, signalez la ligne de réponse à l&apos;administrateur de messagerie du destinataire.</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>Erreur de syntaxe ou de protocole</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>Vérifiez les paramètres du logiciel d&apos;envoi (port, mode TLS, format d&apos;adresse) et mettez-le à jour.</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>Réponse automatique, pas un avis de non-remise</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>Aucun échec&#xa0;: le message a été remis et la réponse automatique du destinataire y a répondu.</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>Plainte ou signalement d&apos;abus</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>Cessez d&apos;écrire au destinataire qui s&apos;est plaint et vérifiez comment son adresse est arrivée dans votre liste.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>Rien à faire&#xa0;: il s&apos;agit d&apos;une notification de réussite.</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>Lisez la ligne de réponse ci-dessous et l&apos;explication du code&#xa0;; l&apos;avis de non-remise n&apos;en dit pas plus.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>Le serveur du destinataire n&apos;a pas pu être joint avant que la file d&apos;attente abandonne&#xa0;: prévenez le destinataire par un autre moyen, et renvoyez le message une fois qu&apos;il accepte de nouveau du courrier.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>basic code</source>
        <translation>code de base</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>code d&apos;état étendu</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>extension SMTP</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>association définie dans le registre seulement</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>projet, jamais normalisé</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>non standard, absent des RFC</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>personne, rien à corriger</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>l&apos;expéditeur</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>l&apos;administrateur de messagerie de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>l&apos;administrateur de messagerie du destinataire</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>le logiciel client</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>message d&apos;accueil</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>fin des données</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>n&apos;importe quelle commande</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>avis de non-remise (DSN)</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>Pas une réponse SMTP (erreur côté client)</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>Réponse positive définitive</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Réponse positive intermédiaire</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Réponse négative temporaire</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Réponse négative permanente</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Classe inconnue</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>État autre ou indéfini</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>État de l&apos;adressage</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>État de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>État du système de messagerie</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>État du réseau et de l&apos;acheminement</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>État du protocole de remise</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>État du contenu ou du support du message</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>État de la sécurité ou de la politique</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>Catégorie inconnue</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>Syntaxe</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>Système de messagerie</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>Catégorie non spécifiée</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>Rien à réessayer&#xa0;: l&apos;étape a réussi</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>Continuer&#xa0;: le serveur attend la suite des données</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>Réessayer plus tard&#xa0;: l&apos;échec est temporaire</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>Ne pas réessayer sans modification&#xa0;: l&apos;échec est permanent</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>Aucune réponse SMTP&#xa0;: vérifier la connexion</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>étiquette de fournisseur</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>défini par un fournisseur de messagerie</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>Premier code</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>Code %1 à comparer</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>Autre code</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>Retirer ce code de la comparaison</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>Inverser l&apos;ordre des codes</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>Ajouter un code à la comparaison (quatre au plus)</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>Ajouter un code à la comparaison</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>Les codes côte à côte, ce qui les distingue, leurs principales différences et quand utiliser lequel.</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>Texte à expliquer</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>Codes trouvés dans le texte</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>Entrée affiche les détails du code.</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>Copier anonymisé</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>Copier le texte en masquant les adresses e-mail, les adresses IP et les noms d&apos;hôte</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>Copier le texte anonymisé</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>Aucun texte pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>Aucun code de réponse SMTP trouvé dans ce texte.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n code trouvé. Appuyez sur Entrée ou double-cliquez dessus pour l&apos;ouvrir.</numerusform>
            <numerusform>%n codes trouvés. Appuyez sur Entrée ou double-cliquez sur l&apos;un d&apos;eux pour l&apos;ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>Verdict pour chaque destinataire</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>Collez ou déposez ici un avis de non-remise, une notification d&apos;état de remise (DSN), un journal de messagerie ou une transcription SMTP, ou ouvrez-en un avec Fichier &gt; Ouvrir. Le verdict pour chaque destinataire et tous les codes de réponse qu&apos;il contient s&apos;affichent à droite.</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>Les lignes de plus de %1 caractères sont affichées tronquées et le texte ne peut pas être modifié ici&#xa0;; il est expliqué et copié en entier. &lt;a href=&quot;clear&quot;&gt;Effacer&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — codes de réponse SMTP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>Copier en &amp;texte brut</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copier en &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>&amp;Rechercher un code…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Agrandir le texte</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>Codes de base</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>Codes d&apos;état étendus</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>Afficher la com&amp;paraison</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>&amp;Comparer la sélection au code affiché</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>À &amp;propos de smtpref</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>Détails et comparaison</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Détails du code</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>Tout sur le code sélectionné&#xa0;; les codes cités dans le texte sont des liens.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown.</source>
        <translation>%1 copié en Markdown.</translation>
    </message>
    <message>
        <source>Copied %1 as plain text.</source>
        <translation>%1 copié en texte brut.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;Une référence hors ligne des codes de réponse SMTP et des codes d&apos;état étendus.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources des données&lt;/b&gt;&#xa0;: RFC 5321, RFC 3463 et les RFC qui les étendent (IETF&#xa0;; utilisés conformément aux dispositions juridiques de l&apos;IETF Trust), ainsi que le registre IANA &quot;SMTP Enhanced Status Codes&quot;. Les explications, causes, vérifications et conseils ont été rédigés pour smtpref. Les usages des fournisseurs décrivent le comportement public de ces fournisseurs.&lt;/p&gt;&lt;p&gt;smtpref est un logiciel libre distribué sous la licence publique générale GNU (GNU GPL), version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>À propos de smtpref</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>Impossible de lire le fichier de paramètres&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>Le fichier de paramètres était endommagé&#xa0;; il a été conservé sous le nom %1 et les valeurs par défaut sont utilisées.</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>Le catalogue intégré présente %n problème&#xa0;; certains codes peuvent manquer ou être erronés. Les détails figurent dans la sortie du terminal.</numerusform>
            <numerusform>Le catalogue intégré présente %n problèmes&#xa0;; certains codes peuvent manquer ou être erronés. Les détails figurent dans la sortie du terminal.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>&amp;Expliquer un texte…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Copied the text with addresses and host names masked.</source>
        <translation>Texte copié avec les adresses et les noms d&apos;hôte masqués.</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>&amp;Conseils de recherche</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>Aucun dossier personnel (HOME n&apos;est pas défini)&#xa0;: les réglages ne seront pas enregistrés.</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>Les réglages ne seront pas enregistrés&#xa0;: impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;Ouvrir un avis de non-remise ou un journal…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Ouvrir un avis de non-remise ou un journal</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>Messages et journaux (*.eml *.msg *.mbox *.txt *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 dépasse %2&#xa0;Mo, la taille maximale que lit smtpref.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 n&apos;est pas du texte&#xa0;: il contient des données binaires.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> … (%n caractère de plus sur cette ligne, non affiché)</numerusform>
            <numerusform> … (%n caractères de plus sur cette ligne, non affichés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>Rechercher des codes</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>Saisissez un code, un début de code ou des mots&#xa0;; Haut et Bas permettent de parcourir les résultats.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>Codes %1 uniquement</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>Afficher les codes de toutes les classes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>Codes de base</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Codes d&apos;état étendus</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>Type de code</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Codes correspondants</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>Codes correspondant à la recherche, du plus pertinent au moins pertinent.</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>Nombre de codes correspondants</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>Aucun code correspondant</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <translation>
            <numerusform>%1 sur %n code</numerusform>
            <numerusform>%1 sur %n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.</source>
        <translation>Vérifiez l&apos;orthographe, utilisez moins de mots ou saisissez un code comme 550 ou 5.7.1.</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>Aucun code ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>Comparer avec le code affiché</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>Rechercher&#xa0;: 550, 5.7.1, 4.7, 5xx, des mots ou une ligne d&apos;un avis de non-remise</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>Codes de fournisseurs</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>Uniquement les codes définis par un fournisseur de messagerie, ou ceux qu&apos;envoie un fournisseur donné</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>Des filtres sont actifs&#xa0;: choisissez «&#xa0;Toutes&#xa0;», «&#xa0;Tous les types&#xa0;» et «&#xa0;Toutes les sources&#xa0;» pour chercher dans tous les codes.</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>Parcourir les résultats depuis le champ de recherche</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>Précédent, Suivant</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>Comparer le code sélectionné au code affiché</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>Afficher les détails, afficher la comparaison</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>Agrandir le texte, réduire le texte, taille normale</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>Expliquer un texte collé (avis de non-remise, journal ou transcription)</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>Ouvrir le code sélectionné, ou le premier</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Page d&apos;accueil</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>Copier le code ou la comparaison en texte brut</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>Copier le code ou la comparaison en Markdown</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>Ouvrir un avis de non-remise ou un fichier journal à expliquer</translation>
    </message>
</context>
</TS>
