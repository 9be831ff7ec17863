// smtpref's performance budgets (the README's Performance table), measured with Google Benchmark.
// Run them with tests/benchmarks/run-benchmarks, which builds the release preset and compares the
// medians with the budgets.
#include "explain/explainer.h"
#include "catalog/catalog.h"
#include "compare/comparison.h"
#include "report/comparisonpage.h"
#include "mainwindow.h"
#include "models/searchmodel.h"
#include "searchevaluation.h"

#include <QApplication>
#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace smtpref;

namespace {

const Catalog &shippedCatalog()
{
    static const Catalog catalog = [] {
        QList<CatalogError> errors;
        return Catalog::builtIn(&errors);
    }();
    return catalog;
}

// 100 000 entries made from the shipped ones: the same kind of text, new codes, each text made
// distinct by a number so no two entries are identical.
const Catalog &syntheticCatalog()
{
    static const Catalog catalog = [] {
        constexpr int size = 100000;
        const QList<CatalogEntry> &shipped = shippedCatalog().entries();
        QList<CatalogEntry> entries;
        entries.reserve(size);
        for (int i = 0; i < size; ++i) {
            CatalogEntry entry = shipped[i % shipped.size()];
            entry.code = u"S%1"_s.arg(i, 6, 10, QChar(u'0'));
            entry.title += u" variant "_s + QString::number(i);
            entry.summary += u" Case "_s + QString::number(i * 7919 % 100003);
            entry.related.clear();
            entry.pairs.clear();
            entries.append(std::move(entry));
        }
        return Catalog::fromEntries(std::move(entries));
    }();
    return catalog;
}

// The queries people type, one character at a time: each prefix is one keystroke.
const QStringList typedQueries = { u"550"_s,  u"5.7.26"_s,       u"greylisting"_s, u"mailbox full"_s,
                                   u"auth"_s, u"relay denied"_s, u"4.7"_s,         u"dmarc"_s };

QStringList typedPrefixes()
{
    QStringList prefixes;
    for (const QString &query : typedQueries) {
        for (qsizetype n = 1; n <= query.size(); ++n)
            prefixes << query.left(n);
    }
    return prefixes;
}

// One model per catalog for the whole run: its search index is built by the first search of a
// session, once; a keystroke is what follows. Each iteration types the next prefix.
void keystrokes(benchmark::State &state, const Catalog &catalog)
{
    static std::map<const Catalog *, std::unique_ptr<SearchModel>> models;
    static const QStringList prefixes = typedPrefixes();
    static qsizetype next = 0;
    std::unique_ptr<SearchModel> &model = models[&catalog];
    if (!model) {
        model = std::make_unique<SearchModel>(catalog);
        model->setQuery(u"index"_s);
    }
    for (auto _ : state) {
        model->setQuery(prefixes[next]);
        benchmark::DoNotOptimize(model->rowCount());
        next = (next + 1) % prefixes.size();
    }
}

void BM_SearchKeystroke_shipped(benchmark::State &state)
{
    keystrokes(state, shippedCatalog());
}

void BM_SearchKeystroke_synthetic100k(benchmark::State &state)
{
    keystrokes(state, syntheticCatalog());
}

// The public evaluation set of search (tests/data/search/queries.tsv): success at 3 and mean
// reciprocal rank, as counters; the time is that of running every query once.
void BM_SearchQuality(benchmark::State &state)
{
    const QList<test::EvaluationQuery> queries
        = test::readEvaluationQueries(QStringLiteral(SMTPREF_SEARCH_QUERIES));
    test::EvaluationSummary summary;
    for (auto _ : state)
        summary = test::evaluateSearch(shippedCatalog(), queries);
    state.counters["success@3"] = summary.successAtThree;
    state.counters["MRR"] = summary.meanReciprocalRank;
    state.counters["queries"] = double(queries.size());
}

void BM_CatalogLoad(benchmark::State &state)
{
    for (auto _ : state) {
        QList<CatalogError> errors;
        const Catalog catalog = Catalog::builtIn(&errors);
        benchmark::DoNotOptimize(catalog.size());
    }
}

// The catalog's JSON files, as the build reads them.
QList<Catalog::Document> catalogSources()
{
    QList<Catalog::Document> documents;
    const QDir folder(QStringLiteral(SMTPREF_CATALOG_SOURCES));
    for (const QString &name : folder.entryList({ u"*.json"_s }, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            documents.append({ name, file.readAll() });
    }
    return documents;
}

// What the compiled catalog saves, against Qt's own formats: reading the JSON files at start (parsed
// and checked as the build does), and merely decoding the same content from CBOR into a QCborValue
// tree, before any entry is made from it (a lower bound for a CBOR catalog).
void BM_CatalogLoadFromJson(benchmark::State &state)
{
    const QList<Catalog::Document> documents = catalogSources();
    for (auto _ : state) {
        QList<CatalogError> errors;
        const Catalog catalog = Catalog::fromDocuments(documents, &errors);
        benchmark::DoNotOptimize(catalog.size());
    }
}

void BM_CatalogDecodeCbor(benchmark::State &state)
{
    QCborArray documents;
    for (const Catalog::Document &document : catalogSources())
        documents.append(QCborValue::fromJsonValue(QJsonDocument::fromJson(document.json).object()));
    const QByteArray cbor = QCborValue(documents).toCbor();
    for (auto _ : state) {
        const QCborValue decoded = QCborValue::fromCbor(cbor);
        benchmark::DoNotOptimize(decoded.toArray().size());
    }
}

// Two codes (550 with 5.7.26), or four with two hand-written pairs among them (450, 451, 452, 550),
// the comparison and the page the reports format.
void BM_Compare(benchmark::State &state)
{
    const Catalog &catalog = shippedCatalog();
    const QList<ResolvedCode> codes = state.range(0) == 2
        ? QList<ResolvedCode> { { catalog.find(u"550"_s), -1, &catalog }, { catalog.find(u"X.7.26"_s), 5, &catalog } }
        : QList<ResolvedCode> { { catalog.find(u"450"_s), -1, &catalog },
                                { catalog.find(u"451"_s), -1, &catalog },
                                { catalog.find(u"452"_s), -1, &catalog },
                                { catalog.find(u"550"_s), -1, &catalog } };
    for (auto _ : state) {
        const ComparisonPage page = ComparisonPage::build(Comparer::compare(codes));
        benchmark::DoNotOptimize(page.differences.size());
    }
}

// Retranslate the whole main window: menus, panels, the detail and comparison pages, the models.
void BM_SwitchLanguage(benchmark::State &state)
{
    QTemporaryDir settings;
    smtpref::MainWindow window(shippedCatalog(), settings.filePath(u"settings.conf"_s));
    window.resize(1280, 800);
    window.show();
    window.showCode(u"5.7.26"_s);
    window.compare({ u"550"_s, u"554"_s });
    QCoreApplication::processEvents();
    bool french = false;
    for (auto _ : state) {
        french = !french;
        window.setLanguage(french ? u"fr"_s : u"en"_s);
        // The translators post LanguageChange to every widget: the switch is done when they ran.
        QCoreApplication::processEvents();
    }
}

// Decoding throughput on the sample corpus (tests/data/bounces) repeated to about 10 MB.
void BM_DecodeBounces(benchmark::State &state)
{
    QString corpus;
    const QDir folder(QStringLiteral(SMTPREF_BOUNCE_CORPUS));
    for (const QString &name : folder.entryList({ u"*.txt"_s, u"*.log"_s }, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            corpus += QString::fromUtf8(file.readAll()) + u'\n';
    }
    const QString block = corpus;
    while (corpus.size() < 10 * 1024 * 1024)
        corpus += block;
    const Explainer explainer(shippedCatalog());
    const qint64 bytes = corpus.toUtf8().size();
    for (auto _ : state)
        benchmark::DoNotOptimize(explainer.explain(corpus).size());
    state.SetBytesProcessed(state.iterations() * bytes);
}

// The worst shapes for a decoder that scans a line again per reply or per mark, 10 MB each (the same
// 50 MB/s budget as ordinary logs): 0 one line of repeated Postfix replies, 1 repeated Exim "H=",
// 2 repeated "relay=".
void BM_DecodeWorstShapes(benchmark::State &state)
{
    static const QString units[] = {
        u"to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok) "_s,
        u"H="_s,
        u"relay="_s,
    };
    const QString &unit = units[state.range(0)];
    const QString text = unit.repeated(10 * 1024 * 1024 / unit.size());
    const Explainer explainer(shippedCatalog());
    for (auto _ : state)
        benchmark::DoNotOptimize(explainer.explain(text).size());
    state.SetBytesProcessed(state.iterations() * text.size());
}

} // namespace

BENCHMARK(BM_SearchKeystroke_shipped)->Name("BM_SearchKeystroke/shipped")->Unit(benchmark::kMicrosecond);
// One keystroke per repetition, twice through the typed prefixes: the median is a keystroke's median.
BENCHMARK(BM_SearchKeystroke_synthetic100k)
    ->Name("BM_SearchKeystroke/synthetic100k")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(112)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_SearchQuality)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_CatalogLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CatalogLoadFromJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CatalogDecodeCbor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SwitchLanguage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Compare)->Arg(2)->Arg(4)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DecodeBounces)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeWorstShapes)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    // The window benchmarks need no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
