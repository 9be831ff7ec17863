// The rules a catalog must keep as a whole and per entry beyond its JSON shape: code forms, classes
// that agree with the code, no duplicates, related and paired codes that exist.
#pragma once

#include "catalog/catalogentry.h"
#include "catalog/catalogerror.h"

#include <QCoreApplication>
#include <QList>

namespace smtpref {

class CatalogValidator final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogValidator)

public:
    // sources[i] names the file entries[i] came from, for the error messages.
    static QList<CatalogError> validate(const QList<CatalogEntry> &entries, const QStringList &sources);

    static bool isBasicCodeForm(QStringView code);
    static bool isEnhancedCodeForm(QStringView code);
};

} // namespace smtpref
