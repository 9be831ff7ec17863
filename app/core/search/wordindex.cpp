#include "search/wordindex.h"

#include "search/wordforms.h"

#include <QHash>

#include <algorithm>

namespace smtpref {

void WordIndex::build(const QList<QByteArray> &texts)
{
    QList<QByteArrayList> fields;
    fields.reserve(texts.size());
    for (const QByteArray &text : texts)
        fields.append({ text });
    build(fields);
}

void WordIndex::build(const QList<QByteArrayList> &fieldsOfEntries)
{
    QHash<QByteArray, qint32> ids;
    m_vocabulary.clear();
    m_starts.clear();
    m_postings.clear();
    m_stemOfToken.clear();
    m_stemIds.clear();
    m_stems.clear();
    m_tokensOfStem.clear();
    for (qsizetype entry = 0; entry < fieldsOfEntries.size(); ++entry) {
        const QByteArrayList &fields = fieldsOfEntries[entry];
        for (qsizetype field = 0; field < std::min<qsizetype>(fields.size(), maxFields); ++field) {
            const QByteArray &text = fields[field];
            const qint32 bit = 1 << field;
            qsizetype i = 0;
            while (i < text.size()) {
                while (i < text.size() && !isWordByte(text[i]))
                    ++i;
                const qsizetype start = i;
                while (i < text.size() && isWordByte(text[i]))
                    ++i;
                if (i == start)
                    continue;
                const QByteArray token = text.mid(start, i - start);
                auto it = ids.find(token);
                if (it == ids.end()) {
                    it = ids.insert(token, static_cast<qint32>(m_postings.size()));
                    m_starts.push_back(m_vocabulary.size());
                    m_vocabulary += token + '\n';
                    m_postings.emplace_back();
                    const QByteArray stem = wordforms::stem(token);
                    auto stemIt = m_stemIds.find(stem);
                    if (stemIt == m_stemIds.end()) {
                        stemIt = m_stemIds.insert(stem, static_cast<qint32>(m_tokensOfStem.size()));
                        m_tokensOfStem.emplace_back();
                        m_stems.append(stem);
                    }
                    m_stemOfToken.push_back(*stemIt);
                    m_tokensOfStem[*stemIt].push_back(*it);
                }
                std::vector<qint32> &postings = m_postings[*it];
                const auto posting = static_cast<qint32>(entry << maxFields);
                if (postings.empty() || entryOf(postings.back()) != entry)
                    postings.push_back(posting | bit);
                else
                    postings.back() |= bit;
            }
        }
    }
}

void WordIndex::markPart(const QByteArray &part, quint8 round, std::vector<quint8> &counts,
                         quint8 target) const
{
    // Every occurrence of part in the vocabulary belongs to one token; a token found twice is marked once.
    forEachTokenContaining(part, [&](qsizetype token, qsizetype) {
        for (qint32 posting : m_postings[token]) {
            quint8 &count = counts[entryOf(posting)];
            if (count == round)
                count = target;
        }
    });
}

bool WordIndex::mark(const QByteArray &word, quint8 round, std::vector<quint8> &counts) const
{
    QList<QByteArray> parts;
    qsizetype i = 0;
    while (i < word.size()) {
        while (i < word.size() && !isWordByte(word[i]))
            ++i;
        const qsizetype start = i;
        while (i < word.size() && isWordByte(word[i]))
            ++i;
        if (i > start)
            parts.append(word.mid(start, i - start));
    }
    const bool whole = parts.size() == 1 && parts.first().size() == word.size();
    // The counts of one word's parts live above 200 (see below); past 50 parts the caller checks the
    // text for the whole word anyway, so the first 50 narrow enough.
    constexpr qsizetype maxParts = 50;
    if (parts.size() > maxParts)
        parts.resize(maxParts);
    if (parts.isEmpty()) {
        // Only separators: every entry stays a candidate, to be checked for the word itself.
        for (quint8 &count : counts) {
            if (count == round)
                count = round + 1;
        }
        return false;
    }
    // Each part narrows the candidates in turn; parts of one word use the rounds above 200 among themselves.
    quint8 step = round;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        const bool last = p + 1 == parts.size();
        const quint8 target = last ? quint8(round + 1) : quint8(200 + p);
        markPart(parts[p], step, counts, target);
        if (!last) {
            // Entries that missed this part keep the old count; move the survivors on.
            step = target;
        }
    }
    // Candidates that fell behind on a middle part still carry a value above 200: reset them.
    if (parts.size() > 1) {
        for (quint8 &count : counts) {
            if (count >= 200)
                count = 0;
        }
    }
    return whole;
}

} // namespace smtpref
