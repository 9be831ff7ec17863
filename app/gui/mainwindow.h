// The main window: the search panel on the left; on the right the details of one code and the
// comparison of two, in tabs. Menus, back/forward history, text size and remembered state.
#pragma once

#include "catalog/catalog.h"
#include "code/codelookup.h"
#include "models/navigationhistory.h"

#include <QMainWindow>

#include <memory>

class QSplitter;
class QTabWidget;
class QTextBrowser;

namespace smtpref {

class ComparisonView;
class ExplainView;
class SearchPanel;
class TranslatorSet;
class WindowSettings;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // settingsFile: empty for the default location (tests pass their own).
    explicit MainWindow(const Catalog &catalog, const QString &settingsFile = QString(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a code ("550", "X.7.26", "5.7.26") in the details tab; false when it names no single code.
    bool showCode(const QString &code);
    // The code in the details tab; empty while it shows the start page.
    QString shownCode() const;
    // The start page in the details tab (the classes, common codes and search tips), as a step in the
    // history; with anchor, scrolled to that part of it (HtmlReport::startSearchAnchor).
    void showStartPage(const QString &anchor = QString());
    void compare(const QStringList &codes);
    void compareSelectedWithShown();
    void startComparisonFromShown();
    void goBack();
    void goForward();
    void zoomBy(int steps);
    // "" follows the system's preferred languages; "fr", "ja", ... a language smtpref has.
    void setLanguage(const QString &choice);
    QString language() const;
    void saveSettings();
    // Says on stderr and in the status bar that the catalog has errors (a damaged build).
    void reportCatalogErrors(const QList<CatalogError> &errors);

    SearchPanel *searchPanel() const { return m_search; }
    // Created when first needed: start-up does not pay for a tab nobody has opened yet (startup.h).
    ComparisonView *comparisonView();
    // The Explain tab, created like the comparison on first use.
    ExplainView *explainView();
    void showExplain();
    // Reads a bounce mail or a log into the Explain tab; a file that cannot be read or is not text
    // gets a message saying why.
    bool openFile(const QString &fileName);
    void chooseFileToOpen();

Q_SIGNALS:
    // The first frame of the window has been painted (or the window has been shown for a second
    // without being painted): start-up work that picture did not need runs now.
    void firstFrameShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class History { Visit, Replace, Keep };
    void createMenus();
    void retranslate();
    void restoreSettings();
    void display(const ResolvedCode &code, History history);
    void displayStartPage(History history);
    void showEntry(int entryIndex, int appliedClass, History history);
    void renderDetail();
    void renderPendingDetail();
    void renderDetailNow();
    void finishStartup();
    void updateNavigation();
    void showFromHistory(const QString &code);
    void copyShown(bool markdown);
    void copyCommand(int check);
    void applyZoom();
    void openLink(const QUrl &url);
    void showAbout();

    Catalog m_catalog;
    std::unique_ptr<WindowSettings> m_settings;
    std::unique_ptr<TranslatorSet> m_translators;
    QString m_languageChoice;
    SearchPanel *m_search;
    QTabWidget *m_tabs;
    QTextBrowser *m_detail;
    QWidget *m_comparisonPage;
    ComparisonView *m_comparison = nullptr;
    QWidget *m_explainPage;
    ExplainView *m_explain = nullptr;
    QStringList m_pendingComparison; // the remembered codes, until the view exists
    bool m_comparisonStarted = false; // the Compare tab was filled in this session
    QSplitter *m_splitter;
    NavigationHistory m_history;
    std::optional<ResolvedCode> m_shown; // none: the start page
    QString m_pendingAnchor; // to scroll to once the page is laid out
    int m_zoom = 0;
    bool m_renderPending = false;
    bool m_startupFinished = false;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

} // namespace smtpref
