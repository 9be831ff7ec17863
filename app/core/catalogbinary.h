// The catalog as the program embeds it: the JSON files, validated and compiled at build time
// (tools/catalogpack) into a QDataStream, so start-up reads entries instead of parsing text.
#pragma once

#include "catalogentry.h"

#include <QByteArray>
#include <QList>

namespace smtpref {

class CatalogBinary final
{
public:
    static QByteArray write(const QList<CatalogEntry> &entries);
    // False, with a reason in error, when data is not a catalog of this version.
    static bool read(const QByteArray &data, QList<CatalogEntry> *entries, QString *error);
};

} // namespace smtpref
