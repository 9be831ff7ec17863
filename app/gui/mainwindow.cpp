#include "mainwindow.h"

#include "comparisonview.h"
#include "htmlreport.h"
#include "explainview.h"
#include "report/markdownreport.h"
#include "report/startpage.h"
#include "models/searchfilters.h"
#include "models/searchmodel.h"
#include "searchpanel.h"
#include "shortcuts.h"
#include "shortcutsdialog.h"
#include "startup.h"
#include "report/textreport.h"
#include "i18n/translatorset.h"
#include "version.h"
#include "catalog/vocabulary.h"
#include "windowsettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace smtpref {

struct MainWindow::Actions
{
    QMenu *file, *edit, *view, *language, *go, *help, *classMenu, *kindMenu;
    QAction *open, *quit, *copyText, *copyMarkdown, *find;
    QAction *zoomIn, *zoomOut, *zoomReset, *showDetails, *showComparison, *showExplain;
    QAction *back, *forward, *home, *compareShown;
    QAction *searchTips, *shortcuts, *about, *aboutQt;
    QActionGroup *classes, *kinds, *languages;
};

MainWindow::MainWindow(const Catalog &catalog, const QString &settingsFile, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_settings(std::make_unique<WindowSettings>(settingsFile))
    , m_translators(std::make_unique<TranslatorSet>())
    , m_search(new SearchPanel(catalog, this))
    , m_tabs(new QTabWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_comparisonPage(new QWidget(this))
    , m_explainPage(new QWidget(this))
    , m_splitter(new QSplitter(this))
    , m_actions(std::make_unique<Actions>())
{
    setObjectName(u"mainWindow"_s);
    m_detail->setObjectName(u"detailView"_s);
    m_detail->setOpenLinks(false);
    m_tabs->setObjectName(u"rightTabs"_s);
    m_tabs->addTab(m_detail, QString());
    m_tabs->addTab(m_comparisonPage, QString());
    m_tabs->addTab(m_explainPage, QString());
    for (QWidget *page : { m_comparisonPage, m_explainPage })
        (new QVBoxLayout(page))->setContentsMargins(0, 0, 0, 0);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_comparisonPage)
            startComparisonFromShown();
        else if (m_tabs->widget(index) == m_explainPage)
            explainView();
    });
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_search);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setContentsMargins(6, 6, 6, 0);
    setCentralWidget(m_splitter);
    statusBar()->setObjectName(u"statusBar"_s);

    connect(m_search, &SearchPanel::currentCodeChanged, this, [this](int entry, int cls, bool deliberate) {
        showEntry(entry, cls, deliberate ? History::Visit : History::Replace);
    });
    connect(m_search, &SearchPanel::activated, this, [this](int entry, int cls) {
        showEntry(entry, cls, History::Visit);
        m_tabs->setCurrentWidget(m_detail);
        m_detail->setFocus(Qt::OtherFocusReason);
    });
    connect(m_search, &SearchPanel::compareWithRequested, this, [this](int entry, int cls) {
        compare({ m_catalog.at(entry).codeWithClass(cls), QString() });
        // After the context menu has closed and handed the focus back to the list.
        QTimer::singleShot(0, comparisonView(), &ComparisonView::focusEmptyPicker);
    });
    connect(m_search, &SearchPanel::compareWithShownRequested, this, &MainWindow::compareSelectedWithShown);
    connect(m_search, &SearchPanel::filtersChanged, this, [this] {
        for (QAction *action : m_actions->classes->actions())
            action->setChecked(action->data().toInt() == m_search->classFilter());
        m_actions->kinds->actions().at(searchfilters::kindIndex(m_search->kindFilter()))->setChecked(true);
    });
    connect(m_detail, &QTextBrowser::anchorClicked, this, &MainWindow::openLink);

    qApp->installEventFilter(this); // mouse back and forward buttons, the menu's keys and dropped files, anywhere in the window
    setAcceptDrops(true);
    startup::afterFirstFrame(this, [this] { finishStartup(); });

    createMenus();
    retranslate();
    restoreSettings();
    m_search->focusSearch();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::createMenus()
{
    Actions &a = *m_actions;
    // An action with its keys from the shortcut table, which Help > Keyboard Shortcuts lists.
    const auto add = [](QMenu *menu, Command command, const auto *receiver, auto slot) {
        QAction *action = menu->addAction(QString(), receiver, slot);
        action->setShortcuts(shortcutKeys(command));
        return action;
    };
    a.file = menuBar()->addMenu(QString());
    a.open = add(a.file, Command::OpenFile, this, &MainWindow::chooseFileToOpen);
    a.file->addSeparator();
    a.quit = add(a.file, Command::Quit, this, &QWidget::close);

    a.edit = menuBar()->addMenu(QString());
    a.copyText = add(a.edit, Command::CopyAsPlainText, this, [this] { copyShown(false); });
    a.copyMarkdown = add(a.edit, Command::CopyAsMarkdown, this, [this] { copyShown(true); });
    a.edit->addSeparator();
    // "/" among its keys is typed as usual in a text field; elsewhere it focuses the search.
    a.find = add(a.edit, Command::FindCode, m_search, &SearchPanel::focusSearch);

    a.view = menuBar()->addMenu(QString());
    a.zoomIn = add(a.view, Command::LargerText, this, [this] { zoomBy(1); });
    a.zoomOut = add(a.view, Command::SmallerText, this, [this] { zoomBy(-1); });
    a.zoomReset = add(a.view, Command::NormalSize, this, [this] { zoomBy(-m_zoom); });
    a.view->addSeparator();
    a.classMenu = a.view->addMenu(QString());
    a.classes = new QActionGroup(this);
    for (int cls : searchfilters::classes) {
        QAction *action
            = a.classMenu->addAction(QString(), this, [this, cls] { m_search->setClassFilter(cls); });
        action->setCheckable(true);
        action->setChecked(cls == 0);
        action->setData(cls);
        a.classes->addAction(action);
    }
    a.kindMenu = a.view->addMenu(QString());
    a.kinds = new QActionGroup(this);
    for (const std::optional<CodeKind> kind : searchfilters::kinds) {
        QAction *action
            = a.kindMenu->addAction(QString(), this, [this, kind] { m_search->setKindFilter(kind); });
        action->setCheckable(true);
        action->setChecked(!kind);
        a.kinds->addAction(action);
    }
    a.view->addSeparator();
    a.showDetails = add(a.view, Command::ShowDetails, this, [this] { m_tabs->setCurrentWidget(m_detail); });
    a.showComparison
        = add(a.view, Command::ShowComparison, this, [this] { m_tabs->setCurrentWidget(m_comparisonPage); });
    a.showExplain = add(a.view, Command::ExplainText, this, &MainWindow::showExplain);

    a.language = menuBar()->addMenu(QString());
    a.languages = new QActionGroup(this);
    for (const QString &language : QStringList { QString() } + TranslatorSet::availableLanguages()) {
        // Each language in its own name, so that a person can find theirs in any interface language.
        QAction *action
            = a.language->addAction(language.isEmpty() ? QString() : TranslatorSet::nativeName(language),
                                    this, [this, language] { setLanguage(language); });
        action->setCheckable(true);
        action->setData(language);
        a.languages->addAction(action);
        if (language.isEmpty())
            a.language->addSeparator();
    }

    a.go = menuBar()->addMenu(QString());
    a.back = add(a.go, Command::Back, this, &MainWindow::goBack);
    a.forward = add(a.go, Command::Forward, this, &MainWindow::goForward);
    a.home = add(a.go, Command::Home, this, [this] { showStartPage(); });
    a.go->addSeparator();
    a.compareShown
        = add(a.go, Command::CompareSelectedWithShown, this, &MainWindow::compareSelectedWithShown);

    a.help = menuBar()->addMenu(QString());
    a.searchTips = a.help->addAction(QString(), this,
                                     [this] { showStartPage(QString::fromUtf16(HtmlReport::startSearchAnchor)); });
    a.shortcuts = add(a.help, Command::KeyboardShortcuts, this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    a.about = a.help->addAction(QString(), this, &MainWindow::showAbout);
    a.aboutQt = a.help->addAction(QString(), qApp, &QApplication::aboutQt);
    updateNavigation();
}

void MainWindow::retranslate()
{
    Actions &a = *m_actions;
    setWindowTitle(tr("smtpref — SMTP reply codes"));
    a.file->setTitle(tr("&File"));
    a.open->setText(tr("&Open Bounce or Log…"));
    a.quit->setText(tr("&Quit"));
    a.edit->setTitle(tr("&Edit"));
    a.copyText->setText(tr("Copy as &Plain Text"));
    a.copyMarkdown->setText(tr("Copy as &Markdown"));
    a.find->setText(tr("&Find Code…"));
    a.view->setTitle(tr("&View"));
    a.zoomIn->setText(tr("&Larger Text"));
    a.zoomOut->setText(tr("&Smaller Text"));
    a.zoomReset->setText(tr("&Normal Size"));
    a.classMenu->setTitle(tr("&Class"));
    const QList<QAction *> classActions = a.classes->actions();
    for (QAction *action : classActions) {
        const int cls = action->data().toInt();
        action->setText(cls == 0 ? tr("All Classes")
                                 : vocabulary::classLabel(cls) + u' ' + vocabulary::className(cls));
    }
    a.kindMenu->setTitle(tr("&Kind"));
    const QList<QAction *> kindActions = a.kinds->actions();
    for (int i = 0; i < kindActions.size(); ++i) {
        const std::optional<CodeKind> kind = searchfilters::kinds[i];
        kindActions[i]->setText(!kind                          ? tr("All Kinds")
                                    : *kind == CodeKind::Basic ? tr("Basic Codes")
                                                               : tr("Enhanced Codes"));
    }
    a.showDetails->setText(tr("Show &Details"));
    a.showComparison->setText(tr("Show &Comparison"));
    a.showExplain->setText(tr("&Explain Text…"));
    a.language->setTitle(tr("&Language"));
    a.languages->actions().at(0)->setText(tr("System Default"));
    a.go->setTitle(tr("&Go"));
    a.back->setText(tr("&Back"));
    a.forward->setText(tr("&Forward"));
    a.home->setText(tr("&Start Page"));
    a.compareShown->setText(tr("&Compare Selected With Shown"));
    a.help->setTitle(tr("&Help"));
    a.searchTips->setText(tr("&Search Tips"));
    a.shortcuts->setText(tr("&Keyboard Shortcuts"));
    a.about->setText(tr("&About smtpref"));
    a.aboutQt->setText(tr("About &Qt"));
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Compare"));
    m_tabs->setTabText(2, tr("Explain"));
    m_tabs->setAccessibleName(tr("Details and comparison"));
    m_detail->setAccessibleName(tr("Code details"));
    m_detail->setAccessibleDescription(
        tr("Everything about the selected code; codes in the text are links."));
    renderDetail();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_search->results()->retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        renderDetail();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::showCode(const QString &code)
{
    const CodeLookup lookup = CodeLookup::resolve(m_catalog, code);
    if (lookup.found.size() != 1)
        return false;
    display(lookup.found.first(), History::Visit);
    return true;
}

QString MainWindow::shownCode() const
{
    return m_shown ? m_shown->displayCode() : QString();
}

void MainWindow::showEntry(int entryIndex, int appliedClass, History history)
{
    if (entryIndex >= 0 && entryIndex < m_catalog.size())
        display({ &m_catalog.at(entryIndex), m_catalog.at(entryIndex).isEnhanced() ? appliedClass : -1,
                  &m_catalog },
                history);
}

void MainWindow::display(const ResolvedCode &code, History history)
{
    m_shown = code;
    // The list following the search replaces the code it showed, but not the start page: Back
    // returns there.
    if (history == History::Replace && m_history.current() == NavigationHistory::startPage)
        history = History::Visit;
    if (history == History::Visit)
        m_history.visit(code.displayCode());
    else if (history == History::Replace)
        m_history.replaceCurrent(code.displayCode());
    renderDetail();
    updateNavigation();
}

void MainWindow::showStartPage(const QString &anchor)
{
    m_pendingAnchor = anchor;
    m_search->clearCurrent();
    displayStartPage(History::Visit);
    m_tabs->setCurrentWidget(m_detail);
}

void MainWindow::displayStartPage(History history)
{
    m_shown.reset();
    if (history == History::Visit)
        m_history.visit(NavigationHistory::startPage.toString());
    else if (history == History::Replace)
        m_history.replaceCurrent(NavigationHistory::startPage.toString());
    renderDetail();
    updateNavigation();
}

void MainWindow::renderDetail()
{
    // Several changes in a row (start-up, a filter and a selection) lay the page out once.
    if (m_renderPending)
        return;
    m_renderPending = true;
    // Before the first frame the page waits for finishStartup(): laying it out costs half as much
    // again as the rest of the window (startup.h), and the window should appear first.
    if (m_startupFinished)
        QMetaObject::invokeMethod(this, &MainWindow::renderPendingDetail, Qt::QueuedConnection);
}

void MainWindow::renderPendingDetail()
{
    if (m_renderPending) // finishStartup() may have rendered it already
        renderDetailNow();
}

void MainWindow::renderDetailNow()
{
    m_renderPending = false;
    const HtmlStyle style = HtmlStyle::fromPalette(m_detail->palette());
    if (!m_shown) {
        m_detail->setHtml(HtmlReport::start(StartPage::build(m_catalog), style));
        if (!m_pendingAnchor.isEmpty())
            m_detail->scrollToAnchor(std::exchange(m_pendingAnchor, QString()));
        return;
    }
    m_detail->setHtml(HtmlReport::entry(*m_shown, style));
}

void MainWindow::finishStartup()
{
    m_startupFinished = true;
    // The page first, painted at once, then the work nobody sees (startup.h says what each buys).
    if (m_renderPending) {
        renderDetailNow();
        if (m_detail->isVisible())
            m_detail->repaint();
    }
    m_search->addClearButton();
    Q_EMIT firstFrameShown();
}

void MainWindow::updateNavigation()
{
    m_actions->back->setEnabled(m_history.canGoBack());
    m_actions->forward->setEnabled(m_history.canGoForward());
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        showFromHistory(m_history.back());
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        showFromHistory(m_history.forward());
}

void MainWindow::showFromHistory(const QString &code)
{
    if (code == NavigationHistory::startPage) {
        m_search->clearCurrent();
        displayStartPage(History::Keep);
        m_tabs->setCurrentWidget(m_detail);
        return;
    }
    const CodeLookup lookup = CodeLookup::resolve(m_catalog, code);
    if (!lookup.found.isEmpty())
        display(lookup.found.first(), History::Keep);
    m_tabs->setCurrentWidget(m_detail);
}

void MainWindow::openLink(const QUrl &url)
{
    if (url.scheme() == QStringView(HtmlReport::codeScheme))
        showCode(url.path());
    else if (url.scheme() == QStringView(HtmlReport::copyScheme))
        copyCommand(url.path().toInt());
    else if (url.scheme() == QStringView(HtmlReport::compareScheme))
        compare(url.path().split(u','));
}

void MainWindow::copyCommand(int check)
{
    if (!m_shown || check < 0 || check >= m_shown->entry->checks.size())
        return;
    const QString command = m_shown->entry->checks.at(check).command;
    QGuiApplication::clipboard()->setText(command);
    statusBar()->showMessage(tr("Copied: %1").arg(command), 4000);
}

void MainWindow::copyShown(bool markdown)
{
    // On the Compare tab the comparison is what is shown.
    if (m_comparison && m_tabs->currentWidget() == m_comparisonPage) {
        if (const auto comparison = m_comparison->comparison()) {
            QGuiApplication::clipboard()->setText(markdown ? MarkdownReport::comparison(*comparison)
                                                           : TextReport(80).comparison(*comparison));
            const QString codes = m_comparison->codes().join(u", ");
            statusBar()->showMessage(markdown ? tr("Copied %1 as Markdown.").arg(codes)
                                              : tr("Copied %1 as plain text.").arg(codes),
                                     4000);
        }
        return;
    }
    if (!m_shown)
        return;
    QGuiApplication::clipboard()->setText(markdown ? MarkdownReport::entry(*m_shown)
                                                   : TextReport(80).entry(*m_shown));
    statusBar()->showMessage(markdown ? tr("Copied %1 as Markdown.").arg(m_shown->displayCode())
                                      : tr("Copied %1 as plain text.").arg(m_shown->displayCode()),
                             4000);
}

ComparisonView *MainWindow::comparisonView()
{
    if (m_comparison)
        return m_comparison;
    m_comparison = new ComparisonView(m_catalog, m_comparisonPage);
    m_comparisonPage->layout()->addWidget(m_comparison);
    connect(m_comparison, &ComparisonView::codeLinkActivated, this, [this](const QString &code) {
        if (showCode(code))
            m_tabs->setCurrentWidget(m_detail);
    });
    m_comparison->browser()->setFont(m_detail->font());
    m_comparison->setCodes(m_pendingComparison);
    return m_comparison;
}

ExplainView *MainWindow::explainView()
{
    if (m_explain)
        return m_explain;
    m_explain = new ExplainView(m_catalog, m_explainPage);
    m_explainPage->layout()->addWidget(m_explain);
    connect(m_explain, &ExplainView::codeActivated, this, [this](const QString &code) {
        if (showCode(code))
            m_tabs->setCurrentWidget(m_detail);
    });
    connect(m_explain, &ExplainView::redactedCopied, this, [this] {
        statusBar()->showMessage(tr("Copied the text with addresses and host names masked."), 4000);
    });
    return m_explain;
}

void MainWindow::chooseFileToOpen()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open a Bounce or Log"), QString(),
        tr("Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
}

bool MainWindow::openFile(const QString &fileName)
{
    // The limit of the command line: a bounce is small, a log may be large, nothing is endless.
    constexpr qint64 maxBytes = qint64(256) * 1024 * 1024;
    QFile file(fileName);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
    else if (file.size() > maxBytes)
        problem = tr("%1 is larger than %2 MB, the most smtpref reads.")
                      .arg(QDir::toNativeSeparators(fileName))
                      .arg(maxBytes / (1024 * 1024));
    const QByteArray contents = problem.isEmpty() ? file.read(maxBytes) : QByteArray();
    if (problem.isEmpty() && contents.left(4096).count('\0') > 8)
        problem = tr("%1 is not text: it holds binary data.").arg(QDir::toNativeSeparators(fileName));
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Open the File"), problem);
        return false;
    }
    showExplain();
    explainView()->openData(contents);
    statusBar()->showMessage(tr("Opened %1.").arg(QFileInfo(fileName).fileName()), 4000);
    return true;
}

void MainWindow::showExplain()
{
    m_tabs->setCurrentWidget(m_explainPage);
    explainView()->input()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::compare(const QStringList &codes)
{
    m_comparisonStarted = true;
    comparisonView()->setCodes(codes);
    m_tabs->setCurrentWidget(m_comparisonPage);
}

void MainWindow::startComparisonFromShown()
{
    // The first time the tab opens in a session it starts from the code in Details (unless the
    // remembered comparison has it already), with the next picker ready for the other code.
    ComparisonView *view = comparisonView();
    const QString shown = shownCode();
    if (m_comparisonStarted || shown.isEmpty())
        return;
    m_comparisonStarted = true;
    if (view->codes().contains(shown))
        return;
    view->setCodes({ shown, QString() });
    QTimer::singleShot(0, view, &ComparisonView::focusEmptyPicker);
}

void MainWindow::compareSelectedWithShown()
{
    // The code shown in Details on the left, the code selected in the list on the right; when they are
    // the same, the right side is left for the person to choose.
    const auto [entry, cls] = m_search->currentCode();
    const QString shown = shownCode();
    const QString selected = entry >= 0 ? m_catalog.at(entry).codeWithClass(cls) : QString();
    if (shown.isEmpty() && selected.isEmpty())
        return;
    if (selected == shown || selected.isEmpty()) {
        compare({ shown, QString() });
        comparisonView()->focusEmptyPicker();
    } else {
        compare({ shown.isEmpty() ? selected : shown, shown.isEmpty() ? QString() : selected });
    }
}

void MainWindow::setLanguage(const QString &choice)
{
    const QString language = choice.isEmpty() || !TranslatorSet::isAvailable(choice)
        ? TranslatorSet::preferredLanguage(QLocale::system().uiLanguages())
        : choice;
    m_languageChoice = choice == language || choice.isEmpty() ? choice : QString();
    // The translators post QEvent::LanguageChange to every widget, which retranslates itself.
    m_translators->setLanguage(language);
    QGuiApplication::setLayoutDirection(QLocale(language).textDirection());
    for (QAction *action : m_actions->languages->actions())
        action->setChecked(action->data().toString() == m_languageChoice);
}

QString MainWindow::language() const
{
    return m_translators->language();
}

void MainWindow::zoomBy(int steps)
{
    m_zoom = std::clamp(m_zoom + steps, WindowSettings::minZoom, WindowSettings::maxZoom);
    applyZoom();
}

void MainWindow::applyZoom()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() + m_zoom);
    m_detail->setFont(font);
    if (m_comparison)
        m_comparison->browser()->setFont(font);
    renderDetail();
}

