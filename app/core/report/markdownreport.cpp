#include "report/markdownreport.h"

#include "catalog/vocabulary.h"
#include "report/comparisonpage.h"
#include "report/entrypage.h"

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

QString body(const PageSection &s)
{
    using Form = PageSection::Form;
    QString md;
    switch (s.form) {
    case Form::Paragraph:
        return escaped(s.text) + u'\n';
    case Form::Bullets:
        for (const QString &item : s.items)
            md += u"- "_s + escaped(item) + u'\n';
        return md;
    case Form::Steps:
        for (qsizetype i = 0; i < s.steps.size(); ++i) {
            md += QString::number(i + 1) + u". "_s + escaped(s.steps[i].step) + u'\n';
            // A command is code: fenced, never escaped.
            if (!s.steps[i].command.isEmpty())
                md += u"\n   ```sh\n   "_s + s.steps[i].command + u"\n   ```\n"_s;
        }
        return md;
    case Form::CodeLinks:
    case Form::ComparisonLinks:
        return s.items.join(u", ") + u'\n';
    case Form::References:
        for (const DocumentReference &reference : s.references)
            md += u"- "_s + reference.document
                + (reference.section.isEmpty() ? QString() : u" §"_s + reference.section) + u'\n';
        return md;
    case Form::Sample:
        // The sample is a reply line verbatim: an indented code block.
        return escaped(s.text) + u"\n\n    "_s + s.sample + u'\n';
    }
    return md;
}

} // namespace

QString MarkdownReport::entry(const ResolvedCode &code)
{
    const EntryPage page = EntryPage::build(code);
    QString md = u"# "_s + page.code + u" — "_s + escaped(page.title) + u"\n\n"_s;
    QStringList facts { page.kind };
    for (int cls : page.classes)
        facts << vocabulary::classLabel(cls) + u' ' + vocabulary::className(cls);
    if (!page.subject.isEmpty())
        facts << page.subject;
    facts << page.status;
    md += u'*' + escaped(facts.join(u" · ")) + u"*\n"_s;
    if (!page.codeNote.isEmpty())
        md += heading(vocabulary::heading(vocabulary::Heading::Note)) + escaped(page.codeNote) + u'\n';
    for (const PageSection &s : page.sections)
        md += heading(s.heading) + body(s);
    return md;
}

QString MarkdownReport::comparison(const Comparison &comparison)
{
    const ComparisonPage page = ComparisonPage::build(comparison);
    QString md = u"# "_s + escaped(page.title) + u"\n\n"_s + escaped(page.intro) + u'\n';
    for (const CuratedSection &curated : page.curated) {
        md += heading(page.curated.size() == 1 ? page.curatedHeading : curated.heading);
        for (const auto &[label, text] : curated.paragraphs)
            md += u"**"_s + escaped(label) + u"**: "_s + escaped(text) + u"\n\n"_s;
        md.chop(1);
    }
    // Long texts side by side make an unreadable table: each side's text under the same heading.
    for (const ComparisonRow &row : page.texts) {
        md += heading(row.label);
        if (row.values.isEmpty())
            md += u"**"_s + escaped(page.sharedLabel) + u"**: "_s + escaped(row.shared) + u'\n';
        for (qsizetype i = 0; i < row.values.size(); ++i)
            md += (i ? u"\n"_s : QString()) + u"**"_s + page.sides[i].code + u"**: "_s + escaped(row.values[i]) + u'\n';
    }
    if (!page.differences.isEmpty()) {
        // Short values: a table, one row an aspect.
        md += heading(page.differencesHeading) + u"| |"_s;
        for (const ComparisonSide &side : page.sides)
            md += u' ' + side.code + u" |"_s;
        md += u"\n|---|"_s + u"---|"_s.repeated(page.sides.size()) + u'\n';
        for (const ComparisonRow &difference : page.differences) {
            md += u"| "_s + escaped(difference.label) + u" |"_s;
            for (const QString &value : difference.values)
                md += u' ' + escaped(value) + u" |"_s;
            md += u'\n';
        }
    }
    if (!page.advice.isEmpty())
        md += heading(page.adviceHeading) + escaped(page.advice) + u'\n';
    return md;
}

} // namespace smtpref
