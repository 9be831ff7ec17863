#include "explain/redactor.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A letter, digit or mark of any script: what names (IDN ones too) and local parts are made of.
bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// What a token (an address, a host, an IP, a code) is made of; everything else separates tokens.
bool isTokenCharacter(QChar c, bool asciiOnly)
{
    if (c == u'.' || c == u'-' || c == u'_' || c == u':')
        return true;
    return asciiOnly ? isAsciiLetter(c) || isAsciiDigit(c) : isNameCharacter(c);
}

// The characters RFC 5322 allows in an unquoted local part, besides letters and digits.
bool isLocalPartCharacter(QChar c)
{
    return isNameCharacter(c) || QStringView(u"!#$%&'*+-/=?^_`{|}~.").contains(c);
}

bool isDomainCharacter(QChar c)
{
    return isNameCharacter(c) || c == u'-' || c == u'.' || c == u'_';
}

QStringView trimmedOf(QStringView text, QStringView characters)
{
    while (!text.isEmpty() && characters.contains(text.front()))
        text = text.mid(1);
    while (!text.isEmpty() && characters.contains(text.back()))
        text.chop(1);
    return text;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
}

// Log fields written right before an address without brackets ("to=user@..."): not part of it.
bool isFieldName(QStringView word)
{
    static constexpr QStringView fields[]
        = { u"to", u"from", u"orig_to", u"sender", u"recipient", u"rcpt", u"mailfrom", u"smtp.mailfrom",
            u"smtp.rcptto", u"header.from", u"envelope-from", u"envelope-to", u"ctladdr", u"f", u"r",
            u"user", u"login", u"sasl_username" };
    return std::any_of(std::begin(fields), std::end(fields),
                       [&](QStringView field) { return word.compare(field, Qt::CaseInsensitive) == 0; });
}

// An e-mail address or a URL: a stretch found before the tokens are read. Masked when written, so
// that stand-ins are numbered in the order the text shows them (and a text given line by line gets the
// same numbers as the whole).
struct Span
{
    qsizetype start;
    qsizetype end;
    qsizetype at = -1; // the '@' of an e-mail address; -1 for a URL
};

constexpr qsizetype maxSchemeLength = 32;
constexpr qsizetype maxQuotedLocalPart = 256;

// "https" in "https://", bounded and never reaching back into the previous span. Without the '.' that
// RFC 3986 allows: "mx.example.https://" is a host name before a URL, not a scheme.
qsizetype schemeStart(QStringView text, qsizetype colon, qsizetype floor)
{
    qsizetype start = colon;
    while (start > floor && colon - start < maxSchemeLength
           && (isAsciiLetter(text[start - 1]) || isAsciiDigit(text[start - 1])
               || text[start - 1] == u'+' || text[start - 1] == u'-'))
        --start;
    while (start < colon && !isAsciiLetter(text[start]))
        ++start;
    return start;
}

qsizetype urlEnd(QStringView text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && !text[end].isSpace() && text[end].category() != QChar::Other_Control
           && !QStringView(u"<>\"'`{}|\\^").contains(text[end]))
        ++end;
    while (end > from && QStringView(u".,;:!?)]").contains(text[end - 1]))
        --end;
    return end;
}

} // namespace

bool Redactor::isIpv4Address(QStringView token)
{
    qsizetype parts = 0;
    for (QStringView part : token.split(u'.')) {
        if (++parts > 4 || part.isEmpty() || part.size() > 3
            || !std::all_of(part.begin(), part.end(), isAsciiDigit) || part.toInt() > 255)
            return false;
    }
    return parts == 4;
}

bool Redactor::isIpv6Address(QStringView token)
{
    // Hex groups and colons, with "::" or enough groups that a time ("10:00:01") is not one. Looser
    // than the grammar on purpose: what looks like an address is masked.
    if (token.size() > 45)
        return false;
    qsizetype colons = 0;
    bool hexDigit = false;
    bool hexLetter = false;
    bool dot = false;
    for (QChar c : token) {
        if (c == u':')
            ++colons;
        else if (c == u'.')
            dot = true;
        else if (!isHexDigit(c))
            return false;
        hexDigit = hexDigit || isHexDigit(c);
        hexLetter = hexLetter || (isHexDigit(c) && !isAsciiDigit(c));
    }
    return colons >= 2 && hexDigit
        && (token.contains(u"::") || colons >= 7 || (colons >= 3 && (hexLetter || dot)));
}

bool Redactor::isHostName(QStringView token)
{
    qsizetype labels = 0;
    QStringView last;
    for (QStringView label : token.split(u'.')) {
        if (label.isEmpty())
            return false;
        for (QChar c : label) {
            if (!(isNameCharacter(c) || c == u'-' || c == u'_'))
                return false;
        }
        ++labels;
        last = label;
    }
    // The last label is a name (a top-level domain, "xn--" punycode too), not a number: "5.7.26" is a
    // code, not a host.
    return labels >= 2 && last.size() >= 2 && (last.front().isLetter() || last.startsWith(u"xn--"));
}

