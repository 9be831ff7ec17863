#include "explain/maillog.h"

#include "explain/mailaddress.h"

using namespace Qt::StringLiterals;

namespace smtpref::maillog {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool isLogLine(QStringView line)
{
    static constexpr QStringView months[] = { u"Jan ", u"Feb ", u"Mar ", u"Apr ", u"May ", u"Jun ",
                                              u"Jul ", u"Aug ", u"Sep ", u"Oct ", u"Nov ", u"Dec " };
    if (line.size() < 16)
        return false;
    for (QStringView month : months) {
        if (line.startsWith(month))
            return (line[4] == u' ' || isAsciiDigit(line[4])) && isAsciiDigit(line[5]) && line[6] == u' '
                && line[9] == u':' && line[12] == u':';
    }
    return isAsciiDigit(line[0]) && isAsciiDigit(line[3]) && line[4] == u'-' && line[7] == u'-'
        && (line[10] == u' ' || line[10] == u'T') && line[13] == u':';
}

Delivery deliveryOf(QStringView line)
{
    QString recipient;
    QString action;
    qsizetype wordsStart = 0;
    const qsizetype to = line.indexOf(u" to=<");
    if (to >= 0) {
        recipient = mailaddress::at(line, to + 5).toString();
        wordsStart = to;
    }
    const qsizetype status = line.indexOf(u" status=");
    if (status >= 0) {
        const QStringView value = line.sliced(status + 8);
        if (value.startsWith(u"sent"))
            action = u"delivered"_s;
        else if (value.startsWith(u"deferred"))
            action = u"delayed"_s;
        else if (value.startsWith(u"bounced") || value.startsWith(u"expired") || value.startsWith(u"undeliverable"))
            action = u"failed"_s;
    }
    for (const auto &[mark, meaning] : { std::pair { QStringView(u" ** "), u"failed"_s }, std::pair { QStringView(u" == "), u"delayed"_s },
                                        std::pair { QStringView(u" => "), u"delivered"_s }, std::pair { QStringView(u" -> "), u"delivered"_s } }) {
        const qsizetype at = line.indexOf(mark);
        if (at < 0 || at > 80)
            continue;
        if (action.isEmpty())
            action = meaning;
        if (recipient.isEmpty()) {
            recipient = mailaddress::at(line, at + mark.size()).toString();
            wordsStart = at + mark.size() + recipient.size();
            // A local delivery names the local part, then the address: "=> maren <maren@example.org>".
            if (recipient.isEmpty()) {
                const QStringView rest = line.sliced(at + mark.size()).left(400);
                recipient = mailaddress::bracketed(rest);
                wordsStart = at + mark.size();
            }
        }
        break;
    }
    return { recipient, action, wordsStart };
}


} // namespace smtpref::maillog
