// Reads a whole mail message (RFC 5322 and MIME) as a bounce: which part is the report a server
// wrote, and which is the original message it returns. Multipart bodies are split at their
// boundaries, nested messages followed, base64 and quoted-printable decoded, charsets converted
// (ISO-2022-JP, Shift_JIS, ISO-8859-x, UTF-8 ... through QStringDecoder), folded headers unfolded and
// encoded words (=?UTF-8?B?...?=) decoded. Malformed input (bad boundaries, broken base64, endless
// nesting) gives a best-effort reading, in time and memory in proportion to its size.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref {

// One recipient block of a message/delivery-status part (RFC 3464), field names in lower case.
struct DeliveryStatusRecipient
{
    QString finalRecipient; // the address, without "rfc822;"
    QString originalRecipient;
    QString action; // "failed", "delayed", "delivered", "relayed", "expanded"
    QString status; // "5.1.1"
    QString remoteMta; // without "dns;"
    QString diagnosticCode; // without "smtp;", continuation lines joined
};

struct MailReading
{
    enum class Kind {
        Text, // not a mail message: a log, a transcript, pasted lines
        Message, // a message with no report part: an MTA's prose bounce, an auto-reply
        DeliveryReport, // multipart/report; report-type=delivery-status
        FeedbackReport, // multipart/report; report-type=feedback-report (ARF)
    };

    Kind kind = Kind::Text;
    // What to show and explain: the headers that matter, the report's text parts and its delivery
    // status, as readable text; then, from reportEnd on, the original message the bounce returns
    // (its codes are not findings of the bounce).
    QString text;
    qsizetype reportEnd = 0;
    QList<DeliveryStatusRecipient> recipients; // of the delivery-status part, in its order
    QString from; // the From address of the message
    QString subject; // decoded
    bool autoReply = false; // Auto-Submitted: auto-replied, an out-of-office subject, X-Autoreply
    QString feedbackRecipient; // ARF: the Original-Rcpt-To of the report, when given
};

class MimeReader final
{
public:
    // True when data starts like a mail message: header lines up to an empty line, among them a
    // header every message has (From:, Received:, Content-Type: ...).
    static bool looksLikeMessage(QByteArrayView data);
    // Reads data as a message when it looks like one; otherwise the text as it is (UTF-8).
    static MailReading read(QByteArrayView data);
    // Decodes =?charset?B|Q?...?= words of a header value.
    static QString decodeHeaderValue(QByteArrayView value);
};

} // namespace smtpref
