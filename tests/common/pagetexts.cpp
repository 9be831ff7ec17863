#include "pagetexts.h"

namespace smtpref::test {

QStringList bodyTexts(const PageSection &section)
{
    using Form = PageSection::Form;
    switch (section.form) {
    case Form::Paragraph:
        return { section.text };
    case Form::Bullets:
    case Form::CodeLinks:
    case Form::ComparisonLinks:
        return { section.items.first() };
    case Form::Steps: {
        QStringList texts { section.steps.first().step };
        for (const DiagnosticCheck &check : section.steps) {
            if (!check.command.isEmpty())
                return texts << check.command;
        }
        return texts;
    }
    case Form::References:
        return { section.references.first().document };
    case Form::Sample:
        return { section.text, section.sample };
    }
    return {};
}

QString words(const QString &text)
{
    return text.simplified();
}

QStringList comparisonTexts(const ComparisonPage &page)
{
    QStringList texts { page.title, page.intro, page.differencesHeading, page.adviceHeading, page.advice };
    for (const ComparisonSide &side : page.sides)
        texts << side.title;
    for (const QList<ComparisonRow> &rows : { page.texts, page.differences }) {
        for (const ComparisonRow &row : rows) {
            texts << row.label << row.values;
            if (!row.shared.isEmpty())
                texts << row.shared << page.sharedLabel;
        }
    }
    for (const CuratedSection &curated : page.curated) {
        for (const auto &[label, text] : curated.paragraphs)
            texts << label << text;
    }
    return texts;
}

} // namespace smtpref::test
