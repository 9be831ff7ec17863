// Catalog texts in another language: keys name the code and the field, never a position, so that
// reordering a list in the JSON keeps every translation; localizing replaces the prose and leaves
// codes, commands and server lines as they are.
#include "catalog/entryfields.h"
#include "i18n/catalogtranslation.h"
#include "i18n/translatorset.h"
#include "referencedata.h"
#include "report/jsonexport.h"
#include "shippedcatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace smtpref;

namespace {

template<class List> List reversed(List list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

CatalogEntry withListsReversed(CatalogEntry entry)
{
    entry.causes = reversed(entry.causes);
    entry.checks = reversed(entry.checks);
    entry.providers = reversed(entry.providers);
    return entry;
}

QSet<std::pair<QString, QString>> textSet(const CatalogEntry &entry)
{
    const QList<std::pair<QString, QString>> texts = CatalogTranslation::texts(entry);
    return { texts.begin(), texts.end() };
}

// The fields of an entry or record that have a flag, by JSON name.
struct FieldsWith
{
    entryfields::Flag flag;
    QStringList names;
    void operator()(entryfields::Field field, const auto &)
    {
        if (field.has(flag))
            names << field.name.toString();
    }
};

} // namespace

class TestCatalogTranslation : public QObject
{
    Q_OBJECT

    TranslatorSet m_translators;

private Q_SLOTS:
    void cleanup() { m_translators.setLanguage(u"en"_s); }

    void noKeyHoldsAPosition()
    {
        FieldsWith translatable { entryfields::Translatable, {} };
        const CatalogEntry anyEntry;
        const DiagnosticCheck anyCheck;
        const ProviderUsage anyUsage;
        const CuratedComparison anyComparison;
        entryfields::visitEntryFields(translatable, anyEntry);
        entryfields::visitRecordFields(translatable, anyCheck);
        entryfields::visitRecordFields(translatable, anyUsage);
        entryfields::visitRecordFields(translatable, anyComparison);
        const QRegularExpression form(u"^([^|]+)\\|(?:(checks|providers|comparisons)\\.)?([A-Za-z]+)$"_s);
        int keys = 0;
        for (const CatalogEntry &entry : test::shippedCatalog().entries()) {
            for (const auto &[key, text] : CatalogTranslation::texts(entry)) {
                ++keys;
                const QRegularExpressionMatch match = form.match(key);
                QVERIFY2(match.hasMatch(), qPrintable(key));
                QCOMPARE(match.captured(1), entry.code);
                QVERIFY2(translatable.names.contains(match.captured(3)), qPrintable(key));
                QVERIFY(!text.isEmpty());
            }
        }
        QVERIFY(keys > 1500);
    }

    void translationFilesUseTheKeys_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "fr", "ja", "vi" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void translationFilesUseTheKeys()
    {
        QFETCH(QString, language);
        QFile file(test::ReferenceData::sourcePath(u"translations/catalog_"_s + language + u".ts"_s));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString ts = QString::fromUtf8(file.readAll());
        const QRegularExpression comment(u"<comment>([^<]*)</comment>"_s);
        int comments = 0;
        for (auto it = comment.globalMatch(ts); it.hasNext();) {
            const QString key = it.next().captured(1);
            ++comments;
            QVERIFY2(!key.contains(u'[') && !key.contains(u']'), qPrintable(key));
        }
        QVERIFY(comments > 1500);
    }

    void reorderingListsKeepsEveryTranslation()
    {
        QVERIFY(m_translators.setLanguage(u"fr"_s));
        QVERIFY(CatalogTranslation::isActive());
        int reordered = 0;
        for (const CatalogEntry &entry : test::shippedCatalog().entries()) {
            const CatalogEntry turned = withListsReversed(entry);
            if (turned == entry)
                continue; // nothing to reorder
            ++reordered;
            // The same key for each text wherever it stands in its list...
            QCOMPARE(textSet(turned), textSet(entry));
            // ...so each text finds the same translation.
            const CatalogEntry french = CatalogTranslation::localized(entry);
            QCOMPARE(CatalogTranslation::localized(turned), withListsReversed(french));
            QVERIFY2(french.causes != entry.causes, qPrintable(entry.code));
        }
        QVERIFY(reordered > 100);
    }

    void localizingKeepsVerbatimFieldsAndTranslatesProse()
    {
        const CatalogEntry *entry = test::shippedCatalog().find(u"550"_s);
        QVERIFY(entry);
        const QJsonObject english = entryToJson(*entry);
        QVERIFY(m_translators.setLanguage(u"fr"_s));
        const QJsonObject french = entryToJson(*entry);

        FieldsWith translatable { entryfields::Translatable, {} };
        entryfields::visitEntryFields(translatable, *entry);
        FieldsWith verbatim { entryfields::Verbatim, {} };
        entryfields::visitEntryFields(verbatim, *entry);
        QVERIFY(!translatable.names.isEmpty() && !verbatim.names.isEmpty());
        for (const QString &name : std::as_const(translatable.names))
            QVERIFY2(french[name] != english[name], qPrintable(name));
        for (const QString &name : std::as_const(verbatim.names))
            QVERIFY2(french[name] == english[name], qPrintable(name));

        // Inside records too: a step is translated, its command is not.
        const qsizetype withCommand
            = std::find_if(entry->checks.cbegin(), entry->checks.cend(),
                           [](const DiagnosticCheck &c) { return !c.command.isEmpty(); })
            - entry->checks.cbegin();
        QVERIFY(withCommand < entry->checks.size());
        const QJsonObject englishCheck = english[u"checks"].toArray().at(withCommand).toObject();
        const QJsonObject frenchCheck = french[u"checks"].toArray().at(withCommand).toObject();
        QVERIFY(!englishCheck[u"command"].toString().isEmpty());
        QVERIFY(frenchCheck[u"step"] != englishCheck[u"step"]);
        QCOMPARE(frenchCheck[u"command"], englishCheck[u"command"]);

        QCOMPARE(CatalogTranslation::title(*entry), french[u"title"].toString());
        QCOMPARE(CatalogTranslation::summary(*entry), french[u"summary"].toString());
    }
};

QTEST_GUILESS_MAIN(TestCatalogTranslation)
#include "tst_catalogtranslation.moc"
