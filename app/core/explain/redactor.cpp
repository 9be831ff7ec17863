#include "explain/redactor.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// What separates the tokens of mail text: white space and the punctuation around addresses and hosts.
bool isSeparator(QChar c)
{
    return c.isSpace() || QStringView(u"<>()[]\"',;=").contains(c);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isIpv4(QStringView token)
{
    const auto parts = token.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || part.size() > 3 || value < 0 || value > 255)
            return false;
    }
    return true;
}

bool isIpv6(QStringView token)
{
    // Hex groups and colons, with "::" or at least three colons (so that a time "10:00:01" is not one).
    const qsizetype colons = token.count(u':');
    if (colons < 2 || token.size() > 45)
        return false;
    bool hexLetter = false;
    for (QChar c : token) {
        if (!(isHexDigit(c) || c == u':' || c == u'.'))
            return false;
        hexLetter = hexLetter || c.isLetter();
    }
    return token.contains(u"::") || colons >= 7 || (colons >= 3 && hexLetter);
}

} // namespace

bool Redactor::isEmailAddress(QStringView token)
{
    const qsizetype at = token.indexOf(u'@');
    return at > 0 && token.indexOf(u'.', at) > at + 1;
}

bool Redactor::isIpAddress(QStringView token)
{
    return isIpv4(token) || isIpv6(token);
}

bool Redactor::isHostName(QStringView token)
{
    const auto labels = token.split(u'.');
    if (labels.size() < 2)
        return false;
    for (QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (QChar c : label) {
            if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
                return false;
        }
    }
    // The last label is a name (a top-level domain), not a number: "5.7.26" is a code, not a host.
    const QStringView last = labels.last();
    return last.size() >= 2 && std::all_of(last.begin(), last.end(), [](QChar c) { return c.isLetter(); });
}

QString Redactor::redact(QStringView text)
{
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (isSeparator(text[i])) {
            result += text[i++];
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !isSeparator(text[end]))
            ++end;
        QStringView token = text.mid(i, end - i);
        // Punctuation that ends a sentence or a log field is not part of the address.
        qsizetype trailing = 0;
        while (trailing < token.size() && QStringView(u".:").contains(token[token.size() - 1 - trailing]))
            ++trailing;
        const QStringView core = token.first(token.size() - trailing);
        // A port after an IPv4 address or a host ("203.0.113.5:25") stays with it.
        const qsizetype colon = core.lastIndexOf(u':');
        const QStringView beforePort = colon > 0 && !isIpv6(core) ? core.first(colon) : core;
        if (isEmailAddress(core))
            result += u"[e-mail]"_s + core.mid(core.size()) + token.last(trailing);
        else if (isIpAddress(core))
            result += u"[IP]"_s + token.last(trailing);
        else if (isIpv4(beforePort))
            result += u"[IP]"_s + core.mid(beforePort.size()) + token.last(trailing);
        else if (isHostName(beforePort))
            result += u"[host]"_s + core.mid(beforePort.size()) + token.last(trailing);
        else
            result += token;
        i = end;
    }
    return result;
}

} // namespace smtpref
