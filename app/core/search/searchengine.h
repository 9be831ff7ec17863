// Ranked search over the catalog (DESIGN.md, Search): code forms first, then words that must all
// match, case- and accent-insensitive. The text of every entry is folded once, up front, so that a
// keystroke only compares.
#pragma once

#include "catalog/catalog.h"
#include "search/wordindex.h"

#include <QList>
#include <QString>

namespace smtpref {

class CodeQuery;

// Better matches have lower values; the order is the ranking.
enum class MatchTier : int {
    ExactCode = 0,
    AlternateCode, // "571" read as 5.7.1
    CodePrefix, // "55", "4.7", "5xx"
    TitleWordStart,
    TitleSubstring,
    OtherText,
    None,
};

// "exact-code", "title-word-start", ...: how a hit matched, for JSON output and tests.
QString matchTierId(MatchTier tier);

struct SearchMatch
{
    MatchTier tier = MatchTier::None;
    int appliedClass = -1; // the class the query gave an enhanced code ("5.7.26" -> 5), or -1
};

struct SearchHit
{
    qsizetype entry; // index in the catalog
    SearchMatch match;
};

class SearchEngine final
{
public:
    // Only the first this many characters of a query are searched: a whole pasted mail is no query,
    // and reading it all on each keystroke would freeze the window.
    static constexpr qsizetype maxQueryLength = 512;

    explicit SearchEngine(const Catalog &catalog);

    // Adds text (a translation, say) that an entry should be found by, beside its English text.
    void addSearchText(qsizetype entry, const QString &title, const QString &body);
    // Adds every entry's texts in the current interface language (CatalogTranslation), if any. They
    // are read and folded with the rest of the index, on the first search that needs them.
    void addCurrentLanguage();

    // One match per catalog entry, by index; an empty query matches every entry.
    QList<SearchMatch> matchAll(QStringView query) const;
    // The matching entries, best first, ties in code order.
    QList<SearchHit> search(QStringView query) const;

    // The folded words of a query, as the search compares them (for highlighting).
    static QStringList queryWords(QStringView query);

private:
    struct IndexedEntry
    {
        QString code;
        CodeKind kind;
        QList<int> classes; // registered and seen
        // Folded and in UTF-8, searched as bytes: a UTF-8 word can only match whole characters, and a
        // byte search (memchr underneath) reads many times faster than a UTF-16 loop.
        QByteArray title;
        QByteArray body; // every other text of the entry, and its codes
    };

    // The folded texts are built on the first search that needs them, not at start-up.
    void ensureIndexed() const;
    void appendText(qsizetype entry, const QString &title, const QString &body) const;
    void indexCurrentLanguage() const;
    void matchCodes(const CodeQuery &query, QList<SearchMatch> *matches) const;
    void matchWords(const QStringList &words, QList<SearchMatch> *matches) const;

    mutable QList<IndexedEntry> m_entries;
    mutable bool m_indexed = false;
    mutable bool m_currentLanguagePending = false;
    mutable WordIndex m_words; // of every entry's title and body; rebuilt after addSearchText
    Catalog m_catalog;
};

} // namespace smtpref
