// Human-readable output for a terminal, wrapped to its width: an entry, a comparison or a finding
// (each formatted from its page: EntryPage, ComparisonPage, FindingPage), or a list of codes.
#pragma once

#include "catalog/catalog.h"
#include "code/codelookup.h"
#include "compare/comparison.h"
#include "explain/explainfinding.h"
#include "report/entrypage.h"
#include "report/verdictcard.h"

#include <QCoreApplication>
#include <QString>

namespace smtpref {

class TextReport final
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    explicit TextReport(int width);

    // The width to wrap at: $COLUMNS when it is sane, else 80.
    static int terminalWidth();

    QString entry(const ResolvedCode &code) const;
    QString comparison(const Comparison &comparison) const;
    // A code found in pasted text: where, the codes, what the catalog says in one line, the notes.
    QString finding(const ExplainFinding &finding, const Catalog &catalog) const;
    // The verdicts of a bounce or log, under their heading; empty without verdicts.
    QString verdicts(const QList<Verdict> &verdicts) const;
    // One line: the code, padded, and its title.
    QString listLine(const QString &code, const QString &title) const;

    // Greedy word wrap of text to the report's width, every line starting with indent.
    QString wrap(const QString &text, int indent) const;

private:
    QString section(const QString &heading, const QString &body) const;
    QString section(const PageSection &section) const;
    QString bulletList(const QStringList &items) const;
    QString header(const EntryPage &page) const;

    int m_width;
};

} // namespace smtpref
