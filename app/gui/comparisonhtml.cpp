#include "comparisonhtml.h"

#include "entryhtml.h"

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

QString cell(const QString &html, const QString &width = QString())
{
    return (width.isEmpty() ? u"<td>"_s : u"<td width=\"%1\">"_s.arg(width)) + html + u"</td>"_s;
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
        + EntryHtml::escaped(code.entry->title) + u" <span class=\"muted\">("_s + link + u")</span>"_s;
}

QString page(const HtmlStyle &style, const QString &body)
{
    return u"<html><head><style>"_s + style.css() + u"</style></head><body>"_s + body + u"</body></html>"_s;
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
    QString body = u"<h1>"_s + EntryHtml::escaped(tr("%1 compared with %2").arg(codeA, codeB)) + u"</h1>"_s;
    body += u"<p>"_s + EntryHtml::escaped(c.intro) + u"</p>"_s;
    if (c.sameCode)
        return page(style, body);

    body += u"<table width=\"100%\" cellspacing=\"0\">"_s;
    body += u"<tr><th></th><th>"_s + head(c.a) + u"</th><th>"_s + head(c.b) + u"</th></tr>"_s;
    const CatalogEntry &a = *c.a.entry;
    const CatalogEntry &b = *c.b.entry;
    body += row(tr("What it means"), EntryHtml::escaped(a.summary), EntryHtml::escaped(b.summary));
    body += row(tr("When you see it"), EntryHtml::escaped(a.whenSeen), EntryHtml::escaped(b.whenSeen));
    body += row(tr("How to fix it"), EntryHtml::escaped(a.howToFix), EntryHtml::escaped(b.howToFix));
    body += u"</table>"_s;

    body += u"<h3>"_s + EntryHtml::escaped(tr("Key differences")) + u"</h3>"_s;
    body += u"<table width=\"100%\" cellspacing=\"0\">"_s;
    body += u"<tr><th></th><th>"_s + EntryHtml::escaped(codeA) + u"</th><th>"_s + EntryHtml::escaped(codeB)
        + u"</th></tr>"_s;
    for (const ComparisonDifference &difference : c.differences)
        body += row(difference.label, EntryHtml::escaped(difference.a), EntryHtml::escaped(difference.b));
    body += u"</table>"_s;

    body += u"<h3>"_s + EntryHtml::escaped(tr("When to use which")) + u"</h3>"_s;
    body += u"<p>"_s + EntryHtml::escaped(c.whenToUseWhich) + u"</p>"_s;
    return page(style, body);
}

} // namespace smtpref
