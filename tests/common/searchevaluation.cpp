#include "searchevaluation.h"

#include "i18n/translatorset.h"
#include "search/searchengine.h"

#include <QFile>

#include <optional>

namespace smtpref::test {

QList<EvaluationQuery> readEvaluationQueries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<EvaluationQuery> queries;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (header || line.trimmed().isEmpty()) {
            header = false;
            continue;
        }
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 3)
            continue;
        queries.append({ columns[0], columns[1], columns[2].split(u',', Qt::SkipEmptyParts) });
    }
    return queries;
}

EvaluationSummary evaluateSearch(const Catalog &catalog, const QList<EvaluationQuery> &queries)
{
    EvaluationSummary summary;
    TranslatorSet translators;
    double reciprocalRanks = 0;
    qsizetype successes = 0;
    // One engine per run of queries in one language, as the window keeps one while its language stays.
    std::optional<SearchEngine> engine;
    QString engineLanguage;
    for (const EvaluationQuery &query : queries) {
        if (!engine || engineLanguage != query.language) {
            translators.setLanguage(query.language);
            engine.emplace(catalog);
            engine->addCurrentLanguage();
            engineLanguage = query.language;
        }
        const QList<SearchHit> hits = engine->search(query.query);
        EvaluationResult result { query, {}, 0 };
        for (qsizetype rank = 0; rank < hits.size(); ++rank) {
            const QString code = catalog.at(hits[rank].entry).code;
            if (rank < 5)
                result.top << code;
            if (result.firstAcceptedRank == 0 && query.accepted.contains(code))
                result.firstAcceptedRank = rank + 1;
        }
        if (result.firstAcceptedRank > 0)
            reciprocalRanks += 1.0 / double(result.firstAcceptedRank);
        if (result.inTopThree())
            ++successes;
        summary.results.append(result);
    }
    translators.setLanguage(QStringLiteral("en"));
    if (!queries.isEmpty()) {
        summary.successAtThree = double(successes) / double(queries.size());
        summary.meanReciprocalRank = reciprocalRanks / double(queries.size());
    }
    return summary;
}

} // namespace smtpref::test
