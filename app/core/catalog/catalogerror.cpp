#include "catalog/catalogerror.h"

namespace smtpref {

QString CatalogError::toString() const
{
    QString text = source;
    if (!code.isEmpty())
        text += u": entry " + code;
    if (!field.isEmpty())
        text += u", field " + field;
    return text + u": " + message;
}

} // namespace smtpref
