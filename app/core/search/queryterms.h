// What a search query asks for, read forgivingly: the reply codes a pasted server line holds, and its
// words, folded, with their stems, without the addresses, IP addresses and host names that name one
// message rather than a kind of failure, and with the stop words set apart.
#pragma once

#include "code/codequery.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace smtpref {

struct QueryWord
{
    QByteArray text; // folded UTF-8
    QByteArray stem; // wordforms::stem(text)
    // Japanese or Chinese: text without spaces, so the word matches anywhere inside a token.
    bool insideWords = false;
    // A stop word, or a run of hiragana (particles, endings): it never decides a match alone.
    bool optional = false;

    // What occurs in every form of the word in a text: the stem's letters the word shares
    // ("deni" for denied, whose stem is deny).
    QByteArray root() const;
};

struct QueryTerms
{
    QList<CodeTerm> codes; // exact codes written among words ("550 5.1.1 ... User unknown")
    QList<QueryWord> words; // distinct, in the order typed
};

// A query of more distinct words than this is a paste, not a search; the rest are not compared.
inline constexpr qsizetype maxQueryWords = 32;

// Reads a query that is not a code query as a whole (CodeQuery::parse found no code in it).
QueryTerms readQueryTerms(QStringView query);

} // namespace smtpref
