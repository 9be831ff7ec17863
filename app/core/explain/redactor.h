// Masks what identifies people and machines in a pasted bounce before it leaves the window: e-mail
// addresses become "[e-mail]", IPv4 and IPv6 addresses "[IP]", host names "[host]". Reply codes, times
// and the rest of the text stay. It errs on the side of masking: a dotted word like
// "RESOLVER.ADR.RecipientNotFound" reads as a host name and is masked too.
#pragma once

#include <QString>

namespace smtpref {

class Redactor final
{
public:
    static QString redact(QStringView text);

    static bool isEmailAddress(QStringView token);
    static bool isIpAddress(QStringView token);
    static bool isHostName(QStringView token);
};

} // namespace smtpref
