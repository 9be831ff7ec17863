#include "report/comparisonpage.h"

#include "catalog/vocabulary.h"
#include "i18n/catalogtranslation.h"

namespace smtpref {
namespace {

ComparisonSide sideOf(const ResolvedCode &code)
{
    return { code.displayCode(), code.entry->code, CatalogTranslation::title(*code.entry) };
}

} // namespace

ComparisonPage ComparisonPage::build(const Comparison &c)
{
    using vocabulary::Heading;
    ComparisonPage page;
    page.a = sideOf(c.a);
    page.b = sideOf(c.b);
    page.title = vocabulary::heading(Heading::ComparedWith).arg(page.a.code, page.b.code);
    page.intro = c.intro;
    if (c.sameCode)
        return page;

    const CatalogEntry a = CatalogTranslation::localized(*c.a.entry);
    const CatalogEntry b = CatalogTranslation::localized(*c.b.entry);
    page.texts = {
        { vocabulary::heading(Heading::Meaning), a.summary, b.summary },
        { vocabulary::heading(Heading::WhenSeen), a.whenSeen, b.whenSeen },
        { vocabulary::heading(Heading::HowToFix), a.howToFix, b.howToFix },
    };
    page.differencesHeading = vocabulary::heading(Heading::KeyDifferences);
    for (const ComparisonDifference &difference : c.differences)
        page.differences.append({ difference.label, difference.a, difference.b });
    page.adviceHeading = vocabulary::heading(Heading::WhenToUseWhich);
    page.advice = c.whenToUseWhich;
    return page;
}

} // namespace smtpref
