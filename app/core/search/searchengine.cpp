#include "search/searchengine.h"

#include "catalog/entryfields.h"
#include "code/codequery.h"
#include "i18n/catalogtranslation.h"
#include "search/queryterms.h"
#include "search/textfolding.h"
#include "search/wordforms.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numeric>
#include <vector>

namespace smtpref {
namespace {

// The texts an entry is found by, gathered from the fields entryfields.h marks SearchTitle (ranked
// as title matches) and Searchable (the summary, and the body for the rest). A class list is found as the code in each class
// ("5.7.26" for X.7.26 in class 5). With onlyTranslatable, just the texts a translation replaces.
class SearchTexts
{
public:
    SearchTexts(const CatalogEntry &entry, bool onlyTranslatable)
        : m_entry(entry)
        , m_onlyTranslatable(onlyTranslatable)
    { }

    template<typename Member> void operator()(entryfields::Field field, const Member &member)
    {
        if constexpr (entryfields::isRecordList<Member>) {
            for (const auto &record : member)
                entryfields::visitRecordFields(*this, record);
        } else {
            const bool found = field.has(entryfields::SearchTitle) || field.has(entryfields::Searchable);
            if (!found || (m_onlyTranslatable && !field.has(entryfields::Translatable)))
                return;
            // The summary ranks between the title and the long texts.
            QStringList &parts = field.has(entryfields::SearchTitle) ? title
                : field.name == u"summary"                          ? summary
                                                                    : body;
            if constexpr (std::same_as<Member, QString> || std::same_as<Member, QStringList>) {
                parts << member;
            } else if constexpr (std::same_as<Member, QList<int>>) {
                for (int cls : member)
                    parts << m_entry.codeWithClass(cls);
            } // an enumeration is an id, not text: never searchable
        }
    }

    QStringList title;
    QStringList summary;
    QStringList body;

private:
    const CatalogEntry &m_entry;
    bool m_onlyTranslatable;
};

SearchTexts searchTexts(const CatalogEntry &entry, bool onlyTranslatable)
{
    SearchTexts texts(entry, onlyTranslatable);
    entryfields::visitEntryFields(texts, entry);
    return texts;
}

// How a word matched one token of the index, from worst to best.
enum class WordKind : quint8 { Inside, Typo, Prefix, Form, Exact, Count };
constexpr int kindWeights[] = { 3, 5, 6, 9, 10 };
// The fields of IndexedEntry, in WordIndex order: title (with keywords, error texts), summary, body.
constexpr int fieldWeights[] = { 4, 2, 1 };
constexpr int fieldCount = 3;
constexpr int kindCount = int(WordKind::Count);

// A word's best match in one entry, kept in one byte per entry and word: a grade, 1 and up, that
// orders like the weight of its field and kind, so that the best match is the highest grade.
struct Grade
{
    int weight = 0;
    int field = fieldCount;
    WordKind kind = WordKind::Inside;
};

struct Grades
{
    std::array<Grade, kindCount * fieldCount + 1> byGrade; // [0] is no match
    std::array<std::array<quint8, 1 << WordIndex::maxFields>, kindCount> byKindAndFields {};

