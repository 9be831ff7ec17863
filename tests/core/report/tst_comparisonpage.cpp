// ComparisonPage: a comparison described once, and TextReport and MarkdownReport showing every part.
#include "catalog/catalog.h"
#include "code/codelookup.h"
#include "i18n/catalogtranslation.h"
#include "pagetexts.h"
#include "report/comparisonpage.h"
#include "report/markdownreport.h"
#include "report/textreport.h"
#include "shippedcatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestComparisonPage : public QObject
{
    Q_OBJECT

    ResolvedCode resolve(const QString &text) const
    {
        const CodeLookup lookup = CodeLookup::resolve(test::shippedCatalog(), CodeQuery::parse(text));
        if (lookup.found.size() != 1)
            qFatal("no single code for %s", qPrintable(text));
        return lookup.found.first();
    }

    // Every text a report of the page must show.
    static QStringList texts(const ComparisonPage &page)
    {
        QStringList texts { page.title, page.intro, page.differencesHeading, page.adviceHeading,
                            page.advice };
        for (const QList<ComparisonRow> &rows : { page.texts, page.differences }) {
            for (const ComparisonRow &row : rows)
                texts << row.label << row.a << row.b;
        }
        return texts;
    }

private Q_SLOTS:
    void twoCodes()
    {
        const Comparison comparison = Comparer::compare(resolve(u"5.7.26"_s), resolve(u"550"_s));
        const ComparisonPage page = ComparisonPage::build(comparison);
        QCOMPARE(page.a.code, u"5.7.26"_s);
        QCOMPARE(page.a.catalogCode, u"X.7.26"_s);
        QCOMPARE(page.a.title, comparison.a.entry->title);
        QCOMPARE(page.b.code, u"550"_s);
        QVERIFY(page.title.contains(u"5.7.26"_s) && page.title.contains(u"550"_s));
        QCOMPARE(page.intro, comparison.intro);
        // Each side's catalog texts, row by row.
        QCOMPARE(page.texts.size(), 3);
        QCOMPARE(page.texts[0].a, comparison.a.entry->summary);
        QCOMPARE(page.texts[0].b, comparison.b.entry->summary);
        QCOMPARE(page.texts[2].b, comparison.b.entry->howToFix);
        QCOMPARE(page.differences.size(), comparison.differences.size());
        for (qsizetype i = 0; i < page.differences.size(); ++i) {
            QCOMPARE(page.differences[i].label, comparison.differences[i].label);
            QCOMPARE(page.differences[i].a, comparison.differences[i].a);
            QCOMPARE(page.differences[i].b, comparison.differences[i].b);
        }
        QCOMPARE(page.advice, comparison.whenToUseWhich);
    }

    void sameCodeHasOnlyTheIntro()
    {
        const ComparisonPage page
            = ComparisonPage::build(Comparer::compare(resolve(u"550"_s), resolve(u"550"_s)));
        QVERIFY(!page.intro.isEmpty());
        QVERIFY(page.texts.isEmpty());
        QVERIFY(page.differences.isEmpty());
        QVERIFY(page.advice.isEmpty());
        const QString text
            = TextReport(80).comparison(Comparer::compare(resolve(u"550"_s), resolve(u"550"_s)));
        QVERIFY(test::words(text).contains(test::words(page.intro)));
        QVERIFY(!text.contains(vocabulary::heading(vocabulary::Heading::KeyDifferences)));
    }

    void textShowsEveryPart()
    {
        const Comparison comparison = Comparer::compare(resolve(u"4.1.1"_s), resolve(u"5.1.1"_s));
        const QString text = test::words(TextReport(80).comparison(comparison));
        for (const QString &part : texts(ComparisonPage::build(comparison)))
            QVERIFY2(text.contains(test::words(part)), qPrintable(part));
    }

    void markdownShowsEveryPart()
    {
        const Comparison comparison = Comparer::compare(resolve(u"4.1.1"_s), resolve(u"5.1.1"_s));
        const ComparisonPage page = ComparisonPage::build(comparison);
        const QString md = MarkdownReport::comparison(comparison);
        QVERIFY(md.startsWith(u"# "_s + page.title + u'\n'));
        const QString plain = test::words(QString(md).remove(u'\\'));
        for (const QString &part : texts(page))
            QVERIFY2(plain.contains(test::words(part)), qPrintable(part));
        // The key differences are a table: a header, a rule, one row an aspect.
        const QStringList lines = md.split(u'\n');
        const qsizetype table = lines.indexOf(u"## "_s + page.differencesHeading) + 2;
        QVERIFY(table > 1);
        QCOMPARE(lines.value(table), u"| | 4.1.1 | 5.1.1 |"_s);
        for (qsizetype i = 0; i < page.differences.size(); ++i)
            QVERIFY2(lines.value(table + 2 + i).startsWith(u"| "_s + page.differences[i].label + u" | "_s),
                     qPrintable(lines.value(table + 2 + i)));
        QVERIFY(lines.value(table + 2 + page.differences.size()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComparisonPage)
#include "tst_comparisonpage.moc"
