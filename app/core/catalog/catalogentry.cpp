#include "catalog/catalogentry.h"

namespace smtpref {

QString CatalogEntry::codeWithClass(int cls) const
{
    if (!isEnhanced() || cls < 0 || cls > 9)
        return code;
    QString result = code;
    result[0] = QChar(u'0' + cls);
    return result;
}

} // namespace smtpref