    Grades()
    {
        std::vector<Grade> all;
        for (int kind = 0; kind < kindCount; ++kind) {
            for (int field = 0; field < fieldCount; ++field)
                all.push_back({ kindWeights[kind] * fieldWeights[field], field, WordKind(kind) });
        }
        // Equal weights: the title's match is the better one.
        std::sort(all.begin(), all.end(), [](const Grade &a, const Grade &b) {
            return a.weight != b.weight ? a.weight < b.weight : a.field > b.field;
        });
        for (size_t i = 0; i < all.size(); ++i)
            byGrade[i + 1] = all[i];
        for (int kind = 0; kind < kindCount; ++kind) {
            for (int fields = 1; fields < (1 << WordIndex::maxFields); ++fields) {
                quint8 best = 0;
                for (size_t g = 1; g < byGrade.size(); ++g) {
                    if (int(byGrade[g].kind) == kind && (fields & (1 << byGrade[g].field)))
                        best = quint8(g);
                }
                byKindAndFields[kind][fields] = best;
            }
        }
    }
};

const Grades &grades()
{
    static const Grades table;
    return table;
}

// Only so many of the best entries are read for words near each other: on a catalog of 100 000
// entries a keystroke could not read them all, and the order below them matters little.
constexpr qsizetype maxPhraseChecks = 1000;
constexpr double quotedPhraseBonus = 10000; // more than any score of words alone
// Words this many bytes apart or fewer are near each other: "relay access denied" for relay denied.
constexpr qsizetype nearBytes = 12;

qsizetype endOfWord(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && WordIndex::isWordByte(text[pos]))
        ++pos;
    return pos;
}

// Whether text holds a then b with at most nearBytes between them (2), or b then a (1), or neither (0).
int nearness(QByteArrayView text, QByteArrayView a, QByteArrayView b)
{
    int found = 0;
    for (qsizetype at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
        const qsizetype after = endOfWord(text, at + a.size());
        const qsizetype next = text.indexOf(b, after);
        if (next >= 0 && next - after <= nearBytes)
            return 2;
        const qsizetype from = std::max<qsizetype>(0, at - nearBytes - b.size() - 16);
        const qsizetype before = text.sliced(from, at - from).lastIndexOf(b);
        if (before >= 0 && at - endOfWord(text, from + before + b.size()) <= nearBytes)
            found = 1;
    }
    return found;
}

// Latin letters only: the words that typos and suggestions are for (never digits, never Japanese).
bool isPlainWord(QByteArrayView word)
{
    return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool appliesTo(const QList<int> &classes, int cls)
{
    return cls < 0 || classes.contains(cls);
}

void improve(SearchMatch *match, MatchTier tier, int appliedClass)
{
    if (tier < match->tier) {
        match->tier = tier;
        match->appliedClass = appliedClass;
    }
}

// The order of groups: each code tier, every word, most words, nothing.
int rankGroup(MatchTier tier)
{
    switch (tier) {
    case MatchTier::ExactCode:
    case MatchTier::AlternateCode:
    case MatchTier::CodePrefix:
        return int(tier);
    case MatchTier::MostWords:
        return 4;
    case MatchTier::None:
        return 5;
    default:
        return 3;
    }
}

constexpr int providerWeightPercent = 60;

// Words separated by spaces, counted without building a list on a keystroke's path.
qsizetype wordCount(QStringView text)
{
    qsizetype words = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u' ' && (i == 0 || text[i - 1] == u' '))
            ++words;
    }
    return words;
}

} // namespace

QString matchTierId(MatchTier tier)
{
    static const char16_t *const ids[]
        = { u"exact-code",      u"alternate-code", u"code-prefix", u"title-word-start",
            u"title-substring", u"other-text",     u"most-words",  u"none" };
    return QString::fromUtf16(ids[static_cast<int>(tier)]);
}

bool ranksBefore(const SearchMatch &a, const SearchMatch &b)
{
    const int groupA = rankGroup(a.tier);
    const int groupB = rankGroup(b.tier);
    if (groupA != groupB)
        return groupA < groupB;
    // Code forms keep their own order: "550 5.7.1" lists 550, then 5.7.1.
    return groupA >= rankGroup(MatchTier::TitleWordStart) && a.score > b.score;
}

SearchEngine::SearchEngine(const Catalog &catalog)
    : m_catalog(catalog)
{ }

void SearchEngine::ensureIndexed() const
{
    if (m_indexed)
        return;
    m_indexed = true;
    m_entries.reserve(m_catalog.size());
    for (const CatalogEntry &entry : m_catalog.entries()) {
        const SearchTexts texts = searchTexts(entry, false);
        m_entries.append({ entry.code, entry.kind, entry.classes + entry.seenClasses, entry.isProviderCode(),
                           foldForSearch(texts.title.join(u'\n')).toUtf8(),
                           foldForSearch(texts.summary.join(u'\n')).toUtf8(),
                           foldForSearch(texts.body.join(u'\n')).toUtf8() });
    }
    if (m_currentLanguagePending)
        indexCurrentLanguage();
}

