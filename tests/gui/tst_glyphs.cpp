// Every language's pages are drawn with fonts that have their glyphs: a code's page and a comparison,
// laid out as the window lays them out, contain no missing-glyph box (glyph 0) in any language, with
// the fonts packaging/debian-packages.txt installs. A page that stayed English would pass trivially,
// so each page must also show the language's own script.
#include "code/codelookup.h"
#include "compare/comparison.h"
#include "htmlreport.h"
#include "i18n/translatorset.h"
#include "shippedcatalog.h"

#include <QApplication>
#include <QGlyphRun>
#include <QRawFont>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace smtpref;

namespace {

ResolvedCode resolve(const QString &text)
{
    const CodeLookup lookup = CodeLookup::resolve(test::shippedCatalog(), CodeQuery::parse(text));
    if (lookup.found.size() != 1)
        qFatal("no single code for %s", qPrintable(text));
    return lookup.found.first();
}

// The lines of the page that no font could draw completely: each paragraph laid out in the window's
// font, with Qt's font fallback, as the window draws it.
QStringList missingGlyphs(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QStringList missing;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextLayout layout(block.text(), QApplication::font());
        layout.beginLayout();
        layout.createLine().setLineWidth(1e6);
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns()) {
            const QList<quint32> glyphs = run.glyphIndexes();
            if (std::find(glyphs.cbegin(), glyphs.cend(), 0u) != glyphs.cend())
                missing << run.rawFont().familyName() + u": " + block.text().left(60);
        }
    }
    return missing;
}

} // namespace

class TestGlyphs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The check sees a character no font has (a private-use one).
    void aMissingGlyphIsSeen()
    {
        QVERIFY(missingGlyphs(u"<p>550 \uE000</p>"_s).size() == 1);
        QVERIFY(missingGlyphs(u"<p>550 5.7.26</p>"_s).isEmpty());
        QVERIFY(missingGlyphs(u"<p>हिन्दी 사서함 邮箱 العربية</p>"_s).isEmpty());
    }

    void everyLanguageIsDrawn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sample"); // a character of the language's own script
        QTest::newRow("ar") << u"ar"_s << u"ا"_s;
        QTest::newRow("de") << u"de"_s << u"ä"_s;
        QTest::newRow("es") << u"es"_s << u"ó"_s;
        QTest::newRow("fr") << u"fr"_s << u"é"_s;
        QTest::newRow("hi") << u"hi"_s << u"क"_s;
        QTest::newRow("ja") << u"ja"_s << u"の"_s;
        QTest::newRow("ko") << u"ko"_s << u"다"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"ç"_s;
        QTest::newRow("ru") << u"ru"_s << u"о"_s;
        QTest::newRow("tr") << u"tr"_s << u"ı"_s;
        QTest::newRow("vi") << u"vi"_s << u"ư"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"的"_s;
    }

    void everyLanguageIsDrawn()
    {
        QFETCH(QString, language);
        QFETCH(QString, sample);
        TranslatorSet translators;
        QVERIFY(translators.setLanguage(language));
        const HtmlStyle style = HtmlStyle::fromPalette(QApplication::palette());
        const QString pages[] = {
            HtmlReport::entry(resolve(u"550"_s), style),
            HtmlReport::entry(resolve(u"5.7.26"_s), style),
            HtmlReport::comparison(Comparer::compare(resolve(u"4.2.2"_s), resolve(u"5.2.2"_s)), style),
        };
        for (const QString &html : pages) {
            QTextDocument plain;
            plain.setHtml(html);
            QVERIFY2(plain.toPlainText().contains(sample), qPrintable(plain.toPlainText().left(200)));
            const QStringList missing = missingGlyphs(html);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 5).join(u'\n')));
        }
        translators.setLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestGlyphs)
#include "tst_glyphs.moc"
