// One problem found while loading the catalog, precise enough to fix the JSON by hand.
#pragma once

#include <QString>

namespace smtpref {

struct CatalogError
{
    QString source; // the file: "basic-5xx-b.json"
    QString code; // the entry's code, or "#3" (its position) when it has none
    QString field; // "related", or empty for a problem with the whole document or entry
    QString message;

    // "basic-5xx-b.json: entry 550, field related: code 5999 does not exist"
    QString toString() const;
};

} // namespace smtpref
