// An entry or a comparison as Markdown, for "Copy as Markdown" (a ticket, a wiki page, a chat),
// formatted from its page (EntryPage, ComparisonPage).
#pragma once

#include "code/codelookup.h"
#include "compare/comparison.h"

namespace smtpref {

class MarkdownReport final
{
public:
    static QString entry(const ResolvedCode &code);
    static QString comparison(const Comparison &comparison);
};

} // namespace smtpref
