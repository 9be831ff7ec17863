#include "clirunner.h"

#include "diagnosis/diagnosis.h"
#include "explain/explainer.h"
#include "explain/redactor.h"
#include "explain/textlines.h"
#include "inputreader.h"
#include "textescape.h"
#include "i18n/catalogtranslation.h"
#include "report/jsonexport.h"
#include "report/textreport.h"
#include "i18n/translatorset.h"
#include "mime/mimereader.h"
#include "version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// Every message on stderr starts with the program's name, as command-line tools do.
QString programPrefix()
{
    return QStringView(applicationName) + u": ";
}

// An argument as it may appear in a message: control and bidi characters escaped, not longer than a line.
QString shownArgument(const QString &argument)
{
    return shownText(argument);
}

// One object of a JSON array written as it goes, indented as QJsonDocument indents a whole document.
QString indentedJson(const QJsonObject &object, int depth)
{
    const QString indent(depth * 4, u' ');
    QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
    text.replace(u"\n"_s, u"\n"_s + indent);
    return indent + text;
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
    QFile standardOutput;
    standardOutput.open(stdout, QIODevice::WriteOnly);
    QTextStream out(&standardOutput);
    QTextStream err(stderr);
    CliRequest request;
    QString error;
    if (!CommandLine::parse(arguments, &request, &error)) {
        err << programPrefix() << error << u'\n' << tr("Try 'smtpref --help'.") << u'\n';
        return BadArguments;
    }
    // Without --lang, the languages the environment prefers (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as
    // the window does.
    const QString language = request.language.isEmpty()
        ? TranslatorSet::preferredLanguage(QLocale::system().uiLanguages())
        : CommandLine::availableLanguage(request.language);
    TranslatorSet translators;
    if (language.isEmpty() || !translators.setLanguage(language)) {
        err << programPrefix()
            << tr("no translation for \"%1\". Available languages: %2.")
                   .arg(shownArgument(request.language), TranslatorSet::availableLanguages().join(u", "))
            << u'\n';
        return BadArguments;
    }
    // Help and the version need no catalog: they answer before it is loaded.
    if (request.mode == CliRequest::Mode::Help || request.mode == CliRequest::Mode::Version) {
        if (request.mode == CliRequest::Mode::Help)
            out << CommandLine::helpText();
        else
            out << QStringView(applicationName) << u' ' << QStringView(applicationVersion) << u'\n';
        return written(out, err) ? Success : BadArguments;
    }
    QList<CatalogError> errors;
    const Catalog catalog = Catalog::builtIn(&errors);
    for (const CatalogError &problem : std::as_const(errors))
        err << programPrefix() << tr("catalog problem: %1").arg(problem.toString()) << u'\n';
    CliRunner runner(catalog, out, err);
    const int status = runner.run(request);
    return runner.outputWritten() ? status : std::max<int>(status, BadArguments);
}

bool CliRunner::written(QTextStream &out, QTextStream &err)
{
    out.flush();
    auto *file = qobject_cast<QFileDevice *>(out.device());
    if (out.status() == QTextStream::Ok && (!file || (file->flush() && file->error() == QFileDevice::NoError)))
        return true;
    err << programPrefix() << tr("cannot write the output: %1").arg(file ? file->errorString() : QString())
        << u'\n';
    err.flush();
    return false;
}

bool CliRunner::outputWritten()
{
    // Said once: after a failed write the stream stays failed.
    m_outputFailed = m_outputFailed || !written(m_out, m_err);
    return !m_outputFailed;
}

int CliRunner::run(const CliRequest &request)
{
    switch (request.mode) {
    case CliRequest::Mode::Help:
    case CliRequest::Mode::Version:
        break; // answered by main() without a catalog
    case CliRequest::Mode::Lookup:
        return lookup(request.codes, request.json);
    case CliRequest::Mode::Search:
        return search(request.searchText, request.json);
    case CliRequest::Mode::List:
        return list(request.json);
    case CliRequest::Mode::Compare:
        return compare(request.codes, request.json);
    case CliRequest::Mode::Explain:
        return explain(request.inputFile, request.json);
    case CliRequest::Mode::Redact:
        return redact(request.inputFile);
    }
    return BadArguments;
}

