// The left side of the window: the search field, the class and kind filters, the live count, and
// the ranked result list (or, when nothing matches, a message that says why).
#pragma once

#include "catalog/catalog.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace smtpref {

class ResultDelegate;
class SearchModel;

class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(const Catalog &catalog, QWidget *parent = nullptr);

    SearchModel *results() const { return m_results; }

    void focusSearch();
    // The field's clear button, added after the first frame: finding the theme's clear icon costs a
    // quarter of the first frame (startup.h), and the field starts empty, which hides the button anyway.
    void addClearButton();
    int classFilter() const;
    void setClassFilter(int cls); // 0: all
    std::optional<CodeKind> kindFilter() const;
    void setKindFilter(std::optional<CodeKind> kind);
    // Empty for every code, searchfilters::anyProvider, or a provider's name; a name the catalog has
    // no code of reads as every code.
    QString providerFilter() const;
    void setProviderFilter(const QString &provider);

    // The entry and class of the current row, or an entry index of -1.
    std::pair<int, int> currentCode() const;
    // No row is current (the window shows its start page).
    void clearCurrent();

Q_SIGNALS:
    // The current row changed; deliberate when the person chose it (click, keys), not when the
    // list followed the query.
    void currentCodeChanged(int entryIndex, int appliedClass, bool deliberate);
    // Enter (on the current row, else the first) or a double click.
    void activated(int entryIndex, int appliedClass);
    void compareWithRequested(int entryIndex, int appliedClass); // "Compare with…": pick the other code
    void compareWithShownRequested(); // the selected code against the one in the detail view
    void filtersChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void resultsChanged();
    void updateCount();
    void showContextMenu(const QPoint &position);
    void openCurrentOrFirst();

    Catalog m_catalog;
    SearchModel *m_results;
    ResultDelegate *m_delegate;
    QLineEdit *m_search;
    QButtonGroup *m_classButtons;
    QComboBox *m_kind;
    QComboBox *m_provider; // the item data is the filter
    QLabel *m_count;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_empty;
    bool m_followingQuery = false;
};

} // namespace smtpref
