#include "search/queryterms.h"

#include "search/textfolding.h"
#include "search/wordforms.h"

#include <QSet>

#include <algorithm>

namespace smtpref {
namespace {

enum class Script { Other, Han, Katakana, Hiragana };

Script scriptOf(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
        return Script::Han;
    case QChar::Script_Katakana:
        return Script::Katakana;
    case QChar::Script_Hiragana:
        return Script::Hiragana;
    default:
        // The long vowel mark of katakana (メール) is of no script of its own.
        return c == u'\u30FC' ? Script::Katakana : Script::Other;
    }
}

// "550", "5.1.1", "550-5.1.1": reply codes, never words. Only exact codes count: a pasted line holds
// numbers ("try again in 55 seconds") that are no prefixes.
bool readCodes(QStringView chunk, QList<CodeTerm> *codes)
{
    if (chunk.isEmpty() || !chunk.front().isDigit())
        return false;
    const CodeQuery query = CodeQuery::parse(chunk);
    if (!query.isCode())
        return false;
    const auto exact = [](const CodeTerm &term) { return term.type == CodeTerm::Type::Exact; };
    if (std::none_of(query.terms().begin(), query.terms().end(), exact))
        return false;
    // "550" beside words is the reply code, not 5.5.0 without its dots; "5.1.1" is not the start
    // of 5.1.10.
    for (const CodeTerm &term : query.terms()) {
        if (term.type == CodeTerm::Type::Exact && !codes->contains(term))
            codes->append(term);
    }
    return true;
}

// user@example.com, 192.0.2.1, [2001:db8::1], mx.example.com[192.0.2.1], zen.spamhaus.org: they name
// this message's parties, not the kind of failure.
bool namesAPlace(QStringView chunk)
{
    if (chunk.contains(u'@'))
        return true;
    for (qsizetype i = 1; i + 1 < chunk.size(); ++i) {
        const bool separator = chunk[i] == u'.' || chunk[i] == u':';
        if (separator && chunk[i - 1].isLetterOrNumber() && chunk[i + 1].isLetterOrNumber())
            return true;
    }
    return false;
}

QStringView trimmedToWord(QStringView chunk)
{
    while (!chunk.isEmpty() && !chunk.front().isLetterOrNumber())
        chunk = chunk.mid(1);
    while (!chunk.isEmpty() && !chunk.back().isLetterOrNumber())
        chunk.chop(1);
    return chunk;
}

class WordCollector
{
public:
    explicit WordCollector(QList<QueryWord> *words)
        : m_words(words)
    { }

    // One run of letters and digits: Japanese and Chinese split where the script changes, since
    // their text has no spaces ("DMARCで拒否された": dmarc, で, 拒否, された).
    void addRun(QStringView run)
    {
        qsizetype start = 0;
        for (qsizetype i = 1; i <= run.size(); ++i) {
            if (i < run.size() && scriptOf(run[i]) == scriptOf(run[start]))
                continue;
            const Script script = scriptOf(run[start]);
            add(run.sliced(start, i - start), script);
            start = i;
        }
    }

    bool full() const { return m_words->size() >= maxQueryWords; }

private:
    void add(QStringView word, Script script)
    {
        const QByteArray text = word.toUtf8();
        if (full() || m_seen.contains(text))
            return;
        m_seen.insert(text);
        QueryWord queryWord;
        queryWord.text = text;
        queryWord.stem = wordforms::stem(text);
        queryWord.insideWords = script != Script::Other;
        queryWord.optional = script == Script::Hiragana || wordforms::isStopWord(text);
        m_words->append(queryWord);
    }

    QList<QueryWord> *m_words;
    QSet<QByteArray> m_seen;
};

} // namespace

QByteArray QueryWord::root() const
{
    qsizetype shared = 0;
    while (shared < text.size() && shared < stem.size() && text[shared] == stem[shared])
        ++shared;
    return shared >= 3 ? text.first(shared) : text;
}

QueryTerms readQueryTerms(QStringView query)
{
    QueryTerms terms;
    const QString folded = foldForSearch(query);
    WordCollector collector(&terms.words);
    for (QStringView chunk : QStringView(folded).split(u' ', Qt::SkipEmptyParts)) {
        chunk = trimmedToWord(chunk);
        if (chunk.isEmpty() || readCodes(chunk, &terms.codes) || namesAPlace(chunk))
            continue;
        // The rest splits at anything not a letter or digit: "doesn't", "type=mx", "<cr><lf>".
        qsizetype i = 0;
        while (i < chunk.size() && !collector.full()) {
            while (i < chunk.size() && !chunk[i].isLetterOrNumber() && !chunk[i].isMark())
                ++i;
            const qsizetype start = i;
            while (i < chunk.size() && (chunk[i].isLetterOrNumber() || chunk[i].isMark()))
                ++i;
            if (i > start)
                collector.addRun(chunk.sliced(start, i - start));
        }
        if (collector.full())
            break;
    }
    // Stop words decide nothing only beside other words: "the" alone, or "a" being typed, is searched.
    const bool onlyOptional
        = std::all_of(terms.words.begin(), terms.words.end(), [](const QueryWord &w) { return w.optional; });
    if (onlyOptional) {
        for (QueryWord &word : terms.words)
            word.optional = false;
    }
    return terms;
}

} // namespace smtpref
