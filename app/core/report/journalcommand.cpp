#include "report/journalcommand.h"

using namespace Qt::StringLiterals;

namespace smtpref {

QString journalCommand(const QString &command)
{
    static constexpr QStringView logFile = u" /var/log/mail.log";
    const qsizetype at = command.indexOf(logFile);
    // One read of the file, not a path that merely starts the same (mail.log.1, mail.log.gz).
    if (at < 0 || command.indexOf(logFile, at + 1) >= 0)
        return {};
    const QStringView before = QStringView(command).first(at);
    const QStringView after = QStringView(command).sliced(at + logFile.size());
    if (!after.isEmpty() && !after.startsWith(u' '))
        return {};
    const QString journal = u"journalctl --facility=mail"_s;
    if (before == u"tail -f")
        return journal + u" -f"_s + after;
    if (before.startsWith(u"tail -n ") && !before.sliced(8).contains(u' '))
        return journal + u" --no-pager -n "_s + before.sliced(8) + after;
    if (before.startsWith(u"grep "))
        return journal + u" --no-pager | "_s + before + after;
    return {};
}

} // namespace smtpref
