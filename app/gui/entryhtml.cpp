#include "entryhtml.h"

#include "bidi.h"
#include "i18n/catalogtranslation.h"
#include "catalog/vocabulary.h"

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

QString section(const QString &heading, const QString &body)
{
    return u"<h3>"_s + EntryHtml::escaped(heading) + u"</h3>"_s + body;
}

// A paragraph of catalog or interface text, in the direction of the text itself (English catalog
// text stays left to right inside an Arabic interface).
QString paragraph(const QString &text)
{
    return u"<p dir=\""_s + bidi::directionOf(text) + u"\">"_s + EntryHtml::escaped(bidi::isolateCodes(text))
        + u"</p>"_s;
}

QString listItem(const QString &text)
{
    return u"<li dir=\""_s + bidi::directionOf(text) + u"\">"_s
        + EntryHtml::escaped(bidi::isolateCodes(text));
}

} // namespace

QString EntryHtml::page(const HtmlStyle &style)
{
    // The page follows the interface's direction; each paragraph then follows its own text.
    return u"<html><head><style>"_s + style.css() + u"</style></head><body dir=\""_s
        + (bidi::interfaceIsRightToLeft() ? u"rtl"_s : u"ltr"_s) + u"\">"_s;
}

QString EntryHtml::codeLinks(const QStringList &codes)
{
    QStringList links;
    for (const QString &code : codes)
        links << u"<a href=\"code:"_s + escaped(code) + u"\">"_s + escaped(bidi::isolateCodes(code))
                + u"</a>"_s;
    return links.join(u", ");
}

QString EntryHtml::classBadge(int cls, const HtmlStyle &style)
{
    return u"<b style=\"color: %1\">%2</b> %3"_s.arg(style.classColor(cls).name(),
                                                     bidi::isolateCodes(vocabulary::classLabel(cls)),
                                                     escaped(vocabulary::className(cls)));
}

QString EntryHtml::render(const ResolvedCode &code, const HtmlStyle &style)
{
    const CatalogEntry e = CatalogTranslation::localized(*code.entry);
    QString html = page(style);
    html += u"<h1>"_s + escaped(bidi::isolateCodes(code.displayCode())) + u" &nbsp;"_s
        + escaped(bidi::isolateCodes(e.title)) + u"</h1>"_s;

    QStringList classes;
    for (int cls : code.appliedClass >= 0 ? QList<int> { code.appliedClass } : e.classes)
        classes << classBadge(cls, style);
    QStringList facts { escaped(vocabulary::kindName(e.kind)) };
    facts << classes << escaped(vocabulary::statusName(e.status));
    html += u"<p class=\"muted\">"_s + facts.join(u" · ") + u"</p>"_s;
    if (const QString note = classNote(code); !note.isEmpty())
        html += u"<p><i>"_s + escaped(bidi::isolateCodes(note)) + u"</i></p>"_s;

    html += section(vocabulary::heading(vocabulary::Heading::Meaning), paragraph(e.summary));
    html += section(vocabulary::heading(vocabulary::Heading::WhenSeen), paragraph(e.whenSeen));
    html += section(vocabulary::heading(vocabulary::Heading::HowToFix), paragraph(e.howToFix));
    QString causes = u"<ul>"_s;
    for (const QString &cause : e.causes)
        causes += listItem(cause) + u"</li>"_s;
    html += section(vocabulary::heading(vocabulary::Heading::Causes), causes + u"</ul>"_s);

    QString checks = u"<ol>"_s;
    for (qsizetype i = 0; i < e.checks.size(); ++i) {
        checks += listItem(e.checks[i].step);
        if (!e.checks[i].command.isEmpty()) {
            checks += u"<pre dir=\"ltr\">"_s + escaped(e.checks[i].command) + u"</pre>"_s;
            checks += u"<a href=\"copy:%1\">%2</a>"_s.arg(i).arg(escaped(tr("Copy command")));
        }
        checks += u"</li>"_s;
    }
    html += section(vocabulary::heading(vocabulary::Heading::Checks), checks + u"</ol>"_s);

    html += section(vocabulary::heading(vocabulary::Heading::Retry), paragraph(e.retry));
    QStringList stages;
    for (const QString &stage : e.stages)
        stages << vocabulary::stageName(stage);
    html += section(vocabulary::heading(vocabulary::Heading::WhoActs),
                    paragraph(vocabulary::actorName(e.actor)));
    html += section(vocabulary::heading(vocabulary::Heading::Stages), paragraph(stages.join(u", ")));
    if (!e.pairs.isEmpty()) {
        html += section(e.isEnhanced() ? vocabulary::heading(vocabulary::Heading::SentWithBasic)
                                       : vocabulary::heading(vocabulary::Heading::UsualEnhanced),
                        u"<p>"_s + codeLinks(e.pairs) + u"</p>"_s);
    }
    if (!e.related.isEmpty())
        html += section(vocabulary::heading(vocabulary::Heading::Related),
                        u"<p>"_s + codeLinks(e.related) + u"</p>"_s);
    QStringList references;
    for (const DocumentReference &reference : e.references) {
        references << escaped(reference.section.isEmpty()
                                  ? reference.document
                                  : vocabulary::heading(vocabulary::Heading::DocumentSection)
                                        .arg(reference.document, reference.section));
    }
    if (!references.isEmpty())
        html += section(vocabulary::heading(vocabulary::Heading::References),
                        u"<p>"_s + references.join(u"<br>"_s) + u"</p>"_s);
    for (const ProviderUsage &usage : e.providers) {
        html += section(vocabulary::heading(vocabulary::Heading::ProviderUsage).arg(usage.provider),
                        paragraph(usage.meaning) + u"<pre dir=\"ltr\">"_s + escaped(usage.sample)
                            + u"</pre>"_s);
    }
    return html + u"</body></html>"_s;
}

} // namespace smtpref
