#include "report/entrypage.h"

#include "code/replycode.h"
#include "compare/comparison.h"
#include "i18n/catalogtranslation.h"
#include "report/journalcommand.h"

#include <QCoreApplication>

namespace smtpref {
namespace {

using Heading = vocabulary::Heading;
using Form = PageSection::Form;

PageSection section(Heading id, Form form)
{
    PageSection section;
    section.id = id;
    section.heading = vocabulary::heading(id);
    section.form = form;
    return section;
}

PageSection paragraph(Heading id, const QString &text)
{
    PageSection result = section(id, Form::Paragraph);
    result.text = text;
    return result;
}

PageSection list(Heading id, Form form, const QStringList &items)
{
    PageSection result = section(id, form);
    result.items = items;
    return result;
}

// The hand-compared pairs that concern the code as shown: "5.2.3" on the page of 5.2.2, "4.2.2 / 5.2.2"
// on the page of X.2.2, nothing about 5.2.3 on the page of 4.2.2.
PageSection oftenConfused(const ResolvedCode &code)
{
    PageSection result = section(Heading::OftenConfused, Form::ComparisonLinks);
    if (!code.catalog)
        return result;
    const QString shown = code.displayCode();
    for (auto [self, other] : code.catalog->comparedPairs(code.entry->code)) {
        if (!Comparer::names(self, code))
            std::swap(self, other);
        if (!Comparer::names(self, code))
            continue;
        result.items << (self == shown ? other : self + u" / " + other);
        result.comparisons.append({ self, other });
    }
    return result;
}

bool isEmpty(const PageSection &section)
{
    return section.text.isEmpty() && section.items.isEmpty() && section.steps.isEmpty()
        && section.references.isEmpty() && section.sample.isEmpty();
}

QList<PageSection> sectionsOf(const CatalogEntry &e, const ResolvedCode &code)
{
    QList<PageSection> sections {
        paragraph(Heading::Meaning, e.summary),
        paragraph(Heading::WhenSeen, e.whenSeen),
        paragraph(Heading::HowToFix, e.howToFix),
        list(Heading::Causes, Form::Bullets, e.causes),
        list(Heading::ErrorTexts, Form::Bullets, e.errorTexts),
    };
    PageSection checks = section(Heading::Checks, Form::Steps);
    for (const DiagnosticCheck &check : e.checks) {
        checks.steps << check;
        if (const QString journal = journalCommand(check.command); !journal.isEmpty())
            checks.steps << DiagnosticCheck {
                QCoreApplication::translate("EntryPage", "The same where mail is logged only to the systemd journal:"),
                journal
            };
    }
    sections << checks << paragraph(Heading::Retry, e.retry)
             << paragraph(Heading::WhoActs, vocabulary::actorName(e.actor));
    QStringList stages;
    for (const QString &stage : e.stages)
        stages << vocabulary::stageName(stage);
    sections << paragraph(Heading::Stages, stages.join(u", "));
    // An enhanced code lists the basic codes it is sent with; a basic code its usual enhanced codes.
    sections << list(e.isEnhanced() ? Heading::SentWithBasic : Heading::UsualEnhanced, Form::CodeLinks,
                     e.pairs);
    sections << list(Heading::Related, Form::CodeLinks, e.related) << oftenConfused(code);
    PageSection references = section(Heading::References, Form::References);
    references.references = e.references;
    sections << references;
    for (const ProviderUsage &usage : e.providers) {
        PageSection provider = section(Heading::ProviderUsage, Form::Sample);
        provider.heading = provider.heading.arg(usage.provider);
        provider.text = usage.meaning;
        provider.sample = usage.sample;
        sections << provider;
    }
    sections.removeIf(isEmpty);
    return sections;
}

} // namespace

EntryPage EntryPage::build(const ResolvedCode &code)
{
    const CatalogEntry e = CatalogTranslation::localized(*code.entry);
    EntryPage page;
    page.code = code.displayCode();
    page.catalogCode = e.code;
    page.title = e.title;
    page.kind = vocabulary::kindName(e.kind);
    page.classes = code.appliedClass >= 0 ? QList<int> { code.appliedClass } : e.classes;
    page.classIsNamed = code.appliedClass >= 0 || !e.isEnhanced();
    if (e.isEnhanced())
        page.subject = vocabulary::subjectName(ReplyCode::parse(e.code).subject());
    // A provider's code says whose it is where a standard code gives its status.
    page.status = e.isProviderCode()
        ? QCoreApplication::translate("EntryPage", "defined by %1, not in the registry").arg(e.provider)
        : vocabulary::statusName(e.status);
    QStringList notes { smtpref::classNote(code), smtpref::rangeNote(code) };
    notes.removeAll(QString());
    page.codeNote = notes.join(u' ');
    page.sections = sectionsOf(e, code);
    return page;
}

} // namespace smtpref
