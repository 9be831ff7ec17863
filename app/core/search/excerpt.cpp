#include "search/excerpt.h"

#include "search/textfolding.h"

#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// The texts an excerpt may come from; a lower preference wins among texts that show as many words.
struct Candidate
{
    int preference;
    QString text;
};

void appendTexts(const CatalogEntry &entry, bool withTitle, QList<Candidate> *texts)
{
    // The curated keywords and error texts are what people type that the prose lacks: shown first,
    // since they say best why an entry with another title was found.
    if (withTitle)
        texts->append({ 0, entry.title });
    if (!entry.keywords.isEmpty())
        texts->append({ 0, entry.keywords.join(u", ") });
    for (const QString &text : entry.errorTexts)
        texts->append({ 0, text });
    texts->append({ 1, entry.summary });
    for (const QString &text : { entry.whenSeen, entry.howToFix, entry.retry })
        texts->append({ 2, text });
    for (const QString &cause : entry.causes)
        texts->append({ 2, cause });
    for (const DiagnosticCheck &check : entry.checks)
        texts->append({ 2, check.step });
    for (const ProviderUsage &usage : entry.providers) {
        texts->append({ 2, usage.meaning });
        texts->append({ 2, usage.sample });
    }
}

// The form of word that folded text holds: the word itself, or (for a word of five letters or more)
// its stem, so that "blocked" still shows "blocking" ("blocks", "listed", ...). Empty when neither.
QString formIn(const QString &folded, const QString &word)
{
    if (folded.contains(word))
        return word;
    if (word.size() < 5)
        return {};
    for (QStringView ending : { u"ing", u"ed", u"es", u"s" }) {
        if (word.endsWith(ending) && word.size() - ending.size() >= 4) {
            const QString stem = word.chopped(ending.size());
            return folded.contains(stem) ? stem : QString();
        }
    }
    return {};
}

// Columns a character takes: two for the wide scripts, so that a budget fits as much Japanese as
// the row has room for, not twice that.
int columns(QChar c)
{
    if (c.isLowSurrogate())
        return 0;
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return 2;
    default:
        return c.unicode() >= 0xFF01 && c.unicode() <= 0xFF60 ? 2 : 1; // full-width forms
    }
}

bool isTrimmed(QChar c)
{
    return c.isSpace() || c == u',' || c == u';' || c == u':' || c == u'、' || c == u'，';
}

struct Hit
{
    qsizetype start;
    qsizetype end;
    qsizetype word;
};

// [start, end) of text to show: the whole text when it fits, else the stretch of width columns that
// holds the most different words, starting a little before the first, at word boundaries.
std::pair<qsizetype, qsizetype> window(const QString &text, const QList<Hit> &hits, qsizetype width)
{
    QList<qsizetype> column(text.size() + 1, 0); // columns before each position
    for (qsizetype i = 0; i < text.size(); ++i)
        column[i + 1] = column[i] + columns(text[i]);
    if (column.last() <= width)
        return { 0, text.size() };

    const qsizetype lead = width / 5; // context before the first word shown
    const Hit *anchor = &hits.first();
    qsizetype bestWords = 0;
    for (const Hit &candidate : hits) {
        const qsizetype limit = std::max(column[candidate.start] - lead, qsizetype(0)) + width;
        QList<qsizetype> words;
        for (const Hit &hit : hits) {
            if (hit.start >= candidate.start && column[hit.end] <= limit && !words.contains(hit.word))
                words.append(hit.word);
        }
        if (words.size() > bestWords) {
            bestWords = words.size();
            anchor = &candidate;
        }
    }

    QTextBoundaryFinder boundaries(QTextBoundaryFinder::Word, text);
    const auto isBoundary = [&](qsizetype position) {
        boundaries.setPosition(position);
        return boundaries.isAtBoundary();
    };
    qsizetype start = 0;
    while (start < anchor->start && column[anchor->start] - column[start] > lead)
        ++start;
    qsizetype end = start;
    while (end < text.size() && column[end + 1] - column[start] <= width)
        ++end;
    if (end == text.size()) { // the tail fits: show as much before the word as the width allows
        while (start > 0 && column[end] - column[start - 1] <= width)
            --start;
    }
    // Whole words only: the start moves forward, the end back, never past the anchored word.
    while (start < anchor->start && !isBoundary(start))
        ++start;
    while (end > anchor->end && end < text.size() && !isBoundary(end))
        --end;
    while (start < anchor->start && isTrimmed(text[start]))
        ++start;
    while (end > anchor->end && isTrimmed(text[end - 1]))
        --end;
    return { start, end };
}

// The search compares roots ("greylist" for "greylisting", "boît" for "boîte"): the highlight covers
// the rest of the word too. Scripts written without spaces have no word end to reach for.
qsizetype wholeWordLength(const QString &text, qsizetype start, qsizetype length)
{
    auto isSpaceless = [](QChar c) {
        const QChar::Script script = c.script();
        return script == QChar::Script_Han || script == QChar::Script_Hiragana
            || script == QChar::Script_Katakana || script == QChar::Script_Thai;
    };
    qsizetype end = start + length;
    if (end == start || isSpaceless(text[end - 1]))
        return length;
    while (end < text.size() && text[end].isLetterOrNumber() && !isSpaceless(text[end]))
        ++end;
    return end - start;
}

} // namespace

Excerpt Excerpt::find(const CatalogEntry &entry, const CatalogEntry &original, const QStringList &foldedWords,
                      qsizetype width)
{
    // The words the title does not show are the ones to explain.
    const QString title = foldForSearch(entry.title);
    QStringList missing;
    for (const QString &word : foldedWords) {
        if (!word.isEmpty() && formIn(title, word).isEmpty())
            missing << word;
    }
    if (missing.isEmpty())
        return {};

    QList<Candidate> texts;
    appendTexts(entry, false, &texts);
    if (&original != &entry && !(original == entry))
        appendTexts(original, original.title != entry.title, &texts);
    std::stable_sort(texts.begin(), texts.end(),
                     [](const Candidate &a, const Candidate &b) { return a.preference < b.preference; });

    const QString *best = nullptr;
    qsizetype bestCount = 0;
    for (const Candidate &candidate : std::as_const(texts)) {
        if (candidate.text.isEmpty())
            continue;
        const QString folded = foldForSearch(candidate.text);
        const auto count = std::count_if(missing.cbegin(), missing.cend(),
                                         [&](const QString &word) { return !formIn(folded, word).isEmpty(); });
        if (count > bestCount) {
            bestCount = count;
            best = &candidate.text;
        }
    }
    if (!best)
        return {};

    // Every searched word is marked, the title's too; the window is placed by the words it explains.
    const QString folded = foldForSearch(*best);
    QStringList forms;
    QList<Hit> hits;
    for (const QString &word : foldedWords) {
        const QString form = formIn(folded, word);
        if (form.isEmpty())
            continue;
        forms << form;
        if (!missing.contains(word))
            continue;
        for (const auto &[start, length] : matchRanges(*best, { form }))
            hits.append({ start, start + length, missing.indexOf(word) });
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.start < b.start; });
    const auto [start, end] = window(*best, hits, width);

    Excerpt excerpt;
    const QString shown = best->mid(start, end - start);
    const qsizetype offset = start > 0 ? 1 : 0;
    excerpt.text = (start > 0 ? u"…"_s : QString()) + shown + (end < best->size() ? u"…"_s : QString());
    for (const auto &[rangeStart, length] : matchRanges(shown, forms))
        excerpt.highlights.append({ rangeStart + offset, wholeWordLength(shown, rangeStart, length) });
    return excerpt;
}

} // namespace smtpref
