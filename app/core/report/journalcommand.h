// Debian 12 may log mail only to the systemd journal (no rsyslog, so no /var/log/mail.log). The
// catalog's checks read the log file; this gives the same check on the journal, so that each is
// written once in the catalog and works on both kinds of system.
#pragma once

#include <QString>

namespace smtpref {

// The journal form of a command that reads /var/log/mail.log ("grep X /var/log/mail.log | tail",
// "tail -f /var/log/mail.log", "tail -n 50 /var/log/mail.log"); empty for any other command. The
// journal's mail facility holds what syslog writes to mail.log.
QString journalCommand(const QString &command);

} // namespace smtpref
