// An entry as Markdown, for "Copy as Markdown" (a ticket, a wiki page, a chat).
#pragma once

#include "code/codelookup.h"

#include <QCoreApplication>

namespace smtpref {

class MarkdownReport final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)

public:
    static QString entry(const ResolvedCode &code);
};

} // namespace smtpref
