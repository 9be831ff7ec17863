// An entry as HTML for the detail view (QTextBrowser's rich-text subset). Codes are links
// "code:550"; commands are monospace.
#pragma once

#include "codelookup.h"

#include <QCoreApplication>
#include <QString>

namespace smtpref {

class EntryHtml final
{
    Q_DECLARE_TR_FUNCTIONS(EntryHtml)

public:
    static QString render(const ResolvedCode &code);
    static constexpr const char16_t *linkScheme = u"code";
};

} // namespace smtpref
