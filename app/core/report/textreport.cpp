#include "report/textreport.h"

#include "catalog/vocabulary.h"
#include "report/comparisonpage.h"
#include "report/findingpage.h"

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

constexpr int defaultWidth = 80;
constexpr int minimumWidth = 40;
constexpr int maximumWidth = 120;
constexpr int bodyIndent = 2;

} // namespace

TextReport::TextReport(int width)
    : m_width(std::clamp(width, minimumWidth, maximumWidth))
{ }

int TextReport::terminalWidth()
{
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns >= minimumWidth ? std::min(columns, maximumWidth) : defaultWidth;
}

QString TextReport::wrap(const QString &text, int indent) const
{
    const QString margin(indent, u' ');
    QString result;
    QString line = margin;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (line.size() > indent && line.size() + 1 + word.size() > m_width) {
            result += line + u'\n';
            line = margin;
        }
        if (line.size() > indent)
            line += u' ';
        line += word;
    }
    return result + line + u'\n';
}

QString TextReport::section(const QString &heading, const QString &body) const
{
    return u'\n' + heading + u'\n' + wrap(body, bodyIndent);
}

QString TextReport::bulletList(const QStringList &items) const
{
    QString result;
    for (const QString &item : items)
        result += u"  - " + wrap(item, bodyIndent + 2).mid(bodyIndent + 2);
    return result;
}

QString TextReport::header(const EntryPage &page) const
{
    QString first = page.code;
    if (page.code != page.catalogCode)
        first += u" (" + page.catalogCode + u')';
    first += u' ' + page.title;

    QStringList facts { page.kind };
    if (page.classIsNamed)
        facts << tr("class %1 %2")
                     .arg(vocabulary::classLabel(page.classes.value(0)),
                          vocabulary::className(page.classes.value(0)));
    else if (page.classes.isEmpty())
        facts << tr("no class (deprecated)");
    else
        facts << tr("classes %1").arg(vocabulary::classLabels(page.classes));
    if (!page.subject.isEmpty())
        facts << page.subject;
    facts << page.status;
    return wrap(first, 0) + wrap(facts.join(u" · "), 0);
}

QString TextReport::section(const PageSection &s) const
{
    using Form = PageSection::Form;
    switch (s.form) {
    case Form::Paragraph:
        return section(s.heading, s.text);
    case Form::Bullets:
        return u'\n' + s.heading + u'\n' + bulletList(s.items);
    case Form::Steps: {
        QString text = u'\n' + s.heading + u'\n';
        for (qsizetype i = 0; i < s.steps.size(); ++i) {
            const QString number = QString::number(i + 1) + u". ";
            const int indent = bodyIndent + static_cast<int>(number.size());
            text += u"  " + number + wrap(s.steps[i].step, indent).mid(indent);
            if (!s.steps[i].command.isEmpty())
                text += QString(indent, u' ') + u"$ " + s.steps[i].command + u'\n';
        }
        return text;
    }
    case Form::CodeLinks:
    case Form::ComparisonLinks:
        return section(s.heading, s.items.join(u", "));
    case Form::References: {
        QStringList references;
        for (const DocumentReference &reference : s.references)
            references << (reference.section.isEmpty()
                               ? reference.document
                               : vocabulary::heading(vocabulary::Heading::DocumentSection)
                                     .arg(reference.document, reference.section));
        return section(s.heading, references.join(u"; "));
    }
    case Form::Sample:
        return section(s.heading, s.text) + wrap(u'"' + s.sample + u'"', bodyIndent + 2);
    }
    return {};
}

QString TextReport::entry(const ResolvedCode &code) const
{
    const EntryPage page = EntryPage::build(code);
    QString text = header(page);
    if (!page.codeNote.isEmpty())
        text += section(vocabulary::heading(vocabulary::Heading::Note), page.codeNote);
    for (const PageSection &s : page.sections)
        text += section(s);
    return text;
}

QString TextReport::comparison(const Comparison &comparison) const
{
    const ComparisonPage page = ComparisonPage::build(comparison);
    QString text = wrap(page.title, 0) + u'\n' + wrap(page.intro, 0);
    for (const CuratedSection &curated : page.curated) {
        text += u'\n' + (page.curated.size() == 1 ? page.curatedHeading : curated.heading) + u'\n';
        for (const auto &[label, paragraph] : curated.paragraphs)
            text += u"  " + label + u'\n' + wrap(paragraph, bodyIndent + 2);
    }
    // Each side's text under the same heading, one after the other: a terminal has no columns to spare.
    for (const ComparisonRow &row : page.texts) {
        text += u'\n' + row.label + u'\n';
        if (row.values.isEmpty())
            text += u"  " + page.sharedLabel + u'\n' + wrap(row.shared, bodyIndent + 2);
        for (qsizetype i = 0; i < row.values.size(); ++i)
            text += u"  " + page.sides[i].code + u'\n' + wrap(row.values[i], bodyIndent + 2);
    }
    if (!page.differences.isEmpty())
        text += u'\n' + page.differencesHeading + u'\n';
    for (const ComparisonRow &difference : page.differences) {
        text += u"  " + difference.label + u'\n';
        for (qsizetype i = 0; i < difference.values.size(); ++i)
            text += wrap(page.sides[i].code + u": " + difference.values[i], bodyIndent + 2);
    }
    if (!page.advice.isEmpty())
        text += section(page.adviceHeading, page.advice);
    return text;
}

QString TextReport::finding(const ExplainFinding &finding, const Catalog &catalog) const
{
    const FindingPage page = FindingPage::build(finding, catalog);
    QString text = wrap(page.heading, 0);
    if (!page.title.isEmpty())
        text += wrap(page.title, bodyIndent);
    if (!page.facts.isEmpty())
        text += wrap(page.facts.join(u" · "), bodyIndent);
    for (const QString &note : page.notes)
        text += u"  ! " + wrap(note, bodyIndent + 2).mid(bodyIndent + 2);
    return text + u'\n';
}

QString TextReport::verdicts(const QList<Verdict> &verdicts) const
{
    if (verdicts.isEmpty())
        return {};
    QString text = VerdictCard::heading(verdicts.size()) + u'\n';
    for (const Verdict &verdict : verdicts) {
        const VerdictCard card = VerdictCard::build(verdict);
        text += u"  " + card.recipient + u'\n' + wrap(card.summary(), bodyIndent + 2)
            + wrap(card.actor + u". " + card.action, bodyIndent + 2);
    }
    return text + u'\n';
}

QString TextReport::listLine(const QString &code, const QString &title) const
{
    // The title wraps under itself; the code sits in the indent of its first line.
    constexpr int codeColumn = 9;
    const QString lines = wrap(title, codeColumn);
    return code.leftJustified(codeColumn - 1) + u' ' + lines.mid(codeColumn);
}

} // namespace smtpref
