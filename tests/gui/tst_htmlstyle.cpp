// HtmlStyle: the detail and comparison pages follow the palette, and stay readable in a light and a
// dark theme (WCAG contrast of 4.5:1 for text and class colours against the page background).
#include "htmlstyle.h"

#include <QTest>

using namespace smtpref;

namespace {

double luminance(const QColor &color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda)); // Qt's default link: too dark here
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(0x60, 0x60, 0x60));
    palette.setColor(QPalette::Link, QColor(0x00, 0x57, 0xae));
    return palette;
}

} // namespace

class TestHtmlStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << lightPalette() << false;
        QTest::newRow("dark") << darkPalette() << true;
    }

    void readable()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        const HtmlStyle style = HtmlStyle::fromPalette(palette);
        QCOMPARE(style.dark, dark);
        const QColor base = palette.color(QPalette::Base);
        QVERIFY(contrast(style.text, base) >= 4.5);
        QVERIFY2(contrast(style.link, base) >= 4.5, qPrintable(style.link.name()));
        for (int cls : { 2, 3, 4, 5 })
            QVERIFY2(contrast(style.classColor(cls), base) >= 4.5, qPrintable(QString::number(cls)));
        // Commands sit on their own background, which must still carry the text.
        QVERIFY(contrast(style.text, style.codeBackground) >= 4.5);
        QVERIFY(style.css().contains(style.text.name()));
        QVERIFY(style.css().contains(style.link.name()));
    }

    void classesHaveDistinctColours()
    {
        const HtmlStyle style = HtmlStyle::fromPalette(lightPalette());
        QSet<QRgb> colours;
        for (int cls : { 2, 3, 4, 5 })
            colours.insert(style.classColor(cls).rgb());
        QCOMPARE(colours.size(), 4);
    }
};

QTEST_MAIN(TestHtmlStyle)
#include "tst_htmlstyle.moc"
