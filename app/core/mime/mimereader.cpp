#include "mime/mimereader.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// Deeper nesting than any real bounce has (a report in a forwarded message in a digest); beyond it
// the part is shown as it is.
constexpr int maxDepth = 12;
// How far a message's header block may reach before the rest is taken as body.
constexpr qsizetype maxHeaderBytes = 512 * 1024;

// One line of data at pos, without its ending; pos moves past the ending.
QByteArrayView nextLine(QByteArrayView data, qsizetype *pos)
{
    const qsizetype start = *pos;
    qsizetype end = data.indexOf('\n', start);
    if (end < 0)
        end = data.size();
    *pos = end < data.size() ? end + 1 : end;
    QByteArrayView line = data.sliced(start, end - start);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool isHeaderName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 76)
        return false;
    for (char c : name) {
        if (c <= ' ' || c >= 127 || c == ':')
            return false;
    }
    return true;
}

struct Headers
{
    QList<std::pair<QByteArray, QByteArray>> fields; // name in lower case, value unfolded

    QByteArray value(QByteArrayView name) const
    {
        for (const auto &[field, value] : fields) {
            if (field == name)
                return value;
        }
        return {};
    }
};

// The header block of an entity (unfolded) and where its body starts. A line that is neither a header
// nor a continuation ends the block: what follows is body, as a forgiving reader takes it.
Headers parseHeaders(QByteArrayView data, qsizetype *bodyStart)
{
    Headers headers;
    qsizetype pos = 0;
    while (pos < data.size() && pos < maxHeaderBytes) {
        const qsizetype lineStart = pos;
        const QByteArrayView line = nextLine(data, &pos);
        if (line.isEmpty()) {
            *bodyStart = pos;
            return headers;
        }
        if ((line.front() == ' ' || line.front() == '\t') && !headers.fields.isEmpty()) {
            headers.fields.back().second += ' ' + line.trimmed().toByteArray();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isHeaderName(line.first(colon))) {
            *bodyStart = lineStart;
            return headers;
        }
        headers.fields.append({ line.first(colon).toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray() });
    }
    *bodyStart = pos;
    return headers;
}

struct ContentType
{
    QByteArray type = "text/plain";
    QHash<QByteArray, QByteArray> parameters; // names in lower case
};

ContentType parseContentType(QByteArrayView value)
{
    ContentType result;
    QList<QByteArray> pieces;
    QByteArray piece;
    bool quoted = false;
    for (char c : value) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ';' && !quoted) {
            pieces << piece;
            piece.clear();
        } else {
            piece += c;
        }
    }
    pieces << piece;
    const QByteArray type = pieces.first().trimmed().toLower();
    if (type.contains('/'))
        result.type = type;
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const qsizetype equals = pieces[i].indexOf('=');
        if (equals > 0)
            result.parameters.insert(pieces[i].first(equals).trimmed().toLower(), pieces[i].sliced(equals + 1).trimmed());
    }
    return result;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray fromQuotedPrintable(QByteArrayView data, bool underscoreIsSpace)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '_' && underscoreIsSpace) {
            out += ' ';
        } else if (c == '=' && i + 2 < data.size() + 1) {
            if (i + 1 < data.size() && data[i + 1] == '\n') { // soft line break
                ++i;
            } else if (i + 2 < data.size() && data[i + 1] == '\r' && data[i + 2] == '\n') {
                i += 2;
            } else if (i + 2 < data.size() && hexValue(data[i + 1]) >= 0 && hexValue(data[i + 2]) >= 0) {
                out += char(hexValue(data[i + 1]) * 16 + hexValue(data[i + 2]));
                i += 2;
            } else {
                out += c; // a stray '=' stays
            }
        } else {
            out += c;
        }
    }
    return out;
}

// Base64 as mail carries it: line breaks and any other stray characters are skipped, a broken tail
// is decoded as far as it goes.
QByteArray fromBase64(QByteArrayView data)
{
    QByteArray clean;
    clean.reserve(data.size());
    for (char c : data) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/')
            clean += c;
    }
    clean.truncate(clean.size() - clean.size() % 4 == 1 ? clean.size() - 1 : clean.size());
    return QByteArray::fromBase64(clean);
}

