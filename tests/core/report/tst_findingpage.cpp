// FindingPage: a code found in pasted text described once, as the window's list and the terminal show
// it; TextReport::finding showing every part.
#include "catalog/catalog.h"
#include "i18n/catalogtranslation.h"
#include "pagetexts.h"
#include "report/findingpage.h"
#include "report/textreport.h"
#include "shippedcatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestFindingPage : public QObject
{
    Q_OBJECT

    static ExplainFinding finding()
    {
        ExplainFinding f;
        f.basic = u"550"_s;
        f.enhanced = u"5.1.1"_s;
        f.line = 12;
        f.stage = u"RCPT TO"_s;
        f.remoteHost = u"mx.example.net"_s;
        f.provider = u"Gmail"_s;
        f.catalogCode = u"X.1.1"_s;
        f.notes = { u"First note."_s, u"Second note."_s };
        return f;
    }

private Q_SLOTS:
    void everyFact()
    {
        const Catalog &catalog = test::shippedCatalog();
        const FindingPage page = FindingPage::build(finding(), catalog);
        QVERIFY2(page.heading.contains(u"12"_s) && page.heading.endsWith(u"550 5.1.1"_s),
                 qPrintable(page.heading));
        QCOMPARE(page.title, CatalogTranslation::title(*catalog.find(u"X.1.1"_s)));
        QCOMPARE(page.facts.size(), 3);
        QVERIFY(page.facts[0].contains(vocabulary::stageName(u"RCPT TO"_s)));
        QVERIFY(page.facts[1].contains(u"mx.example.net"_s));
        QCOMPARE(page.facts[2], u"Gmail"_s);
        QCOMPARE(page.notes, finding().notes);
        QCOMPARE(page.code, u"5.1.1"_s);
    }

    void onlyWhatIsKnown()
    {
        ExplainFinding f;
        f.basic = u"421"_s;
        f.line = 1;
        f.catalogCode = u"X.99.99"_s; // no such entry
        const FindingPage page = FindingPage::build(f, test::shippedCatalog());
        QVERIFY(page.heading.endsWith(u"421"_s));
        QVERIFY(page.title.isEmpty());
        QVERIFY(page.facts.isEmpty());
        QCOMPARE(page.code, u"421"_s);
    }

    void textShowsEveryPart()
    {
        const FindingPage page = FindingPage::build(finding(), test::shippedCatalog());
        const QString text = TextReport(80).finding(finding(), test::shippedCatalog());
        QVERIFY(text.startsWith(page.heading + u'\n'));
        for (const QString &part : QStringList { page.title } + page.facts + page.notes)
            QVERIFY2(test::words(text).contains(part), qPrintable(part));
    }
};

QTEST_GUILESS_MAIN(TestFindingPage)
#include "tst_findingpage.moc"
