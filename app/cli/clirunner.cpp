#include "clirunner.h"

#include "explain/explainer.h"
#include "i18n/catalogtranslation.h"
#include "report/jsonexport.h"
#include "report/textreport.h"
#include "i18n/translatorset.h"
#include "version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// Every message on stderr starts with the program's name, as command-line tools do.
QString programPrefix()
{
    return QStringView(applicationName) + u": ";
}

// An argument as it may appear in a message: no control characters, not longer than a line.
QString shownArgument(const QString &argument)
{
    constexpr qsizetype maxShown = 40;
    QString shown;
    for (QChar c : argument.left(maxShown))
        shown
            += (c.category() == QChar::Other_Control || c.isNull()) ? QChar(QChar::ReplacementCharacter) : c;
    return argument.size() > maxShown ? shown + u'…' : shown;
}

QJsonObject hitToJson(const CatalogEntry &entry, const QString &displayCode, const SearchMatch &match)
{
    QJsonObject object = entryToJson(entry);
    object.insert(u"displayCode"_s, displayCode);
    object.insert(u"match"_s, matchTierId(match.tier));
    // How well the words matched, higher is better: what ranks hits of the same tier.
    object.insert(u"score"_s, match.score);
    return object;
}

} // namespace

CliRunner::CliRunner(const Catalog &catalog, QTextStream &out, QTextStream &err)
    : m_catalog(catalog)
    , m_out(out)
    , m_err(err)
{ }

int CliRunner::main(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRequest request;
    QString error;
    if (!CommandLine::parse(arguments, &request, &error)) {
        err << programPrefix() << error << u'\n' << tr("Try 'smtpref --help'.") << u'\n';
        return BadArguments;
    }
    TranslatorSet translators;
    if (!request.language.isEmpty() && !translators.setLanguage(request.language)) {
        err << programPrefix()
            << tr("no translation for \"%1\". Available languages: %2.")
                   .arg(shownArgument(request.language), TranslatorSet::availableLanguages().join(u", "))
            << u'\n';
        return BadArguments;
    }
    if (request.mode == CliRequest::Mode::Help) {
        out << CommandLine::helpText();
        return Success;
    }
    if (request.mode == CliRequest::Mode::Version) {
        out << QStringView(applicationName) << u' ' << QStringView(applicationVersion) << u'\n';
        return Success;
    }
    QList<CatalogError> errors;
    const Catalog catalog = Catalog::builtIn(&errors);
    for (const CatalogError &problem : std::as_const(errors))
        err << programPrefix() << tr("catalog problem: %1").arg(problem.toString()) << u'\n';
    return CliRunner(catalog, out, err).run(request);
}

int CliRunner::run(const CliRequest &request)
{
    switch (request.mode) {
    case CliRequest::Mode::Lookup:
        return lookup(request.codes, request.json);
    case CliRequest::Mode::Search:
        return search(request.searchText, request.json);
    case CliRequest::Mode::List:
        return list(request.json);
    case CliRequest::Mode::Compare:
        return compare(request.codes, request.json);
    case CliRequest::Mode::Explain:
        return explain(request.explainFile, request.json);
    case CliRequest::Mode::Help:
    case CliRequest::Mode::Version:
        break;
    }
    return BadArguments;
}

void CliRunner::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CliRunner::reportUnknown(const CodeTerm &term, const QString &asTyped)
{
    QStringList closest;
    for (const QString &code : m_catalog.closestCodes(term.code, 5)) {
        const CatalogEntry *entry = m_catalog.find(code);
        closest << (term.cls > 0 ? entry->codeWithClass(term.cls) : code);
    }
    m_err
        << programPrefix()
        << tr("%1 is not in the catalog. Closest codes: %2.").arg(shownArgument(asTyped), closest.join(u", "))
        << u'\n';
}

int CliRunner::lookup(const QStringList &codes, bool json)
{
    int status = Success;
    const TextReport report(TextReport::terminalWidth());
    QJsonArray entries;
    QJsonArray unknown;
    bool printedOne = false;
    for (const QString &argument : codes) {
        const CodeQuery query = CodeQuery::parse(argument);
        if (!query.isCode()) {
            m_err << programPrefix()
                  << tr("\"%1\" is not an SMTP reply code. To search the texts, use: smtpref --search WORDS")
                         .arg(shownArgument(argument))
                  << u'\n';
            status = std::max<int>(status, BadArguments);
            continue;
        }
        const CodeLookup found = CodeLookup::resolve(m_catalog, query);
        if (found.isRange) {
            // "5xx", "4.7", "55": the codes themselves, not the texts that mention them.
            QList<SearchHit> hits = SearchEngine(m_catalog).search(argument);
            hits.removeIf([](const SearchHit &hit) { return hit.match.tier > MatchTier::CodePrefix; });
            if (hits.isEmpty())
                status = std::max(status, reportNoMatch(argument));
            else if (json)
                appendHits(hits, &entries);
            else
                printHitLines(hits);
            continue;
        }
        for (const ResolvedCode &code : found.found) {
            if (json) {
                entries.append(resolvedToJson(code));
                continue;
            }
            if (printedOne)
                m_out << u'\n' << QString(std::min(TextReport::terminalWidth(), 80), u'─')
                      << QStringView(u"\n\n");
            m_out << report.entry(code);
            printedOne = true;
        }
        for (const CodeTerm &term : found.unknown) {
            const QString asTyped = term.asTyped();
            reportUnknown(term, asTyped);
            unknown.append(asTyped);
            status = std::max<int>(status, NotFound);
        }
    }
    if (json)
        printJson({ { u"entries"_s, entries }, { u"unknown"_s, unknown } });
    return status;
}