void SearchEngine::ensureWordIndex() const
{
    if (!m_words.isEmpty())
        return;
    QList<QByteArrayList> fields;
    fields.reserve(m_entries.size());
    for (const IndexedEntry &entry : std::as_const(m_entries))
        fields.append({ entry.title, entry.summary, entry.body });
    m_words.build(fields);
}

void SearchEngine::addSearchText(qsizetype entry, const QString &title, const QString &body)
{
    ensureIndexed();
    appendText(entry, title, QString(), body);
}

void SearchEngine::appendText(qsizetype entry, const QString &title, const QString &summary,
                              const QString &body) const
{
    IndexedEntry &indexed = m_entries[entry];
    indexed.title += '\n' + foldForSearch(title).toUtf8();
    indexed.summary += '\n' + foldForSearch(summary).toUtf8();
    indexed.body += '\n' + foldForSearch(body).toUtf8();
    m_words = WordIndex(); // rebuilt, with the new texts, by the next search
}

void SearchEngine::addCurrentLanguage()
{
    // With the rest of the index, on the first search that needs it: folding every translated text
    // here would hold up the window of everyone who does not use it in English.
    m_currentLanguagePending = CatalogTranslation::isActive();
    if (m_indexed && m_currentLanguagePending)
        indexCurrentLanguage();
}

void SearchEngine::indexCurrentLanguage() const
{
    m_currentLanguagePending = false;
    for (qsizetype i = 0; i < m_catalog.size(); ++i) {
        const SearchTexts texts = searchTexts(CatalogTranslation::localized(m_catalog.at(i)), true);
        appendText(i, texts.title.join(u'\n'), texts.summary.join(u'\n'), texts.body.join(u'\n'));
    }
}

QStringList SearchEngine::queryWords(QStringView query)
{
    const QueryTerms terms = readQueryTerms(query.first(std::min(query.size(), maxQueryLength)));
    QStringList words;
    for (const QueryWord &word : terms.words) {
        if (!word.optional)
            words << QString::fromUtf8(word.root());
    }
    return words;
}

void SearchEngine::matchCodes(const QList<CodeTerm> &terms, QList<SearchMatch> *matches) const
{
    for (const CodeTerm &term : terms) {
        switch (term.type) {
        case CodeTerm::Type::Exact:
        case CodeTerm::Type::DotlessReading:
            if (const qsizetype index = m_catalog.indexOfCode(ReplyCode::parse(term.code).withClass(term.cls));
                index >= 0) {
                improve(&(*matches)[index],
                        term.type == CodeTerm::Type::Exact ? MatchTier::ExactCode : MatchTier::AlternateCode,
                        term.cls);
            }
            break;
        case CodeTerm::Type::Prefix:
            for (qsizetype i = 0; i < m_entries.size(); ++i) {
                const IndexedEntry &entry = m_entries[i];
                if (entry.code.startsWith(term.code) && entry.code != term.code
                    && (entry.kind == CodeKind::Basic || appliesTo(entry.classes, term.cls)))
                    improve(&(*matches)[i], MatchTier::CodePrefix, term.cls);
            }
            break;
        case CodeTerm::Type::ClassWildcard:
            for (qsizetype i = 0; i < m_entries.size(); ++i) {
                if (m_entries[i].classes.contains(term.cls)) {
                    const bool enhanced = m_entries[i].kind == CodeKind::Enhanced;
                    improve(&(*matches)[i], MatchTier::CodePrefix, enhanced ? term.cls : -1);
                }
            }
            break;
        }
    }
}

