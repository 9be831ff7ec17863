// Reads any text for SMTP reply codes: replies ("550 5.1.1 ...", "550-5.1.1" continuation lines count
// once), DSN fields (Status:, Diagnostic-Code: smtp; ..., Remote-MTA:, Action:), Postfix, Exim and
// Sendmail log lines, swaks and openssl s_client transcripts, quoted ("> ") and nested replies. It
// scans line by line without regular expressions, so any input takes time in proportion to its size.
#pragma once

#include "explain/explainfinding.h"
#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QList>

namespace smtpref {

class Explainer final
{
    Q_DECLARE_TR_FUNCTIONS(Explainer)

public:
    explicit Explainer(const Catalog &catalog);

    QList<ExplainFinding> explain(QStringView text) const;

private:
    struct LineContext;
    void decodeLine(QStringView line, qsizetype offset, int number, LineContext &context,
                    QList<ExplainFinding> *findings) const;
    void complete(ExplainFinding *finding) const;

    Catalog m_catalog;
};

} // namespace smtpref