void MainWindow::showAbout()
{
    const QString text
        = tr("<h3>smtpref %1</h3>"
             "<p>An offline reference for SMTP reply codes and enhanced status codes.</p>"
             "<p>Built with Qt %2, running on Qt %3.</p>"
             "<p><b>Data sources</b>: RFC 5321, RFC 3463 and the RFCs that extend them "
             "(IETF; used under the IETF Trust's legal provisions), and the IANA \"SMTP Enhanced "
             "Status Codes\" registry. The explanations, causes, checks and advice were written for "
             "smtpref. Provider usage describes public behaviour of those providers.</p>"
             "<p>smtpref is free software under the GNU General Public License, version 3 or "
             "later.</p>")
              .arg(QStringView(applicationVersion), QStringLiteral(QT_VERSION_STR),
                   QString::fromLatin1(qVersion()));
    QMessageBox::about(this, tr("About smtpref"), text);
}

void MainWindow::restoreSettings()
{
    if (m_settings->recoveredFromError()) {
        statusBar()->showMessage(
            m_settings->backupPath().isEmpty()
                ? tr("The settings file could not be read; using the defaults.")
                : tr("The settings file was damaged; it was kept as %1 and the defaults are used.")
                      .arg(m_settings->backupPath()),
            10000);
    }
    if (m_settings->saving() != WindowSettings::Saving::Saved) {
        statusBar()->showMessage(
            m_settings->saving() == WindowSettings::Saving::NoHomeFolder
                ? tr("There is no home folder (HOME is not set): the settings will not be saved.")
                : tr("The settings will not be saved: %1 cannot be written.")
                      .arg(QDir::toNativeSeparators(m_settings->fileName())),
            10000);
    }
    // restoreGeometry moves a window whose screen is gone back onto a visible one.
    if (!restoreGeometry(m_settings->geometry())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1200, available.width() * 9 / 10), std::min(780, available.height() * 9 / 10));
    }
    m_splitter->restoreState(m_settings->splitterState());
    setLanguage(m_settings->language());
    m_zoom = m_settings->zoom();
    applyZoom();
    m_search->setClassFilter(m_settings->classFilter());
    m_search->setKindFilter(m_settings->kindFilter());
    m_search->setProviderFilter(m_settings->providerFilter());
    m_pendingComparison = m_settings->lastComparison();
    // The code the person last looked at, else the start page (the list has no row chosen yet).
    if (!showCode(m_settings->lastCode()))
        displayStartPage(History::Visit);
    m_tabs->setCurrentWidget(m_detail);
}