void CliRunner::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CliRunner::reportUnknown(const CodeTerm &term, const QString &asTyped)
{
    m_err << programPrefix() << UnknownCode::describe(m_catalog, term).message(shownArgument(asTyped)) << u'\n';
}

int CliRunner::lookup(const QStringList &codes, bool json)
{
    int status = Success;
    const TextReport report(TextReport::terminalWidth());
    QJsonArray entries;
    QJsonArray unknown;
    bool printedOne = false;
    for (const QString &argument : codes) {
        const CodeLookup found = CodeLookup::resolve(m_catalog, argument);
        if (found.found.isEmpty() && !CodeQuery::parse(argument).isCode()) {
            m_err << programPrefix()
                  << tr("\"%1\" is not an SMTP reply code. To search the texts, use: smtpref --search WORDS")
                         .arg(shownArgument(argument))
                  << u'\n';
            status = std::max<int>(status, BadArguments);
            continue;
        }
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
            hitToJson(entry, entry.codeWithClass(hit.match.appliedClass >= 0 ? hit.match.appliedClass : entry.soleProviderClass()), hit.match));
    }
}

void CliRunner::printHitLines(const QList<SearchHit> &hits)
{
    const TextReport report(TextReport::terminalWidth());
    for (const SearchHit &hit : hits) {
        const CatalogEntry &entry = m_catalog.at(hit.entry);
        m_out << report.listLine(entry.codeWithClass(hit.match.appliedClass >= 0 ? hit.match.appliedClass : entry.soleProviderClass()),
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
    const CodeLookup found = CodeLookup::resolve(m_catalog, argument);
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
    QList<ResolvedCode> resolved;
    for (const QString &code : codes) {
        if (const std::optional<ResolvedCode> one = resolveOne(code, &status))
            resolved << *one;
    }
    if (resolved.size() != codes.size())
        return status;
    const Comparison comparison = Comparer::compare(resolved);
    if (json)
        printJson(comparisonToJson(comparison));
    else
        m_out << TextReport(TextReport::terminalWidth()).comparison(comparison);
    return Success;
}

int CliRunner::explain(const QString &fileName, bool json)
{
    InputReader input(fileName);
    QByteArray head;
    if (!input.open() || (!input.readBytes(&head) && !input.error().isEmpty())) {
        m_err << programPrefix() << input.error() << u'\n';
        return BadArguments;
    }
    // A bounce mail is read whole (its parts and encodings need it); anything else as a stream.
    return MimeReader::looksLikeMessage(head) ? explainMail(fileName, input, head, json)
                                              : explainText(fileName, input, head, json);
}

int CliRunner::explainMail(const QString &fileName, InputReader &input, QByteArray data, bool json)
{
    QByteArray piece;
    while (input.readBytes(&piece))
        data += piece;
    QString asText;
    if (!input.error().isEmpty() || !input.decode(data.left(64 * 1024), &asText)) {
        m_err << programPrefix() << input.error() << u'\n';
        return BadArguments;
    }
    const MailReading mail = MimeReader::read(data);
    const QList<ExplainFinding> findings = Explainer(m_catalog).explain(QStringView(mail.text).first(mail.reportEnd));
    const QList<Verdict> verdicts = Diagnosis::ofMail(mail, findings);
    if (json) {
        QJsonArray recipients;
        for (const Verdict &verdict : verdicts)
            recipients.append(verdictToJson(verdict));
        QJsonArray found;
        for (const ExplainFinding &finding : findings)
            found.append(findingToJson(finding));
        printJson({ { u"recipients"_s, recipients }, { u"findings"_s, found } });
    } else {
        const TextReport report(TextReport::terminalWidth());
        m_out << report.verdicts(verdicts);
        for (const ExplainFinding &finding : findings)
            m_out << report.finding(finding, m_catalog);
    }
    if (!outputWritten())
        return BadArguments;
    if (findings.isEmpty() && verdicts.isEmpty()) {
        m_err << programPrefix() << tr("no reply code found in %1.").arg(shownArgument(fileName)) << u'\n';
        return NotFound;
    }
    return Success;
}

int CliRunner::explainText(const QString &fileName, InputReader &input, const QByteArray &head, bool json)
{
    // Findings are printed as soon as later text cannot change them: memory stays small on big logs.
    // The verdicts (one a log line, one a recipient) come first in the terminal while the output is
    // small enough to hold back; JSON gives them after the findings.
    constexpr qsizetype maxHeldBack = 4 * 1024 * 1024;
    const Explainer explainer(m_catalog);
    Explainer::Session session(explainer);
    const TextReport report(TextReport::terminalWidth());
    VerdictCollector collector;
    QString heldBack;
    bool streaming = json;
    qsizetype printed = 0;
    auto print = [&](const QList<ExplainFinding> &findings) {
        collector.add(findings);
        for (const ExplainFinding &finding : findings) {
            if (json) {
                m_out << (printed == 0 ? QString() : u",\n"_s) << indentedJson(findingToJson(finding), 2);
            } else {
                heldBack += report.finding(finding, m_catalog);
                if (streaming || heldBack.size() > maxHeldBack) {
                    m_out << heldBack;
                    heldBack.clear();
                    streaming = true;
                }
            }
            ++printed;
        }
    };
    if (json)
        m_out << QStringView(u"{\n    \"findings\": [\n");
    QString piece;
    bool ok = input.decode(head, &piece);
    while (ok) {
        session.add(piece);
        collector.addText(piece);
        print(session.takeFinished());
        if (!outputWritten())
            return BadArguments;
        ok = input.read(&piece);
    }
    if (!input.error().isEmpty()) {
        m_err << programPrefix() << input.error() << u'\n';
        return BadArguments;
    }
    print(session.finish());
    const QList<Verdict> verdicts = collector.finish();
    if (json) {
        m_out << (printed == 0 ? QString() : u"\n"_s) << QStringView(u"    ],\n    \"recipients\": [\n");
        for (qsizetype i = 0; i < verdicts.size(); ++i)
            m_out << (i == 0 ? QString() : u",\n"_s) << indentedJson(verdictToJson(verdicts[i]), 2);
        m_out << (verdicts.isEmpty() ? QString() : u"\n"_s) << QStringView(u"    ]\n}\n");
    } else {
        m_out << report.verdicts(verdicts) << heldBack;
    }
    if (printed == 0) {
        m_err << programPrefix() << tr("no reply code found in %1.").arg(shownArgument(fileName)) << u'\n';
        return NotFound;
    }
    return Success;
}

int CliRunner::redact(const QString &fileName)
{
    InputReader input(fileName);
    if (!input.open()) {
        m_err << programPrefix() << input.error() << u'\n';
        return BadArguments;
    }
    // Line by line with one Redactor: the stand-ins are numbered across the whole text, as Copy
    // Redacted numbers them; lines are written with '\n', as the window copies them.
    Redactor redactor;
    bool firstLine = true;
    TextLines lines([&](QStringView line, qsizetype) {
        if (!firstLine)
            m_out << u'\n';
        firstLine = false;
        m_out << redactor.redactText(line);
    });
    QString piece;
    while (input.read(&piece)) {
        lines.add(piece);
        if (!outputWritten())
            return BadArguments;
    }
    if (!input.error().isEmpty()) {
        m_err << programPrefix() << input.error() << u'\n';
        return BadArguments;
    }
    lines.finish();
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