void SearchEngine::gradeWord(const QueryWord &word, std::vector<quint8> *best) const
{
    const Grades &table = grades();
    auto mark = [&](qsizetype token, WordKind kind) {
        const auto &byFields = table.byKindAndFields[int(kind)];
        for (qint32 posting : m_words.postings(token)) {
            const quint8 grade = byFields[WordIndex::fieldsOf(posting)];
            quint8 &current = (*best)[WordIndex::entryOf(posting)];
            if (grade > current)
                current = grade;
        }
    };
    if (word.insideWords) {
        // Japanese and Chinese write words without spaces: inside a token is where they are.
        m_words.forEachTokenContaining(word.text, [&](qsizetype token, qsizetype) { mark(token, WordKind::Exact); });
        return;
    }
    bool found = false; // anywhere: a typo is looked for only when the word is nowhere
    const qint32 stemId = m_words.stemId(word.stem);
    if (stemId >= 0) {
        for (qint32 token : m_words.tokensOfStem(stemId))
            mark(token, m_words.token(token) == word.text ? WordKind::Exact : WordKind::Form);
        found = true;
    }
    const QByteArray root = word.root();
    if (root.size() < 3) {
        // One or two letters are the start of a word being typed; inside words they are noise.
        m_words.forEachTokenStartingWith(root, [&](qsizetype token) {
            if (m_words.stemIdOf(token) != stemId)
                mark(token, WordKind::Prefix);
            found = true;
        });
    } else {
        // A word the catalog holds as a word is not looked for inside others: "rate" in "separate".
        const bool wholeWord = stemId >= 0;
        m_words.forEachTokenContaining(root, [&](qsizetype token, qsizetype offset) {
            if (m_words.stemIdOf(token) == stemId || (offset > 0 && wholeWord))
                return;
            mark(token, offset == 0 ? WordKind::Prefix : WordKind::Inside);
            found = true;
        });
    }
    // One typo in a longer word: compared as stems, so that "blacklsited" finds "blacklisted", and as
    // whole words, for a typo in the ending that hides it ("greylistng" has no ending to strip).
    constexpr qsizetype typoLength = 5;
    if (found || word.text.size() < typoLength || !isPlainWord(word.text))
        return;
    for (qint32 id = 0; id < m_words.stemCount(); ++id) {
        const QByteArrayView stem = m_words.stem(id);
        if (stem.size() < typoLength - 1)
            continue;
        const bool stemIsClose = wordforms::withinEdits(word.stem, stem, 1);
        for (qint32 token : m_words.tokensOfStem(id)) {
            if (stemIsClose || wordforms::withinEdits(word.text, m_words.token(token), 1))
                mark(token, WordKind::Typo);
        }
    }
}

