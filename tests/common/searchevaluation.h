// The public evaluation of search (tests/data/search/queries.tsv): every query run in its language,
// scored by whether a code an expert accepts is among the first three results (success at 3) and by
// the reciprocal of the first accepted code's rank (its mean is the MRR). Shared by the test that
// holds the bar and the benchmark that reports the numbers.
#pragma once

#include "catalog/catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref::test {

struct EvaluationQuery
{
    QString query;
    QString language; // "en", or a language with catalog translations
    QStringList accepted; // catalog codes: "550", "X.1.1"
};

struct EvaluationResult
{
    EvaluationQuery query;
    QStringList top; // the first results' codes
    qsizetype firstAcceptedRank = 0; // 1 is first; 0 when no accepted code was found at all
    bool inTopThree() const { return firstAcceptedRank >= 1 && firstAcceptedRank <= 3; }
};

struct EvaluationSummary
{
    QList<EvaluationResult> results;
    double successAtThree = 0;
    double meanReciprocalRank = 0;
};

// The queries of the TSV file at path; an empty list when it cannot be read.
QList<EvaluationQuery> readEvaluationQueries(const QString &path);
// Runs them on catalog, each with its language's translators installed.
EvaluationSummary evaluateSearch(const Catalog &catalog, const QList<EvaluationQuery> &queries);

} // namespace smtpref::test
