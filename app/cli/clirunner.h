// Command-line mode: answers one request on stdout (errors on stderr) and returns the exit status.
#pragma once

#include "catalog/catalog.h"
#include "code/codelookup.h"
#include "code/codequery.h"
#include "commandline.h"
#include "inputreader.h"
#include "search/searchengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace smtpref {

class CliRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    // Unreadable input and output that cannot be written count as BadArguments: the request cannot be met.
    enum ExitStatus { Success = 0, NotFound = 1, BadArguments = 2 };

    CliRunner(const Catalog &catalog, QTextStream &out, QTextStream &err);

    int run(const CliRequest &request);

    // The whole program without a window: parses arguments, sets the language, runs.
    static int main(const QStringList &arguments);

private:
    int lookup(const QStringList &codes, bool json);
    int search(const QString &text, bool json);
    int list(bool json);
    int compare(const QStringList &codes, bool json);
    int explain(const QString &file, bool json);
    int explainMail(const QString &file, InputReader &input, QByteArray data, bool json);
    int explainText(const QString &file, InputReader &input, const QByteArray &head, bool json);
    int redact(const QString &file);
    // Flushes what was written; false (after saying so) when it could not be written.
    static bool written(QTextStream &out, QTextStream &err);
    bool outputWritten();
    // The one code an argument names, or nullopt after saying on stderr why not.
    std::optional<ResolvedCode> resolveOne(const QString &argument, int *status);
    int reportNoMatch(const QString &query);
    void appendHits(const QList<SearchHit> &hits, QJsonArray *entries) const;
    void printHitLines(const QList<SearchHit> &hits);
    void reportUnknown(const CodeTerm &term, const QString &asTyped);
    void printJson(const QJsonObject &object);

    Catalog m_catalog;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_outputFailed = false;
};

} // namespace smtpref
