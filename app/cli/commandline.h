// What the command line asks for, read from the arguments without touching the catalog.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace smtpref {

struct CliRequest
{
    enum class Mode { Lookup, Search, List, Compare, Explain, Redact, Help, Version };
    Mode mode = Mode::Lookup;
    QStringList codes; // Lookup: one code per argument ("550", "5.7.26", "550 5.7.26"); Compare: two
    QString searchText; // Search: the words, joined with spaces
    QString inputFile; // Explain, Redact: a file name, or "-" for standard input
    bool json = false;
    QString language; // as given to --lang; empty: the system's languages (LANGUAGE, LANG, ...)
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // arguments includes the program name, as QCoreApplication::arguments() gives it.
    static bool parse(const QStringList &arguments, CliRequest *request, QString *error);
    static QString helpText();
    // The language smtpref has that a --lang value names, in any locale form ("fr", "fr_FR",
    // "pt-BR", "zh-Hans-CN"); empty when it has none.
    static QString availableLanguage(const QString &name);
};

} // namespace smtpref
