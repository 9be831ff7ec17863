#include "explain/maillog.h"

#include "explain/mailaddress.h"

#include <algorithm>
#include <iterator>

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
    if (line.size() < 16)
        return false;
    if (isAsciiDigit(line[0]))
        return isAsciiDigit(line[3]) && line[4] == u'-' && line[7] == u'-' && (line[10] == u' ' || line[10] == u'T')
            && line[13] == u':';
    if (line[3] != u' ' || !(line[4] == u' ' || isAsciiDigit(line[4])) || !isAsciiDigit(line[5]) || line[6] != u' '
        || line[9] != u':' || line[12] != u':')
        return false;
    // Called for every line of a log: the month compared by hand, not by a search.
    static constexpr const char16_t *months[]
        = { u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun", u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec" };
    return std::any_of(std::begin(months), std::end(months), [&](const char16_t *month) {
        return line[0] == month[0] && line[1] == month[1] && line[2] == month[2];
    });
}

Delivery deliveryOf(QStringView line)
{
    Delivery delivery;
    // Postfix writes to=<...> right after the queue id, and status= after it.
    const qsizetype to = line.left(200).indexOf(u" to=<");
    if (to >= 0) {
        delivery.recipient = mailaddress::at(line, to + 5).toString();
        delivery.wordsStart = to;
        const qsizetype status = line.indexOf(u" status=", to);
        const QStringView value = status < 0 ? QStringView() : line.sliced(status + 8);
        if (value.startsWith(u"sent"))
            delivery.action = u"delivered"_s;
        else if (value.startsWith(u"deferred"))
            delivery.action = u"delayed"_s;
        else if (value.startsWith(u"bounced") || value.startsWith(u"expired") || value.startsWith(u"undeliverable"))
            delivery.action = u"failed"_s;
        return delivery;
    }
    // Exim: the mark is the word after the message id ("2026-12-07 10:00:04 1abc-000 ** bob@..."; in
    // syslog "... exim[12]: 1abc-000 ** bob@...").
    static constexpr std::pair<QStringView, QStringView> marks[]
        = { { u" ** ", u"failed" }, { u" == ", u"delayed" }, { u" => ", u"delivered" }, { u" -> ", u"delivered" } };
    const QStringView head = line.left(100);
    const qsizetype space = head.indexOf(u' ', 20); // after the date
    for (qsizetype at = space; at >= 0 && at + 4 <= head.size(); at = head.indexOf(u' ', at + 1)) {
        const QStringView here = head.sliced(at, 4);
        const auto mark = std::find_if(std::begin(marks), std::end(marks), [&](const auto &m) { return here == m.first; });
        if (mark == std::end(marks))
            continue;
        delivery.action = mark->second.toString();
        const qsizetype after = at + 4;
        delivery.recipient = mailaddress::at(line, after).toString();
        delivery.wordsStart = after + delivery.recipient.size();
        // A local delivery names the local part, then the address: "=> maren <maren@example.org>".
        if (delivery.recipient.isEmpty()) {
            delivery.recipient = mailaddress::bracketed(line.sliced(after).left(400));
            delivery.wordsStart = after;
        }
        return delivery;
    }
    return delivery;
}

} // namespace smtpref::maillog
