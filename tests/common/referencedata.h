// The reference TSV files of tests/data/reference, read for the tests that check the catalog's facts.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref::test {

struct ReferenceRow
{
    QString code;
    QStringList fields; // every column, the code first
    QString column(const QString &name) const;
    QStringList header;
};

class ReferenceData final
{
public:
    static QList<ReferenceRow> basicCodes();
    static QList<ReferenceRow> enhancedCodes();
    // providers/provider-codes.tsv: the codes and tags providers document, one row per provider, code
    // and basic code (its first column is the provider: read the code with column("code")).
    static QList<ReferenceRow> providerCodes();
    static QString dataPath(const QString &relative);
    // A path in the source tree: "resources/catalog".
    static QString sourcePath(const QString &relative);

private:
    static QList<ReferenceRow> read(const QString &file);
};

} // namespace smtpref::test
