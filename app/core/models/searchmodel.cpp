#include "models/searchmodel.h"

#include "catalog/vocabulary.h"
#include "code/codelookup.h"
#include "i18n/catalogtranslation.h"
#include "models/roles.h"
#include "models/searchfilters.h"

#include <algorithm>

namespace smtpref {

SearchModel::SearchModel(const Catalog &catalog, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_catalogModel(new CatalogModel(catalog, this))
    , m_engine(catalog)
    , m_matches(m_engine.matchAll(QString()))
{
    setSourceModel(m_catalogModel);
    sort(0);
}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_matches = m_engine.matchAll(m_query);
    m_queryWords = SearchEngine::queryWords(m_query);
    m_showsExcerpts = std::any_of(m_queryWords.cbegin(), m_queryWords.cend(),
                                  [](const QString &word) { return !CodeQuery::parse(word).isCode(); });
    m_excerpts.clear();
    refilter();
}

Excerpt SearchModel::excerpt(int sourceRow) const
{
    // A code match needs no explaining, and most rows of a search are never painted: an excerpt is
    // made the first time its row asks, and kept until the query or the language changes.
    if (!m_showsExcerpts || m_matches.at(sourceRow).tier <= MatchTier::CodePrefix)
        return {};
    if (const auto cached = m_excerpts.constFind(sourceRow); cached != m_excerpts.cend())
        return *cached;
    const CatalogEntry &original = m_catalogModel->catalog().at(sourceRow);
    const Excerpt excerpt = CatalogTranslation::isActive()
        ? Excerpt::find(CatalogTranslation::localized(original), original, m_queryWords)
        : Excerpt::find(original, original, m_queryWords);
    m_excerpts.insert(sourceRow, excerpt);
    return excerpt;
}

void SearchModel::retranslate()
{
    m_engine = SearchEngine(m_catalogModel->catalog());
    m_engine.addCurrentLanguage();
    m_excerpts.clear();
    m_catalogModel->retranslate();
    // The query matches other texts now; the rows change, but the person's selection is not a new search.
    if (!m_query.trimmed().isEmpty()) {
        m_matches = m_engine.matchAll(m_query);
        invalidate();
    }
}

QString SearchModel::didYouMean() const
{
    const CodeLookup lookup = CodeLookup::resolve(m_catalogModel->catalog(), m_query);
    if (lookup.found.isEmpty() && !lookup.unknown.isEmpty())
        return UnknownCode::describe(m_catalogModel->catalog(), lookup.unknown.first()).details();
    return m_engine.didYouMean(m_query);
}

void SearchModel::setClassFilter(int cls)
{
    if (cls == m_classFilter)
        return;
    m_classFilter = cls;
    refilter();
}

void SearchModel::setKindFilter(std::optional<CodeKind> kind)
{
    if (kind == m_kindFilter)
        return;
    m_kindFilter = kind;
    refilter();
}

void SearchModel::setProviderFilter(const QString &provider)
{
    if (provider == m_providerFilter)
        return;
    m_providerFilter = provider;
    refilter();
}

void SearchModel::refilter()
{
    invalidate();
    Q_EMIT resultsChanged();
}

bool SearchModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const SearchMatch &match = m_matches.at(sourceRow);
    if (match.tier == MatchTier::None)
        return false;
    return searchfilters::accepts(m_catalogModel->catalog().at(sourceRow), m_classFilter, m_kindFilter,
                                 m_providerFilter);
}

bool SearchModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const SearchMatch &a = m_matches.at(left.row());
    const SearchMatch &b = m_matches.at(right.row());
    // The engine's order; source rows are in code order, so equal matches keep code order.
    if (ranksBefore(a, b) || ranksBefore(b, a))
        return ranksBefore(a, b);
    return left.row() < right.row();
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::AccessibleTextRole && index.isValid()) {
        // What a screen reader says for a row: the code as the row shows it, its title, its class, and
        // the excerpt the row shows under them.
        const int sourceRow = mapToSource(index).row();
        const CatalogEntry &entry = m_catalogModel->catalog().at(sourceRow);
        const int cls = data(index, AppliedClassRole).toInt();
        QString text = data(index, DisplayCodeRole).toString() + u", " + CatalogTranslation::title(entry)
            + u", " + vocabulary::classLabels(cls > 0 ? QList<int> { cls } : entry.classes);
        if (const QString provider = data(index, ProviderRole).toString(); !provider.isEmpty())
            text += u", " + provider;
        if (const Excerpt shown = excerpt(sourceRow); !shown.isEmpty())
            text += u". " + shown.text;
        return text;
    }
    if (role != MatchTierRole && role != AppliedClassRole && role != DisplayCodeRole && role != ExcerptRole)
        return QSortFilterProxyModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int sourceRow = mapToSource(index).row();
    if (role == ExcerptRole)
        return QVariant::fromValue(excerpt(sourceRow));
    const SearchMatch &match = m_matches.at(sourceRow);
    switch (role) {
    case MatchTierRole:
        return static_cast<int>(match.tier);
    case AppliedClassRole: {
        const CatalogEntry &entry = m_catalogModel->catalog().at(sourceRow);
        return match.appliedClass >= 0 ? match.appliedClass : entry.soleProviderClass();
    }
    default: {
        // The class a query or a class filter gives an enhanced code: "5.7.26" rather than "X.7.26";
        // a provider's code in the one class it is sent in.
        const CatalogEntry &entry = m_catalogModel->catalog().at(sourceRow);
        const int cls = match.appliedClass >= 0 ? match.appliedClass
            : entry.soleProviderClass() > 0     ? entry.soleProviderClass()
                                                : m_classFilter;
        return cls > 0 ? entry.codeWithClass(cls) : entry.code;
    }
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QSortFilterProxyModel::roleNames();
    names.insert(MatchTierRole, "matchTier");
    names.insert(AppliedClassRole, "appliedClass");
    names.insert(ExcerptRole, "excerpt");
    return names;
}

} // namespace smtpref
