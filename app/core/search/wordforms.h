// Word forms for the search: a small suffix-stripping rule that gives "block", "blocked", "blocking"
// and "blocks" one stem (and the French "refusé", "refusée", "refuser"), the stop words that never
// decide a match on their own, and the spelling distance that forgives one typo. All of it works on
// folded UTF-8 (textfolding.h): lower case, Latin without accents.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace smtpref::wordforms {

// The stem of one folded word: English plural and verb endings, French plural and feminine endings
// and infinitive, stripped once. A word that is not plain Latin letters is its own stem.
QByteArray stem(QByteArrayView word);

// English, French, Vietnamese (folded) and Japanese grammatical words: "the", "de", "cua", "の".
bool isStopWord(QByteArrayView word);

// Whether a and b are at most maxDistance edits apart (insertion, deletion, substitution, or two
// neighbours swapped), comparing bytes: the words compared are ASCII.
bool withinEdits(QByteArrayView a, QByteArrayView b, int maxDistance);

} // namespace smtpref::wordforms
