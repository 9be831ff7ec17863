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

} // namespace smtpref