QByteArray decodeTransfer(QByteArrayView body, QByteArrayView encoding)
{
    const QByteArray name = encoding.trimmed().toByteArray().toLower();
    if (name == "base64")
        return fromBase64(body);
    if (name == "quoted-printable")
        return fromQuotedPrintable(body, false);
    return body.toByteArray();
}

QString decodeCharset(QByteArrayView bytes, QByteArrayView charset)
{
    QByteArray name = charset.trimmed().toByteArray();
    if (name.startsWith('"') && name.endsWith('"') && name.size() >= 2)
        name = name.sliced(1, name.size() - 2);
    if (!name.isEmpty() && name.toLower() != "us-ascii") {
        QStringDecoder decoder(name.constData());
        if (decoder.isValid()) {
            QString text = decoder(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    // Undeclared or unknown: UTF-8 when it is valid UTF-8, else Latin-1 (every byte a character).
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

QString htmlToText(const QString &html)
{
    QString text;
    text.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0)
                break;
            const QStringView tag = QStringView(html).sliced(i + 1, close - i - 1);
            const bool breaks = tag.startsWith(u"br", Qt::CaseInsensitive) || tag.startsWith(u"/p", Qt::CaseInsensitive)
                || tag.startsWith(u"/div", Qt::CaseInsensitive) || tag.startsWith(u"/tr", Qt::CaseInsensitive)
                || tag.startsWith(u"/h", Qt::CaseInsensitive) || tag.startsWith(u"/li", Qt::CaseInsensitive);
            // Style and script bodies are no text.
            for (QStringView skipped : { QStringView(u"style"), QStringView(u"script") }) {
                if (tag.startsWith(skipped, Qt::CaseInsensitive)) {
                    const qsizetype end = html.indexOf(u"</" + skipped.toString(), close, Qt::CaseInsensitive);
                    i = end < 0 ? html.size() : end;
                }
            }
            if (i < close)
                i = close;
            if (breaks)
                text += u'\n';
            continue;
        }
        if (c == u'&') {
            const qsizetype semicolon = html.indexOf(u';', i);
            if (semicolon > i && semicolon - i <= 8) {
                const QStringView entity = QStringView(html).sliced(i + 1, semicolon - i - 1);
                QChar decoded;
                if (entity == u"nbsp")
                    decoded = u' ';
                else if (entity == u"lt")
                    decoded = u'<';
                else if (entity == u"gt")
                    decoded = u'>';
                else if (entity == u"amp")
                    decoded = u'&';
                else if (entity == u"quot")
                    decoded = u'"';
                else if (entity == u"apos" || entity == u"#39")
                    decoded = u'\'';
                else if (entity.startsWith(u'#')) {
                    bool ok = false;
                    const uint code = entity.startsWith(u"#x", Qt::CaseInsensitive) ? entity.sliced(2).toUInt(&ok, 16)
                                                                                  : entity.sliced(1).toUInt(&ok);
                    if (ok && code > 0 && code < 0xFFFF)
                        decoded = QChar(char16_t(code));
                }
                if (!decoded.isNull()) {
                    text += decoded;
                    i = semicolon;
                    continue;
                }
            }
        }
        if (c != u'\r')
            text += c;
    }
    return text;
}

// The parts of a multipart body between its boundary lines; none when no boundary line is there.
QList<QByteArrayView> splitMultipart(QByteArrayView body, QByteArrayView boundary)
{
    QList<QByteArrayView> parts;
    if (boundary.isEmpty())
        return parts;
    const QByteArray delimiter = "--" + boundary.toByteArray();
    qsizetype partStart = -1;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype lineStart = pos;
        const QByteArrayView line = nextLine(body, &pos);
        if (!line.startsWith(delimiter))
            continue;
        const QByteArrayView rest = line.sliced(delimiter.size()).trimmed();
        if (!rest.isEmpty() && rest != "--")
            continue; // a longer boundary that starts like this one
        if (partStart >= 0) {
            qsizetype end = lineStart;
            // The line break before a boundary belongs to the boundary.
            if (end > partStart && body[end - 1] == '\n')
                --end;
            if (end > partStart && body[end - 1] == '\r')
                --end;
            parts << body.sliced(partStart, end - partStart);
        }
        if (rest == "--")
            return parts;
        partStart = pos;
    }
    if (partStart >= 0 && partStart < body.size())
        parts << body.sliced(partStart); // no closing boundary: the last part runs to the end
    return parts;
}

