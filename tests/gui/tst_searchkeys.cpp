// The window's Ctrl+K and Ctrl+D typed into the search field, on the real X11 platform (run under
// Xvfb by ctest) whose key scheme also gives QLineEdit Emacs bindings for both keys (delete to end of
// line, delete a character): the window's shortcuts must still win. The offscreen platform of the
// other GUI tests uses another key scheme and could not show a conflict. Every menu key, pressed
// from each place the focus can be (Ctrl+E is QLineEdit's "end of line" there), does what its menu
// item does.
#include "catalog/catalog.h"
#include "comparisonview.h"
#include "explainview.h"
#include "mainwindow.h"
#include "shortcuts.h"
#include "windowsettings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFileDialog>
#include <QListView>
#include <QPlainTextEdit>
#include <QTextBrowser>

#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestSearchKeys : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QLineEdit *searchField() const { return m_window->findChild<QLineEdit *>(u"searchField"_s); }
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(u"rightTabs"_s); }
    QTextBrowser *detailView() const { return m_window->findChild<QTextBrowser *>(u"detailView"_s); }
    bool tabShows(QWidget *widget) const { return tabs()->currentWidget()->isAncestorOf(widget); }

    // Gives the focus to one of the places a person types or reads in.
    QWidget *focus(const QString &where)
    {
        QWidget *widget = nullptr;
        if (where == u"search field") {
            widget = searchField();
        } else if (where == u"result list") {
            widget = m_window->findChild<QListView *>(u"resultList"_s);
        } else if (where == u"details") {
            tabs()->setCurrentIndex(0);
            widget = detailView();
        } else {
            m_window->showExplain();
            widget = m_window->explainView()->input();
        }
        widget->setFocus();
        return widget;
    }

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
        QCOMPARE(m_window->comparisonView()->codes().value(1), u"554"_s);
    }

    void everyMenuKeyFromEveryFocus_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<Command>("command");
        for (const QString &where :
             { u"search field"_s, u"result list"_s, u"details"_s, u"Explain paste area"_s }) {
            for (const ShortcutRow &row : shortcutTable()) {
                for (const Shortcut &shortcut : row.shortcuts) {
                    // Keys without Ctrl or Alt (Esc, arrows, Enter, /) belong to the search field.
                    if (shortcut.command == Command::ClearSearch || shortcut.command == Command::MoveInResults
                        || shortcut.command == Command::OpenSelected)
                        continue;
                    const QString key = shortcut.keys.first().toString();
                    QTest::addRow("%s, %s", qPrintable(where), qPrintable(key)) << where << shortcut.command;
                }
            }
        }
    }

    void everyMenuKeyFromEveryFocus()
    {
        QFETCH(QString, where);
        QFETCH(Command, command);
        // A known state: 550 then 554 in the history, 421 current in the list, normal text size.
        searchField()->clear(); // the list follows a changed query: 421 becomes its current row
        searchField()->setText(u"421"_s);
        QVERIFY(m_window->showCode(u"550"_s));
        QVERIFY(m_window->showCode(u"554"_s));
        if (command == Command::Forward)
            m_window->goBack();
        m_window->zoomBy(-100);
        m_window->zoomBy(-WindowSettings::minZoom);
        if (command == Command::NormalSize)
            m_window->zoomBy(2);
        QGuiApplication::clipboard()->clear();
        const QString before = m_window->shownCode();
        const qreal normalSize = QApplication::font().pointSizeF();
        const qreal sizeBefore = detailView()->font().pointSizeF();

        QWidget *widget = focus(where);
        QTRY_VERIFY(widget->hasFocus());
        searchField()->deselect();
        // The file dialog is modal: it is closed as soon as it is seen.
        bool fileDialogSeen = false;
        QTimer closer;
        if (command == Command::OpenFile) {
            connect(&closer, &QTimer::timeout, this, [&] {
                if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                    fileDialogSeen = true;
                    dialog->reject();
                }
            });
            closer.start(50);
        }
        QTest::keySequence(widget, shortcutKeys(command).first());

        switch (command) {
        case Command::FindCode:
            QVERIFY(searchField()->hasFocus());
            QCOMPARE(searchField()->selectedText(), u"421"_s);
            break;
        case Command::Back:
            QCOMPARE(m_window->shownCode(), u"550"_s);
            break;
        case Command::Forward:
            QCOMPARE(before, u"550"_s);
            QCOMPARE(m_window->shownCode(), u"554"_s);
            break;
        case Command::Home:
            QVERIFY(m_window->shownCode().isEmpty());
            break;
        case Command::CompareSelectedWithShown:
            QVERIFY(tabShows(m_window->comparisonView()));
            QCOMPARE(m_window->comparisonView()->codes().value(1), u"421"_s);
            break;
        case Command::ShowDetails:
            QVERIFY(tabShows(detailView()));
            break;
        case Command::ShowComparison:
            QVERIFY(tabShows(m_window->comparisonView()));
            break;
        case Command::OpenFile:
            QTRY_VERIFY(fileDialogSeen);
            // The window manager gives the focus back to the window the dialog belonged to.
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            break;
        case Command::ExplainText:
            QVERIFY(tabShows(m_window->explainView()));
            QVERIFY(m_window->explainView()->input()->hasFocus());
            break;
        case Command::CopyAsPlainText:
        case Command::CopyAsMarkdown:
            QTRY_VERIFY(QGuiApplication::clipboard()->text().contains(u"554"));
            QCOMPARE(QGuiApplication::clipboard()->text().startsWith(u'#'),
                     command == Command::CopyAsMarkdown);
            break;
        case Command::LargerText:
            QCOMPARE_GT(detailView()->font().pointSizeF(), sizeBefore);
            break;
        case Command::SmallerText:
            QCOMPARE_LT(detailView()->font().pointSizeF(), sizeBefore);
            break;
        case Command::NormalSize:
            QCOMPARE_GT(sizeBefore, normalSize);
            QCOMPARE(detailView()->font().pointSizeF(), normalSize);
            break;
        case Command::KeyboardShortcuts: {
            QDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"shortcutsDialog"_s)) != nullptr);
            QVERIFY(dialog->isVisible());
            delete dialog;
            break;
        }
        case Command::Quit:
            QVERIFY(!m_window->isVisible());
            break;
        case Command::ClearSearch:
        case Command::MoveInResults:
        case Command::OpenSelected:
            QFAIL("not a menu key");
        }
        if (!m_window->isVisible()) {
            m_window->show();
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestSearchKeys)
#include "tst_searchkeys.moc"
