// The style that makes the menu bar's overflow icon late: the same pictures as the style it wraps,
// made once and only when drawn, and the menu bar's overflow button still shows its chevron.
#include "startup.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace smtpref;

// Fusion, counting the overflow icons it is asked to make.
class CountingStyle final : public QProxyStyle
{
public:
    explicit CountingStyle(int *made)
        : QProxyStyle(u"fusion"_s)
        , m_made(made)
    { }
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override
    {
        if (icon == SP_ToolBarHorizontalExtensionButton)
            ++*m_made;
        return QProxyStyle::standardIcon(icon, option, widget);
    }

private:
    int *m_made;
};

class TestDeferredIcons : public QObject
{
    Q_OBJECT

    static QImage picture(const QIcon &icon, int size = 16)
    {
        return icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    }

    static bool hasInk(const QImage &image)
    {
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) > 0)
                    return true;
        return false;
    }

private Q_SLOTS:
    void madeOnceAndOnlyWhenDrawn()
    {
        int made = 0;
        const QIcon icon(new DeferredIconEngine([&made] {
            ++made;
            QPixmap pixmap(16, 16);
            pixmap.fill(Qt::red);
            return QIcon(pixmap);
        }));
        QVERIFY(!icon.isNull());
        const QIcon copy = icon;
        QCOMPARE(made, 0);
        QCOMPARE(picture(copy).pixel(8, 8), QColor(Qt::red).rgba());
        QCOMPARE(made, 1);
        QCOMPARE(icon.actualSize(QSize(16, 16)), QSize(16, 16));
        QCOMPARE(picture(icon, 32).size(), QSize(16, 16));
        QCOMPARE(made, 1);
    }

    void theStyleMakesTheOverflowIconOnlyWhenDrawn()
    {
        int made = 0;
        const DeferredIconStyle style(new CountingStyle(&made));
        const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QVERIFY(!icon.isNull());
        QCOMPARE(made, 0);
        QVERIFY(hasInk(picture(icon)));
        QCOMPARE(made, 1);
        // Icons the style does not defer are made as they are asked for.
        (void)style.standardIcon(QStyle::SP_DialogOkButton);
        QCOMPARE(made, 1);
    }

    void highDensityScreensGetSharpPixmaps()
    {
        const DeferredIconStyle style(u"fusion"_s);
        const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
        // Asked for 16 logical pixels at ratio 2: at most 32 device pixels, never scaled twice.
        QVERIFY2(pixmap.width() <= 32 && pixmap.height() <= 32,
                 qPrintable(u"%1x%2"_s.arg(pixmap.width()).arg(pixmap.height())));
        QVERIFY(hasInk(pixmap.toImage().convertToFormat(QImage::Format_ARGB32)));
    }

    void overflowIconsLookAsTheWrappedStyleDraws()
    {
        const DeferredIconStyle style(u"fusion"_s);
        const std::unique_ptr<QStyle> plain(QStyleFactory::create(u"fusion"_s));
        for (QStyle::StandardPixmap icon :
             { QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton,
               QStyle::SP_DialogOkButton, QStyle::SP_ArrowBack }) {
            const QImage deferred = picture(style.standardIcon(icon));
            QVERIFY2(hasInk(deferred), qPrintable(QString::number(icon)));
            QCOMPARE(deferred, picture(plain->standardIcon(icon)));
        }
    }

    void menuBarOverflowStillShowsItsChevron()
    {
        QApplication::setStyle(new DeferredIconStyle(u"fusion"_s));
        QMainWindow window;
        for (const QString &title :
             { u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Language"_s, u"&Go"_s, u"&Help"_s })
            window.menuBar()->addMenu(title);
        window.resize(120, 200); // too narrow for six menus
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *overflow = window.menuBar()->findChild<QToolButton *>(u"qt_menubar_ext_button"_s);
        QVERIFY(overflow);
        QTRY_VERIFY(overflow->isVisible());
        QVERIFY(hasInk(picture(overflow->icon())));
    }
};

QTEST_MAIN(TestDeferredIcons)
#include "tst_deferredicons.moc"
