#include "bidi.h"

#include <QGuiApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smtpref::bidi {

bool interfaceIsRightToLeft()
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft;
}

QString directionOf(const QString &text)
{
    return text.isRightToLeft() ? u"rtl"_s : u"ltr"_s;
}

QString isolateCodes(const QString &text)
{
    if (!interfaceIsRightToLeft())
        return text;
    // LEFT-TO-RIGHT EMBEDDING ... POP DIRECTIONAL FORMATTING around each code.
    static const QRegularExpression code(u"\\b([2-5X]\\.\\d{1,3}(?:\\.\\d{1,3})?|[1-5](?:\\d\\d|xx))\\b"_s);
    QString result = text;
    result.replace(code, u"\u202A\\1\u202C"_s);
    return result;
}

} // namespace smtpref::bidi
