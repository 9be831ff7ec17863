#include "report/markdownreport.h"

#include "i18n/catalogtranslation.h"
#include "catalog/vocabulary.h"

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// Characters that would start Markdown markup inside running text.
QString escaped(const QString &text)
{
    QString result;
    for (QChar c : text) {
        if (QStringView(u"\\`*_[]<>#|").contains(c))
            result += u'\\';
        result += c;
    }
    return result;
}

QString heading(const QString &text)
{
    return u"\n## "_s + text + u"\n\n"_s;
}

} // namespace

QString MarkdownReport::entry(const ResolvedCode &code)
{
    const CatalogEntry e = CatalogTranslation::localized(*code.entry);
    QString md = u"# "_s + code.displayCode() + u" — "_s + escaped(e.title) + u"\n\n"_s;
    QStringList facts { vocabulary::kindName(e.kind), vocabulary::statusName(e.status) };
    for (int cls : code.appliedClass >= 0 ? QList<int> { code.appliedClass } : e.classes)
        facts << vocabulary::classLabel(cls) + u' ' + vocabulary::className(cls);
    md += u'*' + escaped(facts.join(u" · ")) + u"*\n"_s;
    md += heading(vocabulary::heading(vocabulary::Heading::Meaning)) + escaped(e.summary) + u'\n';
    md += heading(vocabulary::heading(vocabulary::Heading::WhenSeen)) + escaped(e.whenSeen) + u'\n';
    md += heading(vocabulary::heading(vocabulary::Heading::HowToFix)) + escaped(e.howToFix) + u'\n';
    md += heading(vocabulary::heading(vocabulary::Heading::Causes));
    for (const QString &cause : e.causes)
        md += u"- "_s + escaped(cause) + u'\n';
    md += heading(vocabulary::heading(vocabulary::Heading::Checks));
    for (qsizetype i = 0; i < e.checks.size(); ++i) {
        md += QString::number(i + 1) + u". "_s + escaped(e.checks[i].step) + u'\n';
        if (!e.checks[i].command.isEmpty())
            md += u"\n   ```sh\n   "_s + e.checks[i].command + u"\n   ```\n"_s;
    }
    md += heading(vocabulary::heading(vocabulary::Heading::Retry)) + escaped(e.retry) + u'\n';
    md += heading(vocabulary::heading(vocabulary::Heading::WhoActs)) + vocabulary::actorName(e.actor) + u'\n';
    if (!e.related.isEmpty())
        md += heading(vocabulary::heading(vocabulary::Heading::Related)) + e.related.join(u", ") + u'\n';
    if (!e.references.isEmpty()) {
        md += heading(vocabulary::heading(vocabulary::Heading::References));
        for (const DocumentReference &reference : e.references)
            md += u"- "_s + reference.document
                + (reference.section.isEmpty() ? QString() : u" §"_s + reference.section) + u'\n';
    }
    for (const ProviderUsage &usage : e.providers) {
        md += heading(vocabulary::heading(vocabulary::Heading::ProviderUsage).arg(usage.provider))
            + escaped(usage.meaning) + u"\n\n"_s;
        md += u"    "_s + usage.sample + u'\n';
    }
    return md;
}

} // namespace smtpref
