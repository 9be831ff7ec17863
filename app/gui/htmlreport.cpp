#include "htmlreport.h"

#include "bidi.h"
#include "catalog/vocabulary.h"
#include "report/comparisonpage.h"
#include "report/entrypage.h"

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// "<html>…<body>" with the style sheet. The page follows the interface's direction; each paragraph
// then follows its own text.
QString page(const HtmlStyle &style, const QString &body)
{
    return u"<html><head><style>"_s + style.css() + u"</style></head><body dir=\""_s
        + (bidi::interfaceIsRightToLeft() ? u"rtl"_s : u"ltr"_s) + u"\">"_s + body + u"</body></html>"_s;
}

// A paragraph of catalog or interface text, in the direction of the text itself (English catalog
// text stays left to right inside an Arabic interface).
QString paragraph(const QString &text)
{
    return u"<p dir=\""_s + bidi::directionOf(text) + u"\">"_s + escaped(bidi::isolateCodes(text))
        + u"</p>"_s;
}

QString listItem(const QString &text)
{
    return u"<li dir=\""_s + bidi::directionOf(text) + u"\">"_s + escaped(bidi::isolateCodes(text));
}

QString codeLinks(const QStringList &codes)
{
    QStringList links;
    for (const QString &code : codes)
        links << u"<a href=\"code:"_s + escaped(code) + u"\">"_s + escaped(bidi::isolateCodes(code))
                + u"</a>"_s;
    return links.join(u", ");
}

QString classBadge(int cls, const HtmlStyle &style)
{
    return u"<b style=\"color: %1\">%2</b> %3"_s.arg(style.classColor(cls).name(),
                                                     bidi::isolateCodes(vocabulary::classLabel(cls)),
                                                     escaped(vocabulary::className(cls)));
}

QString verbatim(const QString &text)
{
    return u"<pre dir=\"ltr\">"_s + escaped(text) + u"</pre>"_s;
}

QString body(const PageSection &s)
{
    using Form = PageSection::Form;
    QString html;
    switch (s.form) {
    case Form::Paragraph:
        return paragraph(s.text);
    case Form::Bullets:
        for (const QString &item : s.items)
            html += listItem(item) + u"</li>"_s;
        return u"<ul>"_s + html + u"</ul>"_s;
    case Form::Steps:
        for (qsizetype i = 0; i < s.steps.size(); ++i) {
            html += listItem(s.steps[i].step);
            if (!s.steps[i].command.isEmpty()) {
                html += verbatim(s.steps[i].command);
                html += u"<a href=\"copy:%1\">%2</a>"_s.arg(i).arg(escaped(HtmlReport::tr("Copy command")));
            }
            html += u"</li>"_s;
        }
        return u"<ol>"_s + html + u"</ol>"_s;
    case Form::CodeLinks:
        return u"<p>"_s + codeLinks(s.items) + u"</p>"_s;
    case Form::References: {
        QStringList references;
        for (const DocumentReference &reference : s.references) {
            references << escaped(reference.section.isEmpty()
                                      ? reference.document
                                      : vocabulary::heading(vocabulary::Heading::DocumentSection)
                                            .arg(reference.document, reference.section));
        }
        return u"<p>"_s + references.join(u"<br>"_s) + u"</p>"_s;
    }
    case Form::Sample:
        return paragraph(s.text) + verbatim(s.sample);
    }
    return html;
}

QString section(const QString &heading, const QString &body)
{
    return u"<h3>"_s + escaped(heading) + u"</h3>"_s + body;
}

// A comparison's row: the label, then each side.
QString row(const QString &label, const QString &a, const QString &b)
{
    auto cell = [](const QString &html, const QString &width) -> QString {
        return u"<td width=\"%1\">"_s.arg(width) + html + u"</td>"_s;
    };
    return u"<tr>"_s + cell(u"<b>"_s + escaped(label) + u"</b>"_s, u"16%"_s) + cell(a, u"42%"_s)
        + cell(b, u"42%"_s) + u"</tr>"_s;
}

QString head(const ComparisonSide &side)
{
    return u"<b>"_s + escaped(side.code) + u"</b> "_s + escaped(side.title) + u" <span class=\"muted\">("_s
        + codeLinks({ side.catalogCode }) + u")</span>"_s;
}

} // namespace

