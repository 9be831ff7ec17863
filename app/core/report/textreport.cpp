#include "report/textreport.h"

#include "i18n/catalogtranslation.h"
#include "catalog/vocabulary.h"

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

QString TextReport::header(const ResolvedCode &code) const
{
    const CatalogEntry &entry = *code.entry;
    QString first = code.displayCode();
    if (code.appliedClass >= 0)
        first += u" (" + entry.code + u')';
    first += u' ' + CatalogTranslation::title(entry);

    QStringList facts { vocabulary::kindName(entry.kind) };
    const int cls
        = code.appliedClass >= 0 ? code.appliedClass : (entry.isEnhanced() ? -1 : entry.classes.value(0));
    if (cls >= 0) {
        facts << tr("class %1 %2").arg(vocabulary::classLabel(cls), vocabulary::className(cls));
    } else {
        facts << (entry.classes.isEmpty() ? tr("no class (deprecated)")
                                          : tr("classes %1").arg(vocabulary::classLabels(entry.classes)));
    }
    if (entry.isEnhanced())
        facts << vocabulary::subjectName(entry.code.mid(2, 1).toInt());
    facts << vocabulary::statusName(entry.status);
    return wrap(first, 0) + wrap(facts.join(u" · "), 0);
}

QString TextReport::classNote(const ResolvedCode &code) const
{
    const QString note = smtpref::classNote(code);
    return note.isEmpty() ? QString() : section(vocabulary::heading(vocabulary::Heading::Note), note);
}

QString TextReport::entry(const ResolvedCode &code) const
{
    const CatalogEntry e = CatalogTranslation::localized(*code.entry);
    QString text = header(code) + classNote(code);
    text += section(vocabulary::heading(vocabulary::Heading::Meaning), e.summary);
    text += section(vocabulary::heading(vocabulary::Heading::WhenSeen), e.whenSeen);
    text += section(vocabulary::heading(vocabulary::Heading::HowToFix), e.howToFix);
    text += u'\n' + vocabulary::heading(vocabulary::Heading::Causes) + u'\n' + bulletList(e.causes);

    text += u'\n' + vocabulary::heading(vocabulary::Heading::Checks) + u'\n';
    for (qsizetype i = 0; i < e.checks.size(); ++i) {
        const QString number = QString::number(i + 1) + u". ";
        text += u"  " + number
            + wrap(e.checks[i].step, bodyIndent + number.size()).mid(bodyIndent + number.size());
        if (!e.checks[i].command.isEmpty())
            text += QString(bodyIndent + number.size(), u' ') + u"$ " + e.checks[i].command + u'\n';
    }

    text += section(vocabulary::heading(vocabulary::Heading::Retry), e.retry);
    QStringList stages;
    for (const QString &stage : e.stages)
        stages << vocabulary::stageName(stage);
    text += section(vocabulary::heading(vocabulary::Heading::WhoActs), vocabulary::actorName(e.actor));
    text += section(vocabulary::heading(vocabulary::Heading::Stages), stages.join(u", "));
    if (!e.pairs.isEmpty())
        text += section(e.isEnhanced() ? vocabulary::heading(vocabulary::Heading::SentWithBasic)
                                       : vocabulary::heading(vocabulary::Heading::UsualEnhanced),
                        e.pairs.join(u", "));
    if (!e.related.isEmpty())
        text += section(vocabulary::heading(vocabulary::Heading::Related), e.related.join(u", "));
    if (!e.references.isEmpty()) {
        QStringList references;
        for (const DocumentReference &reference : e.references)
            references << (reference.section.isEmpty()
                               ? reference.document
                               : vocabulary::heading(vocabulary::Heading::DocumentSection)
                                     .arg(reference.document, reference.section));
        text += section(vocabulary::heading(vocabulary::Heading::References), references.join(u"; "));
    }
    for (const ProviderUsage &usage : e.providers) {
        text += section(vocabulary::heading(vocabulary::Heading::ProviderUsage).arg(usage.provider),
                        usage.meaning);
        text += wrap(u'"' + usage.sample + u'"', bodyIndent + 2);
    }
    return text;
}

QString TextReport::comparison(const Comparison &c) const
{
    const QString codeA = c.a.displayCode();
    const QString codeB = c.b.displayCode();
    QString text = wrap(vocabulary::heading(vocabulary::Heading::ComparedWith).arg(codeA, codeB), 0) + u'\n'
        + wrap(c.intro, 0);
    if (c.sameCode)
        return text;
    // Each side's text under the same heading, one after the other: a terminal has no columns to spare.
    const std::pair<QString, QString> rows[] = {
        { vocabulary::heading(vocabulary::Heading::Meaning), u"summary"_s },
        { vocabulary::heading(vocabulary::Heading::WhenSeen), u"whenSeen"_s },
        { vocabulary::heading(vocabulary::Heading::HowToFix), u"howToFix"_s },
    };
    auto field = [](const CatalogEntry &entry, const QString &name) {
        return name == u"summary" ? entry.summary : name == u"whenSeen" ? entry.whenSeen : entry.howToFix;
    };
    const CatalogEntry a = CatalogTranslation::localized(*c.a.entry);
    const CatalogEntry b = CatalogTranslation::localized(*c.b.entry);
    for (const auto &[heading, name] : rows) {
        text += u'\n' + heading + u'\n';
        text += u"  " + codeA + u'\n' + wrap(field(a, name), bodyIndent + 2);
        text += u"  " + codeB + u'\n' + wrap(field(b, name), bodyIndent + 2);
    }
    text += u'\n' + vocabulary::heading(vocabulary::Heading::KeyDifferences) + u'\n';
    for (const ComparisonDifference &difference : c.differences) {
        text += u"  " + difference.label + u'\n';
        text += wrap(codeA + u": " + difference.a, bodyIndent + 2);
        text += wrap(codeB + u": " + difference.b, bodyIndent + 2);
    }
    text += section(vocabulary::heading(vocabulary::Heading::WhenToUseWhich), c.whenToUseWhich);
    return text;
}

QString TextReport::finding(const ExplainFinding &f, const Catalog &catalog) const
{
    QStringList codes;
    for (const QString &code : { f.basic, f.enhanced }) {
        if (!code.isEmpty())
            codes << code;
    }
    QString text = wrap(tr("Line %1: %2").arg(f.line).arg(codes.join(u' ')), 0);
    if (const CatalogEntry *entry = catalog.find(f.catalogCode))
        text += wrap(CatalogTranslation::title(*entry), bodyIndent);
    QStringList facts;
    if (!f.stage.isEmpty())
        facts << tr("in reply to %1").arg(vocabulary::stageName(f.stage));
    if (!f.remoteHost.isEmpty())
        facts << tr("from %1").arg(f.remoteHost);
    if (!f.provider.isEmpty())
        facts << f.provider;
    if (!facts.isEmpty())
        text += wrap(facts.join(u" · "), bodyIndent);
    for (const QString &note : f.notes)
        text += u"  ! " + wrap(note, bodyIndent + 2).mid(bodyIndent + 2);
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
