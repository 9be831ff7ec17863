// The real MainWindow, driven by object name offscreen: search, filters, keyboard, details, links,
// history, comparison, settings; and screenshots of the detail and comparison states.
#include "catalog/catalog.h"
#include "comparisonview.h"
#include "explainview.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "models/searchfilters.h"
#include "models/searchmodel.h"
#include "report/startpage.h"
#include "search/excerpt.h"
#include "searchpanel.h"
#include "referencedata.h"
#include "shippedcatalog.h"
#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QDropEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace smtpref;

// Swallows the paint events of the object it filters, as if its window were never on screen.
class PaintBlocker final : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override { return event->type() == QEvent::Paint; }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString settingsFile() const { return m_dir.filePath(u"smtpref.conf"_s); }

    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

    QLineEdit *searchField() const { return child<QLineEdit>(u"searchField"_s); }
    QListView *list() const { return child<QListView>(u"resultList"_s); }
    QTextBrowser *detail() const { return child<QTextBrowser>(u"detailView"_s); }
    QTextBrowser *comparison() const { return child<QTextBrowser>(u"comparisonBrowser"_s); }
    QTabWidget *tabs() const { return child<QTabWidget>(u"rightTabs"_s); }
    QLabel *count() const { return child<QLabel>(u"countLabel"_s); }

    QStringList visibleCodes(int limit = 1000) const
    {
        QStringList codes;
        const QAbstractItemModel *model = list()->model();
        for (int row = 0; row < model->rowCount() && row < limit; ++row)
            codes << model->index(row, 0).data(DisplayCodeRole).toString();
        return codes;
    }

    void search(const QString &text) const
    {
        searchField()->clear();
        QTest::keyClicks(searchField(), text);
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_catalog, settingsFile());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalog = test::shippedCatalog();
    }

    void init()
    {
        QFile::remove(settingsFile());
        openWindow();
    }

    void cleanup() { m_window.reset(); }

    // Settings that cannot be saved: the window says so, and closing it writes nothing.
    void unwritableSettingsAreSaid()
    {
        m_window.reset();
        const QString blocker = m_dir.filePath(u"notAFolder"_s);
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        m_window = std::make_unique<MainWindow>(m_catalog, blocker + u"/smtpref.conf"_s);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QDir::toNativeSeparators(blocker)), qPrintable(message));
        QVERIFY(!message.contains(u"damaged"));
        m_window->close();
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("x"));
        QVERIFY(QFile::remove(blocker));
    }

    void typingFiltersAndRanks()
    {
        QCOMPARE(visibleCodes().size(), m_catalog.size());
        search(u"550"_s);
        QCOMPARE(visibleCodes(1), QStringList { u"550"_s });
        QCOMPARE(count()->text(), u"%1 of %2 codes"_s.arg(list()->model()->rowCount()).arg(m_catalog.size()));
        search(u"5.7"_s);
        QCOMPARE(visibleCodes(4), (QStringList { u"5.7.0"_s, u"5.7.1"_s, u"5.7.2"_s, u"5.7.3"_s }));
        search(u"auth"_s);
        const QStringList auth = visibleCodes();
        for (const QString &code : { u"235"_s, u"334"_s, u"535"_s, u"530"_s, u"X.7.8"_s })
            QVERIFY2(auth.contains(code), qPrintable(code));
    }

    void filtersCombine()
    {
        search(u"mailbox"_s);
        const int all = list()->model()->rowCount();
        QTest::mouseClick(child<QToolButton>(u"classFilter4"_s), Qt::LeftButton);
        const int transient = list()->model()->rowCount();
        QVERIFY(transient > 0 && transient < all);
        for (const QString &code : visibleCodes())
            QVERIFY2(code.startsWith(u'4') || code.startsWith(u"X."), qPrintable(code));
        child<QComboBox>(u"kindFilter"_s)->setCurrentIndex(2); // enhanced
        QVERIFY(list()->model()->rowCount() < transient);
        for (const QString &code : visibleCodes())
            QVERIFY2(code.startsWith(u"4."), qPrintable(code));
        QTest::mouseClick(child<QToolButton>(u"classFilterAll"_s), Qt::LeftButton);
        child<QComboBox>(u"kindFilter"_s)->setCurrentIndex(0);
        QCOMPARE(list()->model()->rowCount(), all);
    }

    void emptyStateSaysWhy()
    {
        search(u"qqzzxxy"_s);
        QCOMPARE(list()->model()->rowCount(), 0);
        QLabel *empty = child<QLabel>(u"emptyState"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"qqzzxxy"));
        QVERIFY(count()->text().startsWith(u"0 of "));
        QTest::mouseClick(child<QToolButton>(u"classFilter2"_s), Qt::LeftButton);
        QVERIFY(empty->text().contains(u"Filters are on"));
    }

    void theWindowOpensOnTheStartPage()
    {
        // No saved code: the start page, and no row chosen for the person.
        QVERIFY(m_window->shownCode().isEmpty());
        QVERIFY(!list()->currentIndex().isValid());
        QTRY_VERIFY(detail()->toPlainText().contains(u"Codes people look up most"));
        const QString text = detail()->toPlainText();
        for (const QString &part : { u"2xx"_s, u"3xx"_s, u"4xx"_s, u"5xx"_s, u"Permanent Negative Completion"_s,
                                     u"What you can type in the search field"_s })
            QVERIFY2(text.contains(part), qPrintable(part));
        for (const QString &code : StartPage::commonCodes())
            QVERIFY2(detail()->toHtml().contains(u"href=\"code:"_s + code + u'"'), qPrintable(code));

        // A link opens its code; Back returns to the start page, Forward to the code.
        Q_EMIT detail()->anchorClicked(QUrl(u"code:5.7.26"_s));
        QCOMPARE(m_window->shownCode(), u"5.7.26"_s);
        QTRY_VERIFY(detail()->toPlainText().contains(u"Multiple authentication checks failed"));
        m_window->goBack();
        QVERIFY(m_window->shownCode().isEmpty());
        QTRY_VERIFY(detail()->toPlainText().contains(u"Codes people look up most"));
        m_window->goForward();
        QCOMPARE(m_window->shownCode(), u"5.7.26"_s);

        // The list following a search leaves the start page behind as a step to go back to.
        m_window->goBack();
        search(u"552"_s);
        QCOMPARE(m_window->shownCode(), u"552"_s);
        m_window->goBack();
        QVERIFY(m_window->shownCode().isEmpty());
    }

    void goHomeAndSearchTips()
    {
        QVERIFY(m_window->showCode(u"550"_s));
        search(u"relay"_s);
        QVERIFY(list()->currentIndex().isValid());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::ALT | Qt::Key_Home));
        QVERIFY(m_window->shownCode().isEmpty());
        QVERIFY(!list()->currentIndex().isValid()); // the list shows no row as the one shown
        QTRY_VERIFY(detail()->toPlainText().contains(u"Codes people look up most"));
        m_window->goBack();
        QVERIFY(!m_window->shownCode().isEmpty());

        QAction *tips = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == u"&Search Tips")
                tips = action;
        }
        QVERIFY(tips);
        tips->trigger();
        QVERIFY(m_window->shownCode().isEmpty());
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(detail()));
        QTRY_VERIFY(detail()->toPlainText().contains(u"What you can type in the search field"));
    }

    void enterOpensTheFirstResult()
    {
        // Typed: the best match is current, and Enter opens it.
        search(u"mailbox full"_s);
        const QString best = list()->model()->index(0, 0).data(DisplayCodeRole).toString();
        QTest::keyClick(searchField(), Qt::Key_Return);
        QCOMPARE(m_window->shownCode(), best);
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(detail()));
        QVERIFY(detail()->hasFocus());
        // No row chosen yet (back on the start page with the query still there): Enter opens the first.
        m_window->showStartPage();
        QVERIFY(!list()->currentIndex().isValid());
        searchField()->setFocus();
        QTRY_VERIFY(searchField()->hasFocus());
        QTest::keyClick(searchField(), Qt::Key_Enter);
        QCOMPARE(m_window->shownCode(), best);
        QCOMPARE(list()->currentIndex().row(), 0);
    }

    void aRowFoundByItsSummaryShowsWhy()
    {
        // A word of some entry's summary that none of its other texts has.
        QString word;
        QString code;
        for (const CatalogEntry &entry : m_catalog.entries()) {
            const QString others = (QStringList { entry.title, entry.whenSeen, entry.howToFix, entry.retry }
                                    + entry.keywords + entry.errorTexts + entry.causes)
                                       .join(u' ')
                                       .toLower();
            for (const QString &candidate : entry.summary.toLower().split(u' ')) {
                if (candidate.size() >= 9 && std::all_of(candidate.cbegin(), candidate.cend(), [](QChar c) {
                        return c.isLetter();
                    }) && !others.contains(candidate)) {
                    word = candidate;
                    code = entry.code;
                    break;
                }
            }
            if (!word.isEmpty())
                break;
        }
        QVERIFY(!word.isEmpty());
        search(word);
        QModelIndex row;
        for (int i = 0; i < list()->model()->rowCount(); ++i) {
            if (list()->model()->index(i, 0).data(CodeRole).toString() == code)
                row = list()->model()->index(i, 0);
        }
        QVERIFY2(row.isValid(), qPrintable(code + u' ' + word));
        const Excerpt excerpt = row.data(ExcerptRole).value<Excerpt>();
        QVERIFY2(!excerpt.isEmpty(), qPrintable(code + u' ' + word));
        QVERIFY(m_catalog.find(code)->summary.contains(QString(excerpt.text).remove(u'…')));
        QCOMPARE(excerpt.highlights.size(), 1);
        QCOMPARE(excerpt.text.mid(excerpt.highlights[0].first, excerpt.highlights[0].second).toLower(), word);

        // Painted on a second line of the row, under the title.
        list()->scrollTo(row);
        const QRect rect = list()->visualRect(row);
        QVERIFY(rect.height() >= 2 * list()->fontMetrics().height());
        const QImage image = list()->viewport()->grab(rect).toImage();
        const QImage lower = image.copy(0, image.height() / 2 + 2, image.width(), image.height() / 2 - 4);
        const QRgb background = lower.pixel(lower.width() - 1, lower.height() - 1);
        int inked = 0;
        for (int y = 0; y < lower.height(); ++y) {
            for (int x = 0; x < lower.width(); ++x)
                inked += lower.pixel(x, y) != background;
        }
        QVERIFY2(inked > 50, qPrintable(QString::number(inked)));

        // A code search has one-line rows again.
        search(u"550"_s);
        QVERIFY(list()->visualRect(list()->model()->index(0, 0)).height() < 2 * list()->fontMetrics().height());
    }

    void keyboardDrivesTheListFromTheSearchField()
    {
        search(u"55"_s);
        QCOMPARE(list()->currentIndex().row(), 0);
        QTest::keyClick(searchField(), Qt::Key_Down);
        QTest::keyClick(searchField(), Qt::Key_Down);
        QCOMPARE(list()->currentIndex().row(), 2);
        QCOMPARE(m_window->shownCode(), u"552"_s);
        QTest::keyClick(searchField(), Qt::Key_Up);
        QCOMPARE(m_window->shownCode(), u"551"_s);
        QTest::keyClick(searchField(), Qt::Key_PageDown);
        QVERIFY(list()->currentIndex().row() > 1);
        QTest::keyClick(searchField(), Qt::Key_Return);
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(detail()));
        QVERIFY(detail()->hasFocus());
    }

    void escapeClearsAndShortcutsFocus()
    {
        search(u"abc"_s);
        QTest::keyClick(searchField(), Qt::Key_Escape);
        QVERIFY(searchField()->text().isEmpty());
        for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::Key_K),
                                          QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(u"/"_s) }) {
            detail()->setFocus();
            QTRY_VERIFY(detail()->hasFocus());
            QTest::keySequence(m_window.get(), keys);
            QTRY_VERIFY2(searchField()->hasFocus(), qPrintable(keys.toString()));
        }
        // In the search field "/" is typed, not a shortcut.
        QTest::keyClicks(searchField(), u"a/b"_s);
        QVERIFY(searchField()->text().endsWith(u"a/b"));
        // Ctrl+K typed in the field itself selects the whole query, so the next word replaces it
        // (QLineEdit would otherwise delete to the end of the line).
        searchField()->setText(u"554"_s);
        QTest::keySequence(searchField(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QTest::keyClicks(searchField(), u"550"_s);
        QCOMPARE(searchField()->text(), u"550"_s);
    }

    void detailShowsTheSelectedEntry()
    {
        search(u"5.7.26"_s);
        QCOMPARE(m_window->shownCode(), u"5.7.26"_s);
        QTRY_VERIFY(detail()->toPlainText().contains(u"Multiple authentication checks failed"));
        const QString text = detail()->toPlainText();
        for (const QString &part :
             { u"What it means"_s, u"How to fix it"_s, u"Checks"_s, u"RFC 7372"_s, u"Copy command"_s })
            QVERIFY2(text.contains(part), qPrintable(part));
        QVERIFY(detail()->toHtml().contains(u"href=\"code:550\""));
    }

    void linksNavigateWithHistory()
    {
        QVERIFY(m_window->showCode(u"550"_s));
        Q_EMIT detail()->anchorClicked(QUrl(u"code:X.1.1"_s));
        QCOMPARE(m_window->shownCode(), u"X.1.1"_s);
        QTRY_VERIFY(detail()->toPlainText().contains(u"Bad destination mailbox address"));
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_window->shownCode(), u"550"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_window->shownCode(), u"X.1.1"_s);
        // The mouse's back and forward buttons do the same.
        QTest::mouseClick(detail()->viewport(), Qt::BackButton);
        QCOMPARE(m_window->shownCode(), u"550"_s);
        QTest::mouseClick(detail()->viewport(), Qt::ForwardButton);
        QCOMPARE(m_window->shownCode(), u"X.1.1"_s);
    }

    void copyActions()
    {
        QVERIFY(m_window->showCode(u"5.7.26"_s));
        Q_EMIT detail()->anchorClicked(QUrl(u"copy:0"_s));
        const QString command = m_catalog.find(u"X.7.26"_s)->checks.first().command;
        QCOMPARE(QGuiApplication::clipboard()->text(), command);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(
            u"# 5.7.26 — Multiple authentication checks failed"));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"5.7.26 (X.7.26) Multiple authentication"));
    }

    void compareFromTheContextMenu()
    {
        search(u"550"_s);
        const QRect rect = list()->visualRect(list()->model()->index(0, 0));
        QTimer::singleShot(0, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                if (action->text() == u"Compare With…")
                    action->trigger();
            }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(),
                                list()->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(list()->viewport(), &event);
        QCOMPARE(tabs()->currentWidget(), m_window->comparisonView()->parentWidget());
        QCOMPARE(m_window->comparisonView()->codes().value(0), u"550"_s);
        // The window's focus child (after a popup the offscreen window need not be active again).
        QComboBox *picker = child<QComboBox>(u"comparePicker2"_s);
        QTRY_VERIFY(m_window->focusWidget() == picker || m_window->focusWidget() == picker->lineEdit());
        // The person types the second code.
        QComboBox *pickerB = child<QComboBox>(u"comparePicker2"_s);
        pickerB->lineEdit()->setText(u"554"_s);
        Q_EMIT pickerB->lineEdit()->editingFinished();
        QVERIFY(comparison()->toPlainText().contains(u"are both 5xx Permanent Negative Completion replies"));
    }

    void compareWithCtrlD()
    {
        search(u"554"_s); // selected in the list
        QVERIFY(m_window->showCode(u"550"_s)); // shown in details
        // Typed where the person is: in the search field (where QLineEdit would take Ctrl+D).
        QVERIFY(searchField()->hasFocus());
        QTest::keySequence(searchField(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QCOMPARE(tabs()->currentWidget(), m_window->comparisonView()->parentWidget());
        const QString text = comparison()->toPlainText();
        QVERIFY(text.contains(u"550 compared with 554"));
        QVERIFY(text.contains(u"are both 5xx Permanent Negative Completion replies"));
        for (const QString &row : { u"What it means"_s, u"When you see it"_s, u"How to fix it"_s,
                                    u"Key differences"_s, u"Meaning"_s, u"When to use which"_s })
            QVERIFY2(text.contains(row), qPrintable(row));

        QTest::mouseClick(child<QToolButton>(u"compareSwap"_s), Qt::LeftButton);
        QCOMPARE(m_window->comparisonView()->codes().value(0), u"554"_s);
        QCOMPARE(m_window->comparisonView()->codes().value(1), u"550"_s);
        QVERIFY(comparison()->toPlainText().contains(u"554 compared with 550"));
    }

    // The Compare tab starts from the code shown in Details, with the next picker ready.
    void compareTabStartsFromTheShownCode()
    {
        QVERIFY(m_window->showCode(u"5.2.2"_s));
        tabs()->setCurrentWidget(m_window->comparisonView()->parentWidget());
        QCOMPARE(child<QComboBox>(u"comparePicker1"_s)->currentText(), u"5.2.2"_s);
        QVERIFY(child<QComboBox>(u"comparePicker2"_s)->currentText().isEmpty());
        QComboBox *second = child<QComboBox>(u"comparePicker2"_s);
        QTRY_VERIFY(m_window->focusWidget() == second || m_window->focusWidget() == second->lineEdit());
    }

    // "Often confused with" in an entry links to the comparison of the pair.
    void oftenConfusedWithOpensTheComparison()
    {
        QVERIFY(m_window->showCode(u"5.1.1"_s));
        QTRY_VERIFY(detail()->toPlainText().contains(u"Often confused with"));
        Q_EMIT detail()->anchorClicked(QUrl(u"compare:5.1.1,5.2.1"_s));
        QCOMPARE(tabs()->currentWidget(), m_window->comparisonView()->parentWidget());
        QCOMPARE(m_window->comparisonView()->codes(), (QStringList { u"5.1.1"_s, u"5.2.1"_s }));
        const QString text = comparison()->toPlainText();
        QVERIFY(text.contains(u"What tells them apart"));
        QVERIFY(text.contains(u"How to tell which one you have"));
    }

    // Up to four codes in columns; each one beyond two can be removed; swap reverses the order.
    void fourCodesInColumns()
    {
        m_window->compare({ u"450"_s, u"451"_s });
        auto *add = child<QToolButton>(u"compareAdd"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QComboBox *third = child<QComboBox>(u"comparePicker3"_s);
        third->lineEdit()->setText(u"452"_s);
        Q_EMIT third->lineEdit()->editingFinished();
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(!add->isEnabled()); // four is the most
        QComboBox *fourth = child<QComboBox>(u"comparePicker4"_s);
        fourth->lineEdit()->setText(u"550"_s);
        Q_EMIT fourth->lineEdit()->editingFinished();
        QCOMPARE(m_window->comparisonView()->codes(), (QStringList { u"450"_s, u"451"_s, u"452"_s, u"550"_s }));
        QVERIFY(comparison()->toPlainText().contains(u"450, 451, 452 compared with 550"));
        // The table has a column per code.
        const QString html = comparison()->toHtml();
        for (const QString &code : { u"450"_s, u"451"_s, u"452"_s, u"550"_s })
            QVERIFY(html.contains(u"code:"_s + code));

        QTest::mouseClick(child<QToolButton>(u"compareRemove2"_s), Qt::LeftButton);
        QTRY_COMPARE(m_window->comparisonView()->codes(), (QStringList { u"450"_s, u"452"_s, u"550"_s }));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(child<QToolButton>(u"compareSwap"_s), Qt::LeftButton);
        QCOMPARE(m_window->comparisonView()->codes(), (QStringList { u"550"_s, u"452"_s, u"450"_s }));

        // Copy follows the tab: on Compare it copies the comparison.
        tabs()->setCurrentWidget(m_window->comparisonView()->parentWidget());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QVERIFY2(QGuiApplication::clipboard()->text().startsWith(u"# 550, 452 compared with 450"),
                 qPrintable(QGuiApplication::clipboard()->text().left(60)));
    }

    // A bounce mail opened from a file: the Explain tab shows it as read, the verdict for each
    // recipient first (its code a link), and no finding from the original message it returns.
    void openedBounceShowsVerdictsFirst()
    {
        const QString file
            = test::ReferenceData::dataPath(u"bounces/corpus/006-postfix-two-recipients-quoted-bounce.eml"_s);
        QVERIFY(m_window->openFile(file));
        ExplainView *view = m_window->explainView();
        QCOMPARE(tabs()->currentWidget(), view->parentWidget());
        QTRY_COMPARE(view->verdicts().size(), 2);
        QVERIFY(view->verdictsView()->isVisible());
        const QString cards = view->verdictsView()->toPlainText();
        QVERIFY2(cards.contains(u"ole.brandt@example.net") && cards.contains(u"ruth.amsel@example.net"), qPrintable(cards));
        QVERIFY(cards.contains(u"Recipient unknown") && cards.contains(u"Mailbox full"));
        QVERIFY(cards.indexOf(u"ole.brandt") < cards.indexOf(u"ruth.amsel"));
        for (const ExplainFinding &finding : view->findings())
            QVERIFY2(finding.enhanced != u"5.7.1" && finding.basic != u"250", qPrintable(finding.basic));
        // The base64 and quoted-printable parts are shown decoded, the original message after the report.
        QVERIFY(view->input()->toPlainText().contains(u"──── "));
        QVERIFY(view->verdictsView()->toHtml().contains(u"code:5.1.1"));
        Q_EMIT view->verdictsView()->anchorClicked(QUrl(u"code:5.1.1"_s));
        QCOMPARE(tabs()->currentWidget(), detail());
        QCOMPARE(m_window->shownCode(), u"5.1.1"_s); // in the class the bounce gave
    }

    // A file dropped on the paste area is opened, not its name inserted.
    void droppedFileIsOpened()
    {
        QTemporaryDir folder;
        QFile log(folder.filePath(u"mail.log"_s));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("Dec  7 10:00:01 mx postfix/smtp[1]: A1: to=<zoe@example.com>, dsn=5.2.2, status=bounced (host "
                  "x[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command))\n");
        log.close();
        m_window->showExplain();
        QPlainTextEdit *input = m_window->explainView()->input();
        QMimeData data;
        data.setUrls({ QUrl::fromLocalFile(log.fileName()) });
        const QPoint at = input->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(input->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(input->viewport(), &drop);
        QVERIFY(input->toPlainText().startsWith(u"Dec  7 10:00:01"));
        QTRY_COMPARE(m_window->explainView()->verdicts().size(), 1);
        QCOMPARE(m_window->explainView()->verdicts().first().address, u"zoe@example.com"_s);
    }

    // A file that cannot be read says why, and nothing is replaced.
    void unreadableFileSaysWhy()
    {
        m_window->showExplain();
        m_window->explainView()->input()->setPlainText(u"kept"_s);
        QString shown;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->reject();
            }
        });
        QVERIFY(!m_window->openFile(u"/nonexistent/bounce.eml"_s));
        QVERIFY2(shown.contains(u"bounce.eml"), qPrintable(shown));
        QCOMPARE(m_window->explainView()->input()->toPlainText(), u"kept"_s);
    }

    void comparingACodeWithItself()
    {
        m_window->compare({ u"4.2.2"_s, u"4.2.2"_s });
        QVERIFY(comparison()->toPlainText().contains(u"4.2.2 is compared with itself"));
        QVERIFY(!comparison()->toPlainText().contains(u"Key differences"));
        m_window->compare({ u"4.2.2"_s, u"5.2.2"_s });
        QVERIFY(comparison()->toPlainText().contains(u"Retry later"));
    }

    void settingsRoundTrip()
    {
        QTest::mouseClick(child<QToolButton>(u"classFilter4"_s), Qt::LeftButton);
        child<QComboBox>(u"kindFilter"_s)->setCurrentIndex(2);
        QComboBox *providers = child<QComboBox>(u"providerFilter"_s);
        providers->setCurrentIndex(providers->findText(u"Gmail"_s));
        QVERIFY(m_window->showCode(u"4.7.1"_s));
        m_window->compare({ u"550"_s, u"554"_s });
        m_window->zoomBy(2);
        m_window->setLanguage(u"de"_s);
        const qreal zoomed = detail()->font().pointSizeF();
        m_window->close();
        m_window.reset();

        openWindow();
        QCOMPARE(m_window->searchPanel()->classFilter(), 4);
        QCOMPARE(m_window->searchPanel()->kindFilter(), std::optional(CodeKind::Enhanced));
        QCOMPARE(m_window->searchPanel()->providerFilter(), u"Gmail"_s);
        QCOMPARE(child<QComboBox>(u"providerFilter"_s)->currentText(), u"Gmail"_s);
        QCOMPARE(m_window->shownCode(), u"4.7.1"_s);
        QCOMPARE(m_window->comparisonView()->codes().value(0), u"550"_s);
        QCOMPARE(m_window->comparisonView()->codes().value(1), u"554"_s);
        QCOMPARE(detail()->font().pointSizeF(), zoomed);
        QCOMPARE(m_window->language(), u"de"_s);
        m_window->setLanguage(QString());
    }

    void workDeferredPastTheFirstFrameIsDone()
    {
        QVERIFY(m_window->showCode(u"4.7.1"_s));
        m_window->close();
        m_window.reset();

        // Before the first frame: no page laid out, no clear button looked up.
        MainWindow window(m_catalog, settingsFile());
        QSignalSpy firstFrame(&window, &MainWindow::firstFrameShown);
        QCoreApplication::processEvents();
        QVERIFY(window.findChild<QTextBrowser *>(u"detailView"_s)->toPlainText().isEmpty());
        QVERIFY(!window.findChild<QLineEdit *>(u"searchField"_s)->isClearButtonEnabled());

        window.show();
        QTRY_COMPARE(firstFrame.size(), 1);
        QVERIFY(window.findChild<QLineEdit *>(u"searchField"_s)->isClearButtonEnabled());
        QVERIFY(window.findChild<QTextBrowser *>(u"detailView"_s)->toPlainText().contains(u"4.7.1"));
        // Later frames do not run it again.
        window.update();
        QTest::qWait(50);
        QCOMPARE(firstFrame.size(), 1);
    }

    void aWindowNeverPaintedStillFinishesStartingUp()
    {
        // Shown minimised or on another desktop, a window gets no paint event; its icon and the
        // catalog check must not wait for one.
        MainWindow window(m_catalog, settingsFile());
        PaintBlocker blocker;
        window.installEventFilter(&blocker);
        QSignalSpy firstFrame(&window, &MainWindow::firstFrameShown);
        window.show();
        QTest::qWait(200);
        QCOMPARE(firstFrame.size(), 0); // not yet: it waits a moment for the first frame
        QTRY_COMPARE_WITH_TIMEOUT(firstFrame.size(), 1, 5000);
        QVERIFY(window.findChild<QLineEdit *>(u"searchField"_s)->isClearButtonEnabled());
        QTest::qWait(50);
        QCOMPARE(firstFrame.size(), 1); // and only once
    }

    void corruptSettingsFallBackToDefaults()
    {
        m_window.reset();
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>((i * 7919) & 0xFF);
        file.write(garbage);
        file.close();

        openWindow();
        QCOMPARE(m_window->searchPanel()->classFilter(), 0);
        QCOMPARE(list()->model()->rowCount(), m_catalog.size());
        // The defaults: the start page, as on a first run (it once was the list's first row, 101).
        QVERIFY(m_window->shownCode().isEmpty());
        QTRY_VERIFY(detail()->toPlainText().contains(u"Codes people look up most"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"damaged"));
        const QStringList backups = QDir(m_dir.path()).entryList({ u"smtpref.conf.corrupt-*"_s });
        QCOMPARE(backups.size(), 1);
        QFile backup(m_dir.filePath(backups.first()));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), garbage);
        QFile::remove(m_dir.filePath(backups.first()));
    }

    void hostilePastesIntoTheSearchField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("100 000 characters") << QString(100000, u'5');
        QTest::newRow("100 000 words") << QString(u"mailbox "_s).repeated(12500);
        QTest::newRow("right to left") << u"\u202Eauth\u202C صندوق البريد"_s;
        QTest::newRow("emoji") << u"📧🚫 550 ✉️"_s;
        QTest::newRow("NUL") << QString(QString(QChar(0)) + u"550" + QChar(0));
        QTest::newRow("lone surrogates") << QString(QString(QChar(0xD800)) + u"auth" + QChar(0xDFFF));
        QTest::newRow("invalid UTF-8, decoded") << QString::fromUtf8("\xff\xfe"
                                                                     "550"
                                                                     "\xc0\x80");
        QTest::newRow("control characters") << u"\x01\x02\x1b[31m550\t\r\n"_s;
    }

    void hostilePastesIntoTheSearchField()
    {
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        searchField()->setText(text); // as a paste does
        QCoreApplication::processEvents();
        QVERIFY2(timer.elapsed() < 5000, "the search field hung on the paste");
        // Nothing pasted is lost up to the field's own limit (32 767 characters; the search reads 512).
        QCOMPARE(searchField()->text(), text.left(searchField()->maxLength()));
        const int rows = list()->model()->rowCount();
        QVERIFY(rows >= 0 && rows <= m_catalog.size());
        QVERIFY(count()->text().contains(QString::number(rows)));
        // The window still works afterwards.
        QTest::keyClick(searchField(), Qt::Key_Escape);
        search(u"550"_s);
        QCOMPARE(visibleCodes(1), QStringList { u"550"_s });
    }

    void detailFollowsTheClassTheQueryGives()
    {
        search(u"X.7.26"_s);
        QCOMPARE(m_window->shownCode(), u"X.7.26"_s);
        search(u"5.7.26"_s); // the same row, now read as class 5
        QCOMPARE(m_window->shownCode(), u"5.7.26"_s);
    }

    void switchingLanguageKeepsTheSelection()
    {
        search(u"relay"_s);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(searchField(), Qt::Key_Down);
        const QString chosen = m_window->shownCode();
        QCOMPARE(list()->currentIndex().row(), 3);
        m_window->setLanguage(u"fr"_s);
        QTRY_COMPARE(m_window->menuBar()->actions().at(0)->text(),
                     QCoreApplication::translate("smtpref::MainWindow", "&File"));
        QCOMPARE(m_window->shownCode(), chosen);
        m_window->setLanguage(QString());
    }

    void searchFindsTheInterfaceLanguagesTexts()
    {
        // Typed keys are ASCII in QTest: the words are set as text. The language changes when the
        // window has handled the change, hence QTRY.
        m_window->setLanguage(u"fr"_s);
        searchField()->setText(u"boîte aux lettres"_s);
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        const int french = list()->model()->rowCount();
        // Searched once in French; after the switch back the French words find nothing.
        m_window->setLanguage(u"en"_s);
        QTRY_COMPARE(list()->model()->rowCount(), 0);
        // And the other way round: switched with the words already typed, they are found again.
        m_window->setLanguage(u"fr"_s);
        QTRY_COMPARE(list()->model()->rowCount(), french);
        m_window->setLanguage(QString());
    }

    void shortcutsAreNamedInTheInterfaceLanguage()
    {
        ShortcutsDialog dialog;
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        const auto keys = [table](int row) { return table->item(row, 1)->text(); };
        QCOMPARE(keys(0), u"Ctrl+F, Ctrl+K, /"_s);
        // Qt's own translations name the keys: German writes Strg for Ctrl.
        m_window->setLanguage(u"de"_s);
        QTRY_VERIFY2(keys(0).startsWith(u"Strg+F"), qPrintable(keys(0)));
        m_window->setLanguage(QString());
        QTRY_COMPARE(keys(0), u"Ctrl+F, Ctrl+K, /"_s);
    }

    void shortcutsDialogListsExactlyTheWindowsKeys()
    {
        // Every key of every action in the window, and the keys the search field handles itself.
        QStringList expected
            = { u"Esc"_s, u"Up"_s, u"Down"_s, u"PgUp"_s, u"PgDown"_s, u"Return"_s, u"Enter"_s };
        QStringList actionNames;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts())
                keys << sequence.toString(QKeySequence::NativeText);
            expected << keys;
            if (!keys.isEmpty())
                actionNames << action->text();
        }
        // The menus' actions are among them (not only the search field's keys).
        QVERIFY2(actionNames.contains(u"&Quit"_s) && actionNames.contains(u"&Find Code…"_s),
                 qPrintable(actionNames.join(u", ")));
        ShortcutsDialog dialog;
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        QStringList listed;
        for (int row = 0; row < table->rowCount(); ++row)
            listed << table->item(row, 1)->text().split(u", "_s);
        listed.sort();
        expected.sort();
        QCOMPARE(listed, expected);
    }

    void everyKeyInTheShortcutsDialogWorks_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<QString>("effect");
        QTest::newRow("Ctrl+K") << QKeySequence(Qt::CTRL | Qt::Key_K) << u"search"_s;
        QTest::newRow("/") << QKeySequence(Qt::Key_Slash) << u"search"_s;
        QTest::newRow("Find") << QKeySequence(QKeySequence::Find) << u"search"_s;
        QTest::newRow("Ctrl+2") << QKeySequence(Qt::CTRL | Qt::Key_2) << u"comparison"_s;
        QTest::newRow("Ctrl+E") << QKeySequence(Qt::CTRL | Qt::Key_E) << u"explain"_s;
        QTest::newRow("Ctrl+=") << QKeySequence(Qt::CTRL | Qt::Key_Equal) << u"larger"_s;
        QTest::newRow("ZoomIn") << QKeySequence(QKeySequence::ZoomIn) << u"larger"_s;
    }

    void everyKeyInTheShortcutsDialogWorks()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(QString, effect);
        const qreal size = detail()->font().pointSizeF();
        detail()->setFocus();
        QTRY_VERIFY(detail()->hasFocus());
        QTest::keySequence(m_window.get(), keys);
        if (effect == u"search")
            QTRY_VERIFY(searchField()->hasFocus());
        else if (effect == u"comparison")
            QCOMPARE(tabs()->currentWidget(), m_window->comparisonView()->parentWidget());
        else if (effect == u"explain")
            QCOMPARE(tabs()->currentWidget(), m_window->explainView()->parentWidget());
        else
            QVERIFY(detail()->font().pointSizeF() > size);
    }

    void everyFilterHasItsButtonMenuItemAndSetting_data()
    {
        QTest::addColumn<int>("cls");
        QTest::addColumn<int>("kindIndex");
        for (int cls : searchfilters::classes)
            QTest::addRow("class %d", cls) << cls << 0;
        for (int kind = 1; kind < int(std::size(searchfilters::kinds)); ++kind)
            QTest::addRow("kind %s", qPrintable(searchfilters::kindId(searchfilters::kinds[kind])))
                << 0 << kind;
    }

    void everyFilterHasItsButtonMenuItemAndSetting()
    {
        QFETCH(int, cls);
        QFETCH(int, kindIndex);
        const std::optional<CodeKind> kind = searchfilters::kinds[kindIndex];
        QMenu *classMenu = nullptr;
        QMenu *kindMenu = nullptr;
        for (QMenu *menu : m_window->findChildren<QMenu *>()) {
            if (menu->title() == u"&Class")
                classMenu = menu;
            else if (menu->title() == u"&Kind")
                kindMenu = menu;
        }
        QVERIFY(classMenu && kindMenu);
        const auto checked = [](QMenu *menu) {
            for (int i = 0; i < menu->actions().size(); ++i) {
                if (menu->actions().at(i)->isChecked())
                    return i;
            }
            return -1;
        };
        const auto *model = qobject_cast<const SearchModel *>(list()->model());
        QVERIFY(model);

        // The button and the combo box set the filter, and the menus follow.
        QTest::mouseClick(child<QToolButton>(cls == 0 ? u"classFilterAll"_s : u"classFilter%1"_s.arg(cls)),
                          Qt::LeftButton);
        child<QComboBox>(u"kindFilter"_s)->setCurrentIndex(kindIndex);
        QCOMPARE(model->classFilter(), cls);
        QCOMPARE(model->kindFilter(), kind);
        const QString checkedClass = classMenu->actions().at(checked(classMenu))->text();
        QVERIFY2(checkedClass.startsWith(cls == 0 ? u"All Classes"_s : u"%1xx "_s.arg(cls)),
                 qPrintable(checkedClass));
        QCOMPARE(checked(kindMenu), kindIndex);

        // The menus set it back to every code, and then to this filter again.
        classMenu->actions().at(0)->trigger();
        kindMenu->actions().at(0)->trigger();
        QCOMPARE(model->classFilter(), 0);
        QCOMPARE(model->kindFilter(), std::nullopt);
        const QString classLabel = cls == 0 ? u"All Classes"_s : u"%1xx "_s.arg(cls);
        for (QAction *action : classMenu->actions()) {
            if (action->text().startsWith(classLabel))
                action->trigger();
        }
        kindMenu->actions().at(kindIndex)->trigger();
        QCOMPARE(model->classFilter(), cls);
        QCOMPARE(model->kindFilter(), kind);
        QVERIFY(
            child<QToolButton>(cls == 0 ? u"classFilterAll"_s : u"classFilter%1"_s.arg(cls))->isChecked());
        QCOMPARE(child<QComboBox>(u"kindFilter"_s)->currentIndex(), kindIndex);

        // And the next run starts with it.
        m_window->close();
        m_window.reset();
        openWindow();
        QCOMPARE(m_window->searchPanel()->classFilter(), cls);
        QCOMPARE(m_window->searchPanel()->kindFilter(), kind);
    }

    // The Provider filter lists the providers the catalog has codes of; a provider's codes show its
    // name in the row, and a filter the catalog does not know (an old setting) shows every code.
    void providerFilterShowsAProvidersCodes()
    {
        QComboBox *providers = child<QComboBox>(u"providerFilter"_s);
        QCOMPARE(providers->itemText(0), u"All sources"_s);
        QVERIFY(providers->findText(u"Microsoft 365"_s) > 1);
        QVERIFY(providers->findText(u"Yahoo"_s) > 1);
        auto *list = child<QListView>(u"resultList"_s);
        const int all = list->model()->rowCount();
        providers->setCurrentIndex(providers->findText(u"Yahoo"_s));
        const int yahoo = list->model()->rowCount();
        QVERIFY(yahoo > 5 && yahoo < all);
        search(u"TSS04"_s);
        QCOMPARE(list->model()->index(0, 0).data(CodeRole).toString(), u"TSS04"_s);
        QVERIFY(list->model()->index(0, 0).data(Qt::AccessibleTextRole).toString().contains(u"Yahoo"));
        search(QString());
        m_window->searchPanel()->setProviderFilter(u"No Such Mail"_s);
        QCOMPARE(providers->currentIndex(), 0);
        QCOMPARE(list->model()->rowCount(), all);
    }

    // A code the catalog lacks, between a provider's documented codes, names that provider and the
    // codes nearest in meaning instead of leaving the list blank.
    void unknownCodeNamesTheProvidersNearIt()
    {
        search(u"5.7.560"_s);
        const QString empty = child<QLabel>(u"emptyState"_s)->text();
        QVERIFY2(empty.contains(u"Microsoft 365"_s) && empty.contains(u"5.7.606"_s), qPrintable(empty));
        QVERIFY2(empty.contains(u"5.7.0"_s), qPrintable(empty));
        search(QString());
    }

    void kindMenuFollowsTheFilter()
    {
        child<QComboBox>(u"kindFilter"_s)->setCurrentIndex(2);
        QMenu *kindMenu = nullptr;
        for (QMenu *menu : m_window->findChildren<QMenu *>()) {
            if (menu->title() == u"&Kind")
                kindMenu = menu;
        }
        QVERIFY(kindMenu);
        QCOMPARE(kindMenu->actions().at(2)->isChecked(), true);
        child<QComboBox>(u"kindFilter"_s)->setCurrentIndex(0);
        QCOMPARE(kindMenu->actions().at(0)->isChecked(), true);
    }

    void emptyStateShowsTheQueryAsText()
    {
        search(u"<b>zzqx</b> <img src=x>"_s);
        QLabel *empty = child<QLabel>(u"emptyState"_s);
        QCOMPARE(empty->textFormat(), Qt::PlainText);
        QVERIFY(empty->text().contains(u"<b>zzqx</b>"));
    }

    void explainPastedText()
    {
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        ExplainView *explain = m_window->explainView();
        QCOMPARE(tabs()->currentWidget(), explain->parentWidget());
        QTRY_VERIFY(explain->input()->hasFocus() || m_window->focusWidget() == explain->input());
        QSignalSpy changed(explain, &ExplainView::findingsChanged);
        explain->input()->setPlainText(
            u"Nov 22 10:00:01 mail postfix/smtp[1234]: 3F1A2B: to=<user@example.com>, "
            "relay=mx.example.net[203.0.113.5]:25, dsn=5.1.1, status=bounced (host "
            "mx.example.net[203.0.113.5] "
            "said: 550 5.1.1 <user@example.com>: Recipient address rejected (in reply to RCPT TO command))\n"
            "452 5.2.2 Mailbox full\n"_s);
        QTRY_VERIFY(changed.size() >= 1);
        QCOMPARE(explain->findings().size(), 2);
        auto *list = child<QListView>(u"explainFindings"_s);
        const QAbstractItemModel *rows = list->model();
        QCOMPARE(rows->rowCount(), 2);
        QVERIFY(rows->index(0, 0).data().toString().contains(u"550 5.1.1"));
        QVERIFY(rows->index(0, 0).data().toString().contains(u"mx.example.net")); // the server that answered
        QVERIFY(rows->index(1, 0).data().toString().contains(u"class")); // the 452 5.2.2 mismatch is noted
        QVERIFY(!explain->input()->extraSelections().isEmpty()); // codes highlighted in the text
        QCOMPARE(explain->input()->extraSelections().first().cursor.selectedText(), u"5.1.1"_s);
        // A finding opens the code's details.
        Q_EMIT list->activated(rows->index(0, 0));
        QCOMPARE(m_window->shownCode(), u"5.1.1"_s);
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(detail()));
        // Copy redacted: addresses and host names masked, the codes kept.
        QTest::mouseClick(child<QPushButton>(u"copyRedacted"_s), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(!copied.contains(u"user@example.com"));
        QVERIFY(!copied.contains(u"203.0.113.5"));
        QVERIFY(!copied.contains(u"mx.example.net"));
        QVERIFY(copied.contains(u"550 5.1.1"));
        QVERIFY(copied.contains(u"user1@host"));
    }

    void explainStaysResponsiveOnAHugePaste()
    {
        ExplainView *explain = m_window->explainView();
        QSignalSpy changed(explain, &ExplainView::findingsChanged);
        QString text;
        while (text.size() < 2 * 1024 * 1024)
            text
                += u"Nov 22 10:00:01 mail postfix/smtp[1]: to=<a@example.com>, dsn=4.7.1, status=deferred "
                   "(host mx.example.org[192.0.2.1] said: 450 4.7.1 Greylisted (in reply to RCPT TO command))\n"_s;
        QElapsedTimer timer;
        timer.start();
        explain->input()->setPlainText(text);
        // The event loop keeps turning while the worker decodes: a timer set now fires before the result.
        bool ticked = false;
        QTimer::singleShot(10, this, [&] { ticked = true; });
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 20000);
        QVERIFY(ticked);
        QVERIFY(explain->findings().size() > 10000);
    }

    void catalogProblemsAreReported()
    {
        m_window->reportCatalogErrors({});
        QVERIFY(!m_window->statusBar()->currentMessage().contains(u"problem"));
        QTest::ignoreMessage(QtWarningMsg,
                             "smtpref: catalog problem: catalog.bin: entry 550, field related: gone");
        m_window->reportCatalogErrors({ { u"catalog.bin"_s, u"550"_s, u"related"_s, u"gone"_s } });
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"1 problem"));
    }

    void everyControlHasAnAccessibleName()
    {
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTextBrowser *>(widget)
                || (qobject_cast<QLineEdit *>(widget) && !qobject_cast<QComboBox *>(widget->parentWidget()));
            // Popups (a combo box's list) belong to their combo box, which is checked itself.
            if (!control || widget->focusPolicy() == Qt::NoFocus || widget->window() != m_window.get())
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(widget);
                button && !button->text().isEmpty() && widget->accessibleName().isEmpty()) {
                continue; // a button's text is its accessible name
            }
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' '
                                + widget->objectName()));
        }
    }

    void switchingLanguageRetranslatesEverything()
    {
        QVERIFY(m_window->showCode(u"5.7.26"_s));
        m_window->compare({ u"550"_s, u"554"_s });
        const QList<QAction *> menus = m_window->menuBar()->actions();
        auto state = [&] {
            return QStringList { menus.at(0)->text(), detail()->toPlainText(), comparison()->toPlainText(),
                                 count()->text() };
        };
        m_window->setLanguage(u"en"_s);
        QTRY_VERIFY(detail()->toPlainText().contains(u"Multiple authentication checks failed"));
        QTRY_VERIFY(comparison()->toPlainText().contains(u"550 compared with 554"));
        const QStringList english = state();
        QCOMPARE(english[0], u"&File"_s);

        for (const QString &language : { u"fr"_s, u"ja"_s, u"ar"_s }) {
            m_window->setLanguage(language);
            QCOMPARE(m_window->language(), language);
            const QString heading = QCoreApplication::translate("Sections", "What it means");
            const QString differences = QCoreApplication::translate("Sections", "Key differences");
            QVERIFY2(heading != u"What it means", qPrintable(language + u": no translation loaded"));
            QTRY_VERIFY2(detail()->toPlainText().contains(heading), qPrintable(language));
            QTRY_VERIFY(comparison()->toPlainText().contains(differences));
            const QStringList now = state();
            QVERIFY2(now[0] != english[0], qPrintable(language + u": menu title"));
            QVERIFY2(!now[1].contains(u"What it means"), qPrintable(language + u": detail heading"));
            QVERIFY2(!now[2].contains(u"Key differences"), qPrintable(language + u": comparison heading"));
            QVERIFY2(now[3] != english[3], qPrintable(language + u": count label"));
            QCOMPARE(m_window->layoutDirection(), language == u"ar" ? Qt::RightToLeft : Qt::LeftToRight);
            // Codes stay codes in every language.
            QVERIFY(now[1].contains(u"5.7.26"));
        }
        // Catalog content follows the language where it is translated (Japanese here).
        m_window->setLanguage(u"ja"_s);
        QTRY_VERIFY(!detail()->toPlainText().contains(u"The receiving server ran more than one"));

        // System default: this test's locale is C, so English again.
        m_window->setLanguage(QString());
        QTRY_VERIFY(detail()->toPlainText().contains(u"What it means"));
        QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(state(), english);
    }

    void screenshots()
    {
        const QString folder = QStringLiteral(SMTPREF_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(folder));
        search(u"5.7.26"_s);
        QTest::qWait(50);
        const QImage detailShot = m_window->grab().toImage();
        QCOMPARE(detailShot.size(), QSize(1280, 800));
        QVERIFY(detailShot.save(folder + u"/detail.png"));
        m_window->compare({ u"550"_s, u"554"_s });
        QTest::qWait(50);
        const QImage compareShot = m_window->grab().toImage();
        QVERIFY(compareShot.save(folder + u"/comparison.png"));
        QVERIFY(detailShot != compareShot);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
