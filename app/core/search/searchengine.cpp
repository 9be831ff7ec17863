#include "search/searchengine.h"

#include "catalog/entryfields.h"
#include "code/codequery.h"
#include "i18n/catalogtranslation.h"
#include "search/textfolding.h"

#include <QSet>

#include <algorithm>
#include <string_view>

namespace smtpref {
namespace {

// A query of more distinct words than this is a paste, not a search; the rest are not compared.
constexpr qsizetype maxQueryWords = 32;

// The texts an entry is found by, gathered from the fields entryfields.h marks SearchTitle (ranked
// as title matches) and Searchable (the body). A class list is found as the code in each class
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
            QStringList &parts = field.has(entryfields::SearchTitle) ? title : body;
            if constexpr (std::same_as<Member, QString> || std::same_as<Member, QStringList>) {
                parts << member;
            } else if constexpr (std::same_as<Member, QList<int>>) {
                for (int cls : member)
                    parts << m_entry.codeWithClass(cls);
            } // an enumeration is an id, not text: never searchable
        }
    }

    QStringList title;
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

// Byte position of word in text from position from on, or -1.
qsizetype find(const QByteArray &text, const QByteArray &word, qsizetype from = 0)
{
    // Portable, unlike memmem, and as fast here (see WordIndex::markPart).
    const std::size_t hit
        = std::string_view(text.constData(), std::size_t(text.size()))
              .find(std::string_view(word.constData(), std::size_t(word.size())), std::size_t(from));
    return hit == std::string_view::npos ? -1 : qsizetype(hit);
}

bool appliesTo(const QList<int> &classes, int cls)
{
    return cls < 0 || classes.contains(cls);
}

void improve(SearchMatch *match, MatchTier tier, int appliedClass)
{
    if (tier < match->tier)
        *match = { tier, appliedClass };
}

} // namespace

QString matchTierId(MatchTier tier)
{
    static const char16_t *const ids[]
        = { u"exact-code",      u"alternate-code", u"code-prefix", u"title-word-start",
            u"title-substring", u"other-text",     u"none" };
    return QString::fromUtf16(ids[static_cast<int>(tier)]);
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
        const QString title = foldForSearch(texts.title.join(u'\n'));
        const QString body = foldForSearch(texts.body.join(u'\n'));
        m_entries.append(
            { entry.code, entry.kind, entry.classes + entry.seenClasses, title.toUtf8(), body.toUtf8() });
    }
    if (m_currentLanguagePending)
        indexCurrentLanguage();
}

void SearchEngine::addSearchText(qsizetype entry, const QString &title, const QString &body)
{
    ensureIndexed();
    appendText(entry, title, body);
}

void SearchEngine::appendText(qsizetype entry, const QString &title, const QString &body) const
{
    IndexedEntry &indexed = m_entries[entry];
    const QString foldedTitle = foldForSearch(title);
    const QString foldedBody = foldForSearch(body);
    indexed.title += '\n' + foldedTitle.toUtf8();
    indexed.body += '\n' + foldedBody.toUtf8();
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
        appendText(i, texts.title.join(u'\n'), texts.body.join(u'\n'));
    }
}

QStringList SearchEngine::queryWords(QStringView query)
{
    const QString folded = foldForSearch(query.first(std::min(query.size(), maxQueryLength)));
    QStringList words;
    QSet<QString> seen;
    for (QStringView word : QStringView(folded).split(u' ', Qt::SkipEmptyParts)) {
        // Punctuation around a word ("auth," or "(greylisting)") is not part of it.
        while (!word.isEmpty() && !word.front().isLetterOrNumber())
            word = word.mid(1);
        while (!word.isEmpty() && !word.back().isLetterOrNumber())
            word.chop(1);
        if (word.isEmpty() || seen.contains(word.toString()))
            continue;
        seen.insert(word.toString());
        words << word.toString();
        if (words.size() == maxQueryWords)
            break;
    }
    return words;
}

void SearchEngine::matchCodes(const CodeQuery &query, QList<SearchMatch> *matches) const
{
    for (const CodeTerm &term : query.terms()) {
        switch (term.type) {
        case CodeTerm::Type::Exact:
        case CodeTerm::Type::DotlessReading:
            if (const qsizetype index = m_catalog.indexOf(term.code); index >= 0) {
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

void SearchEngine::matchWords(const QStringList &words, QList<SearchMatch> *matches) const
{
    if (words.isEmpty())
        return;
    if (m_words.isEmpty()) {
        QList<QByteArray> texts;
        texts.reserve(m_entries.size());
        for (const IndexedEntry &entry : std::as_const(m_entries))
            texts.append(entry.title + '\n' + entry.body);
        m_words.build(texts);
    }
    // The index finds the entries that hold every word; only their titles are read, for the ranking,
    // and their texts only for a word with separators inside ("5.7.26"), which the index matches by parts.
    QList<QByteArray> utf8Words;
    QList<bool> checkText;
    std::vector<quint8> counts(m_entries.size(), 0);
    for (const QString &word : words) {
        utf8Words.append(word.toUtf8());
        checkText.append(!m_words.mark(utf8Words.last(), quint8(utf8Words.size() - 1), counts));
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (counts[i] != utf8Words.size())
            continue;
        const IndexedEntry &entry = m_entries[i];
        MatchTier tier = MatchTier::TitleWordStart;
        for (qsizetype k = 0; k < utf8Words.size(); ++k) {
            const QByteArray &word = utf8Words[k];
            qsizetype pos = find(entry.title, word);
            if (pos < 0) {
                if (checkText[k] && find(entry.body, word) < 0) {
                    tier = MatchTier::None;
                    break;
                }
                tier = MatchTier::OtherText;
                continue;
            }
            while (pos >= 0 && !startsWord(entry.title, pos))
                pos = find(entry.title, word, pos + 1);
            if (pos < 0)
                tier = std::max(tier, MatchTier::TitleSubstring);
        }
        improve(&(*matches)[i], tier, -1);
    }
}

QList<SearchMatch> SearchEngine::matchAll(QStringView query) const
{
    QList<SearchMatch> matches(m_catalog.size());
    const QStringView trimmed = query.first(std::min(query.size(), maxQueryLength)).trimmed();
    if (trimmed.isEmpty()) {
        std::fill(matches.begin(), matches.end(), SearchMatch { MatchTier::ExactCode, -1 });
        return matches;
    }
    ensureIndexed();
    const CodeQuery codeQuery = CodeQuery::parse(trimmed);
    if (codeQuery.isCode())
        matchCodes(codeQuery, &matches);
    matchWords(queryWords(trimmed), &matches);
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
                     [](const SearchHit &a, const SearchHit &b) { return a.match.tier < b.match.tier; });
    return hits;
}

} // namespace smtpref
