#include "searchpanel.h"

#include "catalog/vocabulary.h"
#include "models/roles.h"
#include "models/searchfilters.h"
#include "models/searchmodel.h"
#include "resultdelegate.h"
#include "shortcuts.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpref {

SearchPanel::SearchPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_results(new SearchModel(catalog, this))
    , m_delegate(new ResultDelegate(this))
    , m_search(new QLineEdit(this))
    , m_classButtons(new QButtonGroup(this))
    , m_kind(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
{
    m_search->setObjectName(u"searchField"_s);
    m_search->installEventFilter(this);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(2);
    for (int cls : searchfilters::classes) {
        auto *button = new QToolButton(this);
        button->setObjectName(cls == 0 ? u"classFilterAll"_s : u"classFilter%1"_s.arg(cls));
        button->setCheckable(true);
        button->setChecked(cls == 0);
        button->setAutoRaise(true);
        m_classButtons->addButton(button, cls);
        filters->addWidget(button);
    }
    filters->addStretch();
    m_kind->setObjectName(u"kindFilter"_s);
    for ([[maybe_unused]] const std::optional<CodeKind> kind : searchfilters::kinds)
        m_kind->addItem(QString()); // named in retranslate()
    filters->addWidget(m_kind);
    m_provider->setObjectName(u"providerFilter"_s);
    m_provider->addItem(QString(), QString()); // named in retranslate()
    m_provider->addItem(QString(), searchfilters::anyProvider.toString());
    for (const QString &provider : searchfilters::providers(catalog))
        m_provider->addItem(provider, provider); // a name, never translated
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(m_provider);

    m_count->setObjectName(u"countLabel"_s);
    m_list->setObjectName(u"resultList"_s);
    m_list->setModel(m_results);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText); // it quotes what was typed: never render that as markup
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_delegate->setHighlightedWords(SearchEngine::queryWords(text));
        m_results->setQuery(text);
        m_delegate->setShowsExcerpts(m_results->showsExcerpts());
    });
    connect(m_classButtons, &QButtonGroup::idClicked, this, [this](int cls) {
        m_results->setClassFilter(cls);
        Q_EMIT filtersChanged();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        // (filtersChanged below also keeps the window's Kind menu in step)
        m_results->setKindFilter(index >= 0 ? searchfilters::kinds[index] : std::nullopt);
        Q_EMIT filtersChanged();
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_results->setProviderFilter(m_provider->itemData(index).toString());
        Q_EMIT filtersChanged();
    });
    connect(m_results, &SearchModel::resultsChanged, this, &SearchPanel::resultsChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    Q_EMIT currentCodeChanged(current.data(EntryIndexRole).toInt(),
                                              current.data(AppliedClassRole).toInt(), !m_followingQuery);
                }
            });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(EntryIndexRole).toInt(), index.data(AppliedClassRole).toInt());
    });
    connect(m_list, &QListView::customContextMenuRequested, this, &SearchPanel::showContextMenu);

    setTabOrder(m_search, m_classButtons->button(0));
    setTabOrder(m_classButtons->button(5), m_kind);
    setTabOrder(m_kind, m_provider);
    setTabOrder(m_provider, m_list);
    retranslate();
    resultsChanged();
}

void SearchPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce"));
    m_search->setAccessibleName(tr("Search codes"));
    m_search->setAccessibleDescription(
        tr("Type a code, a code prefix or words; Up and Down move in the results."));
    for (int cls : searchfilters::classes) {
        QAbstractButton *button = m_classButtons->button(cls);
        button->setText(cls == 0 ? tr("All") : vocabulary::classLabel(cls));
        button->setAccessibleName(cls == 0 ? tr("All classes")
                                           : tr("Only %1 codes").arg(vocabulary::classLabel(cls)));
        button->setToolTip(cls == 0 ? tr("Show codes of every class") : vocabulary::className(cls));
    }
    for (int i = 0; i < m_kind->count(); ++i) {
        const std::optional<CodeKind> kind = searchfilters::kinds[i];
        m_kind->setItemText(i,
                            !kind                          ? tr("All kinds")
                                : *kind == CodeKind::Basic ? tr("Basic codes")
                                                           : tr("Enhanced codes"));
    }
    m_kind->setAccessibleName(tr("Kind of code"));
    m_provider->setItemText(0, tr("All sources"));
    m_provider->setItemText(1, tr("Provider codes"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->setToolTip(tr("Only the codes a mail provider defines, or the codes one provider sends"));
    m_list->setAccessibleName(tr("Matching codes"));
    m_list->setAccessibleDescription(tr("Codes that match the search, best match first."));
    // A label's accessible name would replace its text; describe them instead, so the count is heard.
    m_count->setAccessibleDescription(tr("Number of matching codes"));
    m_empty->setAccessibleDescription(tr("No matching codes"));
    updateCount();
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchPanel::addClearButton()
{
    m_search->setClearButtonEnabled(true);
}

void SearchPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int SearchPanel::classFilter() const
{
    return m_results->classFilter();
}

void SearchPanel::setClassFilter(int cls)
{
    if (QAbstractButton *button = m_classButtons->button(cls)) {
        button->setChecked(true);
        m_results->setClassFilter(cls);
        Q_EMIT filtersChanged();
    }
}

std::optional<CodeKind> SearchPanel::kindFilter() const
{
    return m_results->kindFilter();
}

void SearchPanel::setKindFilter(std::optional<CodeKind> kind)
{
    m_kind->setCurrentIndex(searchfilters::kindIndex(kind));
}

QString SearchPanel::providerFilter() const
{
    return m_results->providerFilter();
}

void SearchPanel::setProviderFilter(const QString &provider)
{
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(provider)));
}

