// Search compares folded text: case-folded, compatibility-normalised, Latin without accents, so that
// "Résumé" matches "resume", "５５０" matches "550" and "ĐƯỢC" matches "duoc".
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace smtpref {

QString foldForSearch(QStringView text);

// True when byte position pos of UTF-8 text starts a word (the character before it is not a letter or
// a digit).
bool startsWord(const QByteArray &utf8, qsizetype pos);

// Where the folded words occur in text, as [start, length) ranges of text itself (not of its folded
// form), merged and in order: what the result list highlights.
QList<std::pair<qsizetype, qsizetype>> matchRanges(QStringView text, const QStringList &foldedWords);

} // namespace smtpref
