// Search compares folded text: case-folded, compatibility-normalised, Latin without accents, so that
// "Résumé" matches "resume", "５５０" matches "550" and "ĐƯỢC" matches "duoc".
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace smtpref {

QString foldForSearch(QStringView text);

// True when position pos of folded text starts a word (the text before it is not a letter or digit).
bool startsWord(QStringView text, qsizetype pos);

// Where the folded words occur in text, as [start, length) ranges of text itself (not of its folded
// form), merged and in order: what the result list highlights.
QList<std::pair<qsizetype, qsizetype>> matchRanges(QStringView text, const QStringList &foldedWords);

} // namespace smtpref
