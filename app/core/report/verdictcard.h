// One verdict as every report shows it, described once: the recipient, the category with the codes
// and whether it is final, who acts, and what to do first, in the current language. TextReport (the
// command line) and the window's verdict cards only format it.
#pragma once

#include "diagnosis/diagnosis.h"

#include <QCoreApplication>
#include <QString>

namespace smtpref {

struct VerdictCard
{
    Q_DECLARE_TR_FUNCTIONS(VerdictCard)

public:
    QString recipient; // the address, or "Recipient not named"
    QString category; // "Recipient unknown"
    QString codes; // "550 5.1.1", or empty
    QString finality; // "permanent", "temporary", or empty for a success, an auto-reply, a report
    QString actor; // "Who acts: the sender"
    QString action; // one sentence

    // "Recipient unknown · 550 5.1.1 · permanent"
    QString summary() const;

    static VerdictCard build(const Verdict &verdict);
    // The heading above the verdicts: "Verdict", "Verdicts (3 recipients)".
    static QString heading(qsizetype count);
};

} // namespace smtpref
