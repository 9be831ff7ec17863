// The providers' own codes in the shipped catalog against the reference list gathered from the
// providers' pages and real bounces (tests/data/reference/providers): every provider entry is
// documented there, every documented code outside the registry resolves to its provider's entry (a
// range for each code in it), and the entries quote the providers' reply texts and basic codes.
#include "catalog/catalog.h"
#include "catalog/catalogvalidator.h"
#include "code/codelookup.h"
#include "referencedata.h"
#include "shippedcatalog.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;
using smtpref::test::ReferenceData;
using smtpref::test::ReferenceRow;

namespace {

const Catalog &catalog()
{
    return test::shippedCatalog();
}

// The entry a reference row's code opens: a tag's own, else the code in its class (ranges included).
const CatalogEntry *entryOf(const ReferenceRow &row)
{
    const QString code = row.column(u"code"_s);
    if (CatalogValidator::isTagCode(code))
        return catalog().find(code);
    const qsizetype index = catalog().indexOfCode(ReplyCode::parse(code));
    return index < 0 ? nullptr : &catalog().at(index);
}

// The words of a reply text without what varies from one bounce to the next: placeholders in <> or
// [], $variables, AS tags and links.
QString wordsOf(const QString &text)
{
    static const QRegularExpression varying(u"<[^>]*>|\\[[^\\]]*\\]|\\$\\w+|\\(AS\\w*\\)|https?://\\S+"_s);
    static const QRegularExpression nonWords(u"[^a-z]+"_s);
    return QString(text).toLower().remove(varying).replace(nonWords, u" "_s).trimmed();
}

QStringList variantsOf(const ReferenceRow &row)
{
    QStringList variants = row.column(u"reply_text"_s).split(u" | "_s, Qt::SkipEmptyParts);
    variants.removeIf([](const QString &v) { return wordsOf(v).isEmpty(); });
    return variants;
}

} // namespace

class TestProviderCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceListIsRead()
    {
        const QList<ReferenceRow> rows = ReferenceData::providerCodes();
        QVERIFY(rows.size() > 150);
        for (const ReferenceRow &row : rows)
            QVERIFY2(row.fields.size() == 10, qPrintable(row.fields.join(u'|')));
    }

    // Every provider entry stands on a documented row of its provider.
    void everyProviderEntryIsDocumented()
    {
        QSet<QString> documented;
        for (const ReferenceRow &row : ReferenceData::providerCodes()) {
            if (const CatalogEntry *entry = entryOf(row); entry && entry->provider == row.column(u"provider"_s))
                documented.insert(entry->code);
        }
        int providerEntries = 0;
        for (const CatalogEntry &entry : catalog().entries()) {
            if (!entry.isProviderCode())
                continue;
            ++providerEntries;
            QVERIFY2(documented.contains(entry.code), qPrintable(entry.code + u" of "_s + entry.provider));
            // The provider's page (or the bounces it was read from), not only an RFC.
            const bool providerSource = std::any_of(entry.references.cbegin(), entry.references.cend(),
                                                    [](const DocumentReference &r) { return !r.document.startsWith(u"RFC "); });
            QVERIFY2(providerSource, qPrintable(entry.code));
        }
        QVERIFY(providerEntries >= 60);
    }

    void documentedCodes_data()
    {
        QTest::addColumn<int>("row");
        const QList<ReferenceRow> rows = ReferenceData::providerCodes();
        for (int i = 0; i < rows.size(); ++i) {
            const ReferenceRow &row = rows[i];
            QTest::addRow("%s %s %s", qPrintable(row.column(u"provider"_s)), qPrintable(row.column(u"code"_s)),
                          qPrintable(row.column(u"basic"_s)))
                << i;
        }
    }

    // A documented code resolves to its provider's entry when the registry does not have it, and to the
    // registry's entry with a note of that provider when it does; the entry agrees with the row.
    void documentedCodes()
    {
        QFETCH(int, row);
        const ReferenceRow reference = ReferenceData::providerCodes().at(row);
        const QString provider = reference.column(u"provider"_s);
        const QString code = reference.column(u"code"_s);
        const CatalogEntry *entry = entryOf(reference);
        QVERIFY2(entry, qPrintable(code));
        if (!entry->isProviderCode()) {
            // A registry code the provider uses in its own way: the entry says how, in the provider's
            // words ("Zoho Mail" rows are notes of Zoho's services, "Apple iCloud Mail" of Apple;
            // Microsoft's table serves Microsoft 365 and Outlook.com alike).
            const QString company = provider.section(u' ', 0, 0);
            const bool noted = std::any_of(entry->providers.cbegin(), entry->providers.cend(), [&](const ProviderUsage &u) {
                return u.provider.contains(company) || (company == u"Microsoft" && u.provider.contains(u"Outlook.com"));
            });
            QVERIFY2(noted, qPrintable(entry->code + u" has no note of "_s + provider));
            return;
        }
        QCOMPARE(entry->provider, provider);
        const ReplyCode parsed = ReplyCode::parse(code);
        if (parsed.isEnhanced())
            QVERIFY2(entry->allowsClass(parsed.classDigit()), qPrintable(code));
        // Each reply text the provider documents is one the entry quotes (up to what varies).
        QStringList quoted;
        for (const QString &text : entry->errorTexts)
            quoted << wordsOf(text);
        for (const QString &variant : variantsOf(reference)) {
            const QString words = wordsOf(variant).section(u' ', 0, 5);
            const bool found = std::any_of(quoted.cbegin(), quoted.cend(),
                                           [&](const QString &q) { return q.contains(words); });
            QVERIFY2(found, qPrintable(code + u": "_s + variant));
        }
        // The basic codes the provider sends it with are the entry's pairs.
        for (const QString &basic : reference.column(u"basic"_s).split(u',', Qt::SkipEmptyParts))
            QVERIFY2(entry->pairs.contains(basic.trimmed()), qPrintable(code + u" with "_s + basic));
    }

    // A range holds each of its codes in each of its classes, and its page says so.
    void rangesResolveForEveryCode()
    {
        int ranges = 0;
        for (const CatalogEntry &entry : catalog().entries()) {
            if (!entry.isRange())
                continue;
            ++ranges;
            const ReplyCode start = ReplyCode::parse(entry.code);
            const ReplyCode end = ReplyCode::parse(entry.rangeEnd);
            for (int cls : entry.classes) {
                for (int detail = start.detail(); detail <= end.detail(); ++detail) {
                    const ReplyCode code = ReplyCode::enhanced(cls, start.subject(), detail);
                    const qsizetype index = catalog().indexOfCode(code);
                    QVERIFY(index >= 0);
                    const CatalogEntry &found = catalog().at(index);
                    // The range's own entry, or a code the provider documents on its own inside it.
                    QVERIFY2(&found == &entry || (found.isProviderCode() && found.code == code.catalogForm().toString()),
                             qPrintable(code.toString() + u" -> "_s + found.code));
                    if (&found != &entry)
                        continue;
                    const ResolvedCode resolved { &found, cls, &catalog(), code.catalogForm().toString() };
                    QCOMPARE(resolved.displayCode(), code.toString());
                    QVERIFY(rangeNote(resolved).contains(entry.provider));
                    QVERIFY(rangeNote(resolved).contains(code.toString()));
                }
                // Just outside is not the range's.
                const qsizetype after = catalog().indexOfCode(ReplyCode::enhanced(cls, start.subject(), end.detail() + 1));
                QVERIFY(after < 0 || &catalog().at(after) != &entry);
            }
        }
        QCOMPARE(ranges, 4);
    }

    // The codes the issue named as unknown before: each opens a provider's entry now.
    void codesFromTheIssueResolve()
    {
        for (const QString &code : { u"5.7.708"_s, u"5.7.509"_s, u"5.7.606"_s, u"5.4.14"_s, u"5.2.121"_s,
                                     u"5.7.139"_s, u"5.7.32"_s, u"4.4.316"_s, u"4.7.500"_s, u"4.7.850"_s,
                                     u"5.0.350"_s, u"5.1.90"_s, u"5.2.122"_s, u"5.3.190"_s, u"5.4.300"_s,
                                     u"5.6.11"_s, u"5.7.57"_s, u"5.7.64"_s, u"5.7.124"_s, u"5.7.133"_s,
                                     u"5.7.134"_s, u"5.7.135"_s, u"5.7.136"_s, u"5.7.512"_s, u"5.7.700"_s,
                                     u"5.7.750"_s, u"4.7.40"_s, u"5.7.40"_s }) {
            const CodeLookup lookup = CodeLookup::resolve(catalog(), code);
            QVERIFY2(lookup.found.size() == 1, qPrintable(code));
            QVERIFY2(lookup.found.first().entry->isProviderCode(), qPrintable(code));
        }
        for (const QString &tag : { u"TSS04"_s, u"TSS09"_s, u"TS01"_s, u"TS02"_s, u"TS03"_s, u"BL21"_s,
                                    u"BL23"_s, u"PH01"_s }) {
            const CodeLookup lookup = CodeLookup::resolve(catalog(), tag);
            QVERIFY2(lookup.found.size() == 1 && lookup.found.first().entry->provider == u"Yahoo", qPrintable(tag));
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderCodes)
#include "tst_providercodes.moc"
