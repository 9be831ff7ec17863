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

private Q_SLOTS:
    void twoCodes()
    {
        const Comparison comparison = Comparer::compare(resolve(u"5.7.26"_s), resolve(u"550"_s));
        const ComparisonPage page = ComparisonPage::build(comparison);
        QCOMPARE(page.sides.size(), 2);
        QCOMPARE(page.sides[0].code, u"5.7.26"_s);
        QCOMPARE(page.sides[0].catalogCode, u"X.7.26"_s);
        QCOMPARE(page.sides[0].title, comparison.codes[0].entry->title);
        QCOMPARE(page.sides[1].code, u"550"_s);
        QVERIFY(page.title.contains(u"5.7.26"_s) && page.title.contains(u"550"_s));
        QCOMPARE(page.intro, comparison.intro);
        // Each side's catalog texts, row by row.
        QCOMPARE(page.texts.size(), 3);
        QCOMPARE(page.texts[0].values, (QStringList { comparison.codes[0].entry->summary, comparison.codes[1].entry->summary }));
        QCOMPARE(page.texts[2].values.value(1), comparison.codes[1].entry->howToFix);
        QCOMPARE(page.differences.size(), comparison.differences.size());
        for (qsizetype i = 0; i < page.differences.size(); ++i) {
            QCOMPARE(page.differences[i].label, comparison.differences[i].label);
            QCOMPARE(page.differences[i].values, comparison.differences[i].values);
        }
        QCOMPARE(page.advice, comparison.whenToUseWhich);
    }

    // A pair that differs only in class shares every text: each is shown once, under "Both", and no
    // paragraph of the report appears twice.
    void classPairsShowSharedTextsOnce()
    {
        int pairs = 0;
        for (const CatalogEntry &entry : test::shippedCatalog().entries()) {
            if (!entry.isEnhanced() || !entry.allowsClass(4) || !entry.allowsClass(5))
                continue;
            ++pairs;
            const Comparison comparison
                = Comparer::compare(resolve(entry.codeWithClass(4)), resolve(entry.codeWithClass(5)));
            const ComparisonPage page = ComparisonPage::build(comparison);
            for (const ComparisonRow &row : page.texts) {
                QVERIFY(row.values.isEmpty());
                QVERIFY(!row.shared.isEmpty());
            }
            const QString text = test::words(TextReport(100).comparison(comparison));
            QCOMPARE(text.count(test::words(entry.summary).left(60)), 1);
            QStringList paragraphs = TextReport(100).comparison(comparison).split(u"\n\n"_s);
            for (QString &p : paragraphs)
                p = test::words(p);
            paragraphs.removeAll(QString());
            const qsizetype all = paragraphs.size();
            paragraphs.removeDuplicates();
            QCOMPARE(paragraphs.size(), all);
        }
        QVERIFY(pairs > 10);
    }

    void curatedTextsComeFirst()
    {
        const Comparison comparison = Comparer::compare(resolve(u"550"_s), resolve(u"5.1.1"_s));
        const ComparisonPage page = ComparisonPage::build(comparison);
        QCOMPARE(page.curated.size(), 1);
        QCOMPARE(page.curated[0].paragraphs.size(), 3);
        QCOMPARE(page.curated[0].paragraphs[0].second, comparison.curated[0].difference);
        const QString text = TextReport(80).comparison(comparison);
        QVERIFY(text.indexOf(page.curatedHeading) < text.indexOf(page.texts[0].label));
        const QString md = MarkdownReport::comparison(comparison);
        QVERIFY(md.contains(u"## "_s + page.curatedHeading));
    }

    void fourCodesInColumns()
    {
        const Comparison comparison
            = Comparer::compare({ resolve(u"450"_s), resolve(u"451"_s), resolve(u"452"_s), resolve(u"550"_s) });
        const ComparisonPage page = ComparisonPage::build(comparison);
        QCOMPARE(page.sides.size(), 4);
        QVERIFY2(page.title.contains(u"450, 451, 452") && page.title.contains(u"550"), qPrintable(page.title));
        QCOMPARE(page.texts[0].values.size(), 4);
        const QString md = MarkdownReport::comparison(comparison);
        QVERIFY(md.contains(u"| | 450 | 451 | 452 | 550 |\n|---|---|---|---|---|\n"_s));
        const QString text = test::words(TextReport(80).comparison(comparison));
        for (const QString &part : test::comparisonTexts(page))
            QVERIFY2(text.contains(test::words(part)), qPrintable(part));
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
        for (const QString &part : test::comparisonTexts(ComparisonPage::build(comparison)))
            QVERIFY2(text.contains(test::words(part)), qPrintable(part));
    }

    void markdownShowsEveryPart()
    {
        const Comparison comparison = Comparer::compare(resolve(u"4.1.1"_s), resolve(u"5.1.1"_s));
        const ComparisonPage page = ComparisonPage::build(comparison);
        const QString md = MarkdownReport::comparison(comparison);
        QVERIFY(md.startsWith(u"# "_s + page.title + u'\n'));
        const QString plain = test::words(QString(md).remove(u'\\'));
        for (const QString &part : test::comparisonTexts(page))
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
