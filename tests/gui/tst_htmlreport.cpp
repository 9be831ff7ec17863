// HtmlReport: the window's pages show every part of an entry's and a comparison's page, with code
// and copy links, class colours from the palette, and codes kept left to right in an Arabic layout.
#include "catalog/catalog.h"
#include "code/codelookup.h"
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
        if (!page.classNote.isEmpty())
            QVERIFY(text.contains(page.classNote));
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

    void comparisonShowsEveryPart()
    {
        const Comparison comparison = Comparer::compare(resolve(u"5.7.26"_s), resolve(u"550"_s));
        const ComparisonPage page = ComparisonPage::build(comparison);
        const QString html = HtmlReport::comparison(comparison, m_style);
        const QString text = test::words(shown(html));
        QStringList parts {
            page.title,         page.intro, page.a.title, page.b.title, page.differencesHeading,
            page.adviceHeading, page.advice
        };
        for (const QList<ComparisonRow> &rows : { page.texts, page.differences }) {
            for (const ComparisonRow &row : rows)
                parts << row.label << row.a << row.b;
        }
        for (const QString &part : parts)
            QVERIFY2(text.contains(test::words(part)), qPrintable(part));
        QVERIFY(html.contains(u"href=\"code:X.7.26\""_s));
        QVERIFY(html.contains(u"href=\"code:550\""_s));
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
