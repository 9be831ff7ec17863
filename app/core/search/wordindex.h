// Which entries contain a word, without reading their texts: every text is cut into tokens (runs of
// letters and digits; every non-ASCII character counts as a letter), each distinct token lists the
// entries it occurs in, and a query word is looked for in the distinct tokens only, laid end to end
// so that one pass finds them all. A keystroke on a catalog of 100 000 entries then costs the
// size of the vocabulary and of the matching lists, not of the texts.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

namespace smtpref {

class WordIndex final
{
public:
    // Up to three fields per entry (title, summary, the rest), each a folded UTF-8 text; a posting
    // tells the entry and in which of its fields the token occurs.
    static constexpr int maxFields = 3;
    void build(const QList<QByteArrayList> &fieldsOfEntries);
    // One field per entry.
    void build(const QList<QByteArray> &texts);
    bool isEmpty() const { return m_postings.empty(); }

    // A posting: the entry, and a bit per field (1 << field) the token occurs in.
    static qint32 entryOf(qint32 posting) { return posting >> maxFields; }
    static int fieldsOf(qint32 posting) { return posting & ((1 << maxFields) - 1); }

    qsizetype tokenCount() const { return qsizetype(m_starts.size()); }
    QByteArrayView token(qsizetype id) const
    {
        const qsizetype start = m_starts[id];
        return QByteArrayView(m_vocabulary).sliced(start, tokenEnd(id) - start);
    }
    const std::vector<qint32> &postings(qsizetype token) const { return m_postings[token]; }
    // Stems (wordforms.h) of the tokens, by id.
    qint32 stemCount() const { return qint32(m_stems.size()); }
    QByteArrayView stem(qint32 id) const { return m_stems[id]; }
    qint32 stemId(const QByteArray &stem) const { return m_stemIds.value(stem, -1); }
    qint32 stemIdOf(qsizetype token) const { return m_stemOfToken[token]; }
    const std::vector<qint32> &tokensOfStem(qint32 id) const { return m_tokensOfStem[id]; }

    // Calls visit(token) for every token that starts with start.
    template<typename Visit> void forEachTokenStartingWith(QByteArrayView start, Visit visit) const
    {
        if (tokenCount() > 0 && token(0).startsWith(start))
            visit(qsizetype(0));
        // Every other token follows a '\n': looking for '\n' + start finds only word starts.
        const QByteArray needle = '\n' + start.toByteArray();
        forEachTokenContaining(needle, [&](qsizetype token, qsizetype) {
            if (token + 1 < tokenCount())
                visit(token + 1);
        });
    }

    // Calls visit(token, offset) for every token that contains part, once per token, with the offset
    // of its first occurrence.
    template<typename Visit> void forEachTokenContaining(QByteArrayView part, Visit visit) const
    {
        // std::string_view::find (memchr for the first byte, then a compare): measured faster here than
        // QByteArrayView::indexOf, QByteArrayMatcher and a Boyer-Moore-Horspool searcher (README).
        const std::string_view vocabulary(m_vocabulary.constData(), std::size_t(m_vocabulary.size()));
        const std::string_view needle(part.data(), std::size_t(part.size()));
        qint64 lastToken = -1;
        for (std::size_t found = vocabulary.find(needle); found != std::string_view::npos;
             found = vocabulary.find(needle, found + 1)) {
            const auto at = qsizetype(found);
            const auto token = std::upper_bound(m_starts.begin(), m_starts.end(), at) - m_starts.begin() - 1;
            if (token != lastToken) {
                visit(qsizetype(token), at - m_starts[token]);
                lastToken = token;
            }
        }
    }

    static bool isWordByte(char byte)
    {
        return static_cast<unsigned char>(byte) >= 0x80 || std::isalnum(static_cast<unsigned char>(byte));
    }

private:
    // Every token is followed by '\n'.
    qsizetype tokenEnd(qsizetype id) const
    {
        return (id + 1 < tokenCount() ? m_starts[id + 1] : m_vocabulary.size()) - 1;
    }
    QByteArray m_vocabulary; // every distinct token, each followed by '\n'
    std::vector<qsizetype> m_starts; // where each token starts in m_vocabulary
    std::vector<std::vector<qint32>> m_postings; // postings of each token, by entry
    std::vector<qint32> m_stemOfToken;
    QHash<QByteArray, qint32> m_stemIds;
    QByteArrayList m_stems;
    std::vector<std::vector<qint32>> m_tokensOfStem;
};

} // namespace smtpref
