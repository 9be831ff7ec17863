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

} // namespace smtpref::test
