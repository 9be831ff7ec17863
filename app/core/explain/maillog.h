// Lines of mail server logs (Postfix and Sendmail through syslog, Exim's main log): which lines are
// log lines, and what a delivery line says became of which recipient.
#pragma once

#include <QString>
#include <QStringView>

namespace smtpref::maillog {

// A line of a mail log: syslog's "Dec  7 10:00:00 " or an ISO date "2026-12-07 10:00:00" first.
bool isLogLine(QStringView line);

struct Delivery
{
    QString recipient;
    QString action; // "failed", "delayed", "delivered", or empty when the line is no delivery
    qsizetype wordsStart = 0; // where the line's account of the attempt starts (after the address)
};

// Postfix "to=<...>, ... status=bounced", Exim "** bob@..." (failed), "== bob@..." (deferred),
// "=> bob@..." (delivered).
Delivery deliveryOf(QStringView line);

} // namespace smtpref::maillog
