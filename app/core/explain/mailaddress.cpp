#include "explain/mailaddress.h"

namespace smtpref::mailaddress {
namespace {

bool isAddressCharacter(QChar c)
{
    return c.isLetterOrNumber() || QStringView(u".-_+%'=/!#$&*?^`{|}~").contains(c);
}

} // namespace

QStringView at(QStringView text, qsizetype i)
{
    constexpr qsizetype maxAddress = 320;
    qsizetype sign = -1;
    qsizetype end = i;
    while (end < text.size() && end - i < maxAddress
           && (isAddressCharacter(text[end]) || (text[end] == u'@' && sign < 0))) {
        if (text[end] == u'@')
            sign = end;
        ++end;
    }
    while (end > i && (text[end - 1] == u'.' || text[end - 1] == u'-'))
        --end;
    const QStringView address = text.sliced(i, end - i);
    if (sign <= i || sign + 1 >= end || !address.sliced(sign - i + 1).contains(u'.'))
        return {};
    return address;
}

QString leading(QStringView line)
{
    QStringView rest = line.trimmed();
    if (rest.startsWith(u'<'))
        rest = rest.sliced(1);
    const QStringView address = at(rest, 0);
    if (address.isEmpty())
        return {};
    const QStringView after = rest.sliced(address.size());
    const bool standsAlone = after.isEmpty() || after.startsWith(u'>') || after.startsWith(u':')
        || after.startsWith(u',') || after.startsWith(u' ') || after.startsWith(u'\t') || after.startsWith(u"...");
    return standsAlone ? address.toString() : QString();
}

QString bracketed(QStringView text)
{
    for (qsizetype open = text.indexOf(u'<'); open >= 0 && open + 1 < text.size(); open = text.indexOf(u'<', open + 1)) {
        const QStringView address = at(text, open + 1);
        if (!address.isEmpty() && open + 1 + address.size() < text.size() && text[open + 1 + address.size()] == u'>')
            return address.toString();
    }
    return {};
}

} // namespace smtpref::mailaddress
