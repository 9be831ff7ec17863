#include "explain/explainer.h"

#include "catalog/vocabulary.h"
#include "code/replycode.h"
#include "explain/mailaddress.h"
#include "explain/maillog.h"
#include "explain/textlines.h"
#include "i18n/catalogtranslation.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// A code may start at i: not inside a longer number, word or dotted version ("v2.5.1.3").
bool startsStandingAlone(QStringView line, qsizetype i)
{
    return i == 0 || !(isWordChar(line[i - 1]) || line[i - 1] == u'.');
}

// The codes of replies: basic codes of class 2 to 5, enhanced codes of class 2, 4 or 5 (not X).
bool isReplyCode(const ReplyCode &code)
{
    return code.isBasic() ? code.classDigit() >= 2 && code.classDigit() <= 5
                          : code.isEnhanced() && code.classDigit() != ReplyCode::anyClass;
}

// What may follow a code that stands alone: for "550" a space, '-' (a continuation), a tab, a quote or
// a comma; for "5.1.1" anything but a letter, a digit or ".digit" (a longer dotted number).
bool endsStandingAlone(QStringView line, const ReplyCode &code, qsizetype end)
{
    if (end == line.size())
        return true;
    const QChar next = line[end];
    if (code.isBasic())
        return next == u' ' || next == u'-' || next == u'\t' || next == u'\'' || next == u'"' || next == u','
            || next == u':';
    return !isWordChar(next) && !(next == u'.' && end + 1 < line.size() && isDigit(line[end + 1]));
}

// The reply code standing alone at i, and its length; an invalid code when there is none.
ReplyCode replyCodeAt(QStringView line, qsizetype i, qsizetype *length)
{
    const ReplyCode code = ReplyCode::at(line, i, length);
    if (isReplyCode(code) && startsStandingAlone(line, i) && endsStandingAlone(line, code, i + *length))
        return code;
    *length = 0;
    return {};
}

// text without its trailing white space. Not trimmed(): that also scans the white space at the start,
// which a line of many codes after a long indentation would scan again for every code.
QStringView withoutTrailingSpace(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    return text.first(end);
}

