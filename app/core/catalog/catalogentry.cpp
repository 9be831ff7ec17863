#include "catalog/catalogentry.h"

#include "code/replycode.h"

namespace smtpref {

QString CatalogEntry::codeWithClass(int cls) const
{
    if (!isEnhanced())
        return code;
    // A class no enhanced code has (or anyClass) leaves the catalog's "X.7.26".
    const ReplyCode classed = ReplyCode::parse(code).withClass(cls);
    return classed.isValid() ? classed.toString() : code;
}

QString CatalogEntry::rangeEndWithClass(int cls) const
{
    if (!isRange())
        return {};
    const ReplyCode classed = ReplyCode::parse(rangeEnd).withClass(cls);
    return classed.isValid() ? classed.toString() : rangeEnd;
}

QString CatalogEntry::codesWithClass(int cls) const
{
    return isRange() ? codeWithClass(cls) + u'\u2013' + rangeEndWithClass(cls) : codeWithClass(cls);
}

} // namespace smtpref
