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

// The languages smtpref is translated into, interface and catalog alike (English is the source),
// written out rather than read from the build, so that a language the build lost is noticed.
QStringList translatedLanguages();

} // namespace smtpref::test