bool endsWithAny(QStringView text, std::initializer_list<QStringView> endings)
{
    const QStringView trimmed = withoutTrailingSpace(text);
    for (QStringView ending : endings) {
        if (trimmed.endsWith(ending, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Text that announces a reply: a lone basic code after it is a reply code, not any number.
bool announcesReply(QStringView before)
{
    return withoutTrailingSpace(before).isEmpty()
        || endsWithAny(before,
                       { u"said:", u"smtp;", u"reply=", u"'", u"\"", u"returned", u"error:", u":", u"<**",
                         u"<-", u"<~", u"<<<", u"S:", u"response:", u"was:", u"ResponseCode" });
}

// Text that announces an enhanced code on its own: DSN Status, Postfix and Sendmail dsn=, Exchange #.
bool announcesEnhanced(QStringView before)
{
    return endsWithAny(before, { u"status:", u"dsn=", u"#", u"status=" });
}

// Removes what quoting and transcript tools put before a line: "> ", "<** ", "<-  ", "S: ".
QStringView withoutQuoting(QStringView line, qsizetype *removed)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u'>' || line[i] == u' ' || line[i] == u'\t' || line[i] == u'|'))
        ++i;
    *removed = i;
    return line.mid(i);
}

// The address after a phrase that names the recipient in prose: "wasn't delivered to bob@...",
// "Your message to bob@... couldn't be delivered", "Original-Rcpt-To: <bob@...>". One search for " to "
// finds every candidate; bounces write these words in lower case.
QString addressAfterPhrase(QStringView line)
{
    const auto addressFrom = [&](qsizetype at) {
        QStringView rest = line.sliced(at).trimmed();
        if (rest.startsWith(u'<'))
            rest = rest.sliced(1);
        return mailaddress::at(rest, 0).toString();
    };
    if (line.startsWith(u"Original-Rcpt-To:", Qt::CaseInsensitive))
        return addressFrom(17);
    for (qsizetype at = line.indexOf(u" to "); at >= 0; at = line.indexOf(u" to ", at + 4)) {
        const QStringView before = line.first(at);
        if (before.endsWith(u"delivered") || before.endsWith(u"message") || before.endsWith(u"addressed")) {
            if (const QString address = addressFrom(at + 4); !address.isEmpty())
                return address;
        }
    }
    return {};
}

QString normalizedAction(QStringView value)
{
    const QString action = value.trimmed().toString().toLower().section(u' ', 0, 0);
    return action;
}

// A phrase looked for in the text, and what finding it means (a stage id, a provider's name).
struct Phrase
{
    const char16_t *text;
    const char16_t *meaning;
};

// How logs and bounces say which command a reply answered. Longer phrases first.
constexpr Phrase stagePhrases[] = {
    { u"end of data", u"end of data" },
    { u"RCPT TO", u"RCPT TO" },
    { u"MAIL FROM", u"MAIL FROM" },
    { u"STARTTLS", u"STARTTLS" },
    { u"EHLO", u"EHLO" },
    { u"HELO", u"EHLO" },
    { u"AUTH", u"AUTH" },
    { u"BDAT", u"BDAT" },
    { u"DATA", u"DATA" },
    { u"QUIT", u"QUIT" },
    { u"initial connection", u"greeting" },
    { u"greeting", u"greeting" },
    { u"banner", u"greeting" },
};

// "(in reply to RCPT TO command)", "after RCPT TO:<...>", "after end of data".
QString stageSaidIn(QStringView line)
{
    // Postfix and Exim write these in lower case; a case-sensitive search is many times faster.
    for (QStringView marker : { QStringView(u"in reply to "), QStringView(u"after ") }) {
        const qsizetype at = line.indexOf(marker);
        if (at < 0)
            continue;
        const QStringView rest = line.mid(at + marker.size());
        for (const Phrase &words : stagePhrases) {
            if (rest.startsWith(QStringView(words.text), Qt::CaseInsensitive))
                return QString::fromUtf16(words.meaning);
        }
    }
    return {};
}

// A client command in a transcript ("-> RCPT TO:<...>", "C: DATA", or the bare command): the stage of
// the replies that follow.
QString stageOfCommand(QStringView line)
{
    QStringView command = line.trimmed();
    for (QStringView marker : { QStringView(u"->"), QStringView(u"~>"), QStringView(u"C:") }) {
        if (command.startsWith(marker))
            command = command.mid(marker.size()).trimmed();
    }
    if (command == u".")
        return u"end of data"_s;
    // A command is short and starts with one of the commands' letters; most log lines are neither.
    if (command.isEmpty() || command.size() > 512
        || !QStringView(u"EHMRDSAQBeshmrdsaqb").contains(command.front()))
        return {};
    for (const Phrase &words : stagePhrases) {
        const QStringView word(words.text);
        if (command.startsWith(word, Qt::CaseInsensitive) && word.front().isUpper()
            && (command.size() == word.size() || command[word.size()] == u' '
                || command[word.size()] == u':'))
            return QString::fromUtf16(words.meaning);
    }
    return {};
}

// What ends a host name after a mark. A control or format character (an escape, a bidi override) is
// never part of one, and must not reach a terminal as part of the server's name.
bool endsHostName(QChar c)
{
    const QChar::Category category = c.category();
    return c.isSpace() || c == u'[' || c == u';' || c == u',' || c == u'('
        || category == QChar::Other_Control || category == QChar::Other_Format;
}

QString remoteHostIn(QStringView line)
{
    // DSN, Postfix "host ... said", Sendmail and Postfix relay=, Exim H=, Exchange's "Generating server:".
    // One pass: only where one of the markers' first letters stands is a marker compared.
    static constexpr QStringView markers[]
        = { u"Remote-MTA: dns;", u"host ", u"relay=", u"H=", u"Generating server:" };
    constexpr qsizetype maxHostLength = 255; // what DNS allows
    // Where the name after a mark ends, found once for all the marks before it: "H=H=H=..." must not
    // make every mark read on to the end of the line.
    qsizetype nameEnd = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c != u'R' && c != u'h' && c != u'r' && c != u'H' && c != u'G')
            continue;
        for (QStringView marker : markers) {
            if (marker.front() != c || !line.mid(i).startsWith(marker))
                continue;
            qsizetype begin = i + marker.size();
            for (qsizetype skipped = 0; begin < line.size() && line[begin].isSpace() && skipped < maxHostLength;
                 ++skipped)
                ++begin;
            nameEnd = std::max(nameEnd, begin);
            while (nameEnd < line.size() && !endsHostName(line[nameEnd]))
                ++nameEnd;
            if (nameEnd - begin > maxHostLength)
                continue;
            QStringView host = line.mid(begin, nameEnd - begin);
            while (host.endsWith(u'.') || host.endsWith(u':'))
                host.chop(1);
            if (host.contains(u'.'))
                return host.toString();
        }
    }
    return {};
}

