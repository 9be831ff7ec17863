// Comparer::compare: the class-aware intro, the key differences, when to use which, the same-code case,
// the curated comparisons of the catalog, and up to four codes.
#include "catalog/catalog.h"
#include "compare/comparison.h"
#include "shippedcatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestComparison : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

    ResolvedCode code(const QString &text) const
    {
        const CodeLookup lookup = CodeLookup::resolve(m_catalog, text);
        if (lookup.found.size() != 1)
            qFatal("no single code for %s", qPrintable(text));
        return lookup.found.first();
    }

    const ComparisonDifference *difference(const Comparison &comparison, const QString &aspect) const
    {
        for (const ComparisonDifference &d : comparison.differences) {
            if (d.aspect == aspect)
                return &d;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { m_catalog = test::shippedCatalog(); }

    void sameClassIntro()
    {
        const Comparison c = Comparer::compare(code(u"550"_s), code(u"554"_s));
        QVERIFY(!c.sameCode);
        QVERIFY2(c.intro.contains(u"are both 5xx Permanent Negative Completion replies"),
                 qPrintable(c.intro));
        QVERIFY(c.intro.startsWith(u"550 (Requested action not taken: mailbox unavailable)"));
        QVERIFY(!c.differsIn(u"class"_s));
        QVERIFY(c.differsIn(u"meaning"_s));
        QCOMPARE(c.differences.first().aspect, u"meaning"_s);
    }

    // A provider's tag is no layer of a reply the way a basic code is of an enhanced one.
    void providerTagIsComparedLikeACode()
    {
        const Comparison c = Comparer::compare(code(u"TSS04"_s), code(u"4.7.0"_s));
        QVERIFY2(!c.intro.contains(u"two layers"), qPrintable(c.intro));
        QVERIFY2(c.intro.contains(u"are both 4xx"), qPrintable(c.intro));
        QVERIFY(!c.whenToUseWhich.contains(u"read the enhanced code first"));
        const Comparison ranged = Comparer::compare(code(u"5.7.620"_s), code(u"5.7.708"_s));
        QCOMPARE(ranged.codes.first().displayCode(), u"5.7.620"_s);
        QVERIFY(ranged.differsIn(u"meaning"_s));
    }

    void differentClassIntro()
    {
        const Comparison c = Comparer::compare(code(u"235"_s), code(u"556"_s));
        QVERIFY2(
            c.intro.contains(u"235 (Authentication succeeded) is a 2xx Positive Completion reply, while 556"),
            qPrintable(c.intro));
        QVERIFY(c.intro.contains(u"is a 5xx Permanent Negative Completion reply."));
        const ComparisonDifference *cls = difference(c, u"class"_s);
        QVERIFY(cls);
        QVERIFY(cls->values[0].startsWith(u"2xx"));
        QVERIFY(cls->values[1].startsWith(u"5xx"));
        QVERIFY(c.differsIn(u"retry"_s));
    }

    void transientAgainstPermanent()
    {
        const Comparison c = Comparer::compare(code(u"4.2.2"_s), code(u"5.2.2"_s));
        QVERIFY(!c.sameCode); // the same entry, but another class
        QVERIFY(c.differsIn(u"class"_s));
        QVERIFY(c.differsIn(u"retry"_s));
        QVERIFY(!c.differsIn(u"category"_s)); // both mailbox status
        QVERIFY(!c.differsIn(u"kind"_s));
        QVERIFY(c.whenToUseWhich.contains(u"4xx reply asks the sender to try again later"));
        // The same condition: the intro says so instead of repeating the entry for each class.
        QVERIFY2(c.intro.contains(u"report the same condition, Mailbox full; only the class differs"), qPrintable(c.intro));
        QVERIFY(!c.whenToUseWhich.contains(c.codes[0].entry->summary.left(40)));
    }

    void enhancedCodesOfOneClass()
    {
        const Comparison c = Comparer::compare(code(u"5.7.1"_s), code(u"5.7.26"_s));
        QVERIFY(c.intro.contains(u"are both 5xx"));
        QVERIFY(!c.differsIn(u"category"_s)); // both security or policy
        QVERIFY(!c.whenToUseWhich.contains(u"4xx reply asks"));
    }

    void basicAgainstEnhanced()
    {
        // Not rivals: two layers of one reply, and whether they usually travel together.
        const Comparison usual = Comparer::compare(code(u"550"_s), code(u"5.1.1"_s));
        QVERIFY(usual.differsIn(u"kind"_s));
        QVERIFY2(usual.intro.contains(u"two layers of one reply, written together as in \"550 5.1.1\""),
                 qPrintable(usual.intro));
        QVERIFY(usual.intro.contains(u"5.1.1 is one of the usual enhanced codes of 550."));
        QVERIFY(usual.whenToUseWhich.contains(u"read the enhanced code first"));
        const Comparison reversed = Comparer::compare(code(u"5.1.1"_s), code(u"550"_s));
        QVERIFY(reversed.intro.contains(u"\"550 5.1.1\""));
        const Comparison unusual = Comparer::compare(code(u"250"_s), code(u"5.7.26"_s));
        QVERIFY2(unusual.intro.contains(u"5.7.26 rarely travels with 250, which usually carries"),
                 qPrintable(unusual.intro));
    }

    void sameCodeSaysSo()
    {
        const Comparison c = Comparer::compare(code(u"550"_s), code(u"550"_s));
        QVERIFY(c.sameCode);
        QVERIFY(c.intro.contains(u"compared with itself"));
        QVERIFY(c.differences.isEmpty());
        QVERIFY(c.whenToUseWhich.isEmpty());
    }

    void everyPairOfTheSeedsCompares_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("550 vs 554") << u"550"_s << u"554"_s;
        QTest::newRow("4.2.2 vs 5.2.2") << u"4.2.2"_s << u"5.2.2"_s;
        QTest::newRow("5.7.1 vs 5.7.26") << u"5.7.1"_s << u"5.7.26"_s;
        QTest::newRow("235 vs 556") << u"235"_s << u"556"_s;
        QTest::newRow("101 vs X.6.10") << u"101"_s << u"X.6.10"_s; // folklore against deprecated, no class
    }

    void everyPairOfTheSeedsCompares()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const Comparison c = Comparer::compare(code(a), code(b));
        QVERIFY(c.intro.contains(code(a).displayCode()));
        QVERIFY(c.intro.contains(code(b).displayCode()));
        QVERIFY(!c.whenToUseWhich.isEmpty());
        for (const ComparisonDifference &d : c.differences) {
            QVERIFY(!d.label.isEmpty());
            QCOMPARE(d.values.size(), 2);
            QVERIFY(d.aspect == u"meaning" || d.values[0] != d.values[1]);
        }
    }

    // Every pair the catalog compares by hand, asked for in either order, gives its texts oriented
    // as asked; there are at least 40 of them.
    void curatedPairsResolveBothWays()
    {
        int pairs = 0;
        for (const CatalogEntry &entry : m_catalog.entries()) {
            for (const CuratedComparison &curated : entry.comparisons) {
                ++pairs;
                const Comparison forward = Comparer::compare(code(curated.code), code(curated.with));
                QCOMPARE(forward.curated.size(), 1);
                QCOMPARE(forward.curated[0].first, curated.code);
                QCOMPARE(forward.curated[0].second, curated.with);
                QCOMPARE(forward.curated[0].difference, curated.difference);
                const Comparison backward = Comparer::compare(code(curated.with), code(curated.code));
                QCOMPARE(backward.curated.size(), 1);
                QCOMPARE(backward.curated[0].first, curated.with);
                QCOMPARE(backward.curated[0].action, curated.action);
            }
        }
        QVERIFY2(pairs >= 40, qPrintable(QString::number(pairs)));
        // Not every pair is curated.
        QVERIFY(Comparer::compare(code(u"220"_s), code(u"5.7.26"_s)).curated.isEmpty());
    }

    // A curated text says something the entries do not: it repeats none of their texts.
    void curatedTextsAreTheirOwn()
    {
        for (const CatalogEntry &entry : m_catalog.entries()) {
            for (const CuratedComparison &curated : entry.comparisons) {
                QStringList entryTexts;
                for (const QString &c : { curated.code, curated.with }) {
                    const CatalogEntry &e = *code(c).entry;
                    entryTexts << e.title << e.summary << e.whenSeen << e.howToFix << e.retry << e.causes;
                }
                for (const QString &text : { curated.difference, curated.tellApart, curated.action }) {
                    QVERIFY(text.size() > 40);
                    for (const QString &entryText : std::as_const(entryTexts))
                        QVERIFY2(!entryText.contains(text) && !text.contains(entryText), qPrintable(text));
                }
                QVERIFY(curated.difference != curated.tellApart && curated.tellApart != curated.action);
            }
        }
    }

    void upToFourCodes()
    {
        const Comparison c = Comparer::compare({ code(u"450"_s), code(u"451"_s), code(u"452"_s) });
        QCOMPARE(c.codes.size(), 3);
        QVERIFY2(c.intro.contains(u"450 (") && c.intro.contains(u"451 (") && c.intro.contains(u"452 ("),
                 qPrintable(c.intro));
        for (const ComparisonDifference &d : c.differences)
            QCOMPARE(d.values.size(), 3);
        // The hand-written pairs among them: 450/451 and 451/452, not 450/452.
        QCOMPARE(c.curated.size(), 2);
        QCOMPARE(c.curated[0].first + u' ' + c.curated[0].second, u"450 451"_s);
        QCOMPARE(c.curated[1].first + u' ' + c.curated[1].second, u"451 452"_s);
        const Comparison five = Comparer::compare(
            { code(u"450"_s), code(u"451"_s), code(u"452"_s), code(u"550"_s), code(u"554"_s) });
        QCOMPARE(five.codes.size(), Comparison::maxCodes);
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