// Lines of an inline returned message in a one-part bounce ("------ This is a copy of the message").
bool startsInlineOriginal(QStringView line)
{
    static constexpr QStringView markers[] = {
        u"This is a copy of the message", u"Below this line is a copy of the message",
        u"Original message follows", u"Unsent message below", u"original message follows",
        u"----- Original message -----", u"--- Original message ---", u"Returned message follows",
    };
    for (QStringView marker : markers) {
        if (line.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    // The separator MimeReader::read() itself writes, when its reading is read again.
    return line.startsWith(u"──── ");
}

QString addressIn(QStringView value)
{
    // "rfc822; a@b", "<a@b>", "Name <a@b>"
    QStringView v = value.trimmed();
    const qsizetype semicolon = v.indexOf(u';');
    if (semicolon >= 0 && semicolon < 12)
        v = v.sliced(semicolon + 1).trimmed();
    const qsizetype open = v.indexOf(u'<');
    const qsizetype close = v.indexOf(u'>', open + 1);
    if (open >= 0 && close > open)
        v = v.sliced(open + 1, close - open - 1);
    return v.trimmed().toString();
}

QList<DeliveryStatusRecipient> parseDeliveryStatus(const QString &text)
{
    QList<DeliveryStatusRecipient> recipients;
    const QStringList lines = text.split(u'\n');
    QList<std::pair<QString, QString>> fields;
    auto flush = [&] {
        DeliveryStatusRecipient r;
        bool isRecipient = false;
        for (const auto &[name, value] : fields) {
            QString plain = value;
            const qsizetype semicolon = plain.indexOf(u';');
            const QString afterType = semicolon >= 0 && semicolon < 12 ? plain.sliced(semicolon + 1).trimmed() : plain;
            if (name == u"final-recipient") {
                r.finalRecipient = addressIn(value);
                isRecipient = true;
            } else if (name == u"original-recipient") {
                r.originalRecipient = addressIn(value);
            } else if (name == u"action") {
                r.action = value.trimmed().toLower().section(u' ', 0, 0);
                isRecipient = true;
            } else if (name == u"status") {
                r.status = value.trimmed().section(u' ', 0, 0);
            } else if (name == u"remote-mta") {
                r.remoteMta = afterType;
            } else if (name == u"diagnostic-code") {
                r.diagnosticCode = afterType;
            }
        }
        if (isRecipient)
            recipients << r;
        fields.clear();
    };
    for (const QString &raw : lines) {
        const QString line = raw.endsWith(u'\r') ? raw.chopped(1) : raw;
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if ((line.front() == u' ' || line.front() == u'\t') && !fields.isEmpty()) {
            fields.back().second += u' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            fields.append({ line.first(colon).trimmed().toLower(), line.sliced(colon + 1).trimmed() });
    }
    flush();
    return recipients;
}

bool isAutoReply(const Headers &headers, const QString &subject)
{
    const QByteArray submitted = headers.value("auto-submitted").toLower();
    if (submitted.startsWith("auto-replied"))
        return true;
    if (!headers.value("x-autoreply").isEmpty() || !headers.value("x-autorespond").isEmpty())
        return true;
    if (headers.value("precedence").toLower() == "auto_reply")
        return true;
    static constexpr QStringView subjects[] = {
        u"Out of Office", u"Automatic reply", u"Auto:", u"Autoreply", u"Auto-Reply", u"Auto Reply",
        u"Abwesenheitsnotiz", u"Réponse automatique", u"Respuesta automática", u"自動応答", u"Vacation",
    };
    for (QStringView start : subjects) {
        if (subject.startsWith(start, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

class Walker
{
public:
    MailReading reading;
    QString report;
    QString original;

    void entity(QByteArrayView data, int depth, bool inOriginal)
    {
        qsizetype bodyStart = 0;
        const Headers headers = parseHeaders(data, &bodyStart);
        const QByteArrayView body = data.sliced(bodyStart);
        const ContentType type = parseContentType(headers.value("content-type"));
        QString &sink = inOriginal ? original : report;
        if (depth > maxDepth) {
            sink += QString::fromUtf8(body).replace(u"\r\n"_s, u"\n"_s) + u'\n';
            return;
        }
        if (type.type.startsWith("multipart/")) {
            QByteArray boundary = type.parameters.value("boundary");
            if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
                boundary = boundary.sliced(1, boundary.size() - 2);
            const QList<QByteArrayView> parts = splitMultipart(body, boundary);
            if (parts.isEmpty()) {
                sink += decodeCharset(body, {}).replace(u"\r\n"_s, u"\n"_s) + u'\n';
                return;
            }
            if (type.type == "multipart/report" && !inOriginal && depth <= 1) {
                const QByteArray reportType = type.parameters.value("report-type").toLower().replace('"', "");
                if (reportType == "delivery-status" || reportType == "global-delivery-status")
                    reading.kind = MailReading::Kind::DeliveryReport;
                else if (reportType == "feedback-report")
                    reading.kind = MailReading::Kind::FeedbackReport;
            }
            if (type.type == "multipart/alternative") {
                // One rendering of the same text: plain text when there is one.
                QByteArrayView chosen = parts.first();
                for (QByteArrayView part : parts) {
                    qsizetype start = 0;
                    if (parseContentType(parseHeaders(part, &start).value("content-type")).type == "text/plain") {
                        chosen = part;
                        break;
                    }
                }
                entity(chosen, depth + 1, inOriginal);
                return;
            }
            for (QByteArrayView part : parts)
                entity(part, depth + 1, inOriginal);
            return;
        }
        const QByteArray decoded = decodeTransfer(body, headers.value("content-transfer-encoding"));
        if (type.type == "message/rfc822" || type.type == "message/global") {
            original += u'\n';
            entity(decoded, depth + 1, true);
            return;
        }
        if (type.type.endsWith("rfc822-headers") || type.type == "message/global-headers") {
            original += u'\n' + decodeCharset(decoded, type.parameters.value("charset")).replace(u"\r\n"_s, u"\n"_s) + u'\n';
            return;
        }
        QString text = decodeCharset(decoded, type.parameters.value("charset"));
        text.replace(u"\r\n"_s, u"\n"_s);
        if (type.type == "message/delivery-status" || type.type == "message/global-delivery-status") {
            if (!inOriginal)
                reading.recipients += parseDeliveryStatus(text);
        } else if (type.type == "message/feedback-report") {
            for (const QString &line : text.split(u'\n')) {
                if (line.startsWith(u"Original-Rcpt-To:", Qt::CaseInsensitive))
                    reading.feedbackRecipient = addressIn(line.sliced(17));
            }
        } else if (type.type == "text/html") {
            text = htmlToText(text);
        } else if (!type.type.startsWith("text/")) {
            return; // attachments (images, documents) hold no report
        }
        if (inOriginal) {
            original += text + u'\n';
            return;
        }
        // A one-part bounce that quotes the original message inline: from the marker on, it is the original.
        qsizetype at = 0;
        for (QStringView line : QStringView(text).split(u'\n')) {
            if (startsInlineOriginal(line)) {
                report += text.first(at) + u'\n';
                original += text.sliced(at) + u'\n';
                return;
            }
            at += line.size() + 1;
        }
        report += text;
        if (!report.endsWith(u'\n'))
            report += u'\n';
    }
};

} // namespace

bool MimeReader::looksLikeMessage(QByteArrayView data)
{
    static constexpr QByteArrayView known[] = { "from", "received", "return-path", "content-type", "mime-version",
                                                "subject", "date", "to", "message-id", "delivered-to" };
    qsizetype pos = 0;
    bool knownHeader = false;
    int lines = 0;
    // An mbox file starts with its "From " separator line.
    if (data.startsWith("From "))
        nextLine(data, &pos);
    while (pos < data.size() && pos < maxHeaderBytes && lines++ < 400) {
        const QByteArrayView line = nextLine(data, &pos);
        if (line.isEmpty())
            return knownHeader;
        if (line.front() == ' ' || line.front() == '\t')
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isHeaderName(line.first(colon)))
            return false;
        const QByteArray name = line.first(colon).toByteArray().toLower();
        for (QByteArrayView header : known)
            knownHeader = knownHeader || name == header;
    }
    return false;
}

QString MimeReader::decodeHeaderValue(QByteArrayView value)
{
    QString out;
    qsizetype pos = 0;
    bool lastWasEncoded = false;
    while (pos < value.size()) {
        const qsizetype start = value.indexOf("=?", pos);
        if (start < 0) {
            out += QString::fromUtf8(value.sliced(pos));
            break;
        }
        const qsizetype q1 = value.indexOf('?', start + 2);
        const qsizetype q2 = q1 < 0 ? -1 : value.indexOf('?', q1 + 1);
        const qsizetype end = q2 < 0 ? -1 : value.indexOf("?=", q2 + 1);
        if (q1 < 0 || q2 != q1 + 2 || end < 0) {
            out += QString::fromUtf8(value.sliced(pos));
            break;
        }
        const QByteArrayView between = value.sliced(pos, start - pos);
        // White space between two encoded words is not text (RFC 2047 6.2).
        if (!(lastWasEncoded && between.trimmed().isEmpty()))
            out += QString::fromUtf8(between);
        const QByteArrayView charset = value.sliced(start + 2, q1 - start - 2);
        const char encoding = char(QChar::toLower(uint(value[q1 + 1])));
        const QByteArrayView payload = value.sliced(q2 + 1, end - q2 - 1);
        const QByteArray bytes = encoding == 'b' ? fromBase64(payload) : fromQuotedPrintable(payload, true);
        out += decodeCharset(bytes, charset.first(charset.indexOf('*') < 0 ? charset.size() : charset.indexOf('*')));
        pos = end + 2;
        lastWasEncoded = true;
    }
    return out;
}

MailReading MimeReader::read(QByteArrayView data)
{
    MailReading reading;
    if (!looksLikeMessage(data)) {
        reading.text = decodeCharset(data, "utf-8");
        reading.reportEnd = reading.text.size();
        return reading;
    }
    qsizetype pos = 0;
    if (data.startsWith("From "))
        nextLine(data, &pos);
    const QByteArrayView message = data.sliced(pos);
    qsizetype bodyStart = 0;
    const Headers headers = parseHeaders(message, &bodyStart);
    Walker walker;
    walker.reading.kind = MailReading::Kind::Message;
    walker.reading.subject = decodeHeaderValue(headers.value("subject"));
    walker.reading.from = addressIn(decodeHeaderValue(headers.value("from")));
    walker.reading.autoReply = isAutoReply(headers, walker.reading.subject);
    // The headers a person reads first, decoded; the trace headers are the mail system's, not the report.
    for (const char *name : { "from", "to", "date", "subject" }) {
        const QByteArray value = headers.value(name);
        if (!value.isEmpty())
            walker.report += QString::fromLatin1(name).at(0).toUpper() + QString::fromLatin1(name + 1) + u": "
                + decodeHeaderValue(value) + u'\n';
    }
    walker.report += u'\n';
    walker.entity(message, 1, false);
    MailReading result = walker.reading;
    result.text = walker.report;
    result.reportEnd = result.text.size();
    if (!walker.original.trimmed().isEmpty()) {
        result.text += u'\n'
            + QCoreApplication::translate("MimeReader", "──── The original message, returned with the report ────")
            + u'\n' + walker.original;
    }
    return result;
}

} // namespace smtpref
