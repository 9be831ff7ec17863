// The shipped catalog against the reference facts (tests/data/reference): every code is there, and
// titles, classes, statuses, associated codes and defining RFCs agree. Also: no prose written twice.
#include "catalog/catalog.h"
#include "referencedata.h"
#include "shippedcatalog.h"

#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;
using smtpref::test::ReferenceData;
using smtpref::test::ReferenceRow;

namespace {

QStringList matches(const QString &pattern, const QString &text)
{
    QStringList found;
    auto it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    return found;
}

QStringList documentsOf(const CatalogEntry &entry)
{
    QStringList documents;
    for (const DocumentReference &reference : entry.references)
        documents << reference.document;
    return documents;
}

QList<int> digitsOf(const QString &text)
{
    QList<int> digits;
    for (const QString &digit : matches(u"\\b[245]\\b"_s, text))
        digits << digit.toInt();
    return digits;
}

// "(5, e.g., Gmail `554 5.4.6`)" -> [5]: each comma-separated item that starts with a lone class digit.
QList<int> bracketedClasses(const QString &text)
{
    QList<int> digits;
    for (const QString &item : text.mid(1).split(u',')) {
        const QString trimmed = item.trimmed();
        const bool lone = trimmed.size() == 1 || !(trimmed[1].isDigit() || trimmed[1] == u'.');
        if (!trimmed.isEmpty() && QStringView(u"245").contains(trimmed[0]) && lone)
            digits << trimmed[0].digitValue();
    }
    return digits;
}

} // namespace

class TestCatalogFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogHasExactlyTheReferenceCodes()
    {
        const qsizetype expected = ReferenceData::basicCodes().size() + ReferenceData::enhancedCodes().size();
        QCOMPARE(ReferenceData::basicCodes().size(), 65);
        QCOMPARE(ReferenceData::enhancedCodes().size(), 81);
        // The providers' own codes are checked against their reference list (tst_providercodes).
        const auto standard = std::count_if(test::shippedCatalog().entries().cbegin(),
                                            test::shippedCatalog().entries().cend(),
                                            [](const CatalogEntry &e) { return !e.isProviderCode(); });
        QCOMPARE(standard, expected);
    }

    void basicCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("definedIn");
        for (const ReferenceRow &row : ReferenceData::basicCodes()) {
            QTest::newRow(qPrintable(row.code)) << row.code << row.column(u"status"_s)
                                                << row.column(u"title"_s) << row.column(u"defined_in"_s);
        }
    }

    void basicCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, status);
        QFETCH(QString, title);
        QFETCH(QString, definedIn);
        const CatalogEntry *entry = test::shippedCatalog().find(code);
        QVERIFY2(entry, "missing from the catalog");
        QCOMPARE(entry->kind, CodeKind::Basic);
        QCOMPARE(entry->classes, QList<int> { code.left(1).toInt() });
        static const QHash<QString, CodeStatus> statuses {
            { u"standard"_s, CodeStatus::Standard },
            { u"extension"_s, CodeStatus::Extension },
            { u"registry-only"_s, CodeStatus::RegistryOnly },
            { u"historic"_s, CodeStatus::Historic },
            { u"draft"_s, CodeStatus::Draft },
            { u"nonstandard"_s, CodeStatus::Nonstandard },
        };
        QVERIFY2(statuses.contains(status), qPrintable(status));
        QCOMPARE(entry->status, statuses.value(status));
        // Titles are the standard's own words; a parenthesised reference title has none.
        if (!title.startsWith(u'('))
            QCOMPARE(entry->title, title.remove(QRegularExpression(u" \\(paired with .*\\)$"_s)));
        for (const QString &rfc : matches(u"RFC \\d+"_s, definedIn))
            QVERIFY2(documentsOf(*entry).contains(rfc), qPrintable(rfc + u" is not referenced"));
    }

    void enhancedCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("associated");
        QTest::addColumn<QString>("classes");
        QTest::addColumn<QString>("reference");
        for (const ReferenceRow &row : ReferenceData::enhancedCodes()) {
            QTest::newRow(qPrintable(row.code))
                << row.code << row.column(u"sample_text"_s) << row.column(u"associated_basic"_s)
                << row.column(u"classes"_s) << row.column(u"reference"_s);
        }
    }

    void enhancedCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, title);
        QFETCH(QString, associated);
        QFETCH(QString, classes);
        QFETCH(QString, reference);
        const CatalogEntry *entry = test::shippedCatalog().find(code);
        QVERIFY2(entry, "missing from the catalog");
        QCOMPARE(entry->kind, CodeKind::Enhanced);
        if (!title.startsWith(u'('))
            QCOMPARE(entry->title, title);

        // "5 (4)": registered for 5, seen with 4 in practice.
        const qsizetype bracket = classes.indexOf(u'(');
        QCOMPARE(entry->classes, digitsOf(classes.left(bracket)));
        QList<int> seen = bracket < 0 ? QList<int>() : bracketedClasses(classes.mid(bracket));
        QList<int> seenInCatalog = entry->seenClasses;
        std::sort(seen.begin(), seen.end());
        std::sort(seenInCatalog.begin(), seenInCatalog.end());
        QCOMPARE(seenInCatalog, seen);

        QStringList expectedPairs = matches(u"\\b\\d{3}\\b"_s, associated);
        QStringList pairs = entry->pairs;
        expectedPairs.sort();
        pairs.sort();
        QCOMPARE(pairs, expectedPairs);

        for (const QString &rfc : matches(u"RFC \\d+"_s, reference))
            QVERIFY2(documentsOf(*entry).contains(rfc), qPrintable(rfc + u" is not referenced"));
        const CodeStatus status = code == u"X.6.10" ? CodeStatus::Deprecated
            : reference.startsWith(u"draft-")       ? CodeStatus::Draft
                                                    : CodeStatus::Standard;
        QCOMPARE(entry->status, status);
    }

    void noProseIsWrittenTwice()
    {
        QHash<QString, QString> firstUse;
        QStringList repeated;
        for (const CatalogEntry &entry : test::shippedCatalog().entries()) {
            QStringList texts { entry.summary, entry.whenSeen, entry.howToFix, entry.retry };
            texts << entry.causes;
            for (const QString &text : std::as_const(texts)) {
                if (firstUse.contains(text))
                    repeated << entry.code + u" repeats " + firstUse.value(text) + u": " + text.left(60);
                else
                    firstUse.insert(text, entry.code);
            }
        }
        QVERIFY2(repeated.isEmpty(), qPrintable(repeated.join(u'\n')));
    }

    void noFillerAndUsableAdvice()
    {
        static const QRegularExpression filler(u"\\b(TODO|TBD|FIXME|lorem ipsum)\\b"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        for (const CatalogEntry &entry : test::shippedCatalog().entries()) {
            const QString all
                = QStringList { entry.title, entry.summary, entry.whenSeen, entry.howToFix, entry.retry }
                      .join(u' ')
                + entry.causes.join(u' ');
            QVERIFY2(!filler.match(all).hasMatch(), qPrintable(entry.code));
            QVERIFY2(entry.summary.size() >= 40, qPrintable(entry.code + u": summary too short"));
            QVERIFY2(entry.howToFix.size() >= 40, qPrintable(entry.code + u": howToFix too short"));
            QVERIFY2(entry.causes.size() >= 2, qPrintable(entry.code + u": fewer than two causes"));
        }
    }

    void providerMeaningsStayApartFromTheRegistry()
    {
        // The registry's title never doubles as a provider's meaning, and every usage has a sample line.
        for (const CatalogEntry &entry : test::shippedCatalog().entries()) {
            for (const ProviderUsage &usage : entry.providers) {
                QVERIFY2(!usage.sample.trimmed().isEmpty(), qPrintable(entry.code));
                QVERIFY2(usage.meaning != entry.title, qPrintable(entry.code));
            }
        }
        // The known cases from the reference README.
        for (const QString &code : { u"X.7.27"_s, u"X.7.29"_s, u"X.7.30"_s }) {
            const CatalogEntry *entry = test::shippedCatalog().find(code);
            QVERIFY(entry);
            QVERIFY2(
                std::any_of(entry->providers.cbegin(), entry->providers.cend(),
                            [](const ProviderUsage &usage) { return usage.provider.contains(u"Gmail"); }),
                qPrintable(code + u" lacks Gmail's own meaning"));
        }
        const CatalogEntry *x79 = test::shippedCatalog().find(u"X.7.9"_s);
        QVERIFY(std::any_of(x79->providers.cbegin(), x79->providers.cend(),
                            [](const ProviderUsage &usage) { return usage.provider.contains(u"Yahoo"); }));
    }
};

QTEST_GUILESS_MAIN(TestCatalogFacts)
#include "tst_catalogfacts.moc"
