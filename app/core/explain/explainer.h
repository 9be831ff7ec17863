// Reads any text for SMTP reply codes: replies ("550 5.1.1 ...", "550-5.1.1" continuation lines count
// once), DSN fields (Status:, Diagnostic-Code: smtp; ..., Remote-MTA:, Action:), Postfix, Exim and
// Sendmail log lines, swaks and openssl s_client transcripts, quoted ("> ") and nested replies. It
// scans line by line without regular expressions; every scan of a line is done once per line or is
// bounded (a host name, a candidate list), so any input takes time in proportion to its size.
#pragma once

#include "explain/explainfinding.h"
#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace smtpref {

class Explainer final
{
    Q_DECLARE_TR_FUNCTIONS(Explainer)

public:
    explicit Explainer(const Catalog &catalog);

    QList<ExplainFinding> explain(QStringView text) const;

    // Decodes text that arrives in pieces (a file read as a stream) and hands out each finding as soon
    // as later text can no longer change it, so that nothing but the unfinished findings is kept.
    class Session final
    {
    public:
        explicit Session(const Explainer &explainer);
        ~Session();
        Session(const Session &) = delete;
        Session &operator=(const Session &) = delete;

        void add(QStringView piece); // a line may be split between pieces
        QList<ExplainFinding> takeFinished();
        QList<ExplainFinding> finish(); // after the last piece: the findings not yet taken

    private:
        struct State;
        std::unique_ptr<State> m_state;
    };

private:
    struct LineContext;
    struct Findings;
    void decodeLine(QStringView line, qsizetype offset, int number, LineContext &context,
                    Findings &findings) const;
    void complete(ExplainFinding *finding) const;
    // The provider tag entry a reply names in brackets ("[TSS04]"), or null.
    const CatalogEntry *tagIn(QStringView text) const;

    Catalog m_catalog;
};

} // namespace smtpref