QString HtmlReport::entry(const ResolvedCode &code, const HtmlStyle &style)
{
    const EntryPage entry = EntryPage::build(code);
    QString html = u"<h1>"_s + escaped(bidi::isolateCodes(entry.code)) + u" &nbsp;"_s
        + escaped(bidi::isolateCodes(entry.title)) + u"</h1>"_s;

    QStringList facts { escaped(entry.kind) };
    for (int cls : entry.classes)
        facts << classBadge(cls, style);
    if (!entry.subject.isEmpty())
        facts << escaped(entry.subject);
    facts << escaped(entry.status);
    html += u"<p class=\"muted\">"_s + facts.join(u" · ") + u"</p>"_s;
    if (!entry.classNote.isEmpty())
        html += u"<p><i>"_s + escaped(bidi::isolateCodes(entry.classNote)) + u"</i></p>"_s;

    for (const PageSection &s : entry.sections)
        html += section(s.heading, body(s));
    return page(style, html);
}

QString HtmlReport::start(const StartPage &startPage, const HtmlStyle &style)
{
    QString html = u"<h1>"_s + escaped(startPage.title) + u"</h1>"_s + paragraph(startPage.classesIntro);
    html += u"<table cellspacing=\"0\">"_s;
    for (const StartPage::ReplyClass &reply : startPage.classes) {
        html += u"<tr><td><b style=\"color: %1\">%2</b></td><td>%3</td><td class=\"muted\">%4</td></tr>"_s.arg(
            style.classColor(reply.cls).name(), bidi::isolateCodes(reply.label), escaped(reply.name),
            escaped(reply.meaning));
    }
    html += u"</table>"_s;

    QString codes;
    for (const StartPage::CommonCode &code : startPage.codes) {
        codes += u"<tr><td><a href=\"code:"_s + escaped(code.code) + u"\"><b>"_s
            + escaped(bidi::isolateCodes(code.code)) + u"</b></a></td><td>"_s + escaped(code.title)
            + u"</td></tr>"_s;
    }
    html += section(startPage.codesHeading, u"<table cellspacing=\"0\">"_s + codes + u"</table>"_s);

    QString tips;
    for (const StartPage::SearchTip &tip : startPage.tips) {
        if (tip.examples.isEmpty()) {
            tips += u"<tr><td colspan=\"2\">"_s + escaped(tip.explanation) + u"</td></tr>"_s;
            continue;
        }
        QStringList examples;
        for (const QString &example : tip.examples)
            examples << u"<code>"_s + escaped(bidi::isolateCodes(example)) + u"</code>"_s;
        tips += u"<tr><td>"_s + examples.join(u"&nbsp; "_s) + u"</td><td>"_s + escaped(tip.explanation)
            + u"</td></tr>"_s;
    }
    html += u"<a name=\""_s + QStringView(startSearchAnchor) + u"\"></a>"_s
        + section(startPage.searchHeading, u"<table cellspacing=\"0\">"_s + tips + u"</table>"_s);
    return page(style, html);
}

QString HtmlReport::comparisonPlaceholder(const HtmlStyle &style)
{
    return page(style,
                u"<p class=\"muted\">"_s
                    + escaped(tr("Choose two codes above, or select a code in the list and press Ctrl+D "
                                 "to compare it with the code shown in Details."))
                    + u"</p>"_s);
}

QString HtmlReport::comparison(const Comparison &comparison, const HtmlStyle &style)
{
    const ComparisonPage c = ComparisonPage::build(comparison);
    QString html = u"<h1>"_s + escaped(bidi::isolateCodes(c.title)) + u"</h1>"_s + paragraph(c.intro);
    if (!c.texts.isEmpty()) {
        html += u"<table width=\"100%\" cellspacing=\"0\">"_s;
        html += u"<tr><th></th><th>"_s + head(c.a) + u"</th><th>"_s + head(c.b) + u"</th></tr>"_s;
        for (const ComparisonRow &text : c.texts)
            html += row(text.label, paragraph(text.a), paragraph(text.b));
        html += u"</table>"_s;
    }
    if (!c.differences.isEmpty()) {
        html += section(c.differencesHeading, u"<table width=\"100%\" cellspacing=\"0\">"_s);
        html += u"<tr><th></th><th>"_s + escaped(c.a.code) + u"</th><th>"_s + escaped(c.b.code)
            + u"</th></tr>"_s;
        for (const ComparisonRow &difference : c.differences)
            html += row(difference.label, paragraph(difference.a), paragraph(difference.b));
        html += u"</table>"_s;
    }
    if (!c.advice.isEmpty())
        html += section(c.adviceHeading, paragraph(c.advice));
    return page(style, html);
}

} // namespace smtpref
