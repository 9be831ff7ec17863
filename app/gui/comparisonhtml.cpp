#include "comparisonhtml.h"

#include "bidi.h"
#include "i18n/catalogtranslation.h"
#include "entryhtml.h"
#include "catalog/vocabulary.h"

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

QString cell(const QString &html, const QString &width = QString())
{
    return (width.isEmpty() ? u"<td>"_s : u"<td width=\"%1\">"_s.arg(width)) + html + u"</td>"_s;
}

// Catalog or interface text in a cell, in its own direction, codes kept in order.
QString text(const QString &plain)
{
    return u"<p dir=\""_s + bidi::directionOf(plain) + u"\">"_s
        + EntryHtml::escaped(bidi::isolateCodes(plain)) + u"</p>"_s;
}

QString row(const QString &label, const QString &a, const QString &b)
{
    return u"<tr>"_s + cell(u"<b>"_s + EntryHtml::escaped(label) + u"</b>"_s, u"16%"_s) + cell(a, u"42%"_s)
        + cell(b, u"42%"_s) + u"</tr>"_s;
}

QString head(const ResolvedCode &code)
{
    const QString link = EntryHtml::codeLinks({ code.entry->code });
    return u"<b>"_s + EntryHtml::escaped(code.displayCode()) + u"</b> "_s
        + EntryHtml::escaped(CatalogTranslation::title(*code.entry)) + u" <span class=\"muted\">("_s + link
        + u")</span>"_s;
}

QString page(const HtmlStyle &style, const QString &body)
{
    return EntryHtml::page(style) + body + u"</body></html>"_s;
}

} // namespace

QString ComparisonHtml::placeholder(const HtmlStyle &style)
{
    return page(
        style,
        u"<p class=\"muted\">"_s
            + EntryHtml::escaped(tr("Choose two codes above, or select a code in the list and press Ctrl+D "
                                    "to compare it with the code shown in Details."))
            + u"</p>"_s);
}

QString ComparisonHtml::render(const Comparison &c, const HtmlStyle &style)
{
    const QString codeA = c.a.displayCode();
    const QString codeB = c.b.displayCode();
    QString body = u"<h1>"_s
        + EntryHtml::escaped(bidi::isolateCodes(
            vocabulary::heading(vocabulary::Heading::ComparedWith).arg(codeA, codeB)))
        + u"</h1>"_s;
    body += text(c.intro);
    if (c.sameCode)
        return page(style, body);

    body += u"<table width=\"100%\" cellspacing=\"0\">"_s;
    body += u"<tr><th></th><th>"_s + head(c.a) + u"</th><th>"_s + head(c.b) + u"</th></tr>"_s;
    const CatalogEntry a = CatalogTranslation::localized(*c.a.entry);
    const CatalogEntry b = CatalogTranslation::localized(*c.b.entry);
    body += row(vocabulary::heading(vocabulary::Heading::Meaning), text(a.summary), text(b.summary));
    body += row(vocabulary::heading(vocabulary::Heading::WhenSeen), text(a.whenSeen), text(b.whenSeen));
    body += row(vocabulary::heading(vocabulary::Heading::HowToFix), text(a.howToFix), text(b.howToFix));
    body += u"</table>"_s;

    body += u"<h3>"_s + EntryHtml::escaped(vocabulary::heading(vocabulary::Heading::KeyDifferences))
        + u"</h3>"_s;
    body += u"<table width=\"100%\" cellspacing=\"0\">"_s;
    body += u"<tr><th></th><th>"_s + EntryHtml::escaped(codeA) + u"</th><th>"_s + EntryHtml::escaped(codeB)
        + u"</th></tr>"_s;
    for (const ComparisonDifference &difference : c.differences)
        body += row(difference.label, text(difference.a), text(difference.b));
    body += u"</table>"_s;

    body += u"<h3>"_s + EntryHtml::escaped(vocabulary::heading(vocabulary::Heading::WhenToUseWhich))
        + u"</h3>"_s;
    body += text(c.whenToUseWhich);
    return page(style, body);
}

} // namespace smtpref
