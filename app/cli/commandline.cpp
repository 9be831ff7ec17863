#include "commandline.h"

#include "compare/comparison.h"

#include "i18n/translatorset.h"

#include <QCommandLineParser>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

struct Options
{
    QCommandLineOption help { { u"h"_s, u"help"_s }, CommandLine::tr("Show this help and exit.") };
    QCommandLineOption version { { u"v"_s, u"version"_s }, CommandLine::tr("Show the version and exit.") };
    QCommandLineOption search {
        u"search"_s,
        CommandLine::tr("Search the codes for the words or reply line that follow, best match first.")
    };
    QCommandLineOption list { u"list"_s, CommandLine::tr("List every code in the catalog.") };
    QCommandLineOption compare { u"compare"_s,
                                 CommandLine::tr("Compare the two to four codes that follow, side by side.") };
    QCommandLineOption explain { u"explain"_s,
                                 CommandLine::tr(
                                     "Find and explain every reply code in FILE (a bounce, a log, a "
                                     "transcript); - reads standard input."),
                                 CommandLine::tr("FILE") };
    QCommandLineOption redact { u"redact"_s,
                                CommandLine::tr(
                                    "Print FILE with every e-mail address, host name, IP address and "
                                    "URL masked, codes kept; - reads standard input."),
                                CommandLine::tr("FILE") };
    QCommandLineOption json { u"json"_s, CommandLine::tr("Print JSON instead of text.") };
    QCommandLineOption lang { u"lang"_s,
                              CommandLine::tr("Answer in language LANG (for example fr, ja, pt_BR)."),
                              CommandLine::tr("LANG") };

    void addTo(QCommandLineParser *parser) const
    {
        parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        parser->addOptions({ help, version, search, list, compare, explain, redact, json, lang });
        parser->addPositionalArgument(u"CODE"_s,
                                      CommandLine::tr("A reply code: 550, 5.7.26, \"550 5.7.1\", 5xx, 4.7."),
                                      CommandLine::tr("[CODE...]"));
    }
};

} // namespace

bool CommandLine::parse(const QStringList &arguments, CliRequest *request, QString *error)
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(&parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    request->json = parser.isSet(options.json);
    request->language = parser.value(options.lang);
    if (parser.isSet(options.lang) && request->language.trimmed().isEmpty()) {
        *error = tr("--lang needs a language name.");
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(options.help)) {
        request->mode = CliRequest::Mode::Help;
    } else if (parser.isSet(options.version)) {
        request->mode = CliRequest::Mode::Version;
    } else if (parser.isSet(options.explain) || parser.isSet(options.redact)) {
        const bool redact = parser.isSet(options.redact);
        const QString option = redact ? u"--redact"_s : u"--explain"_s;
        if ((redact && (parser.isSet(options.explain) || parser.isSet(options.json)))
            || parser.isSet(options.search) || parser.isSet(options.list) || parser.isSet(options.compare)
            || !positional.isEmpty()) {
            *error = tr("%1 takes one file (or - for standard input) and nothing else.").arg(option);
            return false;
        }
        request->mode = redact ? CliRequest::Mode::Redact : CliRequest::Mode::Explain;
        request->inputFile = parser.value(redact ? options.redact : options.explain);
        if (request->inputFile.isEmpty()) {
            *error = tr("%1 needs a file name, or - for standard input.").arg(option);
            return false;
        }
    } else if (parser.isSet(options.compare)) {
        if (parser.isSet(options.search) || parser.isSet(options.list) || positional.size() < 2
            || positional.size() > Comparison::maxCodes) {
            *error = tr("--compare takes two to four codes, for example: smtpref --compare 550 554");
            return false;
        }
        request->mode = CliRequest::Mode::Compare;
        request->codes = positional;
    } else if (parser.isSet(options.list)) {
        if (parser.isSet(options.search) || !positional.isEmpty()) {
            *error = tr("--list takes no codes and no search.");
            return false;
        }
        request->mode = CliRequest::Mode::List;
    } else if (parser.isSet(options.search)) {
        request->mode = CliRequest::Mode::Search;
        request->searchText = positional.join(u' ').trimmed();
        if (request->searchText.isEmpty()) {
            *error = tr("--search needs words to search for.");
            return false;
        }
    } else {
        request->mode = CliRequest::Mode::Lookup;
        request->codes = positional;
        if (positional.isEmpty()) {
            *error = tr("Name a code, or use --search, --list or --help.");
            return false;
        }
    }
    return true;
}

QString CommandLine::helpText()
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(&parser);
    parser.setApplicationDescription(
        tr("smtpref explains SMTP reply codes and enhanced status codes, offline."));
    return parser.helpText() + u'\n'
        + tr("Examples:\n"
             "  smtpref 550                    one code\n"
             "  smtpref \"550 5.7.26\"           a reply's basic and enhanced code\n"
             "  smtpref 5xx                    every code of a class (also 4.7, 55)\n"
             "  smtpref --search greylisting   codes for these words, best match first\n"
             "  smtpref --compare 550 554      codes side by side (up to four)\n"
             "  smtpref --explain bounce.eml   every code in a bounce, log or transcript\n"
             "  smtpref --redact bounce.eml    the text with addresses, hosts and IPs masked\n"
             "  smtpref --list --json          the whole catalog as JSON\n"
             "\n"
             "Exit status: 0 found, 1 unknown code or nothing found, 2 bad arguments or input/output "
             "errors.\n"
             "Without arguments smtpref opens its window.\n");
}

QString CommandLine::availableLanguage(const QString &name)
{
    if (TranslatorSet::isAvailable(name))
        return name;
    const QString language = TranslatorSet::preferredLanguage({ name });
    // preferredLanguage falls back to English for a language it lacks: only an English name means it.
    if (language == QStringView(TranslatorSet::sourceLanguage) && QLocale(name).language() != QLocale::English)
        return QString();
    return language;
}

} // namespace smtpref
