#include "htmlreport.h"

#include "report/verdictcard.h"

#include "bidi.h"
#include "catalog/vocabulary.h"
#include "code/replycode.h"
#include "report/comparisonpage.h"
#include "report/entrypage.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

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

// A table in the interface's direction: the rich-text engine lays every table out left to right, so in
// a right-to-left interface the table spans the page and each row (tableRow) lists its cells reversed.
QString table(const QString &rows)
{
    return (bidi::interfaceIsRightToLeft() ? u"<table cellspacing=\"0\" width=\"100%\">"_s
                                           : u"<table cellspacing=\"0\">"_s)
        + rows + u"</table>"_s;
}

QString tableRow(QStringList cells)
{
    if (bidi::interfaceIsRightToLeft())
        std::reverse(cells.begin(), cells.end());
    return u"<tr>"_s + cells.join(QString()) + u"</tr>"_s;
}

// A table cell of catalog or interface text, in the direction of the text itself.
// attributes: more of them for the cell ("class=\"muted\"").
QString cell(const QString &text, const QString &attributes = QString())
{
    // Aligned to the interface's side, as the result list aligns its titles, whatever the text's direction.
    const QString align = bidi::interfaceIsRightToLeft() ? u" align=\"right\" "_s : u" "_s;
    return u"<td dir=\""_s + bidi::directionOf(text) + u"\""_s + align + attributes + u">"_s
        + escaped(bidi::isolateCodes(text)) + u"</td>"_s;
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
    case Form::ComparisonLinks: {
        QStringList links;
        for (qsizetype i = 0; i < s.items.size(); ++i) {
            links << u"<a href=\"compare:"_s + escaped(s.comparisons[i].first + u',' + s.comparisons[i].second)
                    + u"\">"_s + escaped(bidi::isolateCodes(s.items[i])) + u"</a>"_s;
        }
        return u"<p>"_s + links.join(u", ") + u"</p>"_s;
    }
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

// A comparison's row: the label, then each side's text, or the text they share in one wide cell.
QString row(const ComparisonRow &r, const QString &sharedLabel)
{
    const qsizetype sides = std::max<qsizetype>(r.values.size(), 2);
    const int labelWidth = 16;
    const int sideWidth = (100 - labelWidth) / int(sides);
    QStringList cells { u"<td width=\"%1%\"><b>"_s.arg(labelWidth) + escaped(r.label) + u"</b></td>"_s };
    if (r.values.isEmpty()) {
        cells << u"<td colspan=\"%1\"><span class=\"muted\">"_s.arg(sides) + escaped(sharedLabel)
                + u"</span>"_s + paragraph(r.shared) + u"</td>"_s;
    } else {
        for (const QString &value : r.values)
            cells << u"<td width=\"%1%\">"_s.arg(sideWidth) + paragraph(value) + u"</td>"_s;
    }
    return tableRow(cells);
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
    if (!entry.codeNote.isEmpty())
        html += u"<p><i>"_s + escaped(bidi::isolateCodes(entry.codeNote)) + u"</i></p>"_s;

    for (const PageSection &s : entry.sections)
        html += section(s.heading, body(s));
    return page(style, html);
}

QString HtmlReport::start(const StartPage &startPage, const HtmlStyle &style)
{
    QString html = u"<h1>"_s + escaped(startPage.title) + u"</h1>"_s + paragraph(startPage.classesIntro);
    QString classes;
    for (const StartPage::ReplyClass &reply : startPage.classes) {
        classes += tableRow({ u"<td><b style=\"color: %1\">%2</b></td>"_s.arg(
                                  style.classColor(reply.cls).name(), escaped(bidi::isolateCodes(reply.label))),
                              cell(reply.name), cell(reply.meaning, u"class=\"muted\""_s) });
    }
    html += table(classes);

    QString codes;
    for (const StartPage::CommonCode &code : startPage.codes) {
        codes += tableRow({ u"<td><a href=\"code:"_s + escaped(code.code) + u"\"><b>"_s
                                + escaped(bidi::isolateCodes(code.code)) + u"</b></a></td>"_s,
                            cell(code.title) });
    }
    html += section(startPage.codesHeading, table(codes));

    QString tips;
    for (const StartPage::SearchTip &tip : startPage.tips) {
        if (tip.examples.isEmpty()) {
            tips += tableRow({ cell(tip.explanation, u"colspan=\"2\""_s) });
            continue;
        }
        QStringList examples;
        for (const QString &example : tip.examples)
            examples << u"<code>"_s + escaped(bidi::leftToRight(example)) + u"</code>"_s;
        // The examples are set apart, each typed exactly so; a long one (a pasted line) wraps in its column.
        tips += tableRow({ u"<td width=\"45%\">"_s
                               + examples.join(u" <span class=\"muted\">&nbsp;·&nbsp;</span> "_s) + u"</td>"_s,
                           cell(tip.explanation) });
    }
    html += u"<a name=\""_s + QStringView(startSearchAnchor) + u"\"></a>"_s
        + section(startPage.searchHeading, table(tips));
    return page(style, html);
}

QString HtmlReport::verdicts(const QList<Verdict> &verdicts, const HtmlStyle &style)
{
    // A mail log of megabytes has thousands of verdicts: the first cards, then the count of each
    // category over all of them (the findings list below has every line).
    constexpr qsizetype maxCards = 50;
    QString html = u"<h3>"_s + escaped(VerdictCard::heading(verdicts.size())) + u"</h3>"_s;
    for (qsizetype i = 0; i < verdicts.size() && i < maxCards; ++i) {
        const Verdict &verdict = verdicts[i];
        const VerdictCard card = VerdictCard::build(verdict);
        // The enhanced code as sent opens its entry in that class (and a provider's range with that
        // code); a basic code or a provider's tag opens its own.
        const QString target = ReplyCode::parse(verdict.catalogCode).isEnhanced() && !verdict.enhanced.isEmpty()
            ? verdict.enhanced
            : verdict.catalogCode;
        const QString codes = verdict.catalogCode.isEmpty()
            ? escaped(card.codes)
            : u"<a href=\"code:"_s + escaped(target) + u"\">"_s + escaped(bidi::isolateCodes(card.codes))
                + u"</a>"_s;
        QStringList summary { u"<b>"_s + escaped(card.category) + u"</b>"_s };
        if (!card.codes.isEmpty())
            summary << codes;
        if (!card.finality.isEmpty())
            summary << escaped(card.finality);
        html += u"<p dir=\""_s + bidi::directionOf(card.recipient + card.category) + u"\"><b>"_s
            + escaped(bidi::isolateCodes(card.recipient)) + u"</b><br/>"_s
            + summary.join(u" <span class=\"muted\">·</span> "_s) + u"<br/><span class=\"muted\">"_s
            + escaped(card.actor) + u".</span> "_s + escaped(card.action) + u"</p>"_s;
    }
    if (verdicts.size() > maxCards) {
        QMap<int, qsizetype> counts;
        for (const Verdict &verdict : verdicts)
            ++counts[int(verdict.category)];
        QList<std::pair<qsizetype, int>> byCount;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            byCount.append({ it.value(), it.key() });
        std::sort(byCount.begin(), byCount.end(), std::greater<>());
        QString rows;
        for (const auto &[count, category] : byCount)
            rows += tableRow({ cell(QLocale().toString(count)), cell(VerdictCategories::name(VerdictCategory(category))) });
        html += paragraph(tr("%n more verdict(s) not shown; all of them by category:", nullptr,
                             int(verdicts.size() - maxCards)))
            + table(rows);
    }
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
    for (const CuratedSection &curated : c.curated) {
        QString body;
        for (const auto &[label, text] : curated.paragraphs)
            body += u"<p><b>"_s + escaped(label) + u"</b></p>"_s + paragraph(text);
        html += section(c.curated.size() == 1 ? c.curatedHeading : curated.heading, body);
    }
    if (!c.texts.isEmpty()) {
        QStringList heads { u"<th></th>"_s };
        for (const ComparisonSide &side : c.sides)
            heads << u"<th>"_s + head(side) + u"</th>"_s;
        html += u"<table width=\"100%\" cellspacing=\"0\">"_s + tableRow(heads);
        for (const ComparisonRow &text : c.texts)
            html += row(text, c.sharedLabel);
        html += u"</table>"_s;
    }
    if (!c.differences.isEmpty()) {
        QStringList heads { u"<th></th>"_s };
        for (const ComparisonSide &side : c.sides)
            heads << u"<th>"_s + escaped(side.code) + u"</th>"_s;
        html += section(c.differencesHeading, u"<table width=\"100%\" cellspacing=\"0\">"_s + tableRow(heads));
        for (const ComparisonRow &difference : c.differences)
            html += row(difference, c.sharedLabel);
        html += u"</table>"_s;
    }
    if (!c.advice.isEmpty())
        html += section(c.adviceHeading, paragraph(c.advice));
    return page(style, html);
}

} // namespace smtpref
