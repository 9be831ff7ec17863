// Which entries contain a word, without reading their texts: every text is cut into tokens (runs of
// letters and digits; every non-ASCII character counts as a letter), each distinct token lists the
// entries it occurs in, and a query word is looked for in the distinct tokens only, laid end to end
// so that one byte search finds them all. A keystroke on a catalog of 100 000 entries then costs the
// size of the vocabulary and of the matching lists, not of the texts.
#pragma once

#include <QByteArray>
#include <QList>

#include <cctype>
#include <vector>

namespace smtpref {

class WordIndex final
{
public:
    // One folded UTF-8 text per entry.
    void build(const QList<QByteArray> &texts);
    bool isEmpty() const { return m_postings.empty(); }

    // Marks the entries that contain word: every entry e with counts[e] == round that contains it gets
    // counts[e] = round + 1, so after n words the entries at n contain all of them. Returns false when
    // the word holds separators ("5.7.26"): then its parts are what was matched, and the marked entries
    // must still be checked for the whole word.
    bool mark(const QByteArray &word, quint8 round, std::vector<quint8> &counts) const;

    static bool isWordByte(char byte)
    {
        return static_cast<unsigned char>(byte) >= 0x80 || std::isalnum(static_cast<unsigned char>(byte));
    }

private:
    // Entries containing a token that contains part, marked as above.
    void markPart(const QByteArray &part, quint8 round, std::vector<quint8> &counts, quint8 target) const;

    QByteArray m_vocabulary; // every distinct token, each followed by '\n'
    std::vector<qsizetype> m_starts; // where each token starts in m_vocabulary
    std::vector<std::vector<qint32>> m_postings; // entries of each token, ascending
};

} // namespace smtpref