void MainWindow::saveSettings()
{
    m_settings->setGeometry(saveGeometry());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setLastCode(shownCode());
    m_settings->setLastComparison(m_comparison ? m_comparison->codes() : m_pendingComparison);
    m_settings->setZoom(m_zoom);
    m_settings->setLanguage(m_languageChoice);
    m_settings->setClassFilter(m_search->classFilter());
    m_settings->setKindFilter(m_search->kindFilter());
    m_settings->setProviderFilter(m_search->providerFilter());
    m_settings->sync();
}

void MainWindow::reportCatalogErrors(const QList<CatalogError> &errors)
{
    if (errors.isEmpty())
        return;
    for (const CatalogError &error : errors)
        qWarning("smtpref: catalog problem: %s", qUtf8Printable(error.toString()));
    statusBar()->showMessage(tr("The built-in catalog has %n problem(s); some codes may be missing or wrong. "
                                "The details are in the terminal output.",
                                nullptr, static_cast<int>(errors.size())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A file dropped anywhere on the window is opened to explain, also on the text areas, which
    // would otherwise insert its name.
    const auto type = event->type();
    if ((type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop) && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == this) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (!urls.isEmpty() && !urls.constFirst().toLocalFile().isEmpty()) {
            drop->acceptProposedAction();
            if (type == QEvent::Drop)
                openFile(urls.constFirst().toLocalFile());
            return true;
        }
    }
    // The menu's keys work from every focus: filtered out of the override request, the key press
    // goes to the shortcut, not to the text field (shortcuts.h).
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == this
        && isWindowShortcut(static_cast<QKeyEvent *>(event))) {
        event->ignore();
        return true;
    }
    if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == this) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton) {
            goBack();
            return true;
        }
        if (button == Qt::ForwardButton) {
            goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace smtpref
