// The public evaluation set of search (tests/data/search/queries.tsv): words and pasted lines as
// people type them, in English and the catalog's other languages. Search must put an accepted code
// in the first three results for at least 95% of them, and for at least 80% of each language's.
#include "referencedata.h"
#include "searchevaluation.h"
#include "shippedcatalog.h"
#include "tsfile.h"

#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestSearchEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successAtThree()
    {
        const QList<test::EvaluationQuery> queries
            = test::readEvaluationQueries(test::ReferenceData::dataPath(u"search/queries.tsv"_s));
        QVERIFY(queries.size() >= 60);
        const test::EvaluationSummary summary = test::evaluateSearch(test::shippedCatalog(), queries);
        for (const test::EvaluationResult &result : summary.results) {
            if (!result.inTopThree()) {
                qInfo("missed [%s] %s: accepted %s, got %s (first accepted at %lld)",
                      qPrintable(result.query.language), qPrintable(result.query.query),
                      qPrintable(result.query.accepted.join(u',')), qPrintable(result.top.join(u',')),
                      qlonglong(result.firstAcceptedRank));
            }
        }
        qInfo("success@3 %.3f, MRR %.3f over %lld queries", summary.successAtThree,
              summary.meanReciprocalRank, qlonglong(queries.size()));
        QVERIFY2(summary.successAtThree >= 0.95, qPrintable(u"success@3 %1"_s.arg(summary.successAtThree)));

        // Every language has its queries, and search works in each of them.
        QMap<QString, std::pair<int, int>> byLanguage; // language: (found in the top three, all)
        for (const test::EvaluationResult &result : summary.results) {
            auto &[found, all] = byLanguage[result.query.language];
            found += result.inTopThree() ? 1 : 0;
            ++all;
        }
        for (const QString &language : QStringList { u"en"_s } + test::translatedLanguages()) {
            const auto [found, all] = byLanguage.value(language);
            QVERIFY2(all >= 8, qPrintable(language));
            QVERIFY2(found >= all * 0.8, qPrintable(u"%1: %2 of %3"_s.arg(language).arg(found).arg(all)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchEvaluation)
#include "tst_searchevaluation.moc"
