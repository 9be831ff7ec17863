// Ranked search over the catalog (docs/architecture.md): code forms first, in their own order, then
// entries by how well they hold the query's words: in the title, keywords or error texts above the
// summary, the summary above the long texts; a whole word or another form of it (blocked, blocks)
// above a word's start, above the inside of a word, one typo below the exact spelling; all words
// above most of them; words next to each other above words far apart. Case, accents and width do not
// matter. The texts are folded and indexed once, on the first search, so that a keystroke only looks
// up its words in the index.
#pragma once

#include "catalog/catalog.h"
#include "search/wordindex.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace smtpref {

struct CodeTerm;
struct QueryWord;

// How an entry matched. Code tiers rank in this order, above every word match; word matches rank
// by score (SearchMatch), the tier only says where the words were found.
enum class MatchTier : int {
    ExactCode = 0,
    AlternateCode, // "571" read as 5.7.1
    CodePrefix, // "55", "4.7", "5xx"
    TitleWordStart, // every word in the title, keywords or error texts, each a word or a word's start
    TitleSubstring, // every word there, some only inside a word
    OtherText, // every word, some only in the other texts
    MostWords, // more than half of a longer query's words, not all
    None,
};

// "exact-code", "title-word-start", ...: how a hit matched, for JSON output and tests.
QString matchTierId(MatchTier tier);

struct SearchMatch
{
    MatchTier tier = MatchTier::None;
    int appliedClass = -1; // the class the query gave an enhanced code ("5.7.26" -> 5), or -1
    int score = 0; // how well the words matched: higher is better; 0 for no word
};

// Whether a ranks above b: code tiers first, in tier order; then every word before most words; then
// the higher score. Equal matches rank neither way: callers keep them in code order.
bool ranksBefore(const SearchMatch &a, const SearchMatch &b);

struct SearchHit
{
    qsizetype entry; // index in the catalog
    SearchMatch match;
};

class SearchEngine final
{
    Q_DECLARE_TR_FUNCTIONS(SearchEngine)

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

    // The folded words of a query, as the search compares them (for highlighting): the part of each
    // word its forms share ("deni" for "denied"), without stop words, codes and addresses.
    static QStringList queryWords(QStringView query);

    // When a query matches nothing: the query with its words spelled as the catalog spells its
    // nearest words ("greylisting" for "grelyisting"), or an empty string when no word is near.
    QString suggestion(QStringView query) const;
    // "Did you mean “greylisting”?" in the interface language, or an empty string (as suggestion()).
    QString didYouMean(QStringView query) const;

private:
    struct IndexedEntry
    {
        QString code;
        CodeKind kind;
        QList<int> classes; // registered and seen
        bool providerCode; // one provider's own code: ranks after the standard codes that match as well
        // Folded and in UTF-8: a UTF-8 word can only match whole characters, and a byte search
        // reads many times faster than a UTF-16 loop. Only the title and summary are read at
        // search time, for words near each other; the index holds the rest.
        QByteArray title; // with the keywords and error texts
        QByteArray summary;
        QByteArray body; // every other text of the entry, and its codes
    };

    // The folded texts are built on the first search that needs them, not at start-up.
    void ensureIndexed() const;
    void ensureWordIndex() const;
    void appendText(qsizetype entry, const QString &title, const QString &summary, const QString &body) const;
    void indexCurrentLanguage() const;
    void matchCodes(const QList<CodeTerm> &terms, QList<SearchMatch> *matches) const;
    // phrase: the whole query folded, when it is long enough to be text pasted from a reply; an entry
    // that quotes it word for word ranks first.
    void matchWords(const QList<QueryWord> &words, QList<SearchMatch> *matches, QByteArrayView phrase = {}) const;
    // Raises best[e] to the grade of the word's best match in entry e.
    void gradeWord(const QueryWord &word, std::vector<quint8> *best) const;

    mutable QList<IndexedEntry> m_entries;
    mutable bool m_indexed = false;
    mutable bool m_currentLanguagePending = false;
    mutable WordIndex m_words; // of every entry's title and body; rebuilt after addSearchText
    Catalog m_catalog;
};

} // namespace smtpref
