#include "models/searchfilters.h"

#include "catalog/vocabulary.h"

#include <algorithm>
#include <iterator>

namespace smtpref::searchfilters {

bool isClassFilter(int cls)
{
    return std::find(std::begin(classes), std::end(classes), cls) != std::end(classes);
}

int kindIndex(std::optional<CodeKind> kind)
{
    return static_cast<int>(std::find(std::begin(kinds), std::end(kinds), kind) - std::begin(kinds));
}

QString kindId(std::optional<CodeKind> kind)
{
    return kind ? vocabulary::kindId(*kind) : QString();
}

std::optional<CodeKind> kindFromId(QStringView id)
{
    return vocabulary::kindFromId(id);
}

bool accepts(const CatalogEntry &entry, int cls, std::optional<CodeKind> kind)
{
    return (!kind || entry.kind == *kind) && (cls == 0 || entry.allowsClass(cls));
}

} // namespace smtpref::searchfilters