// Marks providers leave in their replies and host names, in lower case.
constexpr Phrase providerMarks[] = {
    { u"gsmtp", u"Gmail" },
    { u"google.com", u"Gmail" },
    { u"gmail", u"Gmail" },
    { u"protection.outlook.com", u"Microsoft 365" },
    { u"outlook.com", u"Microsoft 365" },
    { u"office365", u"Microsoft 365" },
    { u"hotmail", u"Microsoft 365" },
    { u"yahoodns", u"Yahoo" },
    { u"yahoo.com", u"Yahoo" },
    { u"aol.com", u"Yahoo" },
    { u"[tss", u"Yahoo" },
    { u"icloud.com", u"Apple iCloud Mail" },
    { u"zoho", u"Zoho Mail" },
    { u"protonmail", u"Proton Mail" },
};

char16_t asciiLower(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
}

bool startsWithMark(QStringView text, QStringView mark)
{
    if (text.size() < mark.size())
        return false;
    for (qsizetype i = 0; i < mark.size(); ++i) {
        if (asciiLower(text[i]) != mark[i])
            return false;
    }
    return true;
}

// Public DNS blocklists a reply may name: their block is the list's, not the receiving provider's own.
constexpr Phrase blocklistMarks[] = {
    { u"spamhaus", u"Spamhaus" }, { u"spamcop", u"SpamCop" },       { u"barracuda", u"Barracuda" },
    { u"sorbs", u"SORBS" },       { u"uceprotect", u"UCEPROTECT" }, { u"abuseat", u"CBL" },
};

// What a line's marks say: the provider its reply or host names, the public blocklist it names.
struct LineMarks
{
    QString provider;
    QString blocklist;
};

// The marks of a text in one pass, case-insensitively: at each character that can begin a mark, only
// those marks are compared there. Logs have long lines and many of them; a full search per mark and
// line was most of the decoding time.
template<std::size_t N> QString firstMarkIn(QStringView text, const Phrase (&marks)[N])
{
    // The marks by their first character, their lengths measured once.
    using Table = std::array<std::vector<std::pair<QStringView, const char16_t *>>, 128>;
    static const Table byFirst = [&marks] {
        Table table;
        for (const Phrase &mark : marks)
            table[mark.text[0]].push_back({ QStringView(mark.text), mark.meaning });
        return table;
    }();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = asciiLower(text[i]);
        if (c >= 128)
            continue;
        for (const auto &[mark, meaning] : byFirst[c]) {
            if (startsWithMark(text.mid(i), mark))
                return QString::fromUtf16(meaning);
        }
    }
    return {};
}

// Words that make the address in a reply someone else than the recipient: the sender's, or the new
// address a 551 offers.
constexpr Phrase notTheRecipientMarks[] = {
    { u"sender", u"sender" }, { u"please try", u"forward path" }, { u"forward", u"forward path" },
};

