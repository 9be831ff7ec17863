// A Qt Linguist .ts file as the tests read it: every message with its context, source, key
// (the <comment>, which is the catalog key for catalog texts) and translation.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref::test {

struct TsMessage
{
    QString context;
    QString source;
    QString key;
    QString type; // of the translation: "", "unfinished", "obsolete", "vanished"
    QStringList forms; // the translation, or each plural form
};

QList<TsMessage> readTs(const QString &path);

// The .ts files of translations/, sorted by name.
QStringList tsFiles();

} // namespace smtpref::test
