// The rules a catalog must keep as a whole and per entry beyond the shape of each field (which
// CatalogParser checks from entryfields.h): code forms, kinds and classes that agree with the code,
// references where the status needs them, no duplicates, related and paired codes that exist.
#pragma once

#include "catalog/catalogentry.h"
#include "catalog/catalogerror.h"
#include "code/replycode.h"

#include <QCoreApplication>
#include <QList>

namespace smtpref {

class CatalogValidator final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogValidator)

public:
    // sources[i] names the file entries[i] came from, for the error messages.
    static QList<CatalogError> validate(const QList<CatalogEntry> &entries, const QStringList &sources);

    // The code when it is written in the catalog's form ("550", "X.7.26"), else an invalid code.
    static ReplyCode catalogCode(QStringView code);
    // A provider's tag as the catalog writes it: two to five capitals and one to three digits
    // ("TSS04", "BL21", "HME1"), the form providers print in brackets.
    static bool isTagCode(QStringView code);
};

} // namespace smtpref
