#include "mainwindow.h"

#include "codelookup.h"
#include "entryhtml.h"
#include "roles.h"
#include "searchmodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace smtpref {

MainWindow::MainWindow(const Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_results(new SearchModel(catalog, this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_list(new QListView(this))
    , m_detail(new QTextBrowser(this))
{
    setWindowTitle(tr("smtpref — SMTP reply codes"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search codes: 550, 5.7.26, greylisting…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_list->setObjectName(QStringLiteral("resultList"));
    m_list->setModel(m_results);
    m_list->setAccessibleName(tr("Matching codes"));
    m_list->setUniformItemSizes(true);
    m_detail->setObjectName(QStringLiteral("detailView"));
    m_detail->setAccessibleName(tr("Code details"));
    m_detail->setOpenLinks(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_list);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    resize(1100, 700);

    connect(m_search, &QLineEdit::textChanged, m_results, &SearchModel::setQuery);
    connect(m_results, &SearchModel::resultsChanged, this, [this] {
        updateCount();
        if (m_results->rowCount() > 0)
            m_list->setCurrentIndex(m_results->index(0, 0));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showCurrentResult);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QStringView(EntryHtml::linkScheme))
            showCode(url.path());
    });
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(QKeySequence::Find) }) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            m_search->setFocus();
            m_search->selectAll();
        });
    }

    updateCount();
    m_list->setCurrentIndex(m_results->index(0, 0));
    m_search->setFocus();
}

bool MainWindow::showCode(const QString &code)
{
    const CodeLookup lookup = CodeLookup::resolve(m_catalog, CodeQuery::parse(code));
    if (lookup.found.isEmpty())
        return false;
    m_detail->setHtml(EntryHtml::render(lookup.found.first()));
    return true;
}

void MainWindow::showCurrentResult()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const CatalogEntry &entry = m_catalog.at(current.data(EntryIndexRole).toInt());
    m_detail->setHtml(EntryHtml::render({ &entry, current.data(AppliedClassRole).toInt() }));
}

void MainWindow::updateCount()
{
    const int shown = m_results->rowCount();
    m_count->setText(tr("%n of %1 codes", nullptr, shown).arg(m_catalog.size()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The list follows Up, Down and Page keys typed in the search field; Escape clears it.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Escape:
            m_search->clear();
            return true;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace smtpref
