// The bounce diagnosis: one verdict per failed recipient of a bounce (per delivery line of a mail
// log): who, which codes, why (a category), whether it is final, who acts, and what to do first.
// Built from the Explainer's findings and, for a mail message, from its delivery-status part.
#pragma once

#include "catalog/catalogentry.h"
#include "diagnosis/verdictcategory.h"
#include "explain/explainfinding.h"
#include "explain/textlines.h"
#include "mime/mimereader.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace smtpref {

class Explainer;

struct Verdict
{
    QString address; // the recipient, when the bounce or the log line names it
    QString basic; // "550", or empty
    QString enhanced; // "5.1.1", or empty
    VerdictCategory category = VerdictCategory::Unknown;
    bool permanent = false;
    Actor actor = Actor::None;
    QString catalogCode; // the entry that explains the code: "X.1.1", "550"; empty without a code
    int line = 0; // where its reply stands in the text (1-based), 0 when no finding carries it
    qsizetype start = 0;
    qsizetype length = 0;

    QString action() const { return VerdictCategories::action(category); }
};

class Diagnosis final
{
public:
    // The verdict of one finding of a mail log line (one delivery attempt), or nothing for a finding
    // that is no delivery outcome (a greeting, a reply in a transcript that went on).
    static std::optional<Verdict> ofLogLine(const ExplainFinding &finding);
    // Verdicts of text that is not a mail message: one per log line, one per recipient of pasted
    // bounce text, one per failed reply of a transcript.
    static QList<Verdict> ofText(const QList<ExplainFinding> &findings);
    // Verdicts of a mail message: its delivery-status recipients when it has them, else the recipients
    // its prose names; an auto-reply or a feedback report is one verdict of its own.
    static QList<Verdict> ofMail(const MailReading &mail, const QList<ExplainFinding> &findings);
    // A whole file's verdicts, read as a mail message when it is one: what smtpref --explain and the
    // window give for it.
    static QList<Verdict> ofData(const Explainer &explainer, QByteArrayView data);
};

// Verdicts of text that arrives in pieces (a stream), given the same pieces as the Explainer and its
// findings: a log line's verdict from its code, or from its words when it has none; the findings of
// pasted bounce text kept (only those) and judged together at the end.
class VerdictCollector final
{
public:
    VerdictCollector();
    void add(const QList<ExplainFinding> &findings);
    void addText(QStringView piece);
    QList<Verdict> finish(); // after the last piece and findings

private:
    void addLine(QStringView line);

    QMap<int, Verdict> m_logVerdicts; // by line, from the line's code
    QMap<int, Verdict> m_wordVerdicts; // by line, from the words of a log line without a code
    QList<ExplainFinding> m_prose;
    TextLines m_lines;
    int m_lineNumber = 0;
};

} // namespace smtpref
