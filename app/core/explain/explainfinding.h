// One reply code found in pasted text (a bounce, a DSN, a mail log, an SMTP transcript).
#pragma once

#include <QString>
#include <QStringList>

namespace smtpref {

struct ExplainFinding
{
    QString basic; // "550", or empty when the text gives only an enhanced code
    QString enhanced; // "5.1.1" as written (class applied), or empty
    int line = 0; // 1-based line of the first occurrence
    qsizetype start = 0; // span of the code(s) in the whole text, in characters
    qsizetype length = 0;
    QString stage; // a stage id of the catalog ("RCPT TO", "end of data", ...) when the text says it
    QString remoteHost; // the server that answered, when the text names it
    QString provider; // "Gmail", "Microsoft 365", "Yahoo", ... when recognisable
    QString catalogCode; // the catalog entry to open: "X.1.1", "550"; empty when none fits
    QStringList notes; // consistency notes, translated

    // What the bounce diagnosis (diagnosis/verdict.h) reads besides the codes:
    QString recipient; // the recipient the reply is about, when the text names one
    QString action; // "failed", "delayed", "delivered": a DSN's Action field or a log line's status
    QString replyText; // the words of the reply after its codes (bounded), continuation lines included
    QString blocklist; // a public DNS blocklist the reply names ("Spamhaus")
    bool logLine = false; // the reply stands on a mail log line, which is one delivery attempt
};

} // namespace smtpref
