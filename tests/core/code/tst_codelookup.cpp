// CodeLookup and closest-code suggestions on the shipped catalog.
#include "catalog/catalog.h"
#include "code/codelookup.h"
#include "shippedcatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestCodeLookup : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

    CodeLookup resolve(const QString &text) const
    {
        return CodeLookup::resolve(m_catalog, CodeQuery::parse(text));
    }

private Q_SLOTS:
    void initTestCase() { m_catalog = test::shippedCatalog(); }

    void enhancedCodeGetsItsClass()
    {
        const CodeLookup lookup = resolve(u"5.7.26"_s);
        QCOMPARE(lookup.found.size(), 1);
        QCOMPARE(lookup.found[0].entry->code, u"X.7.26"_s);
        QCOMPARE(lookup.found[0].appliedClass, 5);
        QCOMPARE(lookup.found[0].displayCode(), u"5.7.26"_s);
        QVERIFY(lookup.found[0].classIsRegistered());
        QVERIFY(!lookup.isRange);
    }

    void replyShowsBothCodes()
    {
        const CodeLookup lookup = resolve(u"smtp; 550 5.1.1"_s);
        QCOMPARE(lookup.found.size(), 2);
        QCOMPARE(lookup.found[0].displayCode(), u"550"_s);
        QCOMPARE(lookup.found[1].displayCode(), u"5.1.1"_s);
        QVERIFY(lookup.unknown.isEmpty());
    }

    void classSeenInPracticeOnly()
    {
        // The registry lists X.1.1 for class 5; 4.1.1 is seen in practice.
        const CodeLookup lookup = resolve(u"4.1.1"_s);
        QCOMPARE(lookup.found.size(), 1);
        QVERIFY(!lookup.found[0].classIsRegistered());
        QVERIFY(lookup.found[0].classIsSeenOnly());
    }

    void unregisteredClassCombination()
    {
        const CodeLookup lookup = resolve(u"2.7.26"_s);
        QCOMPARE(lookup.found.size(), 1);
        QVERIFY(!lookup.found[0].classIsRegistered());
        QVERIFY(!lookup.found[0].classIsSeenOnly());
    }

    void dotlessCodePrefersTheBasicCode()
    {
        const CodeLookup nonstandard = resolve(u"571"_s);
        QCOMPARE(nonstandard.found.size(), 1);
        QCOMPARE(nonstandard.found[0].entry->code, u"571"_s);
        // No basic 526 exists, nor X.2.6: unknown, named as typed.
        const CodeLookup unknown = resolve(u"526"_s);
        QVERIFY(unknown.found.isEmpty());
        QCOMPARE(unknown.unknown.size(), 1);
        QCOMPARE(unknown.unknown[0].code, u"526"_s);
        // No basic 5726, but 5.7.26 without dots.
        const CodeLookup dotless = resolve(u"5726"_s);
        QCOMPARE(dotless.found.size(), 1);
        QCOMPARE(dotless.found[0].displayCode(), u"5.7.26"_s);
    }

    void rangesAreListedNotResolved()
    {
        for (const QString &range : { u"5xx"_s, u"4.7"_s, u"55"_s }) {
            const CodeLookup lookup = resolve(range);
            QVERIFY2(lookup.isRange, qPrintable(range));
            QVERIFY(lookup.found.isEmpty());
        }
    }

    void closestCodes()
    {
        auto closest = [this](const QString &code, int count) {
            return m_catalog.closestCodes(ReplyCode::parse(code), count);
        };
        // No 59x code: the nearest numbers of the class.
        QCOMPARE(closest(u"599"_s, 3), (QStringList { u"571"_s, u"557"_s, u"556"_s }));
        // Within the category the catch-all comes first: 559 is a kind of 550.
        QCOMPARE(closest(u"559"_s, 2), (QStringList { u"550"_s, u"557"_s }));
        // An unknown code of a subject: the subject's catch-all first, then the nearest details.
        QCOMPARE(closest(u"X.7.99"_s, 1), QStringList { u"X.7.0"_s });
        QCOMPARE(closest(u"5.1.11"_s, 2), (QStringList { u"X.1.0"_s, u"X.1.10"_s }));
        // Codes sent in the class typed come before those that are not: Microsoft's 5.7.606-649 is
        // nearer to 4.7.600 in number than 4.7.500-699's start, but 4.7.500-699 is the class 4 one.
        QCOMPARE(closest(u"4.7.650"_s, 2), (QStringList { u"X.7.0"_s, u"X.7.500"_s }));
        QCOMPARE(closest(u"5.7.650"_s, 2), (QStringList { u"X.7.0"_s, u"X.7.606"_s }));
        // The nearest subject first (7 is one from 8).
        QCOMPARE(closest(u"X.8.1"_s, 2), (QStringList { u"X.7.0"_s, u"X.7.1"_s }));
        // A subject of two digits is a real enhanced code form (RFC 3463): its nearest subject is 7.
        QCOMPARE(closest(u"X.17.1"_s, 1), QStringList { u"X.7.0"_s });
        // A class SMTP does not have: the same code in the real classes first (650 is a typo of 550).
        QCOMPARE(closest(u"650"_s, 1), QStringList { u"550"_s });
        // The code itself is never its own suggestion; nothing comes of no code.
        QVERIFY(!closest(u"5.7.1"_s, 3).contains(u"X.7.1"_s));
        QVERIFY(closest(u"bogus"_s, 3).isEmpty());
    }

    void codeOrder()
    {
        QStringList codes { u"X.7.26"_s, u"bogus"_s, u"X.1.10"_s, u"550"_s, u"X.1.2"_s, u"650"_s, u"221"_s };
        std::sort(codes.begin(), codes.end(), Catalog::codeLessThan);
        // Basic by number, enhanced by subject then detail; spellings the catalog does not allow last.
        QCOMPARE(
            codes,
            (QStringList { u"221"_s, u"550"_s, u"X.1.2"_s, u"X.1.10"_s, u"X.7.26"_s, u"650"_s, u"bogus"_s }));
    }

    void codeWithClass()
    {
        const CatalogEntry *enhanced = m_catalog.find(u"X.7.26"_s);
        QVERIFY(enhanced);
        QCOMPARE(enhanced->codeWithClass(4), u"4.7.26"_s);
        QCOMPARE(enhanced->codeWithClass(-1), u"X.7.26"_s);
        const CatalogEntry *basic = m_catalog.find(u"550"_s);
        QVERIFY(basic);
        QCOMPARE(basic->codeWithClass(5), u"550"_s);
    }
};

QTEST_GUILESS_MAIN(TestCodeLookup)
#include "tst_codelookup.moc"
