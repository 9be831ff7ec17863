// libFuzzer target: Redactor on any bytes. The property: no IPv4 or IPv6 address, e-mail address or host
// name that a separate, simpler reader finds in the input is found again in the output. The reader here
// shares no code with the Redactor: it reads ASCII runs only, as a person skimming the text would.
#include "explain/redactor.h"

#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

bool isRunCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' || u == ':'
        || u == '_' || u == '-' || u == '@';
}

bool isLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

QString trimmed(QString text, const QString &characters)
{
    while (!text.isEmpty() && characters.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && characters.contains(text.back()))
        text.chop(1);
    return text;
}

bool isIpv4(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        if (part.isEmpty() || part.size() > 3 || part.toInt(&ok) > 255 || !ok || part.startsWith(u'+')
            || part.startsWith(u'-'))
            return false;
    }
    return true;
}

// The grammar of RFC 4291: eight groups, or fewer with one "::", the last two may be an IPv4 address.
bool isIpv6(const QString &text)
{
    if (text.count(u"::") > 1 || text.contains(u":::"))
        return false;
    QStringList groups = text.split(u':');
    int needed = 8;
    if (isIpv4(groups.last())) {
        groups.removeLast();
        groups.append(u"0"_qs);
        groups.append(u"0"_qs);
    }
    const bool compressed = text.contains(u"::");
    int count = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &group = groups[i];
        if (group.isEmpty())
            continue;
        if (group.size() > 4)
            return false;
        for (QChar c : group) {
            if (!(c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f')) || c.unicode() > 127)
                return false;
        }
        ++count;
    }
    if (!compressed && groups.contains(QString()))
        return false;
    return compressed ? count < needed && count > 0 : count == needed;
}

bool isHost(const QString &text)
{
    const QStringList labels = text.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty())
            return false;
    }
    const QString &last = labels.last();
    return last.size() >= 2 && std::all_of(last.begin(), last.end(), isLetter);
}

// The stand-ins the Redactor writes: an input may hold them too, so they prove nothing either way.
bool isStandIn(const QString &value)
{
    return value.endsWith(u".example", Qt::CaseInsensitive) || value.startsWith(u"192.0.2.")
        || value.startsWith(u"198.51.100.") || value.startsWith(u"203.0.113.") || value.startsWith(u"240.")
        || value.startsWith(u"2001:db8:", Qt::CaseInsensitive);
}

QSet<QString> privateValues(const QString &text)
{
    QSet<QString> found;
    auto add = [&](const QString &value) {
        if (!isStandIn(value))
            found.insert(value.toLower());
    };
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isRunCharacter(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isRunCharacter(text[end]))
            ++end;
        const QString run = text.mid(i, end - i);
        i = end;
        const QString address = trimmed(run, u"."_qs);
        if (isIpv6(address))
            add(address);
        if (run.count(u'@') == 1) {
            const QString local = run.section(u'@', 0, 0);
            const QString domain = trimmed(run.section(u'@', 1), u".-"_qs);
            if (!local.isEmpty() && !local.contains(u':') && isHost(domain))
                add(local + u'@' + domain);
        }
        for (const QString &piece : QString(run).replace(u'@', u':').split(u':')) {
            const QString core = trimmed(piece, u".-"_qs);
            if (isIpv4(core) || isHost(core))
                add(core);
        }
    }
    return found;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString redacted = smtpref::Redactor::redact(text);
    const QSet<QString> before = privateValues(text);
    const QSet<QString> after = privateValues(redacted);
    for (const QString &value : before) {
        if (after.contains(value)) {
            fprintf(stderr, "survived redaction: %s\n", qPrintable(value));
            std::abort();
        }
    }
    return 0;
}
