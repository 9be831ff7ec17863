// The main window: search field and result list on the left, the selected code's details on the right.
#pragma once

#include "catalog.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListView;
class QTextBrowser;

namespace smtpref {

class SearchModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Catalog &catalog, QWidget *parent = nullptr);

    // Shows a code ("550", "X.7.26", "5.7.26") in the detail view; false when it is unknown.
    bool showCode(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCurrentResult();
    void updateCount();

    Catalog m_catalog;
    SearchModel *m_results;
    QLineEdit *m_search;
    QLabel *m_count;
    QListView *m_list;
    QTextBrowser *m_detail;
};

} // namespace smtpref
