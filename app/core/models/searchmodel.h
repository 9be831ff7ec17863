// The result list: the catalog filtered by a query, a class and a kind, ranked by SearchEngine.
// The ranking is computed once per query; filtering and sorting then only read it.
#pragma once

#include "models/catalogmodel.h"
#include "search/excerpt.h"
#include "search/searchengine.h"

#include <QHash>

#include <QSortFilterProxyModel>

#include <optional>

namespace smtpref {

class SearchModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchModel(const Catalog &catalog, QObject *parent = nullptr);

    QString query() const { return m_query; }
    // When the query matches nothing: "Did you mean “greylisting”?"; for a code the catalog does not
    // have, the providers that document codes near it and the closest codes; or an empty string.
    QString didYouMean() const;
    void setQuery(const QString &query);
    // Whether rows may have an excerpt (ExcerptRole) for this query: it has a word that is no code.
    // The same for every row, so that a view can keep one row height.
    bool showsExcerpts() const { return m_showsExcerpts; }

    // One of searchfilters::classes: 0 for every class, else only codes used with that class.
    int classFilter() const { return m_classFilter; }
    void setClassFilter(int cls);

    // One of searchfilters::kinds: no value for every kind.
    std::optional<CodeKind> kindFilter() const { return m_kindFilter; }
    void setKindFilter(std::optional<CodeKind> kind);

    // Empty for every code, searchfilters::anyProvider, or a provider's name.
    QString providerFilter() const { return m_providerFilter; }
    void setProviderFilter(const QString &provider);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The interface language changed: search the new language's texts too, refresh every row.
    void retranslate();

Q_SIGNALS:
    void resultsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    Excerpt excerpt(int sourceRow) const;

    CatalogModel *m_catalogModel;
    SearchEngine m_engine;
    QString m_query;
    QList<SearchMatch> m_matches; // by source row
    QStringList m_queryWords; // SearchEngine::queryWords(m_query)
    bool m_showsExcerpts = false;
    mutable QHash<int, Excerpt> m_excerpts; // by source row, for the rows asked about since the query
    int m_classFilter = 0;
    std::optional<CodeKind> m_kindFilter;
    QString m_providerFilter;
};

} // namespace smtpref