void SearchEngine::matchWords(const QList<QueryWord> &queryWords, QList<SearchMatch> *matches,
                              QByteArrayView phrase) const
{
    QList<QueryWord> words;
    for (const QueryWord &word : queryWords) {
        if (!word.optional)
            words.append(word);
    }
    if (words.isEmpty())
        return;
    ensureWordIndex();
    const qsizetype entryCount = m_entries.size();
    std::vector<std::vector<quint8>> best(words.size(), std::vector<quint8>(entryCount, 0));
    // A word the catalog does not hold tells nothing about one entry: in a pasted line it is left
    // out of the count; in a short query, which names what it wants, nothing matches.
    std::vector<double> weights(words.size(), 0.0);
    // The query word each compared word stands for: a compound's pairs stand for the compound.
    std::vector<int> groups(words.size());
    std::iota(groups.begin(), groups.end(), 0);
    const qsizetype groupCount = words.size();
    quint32 knownGroups = 0;
    for (qsizetype k = 0; k < words.size(); ++k) {
        gradeWord(words[k], &best[k]);
        const auto holding = std::count_if(best[k].begin(), best[k].end(), [](quint8 g) { return g > 0; });
        const QString cjk = words[k].insideWords ? QString::fromUtf8(words[k].text) : QString();
        if (holding == 0 && cjk.size() >= 3 && words.size() < maxQueryWords) {
            // A Japanese or Chinese compound the texts do not hold as written ("宛先不明"): its
            // pairs of characters, as a search without a dictionary reads such text.
            for (qsizetype c = 0; c + 1 < cjk.size(); ++c) {
                const QByteArray pair = cjk.sliced(c, 2).toUtf8();
                words.append({ pair, pair, true, false });
                best.emplace_back(entryCount, 0);
                weights.push_back(0.0);
                groups.push_back(groups[k]);
            }
        }
        if (holding > 0) {
            // Rarer words weigh more: "dmarc" says more than "mail".
            weights[k] = std::log(1.0 + double(entryCount) / double(holding));
            knownGroups |= 1u << groups[k];
        }
    }
    const qsizetype known = std::popcount(knownGroups);
    constexpr qsizetype pastedWords = 3;
    const bool pasted = groupCount >= pastedWords;
    if (known == 0 || (!pasted && known < groupCount))
        return;
    const qsizetype needed = pasted ? known / 2 + 1 : known;

    const Grades &table = grades();
    std::vector<qint32> candidates;
    std::vector<int> scores(entryCount, 0);
    std::vector<bool> allWords(entryCount, false);
    std::vector<bool> quoted(entryCount, false); // holds the pasted phrase word for word
    for (qsizetype i = 0; i < entryCount; ++i) {
        quint32 matched = 0;
        double score = 0;
        for (qsizetype k = 0; k < words.size(); ++k) {
            if (const quint8 grade = best[k][i]) {
                matched |= 1u << groups[k];
                score += weights[k] * table.byGrade[grade].weight;
            }
        }
        if (std::popcount(matched) < needed)
            continue;
        scores[i] = int(std::lround(score * 10));
        allWords[i] = matched == knownGroups;
        candidates.push_back(qint32(i));
    }
    // Words near each other, in the title or the summary, for the best entries that hold them all.
    if (words.size() > 1) {
        std::vector<qint32> phraseChecks = candidates;
        if (qsizetype(phraseChecks.size()) > maxPhraseChecks) {
            std::nth_element(phraseChecks.begin(), phraseChecks.begin() + maxPhraseChecks, phraseChecks.end(),
                             [&](qint32 a, qint32 b) { return scores[a] > scores[b]; });
            phraseChecks.resize(maxPhraseChecks);
        }
        QList<QByteArray> roots;
        for (const QueryWord &word : words)
            roots.append(word.root());
        for (qint32 i : phraseChecks) {
            const IndexedEntry &entry = m_entries[i];
            double bonus = 0;
            for (qsizetype k = 0; k + 1 < words.size(); ++k) {
                if (!best[k][i] || !best[k + 1][i])
                    continue;
                const double pairWeight = weights[k] + weights[k + 1];
                if (const int inTitle = nearness(entry.title, roots[k], roots[k + 1]))
                    bonus += pairWeight * fieldWeights[0] * 5 * inTitle;
                else if (const int inSummary = nearness(entry.summary, roots[k], roots[k + 1]))
                    bonus += pairWeight * fieldWeights[1] * 5 * inSummary;
            }
            // The reply pasted as a provider or server prints it, quoted word for word by this entry:
            // that entry is the answer, before any that only holds the same words.
            if (!phrase.isEmpty()
                && (entry.title.contains(phrase) || entry.summary.contains(phrase) || entry.body.contains(phrase))) {
                bonus += quotedPhraseBonus;
                quoted[i] = true;
            }
            scores[i] += int(std::lround(bonus * 10));
        }
    }
    for (qint32 i : candidates) {
        MatchTier tier = allWords[i] || quoted[i] ? MatchTier::TitleWordStart : MatchTier::MostWords;
        // A phrase quoted word for word counts as a title match, wherever the entry quotes it.
        for (qsizetype k = 0; k < words.size() && allWords[i] && !quoted[i]; ++k) {
            const Grade &grade = table.byGrade[best[k][i]];
            if (!best[k][i])
                continue;
            if (grade.field != 0)
                tier = std::max(tier, MatchTier::OtherText);
            else if (grade.kind == WordKind::Inside)
                tier = std::max(tier, MatchTier::TitleSubstring);
        }
        SearchMatch &match = (*matches)[i];
        // Words that fit a standard code and one provider's variant of it ("blacklisted ip": 554 and
        // Microsoft's 5.7.606) answer with the standard code first; a provider's own words ("banned
        // sending IP") still bring its code up, since they match it far better.
        match.score = m_entries[i].providerCode ? scores[i] * providerWeightPercent / 100 : scores[i];
        improve(&match, tier, -1);
    }
}

