// A Comparison as HTML: the intro, both sides' texts aligned row by row in a table, the key
// differences, and when to use which.
#pragma once

#include "compare/comparison.h"
#include "htmlstyle.h"

#include <QCoreApplication>

namespace smtpref {

class ComparisonHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonHtml)

public:
    static QString render(const Comparison &comparison, const HtmlStyle &style);
    // What the page says before two codes are chosen.
    static QString placeholder(const HtmlStyle &style);
};

} // namespace smtpref
