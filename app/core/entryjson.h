// A catalog entry as JSON, with the field names of the catalog files (DESIGN.md, Catalog): what
// `smtpref --json` prints.
#pragma once

#include "catalogentry.h"

#include <QJsonObject>

namespace smtpref {

QJsonObject entryToJson(const CatalogEntry &entry);

} // namespace smtpref
