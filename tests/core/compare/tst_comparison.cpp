// Comparer::compare: the class-aware intro, the key differences, when to use which, the same-code case.
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
        const CodeLookup lookup = CodeLookup::resolve(m_catalog, CodeQuery::parse(text));
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

    void differentClassIntro()
    {
        const Comparison c = Comparer::compare(code(u"235"_s), code(u"556"_s));
        QVERIFY2(
            c.intro.contains(u"235 (Authentication succeeded) is a 2xx Positive Completion reply, while 556"),
            qPrintable(c.intro));
        QVERIFY(c.intro.contains(u"is a 5xx Permanent Negative Completion reply."));
        const ComparisonDifference *cls = difference(c, u"class"_s);
        QVERIFY(cls);
        QVERIFY(cls->a.startsWith(u"2xx"));
        QVERIFY(cls->b.startsWith(u"5xx"));
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
        QVERIFY(c.whenToUseWhich.contains(u"Use 4.2.2 when:"));
        QVERIFY(c.whenToUseWhich.contains(u"Use 5.2.2 when:"));
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
        const Comparison single = Comparer::compare(code(u"550"_s), code(u"X.1.1"_s));
        QVERIFY(single.differsIn(u"kind"_s));
        QVERIFY(single.intro.contains(u"are both 5xx")); // the registry lists X.1.1 for class 5 only
        // X.1.0 without a class stands for both classes the registry lists.
        const Comparison both = Comparer::compare(code(u"550"_s), code(u"X.1.0"_s));
        QVERIFY2(both.intro.contains(u"and X.1.0 (Other address status) with 4xx, 5xx replies"),
                 qPrintable(both.intro));
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
            QVERIFY(d.aspect == u"meaning" || d.a != d.b);
        }
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
