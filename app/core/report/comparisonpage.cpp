#include "report/comparisonpage.h"

#include "catalog/vocabulary.h"
#include "i18n/catalogtranslation.h"

namespace smtpref {
namespace {

using vocabulary::Heading;

ComparisonSide sideOf(const ResolvedCode &code)
{
    return { code.displayCode(), code.entry->code, CatalogTranslation::title(*code.entry) };
}

ComparisonRow rowOf(const QString &label, const QStringList &values)
{
    const bool same = std::all_of(values.cbegin(), values.cend(), [&](const QString &v) { return v == values.first(); });
    return same ? ComparisonRow { label, {}, values.first() } : ComparisonRow { label, values, {} };
}

// "450, 451 compared with 452" for more than two codes.
QString titleOf(const QList<ComparisonSide> &sides)
{
    QStringList first;
    for (qsizetype i = 0; i + 1 < sides.size(); ++i)
        first << sides[i].code;
    return vocabulary::heading(Heading::ComparedWith).arg(first.join(u", "), sides.last().code);
}

} // namespace

ComparisonPage ComparisonPage::build(const Comparison &c)
{
    ComparisonPage page;
    for (const ResolvedCode &code : c.codes)
        page.sides << sideOf(code);
    page.title = titleOf(page.sides);
    page.intro = c.intro;
    if (c.sameCode)
        return page;
    page.sharedLabel = page.sides.size() == 2 ? tr("Both") : tr("All of them");

    page.curatedHeading = vocabulary::heading(Heading::TellingApart);
    for (const CuratedDifference &curated : c.curated) {
        page.curated.append({ vocabulary::heading(Heading::CodePair).arg(curated.first, curated.second),
                              { { vocabulary::heading(Heading::Difference), curated.difference },
                                { vocabulary::heading(Heading::HowToTell), curated.tellApart },
                                { vocabulary::heading(Heading::WhatToDo), curated.action } } });
    }

    QStringList meaning, whenSeen, howToFix;
    for (const ResolvedCode &code : c.codes) {
        const CatalogEntry entry = CatalogTranslation::localized(*code.entry);
        meaning << entry.summary;
        whenSeen << entry.whenSeen;
        howToFix << entry.howToFix;
    }
    page.texts = { rowOf(vocabulary::heading(Heading::Meaning), meaning),
                   rowOf(vocabulary::heading(Heading::WhenSeen), whenSeen),
                   rowOf(vocabulary::heading(Heading::HowToFix), howToFix) };
    page.differencesHeading = vocabulary::heading(Heading::KeyDifferences);
    for (const ComparisonDifference &difference : c.differences)
        page.differences.append({ difference.label, difference.values, {} });
    page.adviceHeading = vocabulary::heading(Heading::WhenToUseWhich);
    page.advice = c.whenToUseWhich;
    return page;
}

} // namespace smtpref