// A line's provider, and the public blocklist it names: only looked for when a provider is named,
// since only then can the blocklist overrule what the provider usually means.
LineMarks marksIn(QStringView text)
{
    LineMarks found { firstMarkIn(text, providerMarks), {} };
    if (found.provider.isEmpty())
        return found;
    found.blocklist = firstMarkIn(text, blocklistMarks);
    // A list the names above miss: "blocked using dnsbl.example.net" names its zone.
    if (const qsizetype at = found.blocklist.isEmpty() ? text.indexOf(u"blocked using ") : -1; at >= 0) {
        QStringView zone = text.sliced(at + 14).left(255);
        zone = zone.first(std::min(zone.size(), zone.indexOf(u' ') < 0 ? zone.size() : zone.indexOf(u' ')));
        while (zone.endsWith(u'.') || zone.endsWith(u';') || zone.endsWith(u','))
            zone.chop(1);
        found.blocklist = zone.isEmpty() ? u"DNSBL"_s : zone.toString();
    }
    return found;
}

QString providerIn(QStringView text)
{
    return marksIn(text).provider;
}

} // namespace

// How many earlier findings a new code is compared with. Real text has a handful; a line of thousands of
// different codes must not compare each with all the others.
constexpr qsizetype candidateReach = 16;

namespace {

// The first finding of a line for each exact pair of codes, so that a line that repeats one reply
// finds the earlier one at once. Only a line with more replies than candidateReach ever asks (the
// others compare all their findings anyway), so the hash is built, by replaying the insertions in
// order, only when one asks: most lines have one reply, and a hash per line cost 7% of decoding.
class FirstOfPair
{
public:
    void insert(const QString &key, qsizetype index)
    {
        if (m_built)
            add(key, index);
        else
            m_insertions.append({ key, index });
    }

    qsizetype find(const QString &key)
    {
        if (!m_built) {
            for (const auto &[k, index] : std::as_const(m_insertions))
                add(k, index);
            m_insertions.clear();
            m_built = true;
        }
        return m_first.value(key, -1);
    }

private:
    void add(const QString &key, qsizetype index) { m_first.insert(key, std::min(index, m_first.value(key, index))); }

    QList<std::pair<QString, qsizetype>> m_insertions;
    QHash<QString, qsizetype> m_first;
    bool m_built = false;
};

} // namespace

struct Explainer::LineContext
{
    QString stage; // the last client command of a transcript
    QString blockHost; // the remote server the paragraph names, for its findings before and after
    QList<qsizetype> partial; // recent findings of the paragraph with one code only (a DSN Status:)
    QList<qsizetype> hostless; // findings of the paragraph still without a remote host
    qsizetype continuation = -1; // the finding whose reply goes on with "550-" lines
    QString recipient; // the recipient the text last named: it stays until another is named
    QString action; // a DSN block's Action field

    void startParagraph()
    {
        action.clear();
        blockHost.clear();
        partial.clear();
        hostless.clear();
        continuation = -1;
    }

    // The first finding later lines may still change; every finding before it is final.
    qsizetype firstOpen(qsizetype end) const
    {
        qsizetype first = end;
        if (!partial.isEmpty())
            first = std::min(first, partial.front());
        if (!hostless.isEmpty())
            first = std::min(first, hostless.front());
        if (continuation >= 0)
            first = std::min(first, continuation);
        return first;
    }
};

// The findings not handed out yet; numbered from the start of the text, so that the context's
// numbers stay valid when the first ones are taken.
struct Explainer::Findings
{
    QList<ExplainFinding> list;
    qsizetype taken = 0; // the number of list[0]

    ExplainFinding &operator[](qsizetype k) { return list[k - taken]; }
    qsizetype end() const { return taken + list.size(); }

    QList<ExplainFinding> takeBefore(qsizetype k)
    {
        const qsizetype count = std::clamp<qsizetype>(k - taken, 0, list.size());
        QList<ExplainFinding> done = list.first(count);
        list.remove(0, count);
        taken += count;
        return done;
    }
};

