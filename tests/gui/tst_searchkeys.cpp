// The window's Ctrl+K and Ctrl+D typed into the search field, on the real X11 platform (run under
// Xvfb by ctest) whose key scheme also gives QLineEdit Emacs bindings for both keys (delete to end of
// line, delete a character): the window's shortcuts must still win. The offscreen platform of the
// other GUI tests uses another key scheme and could not show a conflict.
#include "catalog/catalog.h"
#include "comparisonview.h"
#include "mainwindow.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestSearchKeys : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QLineEdit *searchField() const { return m_window->findChild<QLineEdit *>(u"searchField"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
        QList<CatalogError> errors;
        m_catalog = Catalog::builtIn(&errors);
        m_window = std::make_unique<MainWindow>(m_catalog, m_dir.filePath(u"settings.conf"_s));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        searchField()->setFocus();
        QTRY_VERIFY(searchField()->hasFocus());
    }

    void ctrlKInTheFieldSelectsTheQuery()
    {
        searchField()->setText(u"554"_s);
        searchField()->setCursorPosition(1);
        QTest::keySequence(searchField(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QTest::keyClicks(searchField(), u"550"_s);
        QCOMPARE(searchField()->text(), u"550"_s);
    }

    void ctrlDInTheFieldCompares()
    {
        searchField()->setText(u"554"_s);
        QVERIFY(m_window->showCode(u"550"_s));
        searchField()->setCursorPosition(0);
        QTest::keySequence(searchField(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QCOMPARE(searchField()->text(), u"554"_s); // no character deleted
        auto *tabs = m_window->findChild<QTabWidget *>(u"rightTabs"_s);
        QCOMPARE(tabs->currentWidget(), m_window->comparisonView()->parentWidget());
        QCOMPARE(m_window->comparisonView()->codeB(), u"554"_s);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestSearchKeys)
#include "tst_searchkeys.moc"
