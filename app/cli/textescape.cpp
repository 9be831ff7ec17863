#include "textescape.h"

using namespace Qt::StringLiterals;

namespace smtpref {

QString shownText(QStringView text, qsizetype maxShown)
{
    QString shown;
    for (QChar c : text.first(std::min(text.size(), maxShown))) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || c.isNull()
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            shown += u"\\u"_s + u"%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0')).toUpper();
        else
            shown += c;
    }
    return text.size() > maxShown ? shown + u'…' : shown;
}

} // namespace smtpref