struct Explainer::Session::State
{
    explicit State(const Explainer &e)
        : explainer(e)
        , lines([this](QStringView line, qsizetype offset) {
            explainer.decodeLine(line, offset, ++number, context, findings);
        })
    { }

    QList<ExplainFinding> completed(QList<ExplainFinding> done) const
    {
        for (ExplainFinding &finding : done)
            explainer.complete(&finding);
        return done;
    }

    const Explainer &explainer;
    LineContext context;
    Findings findings;
    int number = 0;
    TextLines lines;
};

Explainer::Session::Session(const Explainer &explainer)
    : m_state(std::make_unique<State>(explainer))
{ }

Explainer::Session::~Session() = default;

void Explainer::Session::add(QStringView piece)
{
    m_state->lines.add(piece);
}

QList<ExplainFinding> Explainer::Session::takeFinished()
{
    Findings &findings = m_state->findings;
    return m_state->completed(findings.takeBefore(m_state->context.firstOpen(findings.end())));
}

QList<ExplainFinding> Explainer::Session::finish()
{
    m_state->lines.finish();
    // A DSN names the remote server once per block; what it names applies to the block's findings.
    return m_state->completed(m_state->findings.takeBefore(m_state->findings.end()));
}

Explainer::Explainer(const Catalog &catalog)
    : m_catalog(catalog)
{ }

QList<ExplainFinding> Explainer::explain(QStringView text) const
{
    Session session(*this);
    session.add(text);
    return session.finish();
}

