// E-mail addresses as bounces and logs write them: bare, in angle brackets, at the start of a line.
// A deliberately simple reading (a local part, '@', a domain with a dot), bounded in length.
#pragma once

#include <QString>
#include <QStringView>

namespace smtpref::mailaddress {

// The address that starts at i ("bob@example.com"), or an empty view.
QStringView at(QStringView text, qsizetype i);
// The address a line starts with, bare or in angle brackets: "<bob@example.com>: host ...",
// "  bob@example.com", "bob@example.com (bob@example.com)".
QString leading(QStringView line);
// The first address in angle brackets in text: "550 5.1.1 <bob@example.com>: ..." gives bob@example.com.
QString bracketed(QStringView text);

} // namespace smtpref::mailaddress
