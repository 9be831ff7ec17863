// Why a result matched when its title does not say: a short piece of the entry's text around the
// searched words, with the words marked, for the result list's second line.
#pragma once

#include "catalog/catalogentry.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <utility>

namespace smtpref {

struct Excerpt
{
    // Cut at word boundaries (any character in text without spaces: Japanese, Chinese), with "…"
    // where it was cut. Empty when there is nothing to show.
    QString text;
    // The searched words in text, as [start, length) ranges, in order and not overlapping.
    QList<std::pair<qsizetype, qsizetype>> highlights;

    bool isEmpty() const { return text.isEmpty(); }

    // About this many columns: a Latin letter takes one, a Chinese, Japanese or Korean character two.
    static constexpr qsizetype defaultWidth = 100;

    // The excerpt of entry (as the row shows it, in the interface language) for the folded words
    // (SearchEngine::queryWords), or an empty one when the title holds every word. The curated keywords
    // and error texts are preferred, then the summary, then the other texts. original is the
    // catalog's English entry, searched too since the search finds entries by their English words
    // whatever the interface language; pass entry itself when there is no translation.
    static Excerpt find(const CatalogEntry &entry, const CatalogEntry &original, const QStringList &foldedWords,
                        qsizetype width = defaultWidth);
};

} // namespace smtpref

Q_DECLARE_METATYPE(smtpref::Excerpt)