QString Redactor::redact(QStringView text)
{
    return Redactor().redactText(text);
}

QString Redactor::redactText(QStringView text)
{
    // First the stretches whose edges the tokens do not show: e-mail addresses (their local parts hold
    // '=', '\'' or quotes) and URLs. Each scan stops at the previous stretch, so each character is read
    // a bounded number of times.
    QList<Span> spans;
    qsizetype floor = 0; // the end of the last span
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u':' && text.mid(i + 1).startsWith(u"//")) {
            const qsizetype start = schemeStart(text, i, floor);
            // A scheme stands alone ("mx.example.https://" is not one); a URL runs to the next space.
            const bool standsAlone = start == 0 || !isTokenCharacter(text[start - 1], false);
            const qsizetype end = start < i && standsAlone ? urlEnd(text, i + 3) : i;
            if (end > i + 3) {
                spans.append({ start, end });
                floor = end;
                i = end - 1;
            }
            continue;
        }
        if (text[i] != u'@')
            continue;
        qsizetype localStart = i;
        if (i > floor && text[i - 1] == u'"') {
            // A quoted local part: "john doe"@example.com
            qsizetype open = i - 2;
            while (open >= floor && i - open < maxQuotedLocalPart && text[open] != u'"' && text[open] != u'\n')
                --open;
            if (open >= floor && text[open] == u'"')
                localStart = open;
        }
        if (localStart == i) {
            while (localStart > floor && isLocalPartCharacter(text[localStart - 1]))
                --localStart;
            const QStringView local = text.mid(localStart, i - localStart);
            const qsizetype equals = local.indexOf(u'=');
            if (equals > 0 && isFieldName(local.first(equals)))
                localStart += equals + 1;
            while (localStart < i && text[localStart] == u'.')
                ++localStart;
        }
        if (localStart == i)
            continue;
        if (i + 1 < text.size() && text[i + 1] == u'[') {
            // An address literal, user@[192.0.2.1]: the IP inside is masked with the tokens.
            spans.append({ localStart, i + 1, i });
            floor = i + 1;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && isDomainCharacter(text[end]))
            ++end;
        while (end > i + 1 && (text[end - 1] == u'.' || text[end - 1] == u'-'))
            --end;
        if (end == i + 1)
            continue;
        spans.append({ localStart, end, i });
        floor = end;
        i = end - 1;
    }

    QString result;
    result.reserve(text.size());
    qsizetype at = 0;
    for (const Span &span : std::as_const(spans)) {
        maskGap(text.mid(at, span.start - at), &result);
        if (span.at < 0)
            result += urlMask(text.mid(span.start, span.end - span.start));
        else
            result += emailMask(text.mid(span.start, span.at - span.start),
                                text.mid(span.at + 1, span.end - span.at - 1));
        at = span.end;
    }
    maskGap(text.mid(at), &result);
    return result;
}

void Redactor::maskGap(QStringView gap, QString *out)
{
    qsizetype i = 0;
    while (i < gap.size()) {
        if (!isTokenCharacter(gap[i], false)) {
            *out += gap[i++];
            continue;
        }
        qsizetype end = i;
        while (end < gap.size() && isTokenCharacter(gap[end], false))
            ++end;
        maskToken(gap.mid(i, end - i), out, false);
        i = end;
    }
}

void Redactor::maskToken(QStringView token, QString *out, bool asciiOnly)
{
    QString masked;
    bool unmaskedNonAscii = false; // a part left as it is that an ASCII reading might see differently
    const QStringView address = trimmedOf(token, u".");
    const qsizetype colon = address.indexOf(u':');
    if (isIpv6Address(address)) {
        masked = token.first(address.data() - token.data()) + ipv6Mask(address)
            + token.mid(address.data() - token.data() + address.size());
    } else if (colon > 0 && isIpv6Address(address.mid(colon + 1))
               && std::all_of(address.begin(), address.begin() + colon, isNameCharacter)) {
        // "IPv6:2001:db8::1" (an address literal), "ip6:2001:db8::" (SPF)
        unmaskedNonAscii = !isAscii(address.first(colon));
        masked = token.first(address.data() - token.data() + colon + 1) + ipv6Mask(address.mid(colon + 1))
            + token.mid(address.data() - token.data() + address.size());
    } else {
        // "IP:198.51.100.23", "ip4:198.51.100.0", "include:_spf.example.com", "mx.example.com:25"
        bool first = true;
        for (QStringView piece : token.split(u':')) {
            if (!first)
                masked += u':';
            first = false;
            if (!maskPiece(piece, &masked))
                unmaskedNonAscii = unmaskedNonAscii || !isAscii(piece);
        }
    }
    if (asciiOnly || !unmaskedNonAscii) {
        *out += masked;
        return;
    }
    // Read again as ASCII runs, as a simpler reader would: "ü::1" holds the address "::1".
    qsizetype i = 0;
    while (i < token.size()) {
        if (!isTokenCharacter(token[i], true)) {
            *out += token[i++];
            continue;
        }
        qsizetype end = i;
        while (end < token.size() && isTokenCharacter(token[end], true))
            ++end;
        maskToken(token.mid(i, end - i), out, true);
        i = end;
    }
}