int CliRunner::reportNoMatch(const QString &query)
{
    m_err << programPrefix() << tr("no code matches \"%1\".").arg(shownArgument(query)) << u'\n';
    return NotFound;
}

void CliRunner::appendHits(const QList<SearchHit> &hits, QJsonArray *entries) const
{
    for (const SearchHit &hit : hits) {
        const CatalogEntry &entry = m_catalog.at(hit.entry);
        entries->append(
            hitToJson(entry, entry.codeWithClass(hit.match.appliedClass), hit.match));
    }
}

void CliRunner::printHitLines(const QList<SearchHit> &hits)
{
    const TextReport report(TextReport::terminalWidth());
    for (const SearchHit &hit : hits) {
        const CatalogEntry &entry = m_catalog.at(hit.entry);
        m_out << report.listLine(entry.codeWithClass(hit.match.appliedClass),
                                 CatalogTranslation::title(entry));
    }
}

int CliRunner::search(const QString &text, bool json)
{
    SearchEngine engine(m_catalog);
    engine.addCurrentLanguage();
    const QList<SearchHit> hits = engine.search(text);
    if (json) {
        QJsonArray entries;
        appendHits(hits, &entries);
        printJson({ { u"query"_s, text }, { u"count"_s, entries.size() }, { u"entries"_s, entries } });
    } else {
        printHitLines(hits);
    }
    if (!hits.isEmpty())
        return Success;
    const int status = reportNoMatch(text);
    if (const QString nearest = engine.didYouMean(text); !nearest.isEmpty())
        m_err << programPrefix() << nearest << u'\n';
    return status;
}

std::optional<ResolvedCode> CliRunner::resolveOne(const QString &argument, int *status)
{
    const CodeQuery query = CodeQuery::parse(argument);
    const CodeLookup found = CodeLookup::resolve(m_catalog, query);
    if (found.found.size() == 1 && found.unknown.isEmpty())
        return found.found.first();
    if (!found.unknown.isEmpty()) {
        const CodeTerm &term = found.unknown.first();
        reportUnknown(term, term.asTyped());
        *status = std::max<int>(*status, NotFound);
    } else {
        m_err << programPrefix() << tr("\"%1\" is not a single reply code.").arg(shownArgument(argument))
              << u'\n';
        *status = std::max<int>(*status, BadArguments);
    }
    return std::nullopt;
}

int CliRunner::compare(const QStringList &codes, bool json)
{
    int status = Success;
    const std::optional<ResolvedCode> a = resolveOne(codes.value(0), &status);
    const std::optional<ResolvedCode> b = resolveOne(codes.value(1), &status);
    if (!a || !b)
        return status;
    const Comparison comparison = Comparer::compare(*a, *b);
    if (json)
        printJson(comparisonToJson(comparison));
    else
        m_out << TextReport(TextReport::terminalWidth()).comparison(comparison);
    return Success;
}

int CliRunner::explain(const QString &fileName, bool json)
{
    QFile file;
    const bool standardInput = fileName == u"-";
    if (!standardInput)
        file.setFileName(fileName);
    if (!(standardInput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
        m_err << programPrefix() << tr("cannot read %1: %2").arg(shownArgument(fileName), file.errorString())
              << u'\n';
        return BadArguments;
    }
    // Bytes that are not UTF-8 become replacement characters; the codes around them are still found.
    const QString text = QString::fromUtf8(file.readAll());
    const QList<ExplainFinding> findings = Explainer(m_catalog).explain(text);
    if (json) {
        QJsonArray array;
        for (const ExplainFinding &finding : findings)
            array.append(findingToJson(finding));
        printJson({ { u"findings"_s, array } });
    } else {
        const TextReport report(TextReport::terminalWidth());
        for (const ExplainFinding &finding : findings)
            m_out << report.finding(finding, m_catalog);
    }
    if (findings.isEmpty()) {
        m_err << programPrefix() << tr("no reply code found in %1.").arg(shownArgument(fileName)) << u'\n';
        return NotFound;
    }
    return Success;
}

int CliRunner::list(bool json)
{
    if (json) {
        QJsonArray entries;
        for (const CatalogEntry &entry : m_catalog.entries())
            entries.append(entryToJson(entry));
        printJson({ { u"count"_s, entries.size() }, { u"entries"_s, entries } });
        return Success;
    }
    const TextReport report(TextReport::terminalWidth());
    for (const CatalogEntry &entry : m_catalog.entries())
        m_out << report.listLine(entry.code, CatalogTranslation::title(entry));
    return Success;
}

} // namespace smtpref
