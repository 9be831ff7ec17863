// An entry as HTML for the detail view (QTextBrowser's rich-text subset). Codes are links
// "code:550"; each command has a "copy:N" link (N: the index of the check).
#pragma once

#include "code/codelookup.h"
#include "htmlstyle.h"

#include <QCoreApplication>
#include <QString>

namespace smtpref {

class EntryHtml final
{
    Q_DECLARE_TR_FUNCTIONS(EntryHtml)

public:
    static QString render(const ResolvedCode &code, const HtmlStyle &style);

    // Building blocks shared with the comparison page.
    static QString codeLinks(const QStringList &codes);
    static QString classBadge(int cls, const HtmlStyle &style);
    static QString escaped(const QString &text) { return text.toHtmlEscaped(); }
    // "<html>…<body>" with the style sheet, in the interface's direction.
    static QString page(const HtmlStyle &style);

    static constexpr const char16_t *codeScheme = u"code";
    static constexpr const char16_t *copyScheme = u"copy";
};

} // namespace smtpref
