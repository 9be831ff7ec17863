// HtmlReport: the window's pages show every part of an entry's and a comparison's page, with code
// and copy links, class colours from the palette, and codes kept left to right in an Arabic layout.
#include "catalog/catalog.h"
#include "code/codelookup.h"
#include "diagnosis/diagnosis.h"
#include "htmlreport.h"
#include "pagetexts.h"
#include "report/comparisonpage.h"
#include "report/entrypage.h"
#include "shippedcatalog.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestHtmlReport : public QObject
{
    Q_OBJECT

    HtmlStyle m_style = HtmlStyle::fromPalette(QPalette());

    ResolvedCode resolve(const QString &text) const
    {
        const CodeLookup lookup = CodeLookup::resolve(test::shippedCatalog(), CodeQuery::parse(text));
        if (lookup.found.size() != 1)
            qFatal("no single code for %s", qPrintable(text));
        return lookup.found.first();
    }

    // What a reader sees of the HTML.
    static QString shown(const QString &html)
    {
        QTextDocument document;
        document.setHtml(html);
        return document.toPlainText();
    }

private Q_SLOTS:
    void cleanup() { QGuiApplication::setLayoutDirection(Qt::LeftToRight); }

    // A verdict's codes open the code as sent: a provider's range with that very code, a tag its own.
    void verdictLinksOpenTheCodeAsSent()
    {
        Verdict ranged;
        ranged.basic = u"550"_s;
        ranged.enhanced = u"5.7.620"_s;
        ranged.catalogCode = u"X.7.606"_s;
        Verdict tagged;
        tagged.basic = u"421"_s;
        tagged.enhanced = u"4.7.0"_s;
        tagged.catalogCode = u"TSS04"_s;
        const QString html = HtmlReport::verdicts({ ranged, tagged }, HtmlStyle {});
        QVERIFY(html.contains(u"href=\"code:5.7.620\""_s));
        QVERIFY(html.contains(u"href=\"code:TSS04\""_s));
        QVERIFY(!html.contains(u"code:X.7.606"_s));
    }

    void entryShowsEveryPart_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("basic with pairs") << u"550"_s;
        QTest::newRow("seen class, providers") << u"4.1.1"_s;
        QTest::newRow("no class") << u"X.6.10"_s;
    }

    void entryShowsEveryPart()
    {
        QFETCH(QString, code);
        const ResolvedCode resolved = resolve(code);
        const EntryPage page = EntryPage::build(resolved);
        const QString html = HtmlReport::entry(resolved, m_style);
        const QString text = shown(html);
        const QStringList lines = text.split(u'\n');
        QVERIFY(lines.first().startsWith(page.code));
        QVERIFY(lines.first().endsWith(page.title));
        for (const QString &fact : { page.kind, page.subject, page.status })
            QVERIFY2(text.contains(fact), qPrintable(fact));
        // The class badges, in the palette's colour of each class.
        for (int cls : page.classes) {
            QVERIFY(text.contains(vocabulary::classLabel(cls) + u' ' + vocabulary::className(cls)));
            QVERIFY(html.contains(u"color: "_s + m_style.classColor(cls).name()));
        }
        if (!page.codeNote.isEmpty())
            QVERIFY(text.contains(page.codeNote));
        qsizetype previous = 0;
        for (const PageSection &section : page.sections) {
            const qsizetype at = lines.indexOf(section.heading, previous + 1);
            QVERIFY2(at > previous, qPrintable(section.heading));
            previous = at;
            for (const QString &body : test::bodyTexts(section))
                QVERIFY2(test::words(text).contains(test::words(body)), qPrintable(body));
            // Codes are links that open them.
            if (section.form == PageSection::Form::CodeLinks) {
                for (const QString &linked : section.items)
                    QVERIFY2(html.contains(u"href=\"code:"_s + linked + u'"'), qPrintable(linked));
            }
        }
    }

    void commandsHaveCopyLinks()
    {
        const ResolvedCode code = resolve(u"5.7.26"_s);
        const QString html = HtmlReport::entry(code, m_style);
        const QList<DiagnosticCheck> &checks = code.entry->checks;
        int commands = 0;
        for (qsizetype i = 0; i < checks.size(); ++i) {
            const bool hasCommand = !checks[i].command.isEmpty();
            commands += hasCommand;
            QCOMPARE(html.contains(u"href=\"copy:%1\""_s.arg(i)), hasCommand);
        }
        QVERIFY(commands > 0);
        QCOMPARE(html.count(u"href=\"copy:"_s), commands);
    }

    void comparisonShowsEveryPart_data()
    {
        QTest::addColumn<QList<QString>>("codes");
        QTest::newRow("two codes") << QList<QString> { u"5.7.26"_s, u"550"_s };
        QTest::newRow("curated pair") << QList<QString> { u"5.7.23"_s, u"5.7.26"_s };
        QTest::newRow("class pair, shared texts") << QList<QString> { u"4.2.2"_s, u"5.2.2"_s };
        QTest::newRow("four codes") << QList<QString> { u"450"_s, u"451"_s, u"452"_s, u"5.1.1"_s };
    }

    void comparisonShowsEveryPart()
    {
        QFETCH(QList<QString>, codes);
        QList<ResolvedCode> resolved;
        for (const QString &code : codes)
            resolved << resolve(code);
        const Comparison comparison = Comparer::compare(resolved);
        const ComparisonPage page = ComparisonPage::build(comparison);
        const QString html = HtmlReport::comparison(comparison, m_style);
        const QString text = test::words(shown(html));
        for (const QString &part : test::comparisonTexts(page))
            QVERIFY2(text.contains(test::words(part)), qPrintable(part));
        for (const ComparisonSide &side : page.sides)
            QVERIFY(html.contains(u"href=\"code:"_s + side.catalogCode + u'"'));
    }

    // An entry names the codes it is often confused with, each a link to the comparison.
    void oftenConfusedWithLinksToTheComparison()
    {
        const QString html = HtmlReport::entry(resolve(u"5.2.2"_s), m_style);
        QVERIFY(shown(html).contains(vocabulary::heading(vocabulary::Heading::OftenConfused)));
        QVERIFY(html.contains(u"href=\"compare:5.2.2,4.2.2\""_s));
        QVERIFY(html.contains(u"href=\"compare:5.2.2,5.2.3\""_s));
        // The pair is written with 550's entry; 5.1.1's page names it too.
        QVERIFY(HtmlReport::entry(resolve(u"5.1.1"_s), m_style).contains(u"href=\"compare:5.1.1,550\""_s));
        // Nothing about 5.2.2 and 5.2.3 on the page of 4.2.2.
        QVERIFY(!HtmlReport::entry(resolve(u"4.2.2"_s), m_style).contains(u"5.2.3"_s));
    }

    void comparisonWithItselfShowsTheIntroOnly()
    {
        const Comparison comparison = Comparer::compare(resolve(u"550"_s), resolve(u"550"_s));
        const QString text = shown(HtmlReport::comparison(comparison, m_style));
        QVERIFY(text.contains(comparison.intro));
        QVERIFY(!text.contains(vocabulary::heading(vocabulary::Heading::KeyDifferences)));
        QVERIFY(!text.contains(vocabulary::heading(vocabulary::Heading::WhenToUseWhich)));
    }

    void placeholder()
    {
        const QString html = HtmlReport::comparisonPlaceholder(m_style);
        QVERIFY(html.contains(m_style.css()));
        QVERIFY(shown(html).contains(u"Ctrl+D"_s));
    }

    void rightToLeftLayout()
    {
        const ResolvedCode code = resolve(u"550"_s);
        QVERIFY(HtmlReport::entry(code, m_style).contains(u"<body dir=\"ltr\">"_s));
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const QString html = HtmlReport::entry(code, m_style);
        QVERIFY(html.contains(u"<body dir=\"rtl\">"_s));
        // The code in the title and the codes of the links stay left to right; link targets stay plain.
        QVERIFY(html.contains(u"<h1>\u202A550\u202C"_s));
        const QString pair = code.entry->pairs.first();
        QVERIFY(html.contains(u"<a href=\"code:"_s + pair + u"\">\u202A"_s + pair + u"\u202C</a>"_s));
        // English catalog text keeps its own direction.
        QVERIFY(html.contains(u"<p dir=\"ltr\">"_s));
    }
};

QTEST_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