QList<SearchMatch> SearchEngine::matchAll(QStringView query) const
{
    QList<SearchMatch> matches(m_catalog.size());
    const QStringView trimmed = query.first(std::min(query.size(), maxQueryLength)).trimmed();
    if (trimmed.isEmpty()) {
        std::fill(matches.begin(), matches.end(), SearchMatch { MatchTier::ExactCode, -1, 0 });
        return matches;
    }
    ensureIndexed();
    const CodeQuery codeQuery = CodeQuery::parse(trimmed);
    if (codeQuery.isCode()) {
        matchCodes(codeQuery.terms(), &matches);
        // The digits of a code are found in the texts that mention it too, after the code itself.
        QList<QueryWord> digits;
        for (QStringView part : trimmed.split(u' ', Qt::SkipEmptyParts)) {
            if (std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
                digits.append({ part.toUtf8(), part.toUtf8(), false, false });
        }
        matchWords(digits, &matches);
        return matches;
    }
    // A provider's tag ("TSS04") is that entry's code; the texts that quote it come after.
    if (const qsizetype tag = m_catalog.indexOfTag(trimmed); tag >= 0)
        improve(&matches[tag], MatchTier::ExactCode, -1);
    const QueryTerms terms = readQueryTerms(trimmed);
    matchCodes(terms.codes, &matches);
    constexpr qsizetype pastedPhraseWords = 4;
    const QByteArray phrase = wordCount(trimmed) >= pastedPhraseWords ? foldForSearch(trimmed).toUtf8() : QByteArray();
    matchWords(terms.words, &matches, phrase);
    return matches;
}

QList<SearchHit> SearchEngine::search(QStringView query) const
{
    const QList<SearchMatch> matches = matchAll(query);
    QList<SearchHit> hits;
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (matches[i].tier != MatchTier::None)
            hits.append({ i, matches[i] });
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return ranksBefore(a.match, b.match); });
    return hits;
}

QString SearchEngine::suggestion(QStringView query) const
{
    const QStringView trimmed = query.first(std::min(query.size(), maxQueryLength)).trimmed();
    if (trimmed.isEmpty() || CodeQuery::parse(trimmed).isCode())
        return {};
    ensureIndexed();
    ensureWordIndex();
    const QueryTerms terms = readQueryTerms(trimmed);
    QStringList words;
    bool changed = false;
    for (const QueryWord &word : terms.words) {
        std::vector<quint8> best(m_entries.size(), 0);
        if (!word.optional)
            gradeWord(word, &best);
        const bool found = std::any_of(best.begin(), best.end(), [](quint8 g) { return g > 0; });
        QByteArray replacement = word.text;
        if (!found && !word.optional && word.text.size() >= 3 && isPlainWord(word.text)) {
            // The nearest word of the catalog, two edits at most; of equals the most used one.
            int bestDistance = 3;
            qsizetype bestUse = 0;
            for (qsizetype token = 0; token < m_words.tokenCount(); ++token) {
                const QByteArrayView candidate = m_words.token(token);
                if (candidate.size() < 3 || !isPlainWord(candidate))
                    continue;
                for (int distance = 1; distance < bestDistance || (distance == bestDistance && distance <= 2);
                     ++distance) {
                    if (!wordforms::withinEdits(word.text, candidate, distance))
                        continue;
                    const qsizetype use = qsizetype(m_words.postings(token).size());
                    if (distance < bestDistance || use > bestUse) {
                        bestDistance = distance;
                        bestUse = use;
                        replacement = candidate.toByteArray();
                    }
                    break;
                }
            }
            changed = changed || replacement != word.text;
        }
        words << QString::fromUtf8(replacement);
    }
    return changed ? words.join(u' ') : QString();
}

QString SearchEngine::didYouMean(QStringView query) const
{
    const QString nearest = suggestion(query);
    return nearest.isEmpty() ? QString() : tr("Did you mean “%1”?").arg(nearest);
}

} // namespace smtpref
