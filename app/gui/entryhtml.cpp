#include "entryhtml.h"

#include "vocabulary.h"

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString codeLinks(const QStringList &codes)
{
    QStringList links;
    for (const QString &code : codes)
        links << u"<a href=\"code:"_s + escaped(code) + u"\">"_s + escaped(code) + u"</a>"_s;
    return links.join(u", ");
}

QString section(const QString &heading, const QString &body)
{
    return u"<h3>"_s + escaped(heading) + u"</h3>"_s + body;
}

QString paragraph(const QString &text)
{
    return u"<p>"_s + escaped(text) + u"</p>"_s;
}

} // namespace

QString EntryHtml::render(const ResolvedCode &code)
{
    const CatalogEntry &e = *code.entry;
    QString html = u"<h2>"_s + escaped(code.displayCode()) + u" &nbsp; "_s + escaped(e.title) + u"</h2>"_s;
    QStringList facts { vocabulary::kindName(e.kind) };
    QStringList classes;
    for (int cls : code.appliedClass >= 0 ? QList<int> { code.appliedClass } : e.classes)
        classes << vocabulary::classLabel(cls) + u' ' + vocabulary::className(cls);
    facts << classes << vocabulary::statusName(e.status);
    html += u"<p><i>"_s + escaped(facts.join(u" · ")) + u"</i></p>"_s;

    html += section(tr("What it means"), paragraph(e.summary));
    html += section(tr("When you see it"), paragraph(e.whenSeen));
    html += section(tr("How to fix it"), paragraph(e.howToFix));
    QString causes = u"<ul>"_s;
    for (const QString &cause : e.causes)
        causes += u"<li>"_s + escaped(cause) + u"</li>"_s;
    html += section(tr("Causes"), causes + u"</ul>"_s);
    QString checks = u"<ol>"_s;
    for (const DiagnosticCheck &check : e.checks) {
        checks += u"<li>"_s + escaped(check.step);
        if (!check.command.isEmpty())
            checks += u"<pre>"_s + escaped(check.command) + u"</pre>"_s;
        checks += u"</li>"_s;
    }
    html += section(tr("Checks"), checks + u"</ol>"_s);
    html += section(tr("Retry"), paragraph(e.retry));
    html += section(tr("Who acts"), paragraph(vocabulary::actorName(e.actor)));
    if (!e.pairs.isEmpty())
        html += section(tr("Usual pairs"), u"<p>"_s + codeLinks(e.pairs) + u"</p>"_s);
    if (!e.related.isEmpty())
        html += section(tr("Related codes"), u"<p>"_s + codeLinks(e.related) + u"</p>"_s);
    QStringList references;
    for (const DocumentReference &reference : e.references)
        references << escaped(reference.section.isEmpty()
                                  ? reference.document
                                  : tr("%1 section %2").arg(reference.document, reference.section));
    if (!references.isEmpty())
        html += section(tr("References"), u"<p>"_s + references.join(u"<br>"_s) + u"</p>"_s);
    for (const ProviderUsage &usage : e.providers) {
        html += section(tr("As %1 uses it").arg(usage.provider),
                        paragraph(usage.meaning) + u"<pre>"_s + escaped(usage.sample) + u"</pre>"_s);
    }
    return html;
}

} // namespace smtpref
