#include "search/wordforms.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace smtpref::wordforms {
namespace {

bool isAsciiLetter(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool hasVowel(QByteArrayView text)
{
    return std::any_of(text.begin(), text.end(), isVowel);
}

// Ending and what replaces it, longest first: the first that leaves a stem of three letters or more
// with a vowel in it applies. One rule table for English and French: the index holds both, and a
// query and the text it should find need only reach the same stem, not a correct one.
struct Ending
{
    QByteArrayView suffix;
    QByteArrayView replacement;
};
constexpr std::array endings = {
    Ending { "eed", "eed" }, // exceed keeps its ending, so exceeded and exceeds reach it
    Ending { "ions", "" },       Ending { "ion", "" }, // rejection -> reject
    Ending { "ings", "" },       Ending { "ing", "" }, // blocking -> block
    Ending { "ies", "y" },       Ending { "ied", "y" }, // denied -> deny
    Ending { "ees", "" },        Ending { "ee", "" }, // refusées, refusée -> refus
    Ending { "es", "" },         Ending { "ed", "" }, // boxes -> box, blocked -> block
    Ending { "er", "" },         Ending { "ez", "" }, // refuser -> refus
    Ending { "s", "" },          Ending { "x", "" }, // blocks -> block, French plurals in -x
    Ending { "e", "" }, // refuse, refusé -> refus; message -> messag
};

} // namespace

QByteArray stem(QByteArrayView word)
{
    // People write "email" for what the texts call mail.
    if (word == "email" || word == "emails")
        return QByteArrayLiteral("mail");
    if (word.size() < 4 || !std::all_of(word.begin(), word.end(), isAsciiLetter))
        return word.toByteArray();
    // "address", "access", "status", "virus" end in s but are no plural.
    const bool keepFinalS = word.endsWith("ss") || word.endsWith("us") || word.endsWith("is");
    for (const Ending &ending : endings) {
        if (!word.endsWith(ending.suffix) || (ending.suffix == "s" && keepFinalS))
            continue;
        QByteArrayView base = word.first(word.size() - ending.suffix.size());
        if (ending.suffix == "ions" || ending.suffix == "ion") {
            // Only the nouns of verbs: connection, rejection, permission; not "union" or "onion".
            if (!base.endsWith('t') && !base.endsWith('s'))
                continue;
        }
        if (ending.suffix == "x" && !base.endsWith('u'))
            continue; // "box" is no plural; "nouveaux" is
        if (base.size() + ending.replacement.size() < 3 || !hasVowel(base))
            continue;
        QByteArray result = base.toByteArray() + ending.replacement.toByteArray();
        // stopped -> stopp -> stop; but pass, spell and buzz keep their double letter.
        const bool strippedVerbEnding = ending.suffix == "ed" || ending.suffix == "ing";
        if (strippedVerbEnding && result.size() >= 4 && result.back() == result[result.size() - 2]
            && !isVowel(result.back()) && result.back() != 's' && result.back() != 'l' && result.back() != 'z')
            result.chop(1);
        return result;
    }
    return word.toByteArray();
}

bool isStopWord(QByteArrayView word)
{
    // Small lists on purpose: a word that carries meaning in a bounce ("not", "no", "such", "khong")
    // must stay a search word.
    static const QSet<QByteArray> words = [] {
        // Each language's list is one literal split over lines, hence the parentheses.
        const char *const lists[] = {
            // English
            ("a an the is are was were be been being am to of in on at by for from with and or as it its "
             "this that these those my your our their me i we you he she they do does did doesn don didn "
             "what why how when where which who can could should would will why s t my mine has have had "
             "into about because after before"),
            // French (folded: "à" is "a", "été" is "ete"); "pas" (not) carries meaning and stays
            ("le la les l un une des de du d au aux et ou est sont ete etre ce cet cette ces mon ma mes "
             "ton ta tes son sa ses pour par sur dans avec pourquoi que qu qui quoi comment ne n se s "
             "je j il elle on nous vous ils elles y en"),
            // Vietnamese (folded: "của" is "cua", "được" is "duoc")
            ("cua la va cac nhung co duoc bi cho voi trong mot toi nay do da de thi khi vao ra tai sao "
             "gi lam the nao"),
            // Japanese particles and copulas (hiragana runs are optional anyway, see queryterms.cpp)
            "の が を に は で と も へ や から まで より です ます",
        };
        QSet<QByteArray> set;
        for (const char *list : lists) {
            for (const QByteArray &item : QByteArray(list).split(' ')) {
                if (!item.isEmpty())
                    set.insert(item);
            }
        }
        return set;
    }();
    return words.contains(word.toByteArray());
}

bool withinEdits(QByteArrayView a, QByteArrayView b, int maxDistance)
{
    if (std::abs(a.size() - b.size()) > maxDistance)
        return false;
    // Optimal string alignment distance, three rows, stopped as soon as a row exceeds the limit.
    const qsizetype n = b.size();
    std::vector<int> before(n + 1), previous(n + 1), current(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > maxDistance)
            return false;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[n] <= maxDistance;
}

} // namespace smtpref::wordforms
