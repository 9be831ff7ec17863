// Search compares folded text: case-folded, compatibility-normalised, Latin without accents, so that
// "Résumé" matches "resume", "５５０" matches "550" and "ĐƯỢC" matches "duoc".
#pragma once

#include <QString>

namespace smtpref {

QString foldForSearch(QStringView text);

// True when position pos of folded text starts a word (the text before it is not a letter or digit).
bool startsWord(QStringView text, qsizetype pos);

} // namespace smtpref