void Explainer::decodeLine(QStringView rawLine, qsizetype offset, int number, LineContext &context,
                           Findings &findings) const
{
    // A DSN's Status: and its Diagnostic-Code: stand a few lines apart; further apart they are other events.
    constexpr int partialReach = 8;
    // A DSN names its Remote-MTA within a screenful of its codes. A log has no blank lines: without a
    // reach, one finding without a host would keep every later one open (and in memory) to the end.
    constexpr int hostReach = 64;
    qsizetype removed = 0;
    const QStringView line = withoutQuoting(rawLine, &removed);
    if (line.trimmed().isEmpty()) {
        context.startParagraph();
        return;
    }
    const QString commandStage = stageOfCommand(line);
    if (!commandStage.isEmpty()) {
        context.stage = commandStage;
        context.continuation = -1;
        return;
    }
    // A log line is one delivery attempt: its host, recipient and status are its own, and nothing it
    // names reaches the findings of the lines around it.
    const bool logLine = maillog::isLogLine(line);
    QString lineRecipient;
    QString lineAction;
    // The DSN fields are looked at only on lines that start like one: every line of a log passes here.
    const QChar first = line.isEmpty() ? QChar() : QChar(asciiLower(line.front()));
    if (logLine) {
        context.startParagraph();
        const maillog::Delivery delivery = maillog::deliveryOf(line);
        lineRecipient = delivery.recipient;
        lineAction = delivery.action;
    } else if ((first == u'f' && line.startsWith(u"Final-Recipient:", Qt::CaseInsensitive))
               || (first == u'o' && line.startsWith(u"Original-Recipient:", Qt::CaseInsensitive))) {
        const QStringView value = line.sliced(line.indexOf(u':') + 1);
        const qsizetype semicolon = value.indexOf(u';');
        QStringView address = (semicolon >= 0 ? value.sliced(semicolon + 1) : value).trimmed();
        if (address.startsWith(u'<'))
            address = address.sliced(1);
        if (line.startsWith(u"Final", Qt::CaseInsensitive) || context.recipient.isEmpty())
            context.recipient = mailaddress::at(address, 0).toString();
    } else if (first == u'a' && line.startsWith(u"Action:", Qt::CaseInsensitive)) {
        context.action = normalizedAction(line.sliced(7));
        for (qsizetype k : std::as_const(context.partial))
            findings[k].action = context.action;
    } else if (line.contains(u'@')) {
        if (const QString leading = mailaddress::leading(line); !leading.isEmpty())
            context.recipient = leading;
        else if (const QString named = addressAfterPhrase(line); !named.isEmpty())
            context.recipient = named;
    }
    qsizetype expired = 0; // the oldest first: only those that leave are looked at
    while (expired < context.hostless.size() && number - findings[context.hostless[expired]].line > hostReach)
        ++expired;
    context.hostless.remove(0, expired);
    const QString lineHost = remoteHostIn(line);
    if (!lineHost.isEmpty() && !logLine) {
        context.blockHost = lineHost;
        for (qsizetype k : std::as_const(context.hostless))
            findings[k].remoteHost = lineHost;
        context.hostless.clear();
    }
    context.partial.removeIf([&](qsizetype k) { return number - findings[k].line > partialReach; });

    const qsizetype lineFindings = findings.end();
    // What the line says once, looked up for its first finding: scanning the line again for each of
    // its replies made a long line of replies take time in the square of its length.
    std::optional<LineMarks> lineMarks;
    std::optional<QString> lineStage;
    auto marks = [&]() -> const LineMarks & { return lineMarks ? *lineMarks : *(lineMarks = marksIn(line)); };
    auto provider = [&] { return marks().provider; };
    FirstOfPair firstOfPair;
    auto pairKey = [](const ExplainFinding &f) -> QString { return f.basic + u'|' + f.enhanced; };
    bool continues = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] < u'2' || line[i] > u'5')
            continue;
        qsizetype length = 0;
        const ReplyCode code = replyCodeAt(line, i, &length);
        if (!code.isValid())
            continue;
        ExplainFinding finding;
        qsizetype spanEnd = i;
        if (code.isBasic()) {
            qsizetype j = i + length;
            const bool dash = j < line.size() && line[j] == u'-';
            // "550: 5.1.1" (Sendmail's DSN text), "550 5.1.1", "550-5.1.1", "550-'5.7.1" (a quoted reply).
            if (j + 1 < line.size() && line[j] == u':' && line[j + 1] == u' ')
                ++j;
            if (j < line.size() && (line[j] == u' ' || line[j] == u'-'))
                ++j;
            // "550 - 5.1.1", "421 , 4.7.0" (Zoho's bounces).
            if (j + 1 < line.size() && (line[j] == u'-' || line[j] == u',') && line[j + 1] == u' ' && line[j - 1] == u' ')
                j += 2;
            if (j < line.size() && (line[j] == u'#' || line[j] == u'\''))
                ++j;
            qsizetype enhancedLength = 0;
            if (!replyCodeAt(line, j, &enhancedLength).isEnhanced())
                enhancedLength = 0;
            const QString basic = line.mid(i, length).toString();
            if (enhancedLength == 0 && !(m_catalog.find(basic) && announcesReply(line.first(i))))
                continue;
            finding.basic = basic;
            if (enhancedLength > 0)
                finding.enhanced = line.mid(j, enhancedLength).toString();
            spanEnd = enhancedLength > 0 ? j + enhancedLength : i + length;
            continues = dash;
        } else if (code.isEnhanced()
                   && (announcesEnhanced(line.first(i))
                       // A bare "5.2.2 <bob@example.com>... Mailbox Full" line (GMX, Sendmail).
                       || (withoutTrailingSpace(line.first(i)).isEmpty() && i + length < line.size()
                           && line[i + length] == u' '))) {
            finding.enhanced = line.mid(i, length).toString();
            spanEnd = i + length;
        } else {
            continue;
        }
        const qsizetype codeStart = i;
        i = spanEnd - 1;

        // The same reply again: a "550-5.7.1" continuation, Postfix's dsn= beside "said: 550 5.1.1" on one
        // line, a DSN Status: completed by its Diagnostic-Code:.
        auto compatible = [&](const ExplainFinding &other) {
            return (finding.basic.isEmpty() || other.basic.isEmpty() || other.basic == finding.basic)
                && (finding.enhanced.isEmpty() || other.enhanced.isEmpty()
                    || other.enhanced == finding.enhanced);
        };
        // A log line's replies are merged only with each other: each line is its own attempt.
        QList<qsizetype> candidates = logLine ? QList<qsizetype>() : context.partial;
        if (context.continuation >= 0 && !logLine)
            candidates.append(context.continuation);
        const qsizetype recent = std::max(lineFindings, findings.end() - candidateReach);
        if (recent > lineFindings) {
            if (const qsizetype same = firstOfPair.find(pairKey(finding)); same >= 0 && same < recent)
                candidates.append(same);
        }
        for (qsizetype k = logLine ? lineFindings : recent; k < findings.end(); ++k)
            candidates.append(k);
        qsizetype into = -1;
        for (qsizetype k : std::as_const(candidates)) {
            const ExplainFinding &other = findings[k];
            const bool completes = other.basic.isEmpty() != finding.basic.isEmpty();
            if (compatible(other) && (completes || k >= lineFindings || k == context.continuation)) {
                into = k;
                break;
            }
        }
        // The words after the codes, up to a bound: what the diagnosis reads the reason from. A success
        // (most lines of a log: "status=sent (250 2.0.0 Ok)") needs no reason: its words are not kept.
        constexpr qsizetype maxReplyText = 240;
        const QStringView words = code.classDigit() == 2
            ? QStringView()
            : withoutTrailingSpace(line.sliced(spanEnd).left(maxReplyText)).trimmed();
        if (into >= 0) {
            ExplainFinding &other = findings[into];
            if (other.replyText.size() < maxReplyText && !words.isEmpty() && !other.replyText.endsWith(words))
                other.replyText = (other.replyText.isEmpty() ? QString() : other.replyText + u' ') + words.toString();
            if (other.recipient.isEmpty())
                other.recipient = logLine ? lineRecipient : context.recipient;
            if (other.basic.isEmpty())
                other.basic = finding.basic;
            if (other.enhanced.isEmpty())
                other.enhanced = finding.enhanced;
            if (other.provider.isEmpty())
                other.provider = provider(); // Gmail signs the last line of a reply ("gsmtp")
            if (!other.basic.isEmpty() && !other.enhanced.isEmpty())
                context.partial.removeOne(into);
            if (into >= lineFindings)
                firstOfPair.insert(pairKey(other), into);
            continue;
        }
        finding.line = number;
        finding.start = offset + removed + codeStart;
        finding.length = spanEnd - codeStart;
        if (!lineStage)
            lineStage = stageSaidIn(line);
        finding.stage = lineStage->isEmpty() ? context.stage : *lineStage;
        finding.remoteHost = logLine ? lineHost : context.blockHost;
        finding.provider = provider();
        finding.replyText = words.toString();
        finding.logLine = logLine;
        finding.action = logLine ? lineAction : context.action;
        // The recipient a reply names itself, unless it is the sender's address the reply refuses.
        // and unless it is the forward path a 551 offers ("please try <new@example.com>").
        QString named = words.isEmpty() ? QString() : mailaddress::bracketed(words);
        if (!named.isEmpty() && (finding.stage == u"MAIL FROM" || !firstMarkIn(words, notTheRecipientMarks).isEmpty()))
            named.clear();
        finding.recipient = !named.isEmpty() ? named : logLine ? lineRecipient : context.recipient;
        finding.blocklist = marks().blocklist;
        const qsizetype index = findings.end();
        firstOfPair.insert(pairKey(finding), index);
        findings.list.append(finding);
        if (finding.basic.isEmpty() || finding.enhanced.isEmpty()) {
            context.partial.append(index);
            if (context.partial.size() > candidateReach)
                context.partial.removeFirst();
        }
        if (finding.remoteHost.isEmpty() && !logLine)
            context.hostless.append(index);
    }
    if (continues && findings.end() > lineFindings)
        context.continuation = findings.end() - 1;
    else if (!continues)
        context.continuation = -1;
}

