#include "compare/comparison.h"

#include "catalog/vocabulary.h"
#include "code/replycode.h"
#include "i18n/catalogtranslation.h"

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

QString classDescription(const QList<int> &classes)
{
    if (classes.size() == 1)
        return vocabulary::classLabel(classes[0]) + u' ' + vocabulary::className(classes[0]);
    return vocabulary::classLabels(classes);
}

// An enhanced code's subject, or a basic code's category (its second digit).
QString categoryOf(const CatalogEntry &entry)
{
    const ReplyCode code = ReplyCode::parse(entry.code);
    return code.isEnhanced() ? vocabulary::subjectName(code.subject())
                             : vocabulary::basicCategoryName(code.subject());
}

QString retryOf(const QList<int> &classes)
{
    if (classes.size() == 1)
        return vocabulary::retryPolicy(classes[0]);
    QStringList parts;
    for (int cls : classes)
        parts << vocabulary::classLabel(cls) + u": " + vocabulary::retryPolicy(cls);
    return parts.join(u"; ");
}

QString stagesOf(const CatalogEntry &entry)
{
    QStringList names;
    for (const QString &stage : entry.stages)
        names << vocabulary::stageName(stage);
    return names.join(u", ");
}

QString statusOf(const CatalogEntry &entry)
{
    const QString status = vocabulary::statusName(entry.status);
    return entry.references.isEmpty() ? status : status + u" (" + entry.references.first().document + u')';
}

// The first sentence of a text, in Latin or CJK punctuation.
QString firstSentence(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'。'
            || ((c == u'.' || c == u'!' || c == u'?') && (i + 1 == text.size() || text[i + 1] == u' ')))
            return text.left(i + 1);
    }
    return text;
}

} // namespace

bool Comparison::differsIn(const QString &aspect) const
{
    return std::any_of(differences.cbegin(), differences.cend(),
                       [&](const ComparisonDifference &difference) { return difference.aspect == aspect; });
}

QList<int> Comparer::effectiveClasses(const ResolvedCode &code)
{
    if (code.appliedClass >= 0)
        return { code.appliedClass };
    return code.entry->classes;
}

Comparison Comparer::compare(const ResolvedCode &a, const ResolvedCode &b)
{
    Comparison result { a, b, false, {}, {}, {} };
    const CatalogEntry ea = CatalogTranslation::localized(*a.entry);
    const CatalogEntry eb = CatalogTranslation::localized(*b.entry);
    const QString codeA = a.displayCode();
    const QString codeB = b.displayCode();
    if (codeA == codeB) {
        result.sameCode = true;
        result.intro
            = tr("%1 is compared with itself: choose another code for one side to see the differences.")
                  .arg(codeA);
        return result;
    }

    const QList<int> classesA = effectiveClasses(a);
    const QList<int> classesB = effectiveClasses(b);
    if (classesA.size() == 1 && classesA == classesB) {
        result.intro = tr("%1 (%2) and %3 (%4) are both %5 %6 replies.")
                           .arg(codeA, ea.title, codeB, eb.title, vocabulary::classLabel(classesA[0]),
                                vocabulary::className(classesA[0]));
    } else if (classesA.size() == 1 && classesB.size() == 1) {
        result.intro = tr("%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.")
                           .arg(codeA, ea.title, vocabulary::classLabel(classesA[0]),
                                vocabulary::className(classesA[0]), codeB, eb.title,
                                vocabulary::classLabel(classesB[0]), vocabulary::className(classesB[0]));
    } else {
        result.intro = tr("%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.")
                           .arg(codeA, ea.title, vocabulary::classLabels(classesA), codeB, eb.title,
                                vocabulary::classLabels(classesB));
    }

    auto add
        = [&](const QString &aspect, const QString &label, const QString &valueA, const QString &valueB) {
              if (aspect == u"meaning" || valueA != valueB)
                  result.differences.append({ aspect, label, valueA, valueB });
          };
    add(u"meaning"_s, tr("Meaning"), ea.title, eb.title);
    add(u"class"_s, tr("Class"), classDescription(classesA), classDescription(classesB));
    add(u"kind"_s, tr("Kind"), vocabulary::kindName(ea.kind), vocabulary::kindName(eb.kind));
    add(u"category"_s, tr("Subject"), categoryOf(ea), categoryOf(eb));
    add(u"retry"_s, vocabulary::heading(vocabulary::Heading::Retry), retryOf(classesA), retryOf(classesB));
    add(u"actor"_s, vocabulary::heading(vocabulary::Heading::WhoActs), vocabulary::actorName(ea.actor),
        vocabulary::actorName(eb.actor));
    add(u"stages"_s, vocabulary::heading(vocabulary::Heading::Stages), stagesOf(ea), stagesOf(eb));
    add(u"status"_s, tr("Standard status"), statusOf(ea), statusOf(eb));

    QStringList advice;
    const bool transientA = classesA == QList<int> { 4 };
    const bool transientB = classesB == QList<int> { 4 };
    const bool permanentA = classesA == QList<int> { 5 };
    const bool permanentB = classesB == QList<int> { 5 };
    if ((transientA && permanentB) || (permanentA && transientB)) {
        advice << tr(
            "A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. "
            "Choose the 4xx code only when the condition can clear by itself.");
    }
    advice << tr("Use %1 when: %2").arg(codeA, firstSentence(ea.summary));
    advice << tr("Use %1 when: %2").arg(codeB, firstSentence(eb.summary));
    result.whenToUseWhich = advice.join(u' ');
    return result;
}

} // namespace smtpref