std::pair<int, int> SearchPanel::currentCode() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return { -1, -1 };
    return { current.data(EntryIndexRole).toInt(), current.data(AppliedClassRole).toInt() };
}

void SearchPanel::resultsChanged()
{
    updateCount();
    const bool empty = m_results->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_list);
    // Without a query the list is the whole catalog in code order: its first row (101, a folklore
    // code) is no answer to anything, so nothing is chosen for the person.
    if (!empty && !m_results->query().trimmed().isEmpty()) {
        // The best match becomes current, without counting as a step in the history. When it is the same
        // row as before ("X.7.26" typed on to "5.7.26"), the view emits nothing: say it, since the class
        // the query gives may have changed.
        m_followingQuery = true;
        const QModelIndex best = m_results->index(0, 0);
        if (m_list->currentIndex() == best)
            Q_EMIT currentCodeChanged(best.data(EntryIndexRole).toInt(), best.data(AppliedClassRole).toInt(),
                                      false);
        else
            m_list->setCurrentIndex(best);
        m_list->scrollToTop();
        m_followingQuery = false;
    }
}

void SearchPanel::openCurrentOrFirst()
{
    if (!m_list->currentIndex().isValid()) {
        const QModelIndex first = m_results->index(0, 0);
        if (!first.isValid())
            return;
        m_list->setCurrentIndex(first);
    }
    const QModelIndex current = m_list->currentIndex();
    Q_EMIT activated(current.data(EntryIndexRole).toInt(), current.data(AppliedClassRole).toInt());
}

void SearchPanel::clearCurrent()
{
    m_list->setCurrentIndex(QModelIndex());
}

void SearchPanel::updateCount()
{
    const int shown = m_results->rowCount();
    const int total = static_cast<int>(m_catalog.size());
    m_count->setText(tr("%1 of %n codes", nullptr, total).arg(shown));
    if (shown > 0)
        return;
    QString hint;
    if (m_results->classFilter() != 0 || m_results->kindFilter() || !m_results->providerFilter().isEmpty())
        hint = tr("Filters are on: choose All, All kinds and All sources to search every code.");
    else if (const QString nearest = m_results->didYouMean(); !nearest.isEmpty())
        hint = nearest;
    else
        hint = tr("Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.");
    QString query = m_results->query().trimmed().left(60);
    if (!query.isEmpty() && query.back().isHighSurrogate())
        query.chop(1); // never cut a character in half
    m_empty->setText(tr("No code matches “%1”.").arg(query) + u"\n\n" + hint);
}

void SearchPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    const int entry = index.data(EntryIndexRole).toInt();
    const int cls = index.data(AppliedClassRole).toInt();
    QMenu menu(this);
    menu.addAction(tr("Show Details"), this, [=, this] { Q_EMIT activated(entry, cls); });
    menu.addAction(tr("Compare With…"), this, [=, this] { Q_EMIT compareWithRequested(entry, cls); });
    menu.addAction(tr("Compare With the Code Shown"),
                   shortcutKeys(Command::CompareSelectedWithShown).value(0), this,
                   [this] { Q_EMIT compareWithShownRequested(); });
    menu.addSeparator();
    const QString code = index.data(DisplayCodeRole).toString();
    menu.addAction(tr("Copy Code"), this, [code] { QGuiApplication::clipboard()->setText(code); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // From the search field, the navigation keys drive the list and Enter opens the current code.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (isKeyOf(Command::MoveInResults, key)) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
        if (isKeyOf(Command::OpenSelected, key)) {
            openCurrentOrFirst();
            return true;
        }
        if (isKeyOf(Command::ClearSearch, key) && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace smtpref