const CatalogEntry *Explainer::tagIn(QStringView text) const
{
    for (qsizetype open = text.indexOf(u'['); open >= 0; open = text.indexOf(u'[', open + 1)) {
        const qsizetype close = text.indexOf(u']', open);
        if (close < 0)
            break;
        if (close - open <= 9) { // a tag is at most eight characters
            if (const qsizetype index = m_catalog.indexOfTag(text.sliced(open, close - open + 1)); index >= 0)
                return &m_catalog.at(index);
        }
    }
    return nullptr;
}

void Explainer::complete(ExplainFinding *f) const
{
    if (f->provider.isEmpty())
        f->provider = providerIn(f->remoteHost);
    const CatalogEntry *basic = f->basic.isEmpty() ? nullptr : m_catalog.find(f->basic);
    const CatalogEntry *enhanced = nullptr;
    const ReplyCode enhancedCode = ReplyCode::parse(f->enhanced);
    if (!f->enhanced.isEmpty()) {
        // A provider's code in the class sent, or the range of codes it belongs to (5.7.620 in 5.7.606-649).
        if (const qsizetype index = m_catalog.indexOfCode(enhancedCode); enhancedCode.isEnhanced() && index >= 0)
            enhanced = &m_catalog.at(index);
        if (!enhanced) {
            f->notes << (f->provider.isEmpty()
                             ? tr("%1 is not in the IANA registry of enhanced status codes.").arg(f->enhanced)
                             : tr("%1 is not in the IANA registry: %2 uses codes of its own.")
                                   .arg(f->enhanced, f->provider));
        } else if (enhanced->isProviderCode()) {
            f->notes << tr("%1 is a code of %2, not in the IANA registry.").arg(f->enhanced, enhanced->provider);
        }
    }
    f->catalogCode = enhanced ? enhanced->code : (basic ? basic->code : QString());
    // A provider's tag in the reply ("[TSS04]") says more than the codes it comes with.
    if (const CatalogEntry *tag = tagIn(f->replyText)) {
        f->catalogCode = tag->code;
        f->notes << tr("[%1] is a tag of %2: its entry explains this reply.").arg(tag->code, tag->provider);
    }
    const int basicClass = ReplyCode::parse(f->basic).classDigit();
    if (basic && enhanced && basicClass != enhancedCode.classDigit()) {
        f->notes
            << tr("The basic code says class %1 but the enhanced code says class %2: the server contradicts "
                  "itself; the basic code decides whether to retry.")
                   .arg(vocabulary::classLabel(basicClass),
                        vocabulary::classLabel(enhancedCode.classDigit()));
    }
    if (enhanced && !enhanced->isProviderCode() && !enhanced->allowsClass(enhancedCode.classDigit())) {
        f->notes << tr("The registry does not list %1 for class %2.")
                        .arg(enhanced->code, vocabulary::classLabel(enhancedCode.classDigit()));
    }
    if (basic && basic->status == CodeStatus::Nonstandard)
        f->notes << tr("%1 is not a standard SMTP reply code.").arg(f->basic);
    if (f->provider.isEmpty())
        return;
    // The evidence wins over what the provider usually means by the code.
    if (!f->blocklist.isEmpty()) {
        f->notes << tr("The reply names %1, a public DNS blocklist: the sending IP address is listed there, "
                       "and delisting is asked of that list, not of %2.")
                        .arg(f->blocklist, f->provider);
        return;
    }
    // The provider's own meaning, where the catalog has a reply of that provider with this very code.
    const QString code = f->enhanced.isEmpty() ? f->basic : f->enhanced;
    for (const CatalogEntry *entry : { enhanced, basic }) {
        if (!entry)
            continue;
        const CatalogEntry localized = CatalogTranslation::localized(*entry);
        for (const ProviderUsage &usage : localized.providers) {
            const bool sameProvider
                = usage.provider.contains(f->provider.section(u' ', 0, 0), Qt::CaseInsensitive);
            if (sameProvider && usage.sample.contains(code)) {
                f->notes << tr("As %1 uses it: %2").arg(f->provider, usage.meaning);
                return;
            }
        }
    }
}

} // namespace smtpref
