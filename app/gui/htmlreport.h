// An entry, a comparison or the start page as HTML for the window's QTextBrowser (its rich-text subset), formatted
// from its page (EntryPage, ComparisonPage) in the palette's colours. Codes are links "code:550";
// each command has a "copy:N" link (N: the index of the check).
#pragma once

#include "code/codelookup.h"
#include "compare/comparison.h"
#include "diagnosis/diagnosis.h"
#include "htmlstyle.h"
#include "report/startpage.h"

#include <QCoreApplication>
#include <QString>

namespace smtpref {

class HtmlReport final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    static QString entry(const ResolvedCode &code, const HtmlStyle &style);
    static QString comparison(const Comparison &comparison, const HtmlStyle &style);
    // The verdicts of a bounce or log, one card each: the recipient, the category with its codes
    // (linked to their entry) and finality, who acts and what to do first.
    static QString verdicts(const QList<Verdict> &verdicts, const HtmlStyle &style);
    // What the comparison page says before two codes are chosen.
    static QString comparisonPlaceholder(const HtmlStyle &style);
    // What the details tab shows before a code is chosen. Its search tips are at the anchor
    // startSearchAnchor.
    static QString start(const StartPage &startPage, const HtmlStyle &style);

    static constexpr const char16_t *startSearchAnchor = u"search";

    static constexpr const char16_t *codeScheme = u"code";
    static constexpr const char16_t *copyScheme = u"copy";
    // "compare:5.2.2,5.2.3" opens the comparison of the codes.
    static constexpr const char16_t *compareScheme = u"compare";
};

} // namespace smtpref