// Masks piece when it is an IPv4 address or a host name; says whether it did.
bool Redactor::maskPiece(QStringView piece, QString *out)
{
    // Punctuation that ends a sentence or a log field, or leads a wildcard, is not part of the name.
    const QStringView core = trimmedOf(piece, u".-");
    const qsizetype before = core.data() - piece.data();
    QString mask;
    if (isIpv4Address(core))
        mask = ipv4Mask(core);
    else if (isHostName(core))
        mask = nameMask(core);
    if (mask.isEmpty()) {
        *out += piece;
        return false;
    }
    *out += piece.first(before) + mask + piece.mid(before + core.size());
    return true;
}

QString Redactor::nameMask(QStringView name)
{
    const QString key = name.toString().toLower();
    if (const auto it = m_names.constFind(key); it != m_names.cend())
        return *it;
    return *m_names.insert(key, u"host%1.example"_s.arg(m_names.size() + 1));
}

QString Redactor::ipv4Mask(QStringView address)
{
    const QString key = address.toString();
    if (const auto it = m_ipv4.constFind(key); it != m_ipv4.cend())
        return *it;
    // The three ranges RFC 5737 reserves for documentation, then the reserved 240.0.0.0/4.
    static constexpr QStringView ranges[] = { u"192.0.2.", u"198.51.100.", u"203.0.113." };
    const qsizetype n = m_ipv4.size();
    const QString mask = n < 3 * 254 ? ranges[n / 254] + QString::number(n % 254 + 1)
                                     : u"240.%1.%2.%3"_s.arg((n >> 16) & 0xff).arg((n >> 8) & 0xff).arg(n & 0xff);
    return *m_ipv4.insert(key, mask);
}

QString Redactor::ipv6Mask(QStringView address)
{
    const QString key = address.toString().toLower();
    if (const auto it = m_ipv6.constFind(key); it != m_ipv6.cend())
        return *it;
    const qsizetype n = m_ipv6.size() + 1; // 2001:db8::/32 is reserved for documentation (RFC 3849)
    const QString low = QString::number(n & 0xffff, 16);
    return *m_ipv6.insert(key, n > 0xffff ? u"2001:db8::%1:%2"_s.arg(QString::number(n >> 16, 16), low)
                                          : u"2001:db8::"_s + low);
}

QString Redactor::emailMask(QStringView local, QStringView domain)
{
    const QString key = local.toString().toLower() + u'@' + domain.toString().toLower();
    auto it = m_locals.constFind(key);
    if (it == m_locals.cend())
        it = m_locals.insert(key, u"user%1"_s.arg(m_locals.size() + 1));
    return *it + u'@' + (domain.isEmpty() ? QString() : nameMask(domain));
}

QString Redactor::urlMask(QStringView url)
{
    const qsizetype authorityStart = url.indexOf(u"://") + 3;
    qsizetype authorityEnd = authorityStart;
    while (authorityEnd < url.size() && !QStringView(u"/?#").contains(url[authorityEnd]))
        ++authorityEnd;
    QStringView host = url.mid(authorityStart, authorityEnd - authorityStart);
    host = host.mid(host.lastIndexOf(u'@') + 1); // without user:password@
    QStringView port;
    if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0 && !host.endsWith(u']')
        && std::all_of(host.begin() + colon + 1, host.end(), isAsciiDigit)) {
        port = host.mid(colon);
        host = host.first(colon);
    }
    const QStringView bare = trimmedOf(host, u"[]");
    QString mask = url.first(authorityStart).toString();
    if (isIpv4Address(bare))
        mask += ipv4Mask(bare);
    else if (isIpv6Address(bare))
        mask += u'[' + ipv6Mask(bare) + u']';
    else if (!bare.isEmpty())
        mask += nameMask(bare);
    mask += port;
    const QStringView path = url.mid(authorityEnd);
    if (path.size() > 1) {
        auto it = m_paths.constFind(path.toString());
        if (it == m_paths.cend())
            it = m_paths.insert(path.toString(), u"path%1"_s.arg(m_paths.size() + 1));
        mask += u'/' + *it;
    } else {
        mask += path;
    }
    return mask;
}

} // namespace smtpref
