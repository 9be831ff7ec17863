#include "compare/comparison.h"

#include "catalog/vocabulary.h"
#include "code/replycode.h"
#include "i18n/catalogtranslation.h"

#include <tuple>

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

// "550 (title)" for each code, joined.
QString codesWithTitles(const QList<ResolvedCode> &codes, const QList<CatalogEntry> &entries)
{
    QStringList parts;
    for (qsizetype i = 0; i < codes.size(); ++i)
        parts << codes[i].displayCode() + u" (" + entries[i].title + u')';
    return parts.join(u", ");
}

// "550: value; 554: value" for each code.
QString perCode(const QList<ResolvedCode> &codes, const QStringList &values)
{
    QStringList parts;
    for (qsizetype i = 0; i < codes.size(); ++i)
        parts << codes[i].displayCode() + u": " + values.value(i);
    return parts.join(u"; ");
}

bool allEqual(const QStringList &values)
{
    return std::all_of(values.cbegin(), values.cend(), [&](const QString &v) { return v == values.first(); });
}


QString introOfPair(const ResolvedCode &a, const ResolvedCode &b, const CatalogEntry &ea, const CatalogEntry &eb,
                    const QList<int> &classesA, const QList<int> &classesB)
{
    const QString codeA = a.displayCode();
    const QString codeB = b.displayCode();
    if (a.entry == b.entry) {
        return Comparer::tr("%1 and %2 report the same condition, %3; only the class differs, and with it "
                            "what the sending server does.")
            .arg(codeA, codeB, ea.title);
    }
    // A provider's tag rides in a reply with both kinds of code; it is compared like any other code.
    if (ea.kind != eb.kind && ea.kind != CodeKind::Tag && eb.kind != CodeKind::Tag) {
        const bool basicFirst = ea.kind == CodeKind::Basic;
        const CatalogEntry &basic = basicFirst ? ea : eb;
        const CatalogEntry &enhanced = basicFirst ? eb : ea;
        const QString basicCode = basicFirst ? codeA : codeB;
        const QString enhancedCode = basicFirst ? codeB : codeA;
        QString intro = Comparer::tr("%1 is a basic reply code and %2 an enhanced status code: they are not "
                                     "alternatives but two layers of one reply, written together as in "
                                     "\"%1 %2\". The basic code gives the class and the step, the enhanced "
                                     "code the reason.")
                            .arg(basicCode, enhancedCode);
        if (basic.pairs.contains(enhanced.code) || enhanced.pairs.contains(basic.code))
            intro += u' ' + Comparer::tr("%1 is one of the usual enhanced codes of %2.").arg(enhancedCode, basicCode);
        else if (!basic.pairs.isEmpty())
            intro += u' ' + Comparer::tr("%1 rarely travels with %2, which usually carries %3.")
                                .arg(enhancedCode, basicCode, basic.pairs.join(u", "));
        return intro;
    }
    if (classesA.size() == 1 && classesA == classesB) {
        return Comparer::tr("%1 (%2) and %3 (%4) are both %5 %6 replies.")
            .arg(codeA, ea.title, codeB, eb.title, vocabulary::classLabel(classesA[0]),
                 vocabulary::className(classesA[0]));
    }
    if (classesA.size() == 1 && classesB.size() == 1) {
        return Comparer::tr("%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.")
            .arg(codeA, ea.title, vocabulary::classLabel(classesA[0]), vocabulary::className(classesA[0]), codeB,
                 eb.title, vocabulary::classLabel(classesB[0]), vocabulary::className(classesB[0]));
    }
    return Comparer::tr("%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.")
        .arg(codeA, ea.title, vocabulary::classLabels(classesA), codeB, eb.title, vocabulary::classLabels(classesB));
}

QString introOf(const QList<ResolvedCode> &codes, const QList<CatalogEntry> &entries,
                const QList<QList<int>> &classes)
{
    if (codes.size() == 2)
        return introOfPair(codes[0], codes[1], entries[0], entries[1], classes[0], classes[1]);
    return Comparer::tr("%n codes side by side: %1.", nullptr, int(codes.size())).arg(codesWithTitles(codes, entries));
}

// How to tell the codes apart and what to do, from their facts: the class (retry or give up), the
// layers of a basic and an enhanced code, the step of the session, who acts.
QString adviceOf(const Comparison &c, const QList<CatalogEntry> &entries, const QList<QList<int>> &classes)
{
    QStringList advice;
    const bool transient = classes.contains(QList<int> { 4 });
    const bool permanent = classes.contains(QList<int> { 5 });
    if (transient && permanent) {
        advice << Comparer::tr(
            "A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. "
            "The sending server's queue retries a 4xx code by itself, so only a 5xx code needs a person to act.");
    }
    const bool basic = std::any_of(entries.cbegin(), entries.cend(), [](const CatalogEntry &e) { return e.kind == CodeKind::Basic; });
    const bool enhanced = std::any_of(entries.cbegin(), entries.cend(), [](const CatalogEntry &e) { return e.isEnhanced(); });
    if (basic && enhanced) {
        advice << Comparer::tr("When a reply carries both kinds, read the enhanced code first: it is the more "
                               "precise of the two.");
    }
    for (const ComparisonDifference &d : c.differences) {
        if (d.aspect == u"stages")
            advice << Comparer::tr("Where in the session the reply came tells them apart: %1.").arg(perCode(c.codes, d.values));
        else if (d.aspect == u"actor")
            advice << Comparer::tr("They call on different people to act: %1.").arg(perCode(c.codes, d.values));
    }
    if (advice.isEmpty())
        advice << Comparer::tr("The meanings above are the difference; the text after the code usually says which "
                               "one applies.");
    return advice.join(u' ');
}

} // namespace

bool Comparison::differsIn(const QString &aspect) const
{
    return std::any_of(differences.cbegin(), differences.cend(),
                       [&](const ComparisonDifference &difference) { return difference.aspect == aspect; });
}

bool Comparer::names(const QString &code, const ResolvedCode &resolved)
{
    const ReplyCode written = ReplyCode::parse(code);
    if (written.catalogForm().toString() != resolved.entry->code)
        return false;
    return !written.isEnhanced() || written.classDigit() == ReplyCode::anyClass || resolved.appliedClass < 0
        || written.classDigit() == resolved.appliedClass;
}

QList<int> Comparer::effectiveClasses(const ResolvedCode &code)
{
    if (code.appliedClass >= 0)
        return { code.appliedClass };
    return code.entry->classes;
}

std::optional<CuratedDifference> Comparer::curated(const ResolvedCode &a, const ResolvedCode &b)
{
    for (const auto &[owner, other, reversed] :
         { std::tuple { a, b, false }, std::tuple { b, a, true } }) {
        for (const CuratedComparison &c : owner.entry->comparisons) {
            if (!names(c.code, owner) || !names(c.with, other))
                continue;
            // The texts through the owner's translations: the key is the owner's code.
            const CatalogEntry localized = CatalogTranslation::localized(*owner.entry);
            const CuratedComparison &texts
                = localized.comparisons[owner.entry->comparisons.indexOf(c)];
            return CuratedDifference { reversed ? c.with : c.code, reversed ? c.code : c.with,
                                       texts.difference, texts.tellApart, texts.action };
        }
    }
    return std::nullopt;
}

Comparison Comparer::compare(const QList<ResolvedCode> &given)
{
    Comparison result;
    result.codes = given.mid(0, Comparison::maxCodes);
    const QList<ResolvedCode> &codes = result.codes;
    QList<CatalogEntry> entries;
    QList<QList<int>> classes;
    QStringList shown;
    for (const ResolvedCode &code : codes) {
        entries << CatalogTranslation::localized(*code.entry);
        classes << effectiveClasses(code);
        shown << code.displayCode();
    }
    if (codes.size() < 2 || allEqual(shown)) {
        result.sameCode = true;
        result.intro
            = tr("%1 is compared with itself: choose another code for one side to see the differences.")
                  .arg(shown.value(0));
        return result;
    }

    result.intro = introOf(codes, entries, classes);

    auto add = [&](const QString &aspect, const QString &label, auto valueOf) {
        QStringList values;
        for (qsizetype i = 0; i < codes.size(); ++i)
            values << valueOf(i);
        if (aspect == u"meaning" || !allEqual(values))
            result.differences.append({ aspect, label, values });
    };
    add(u"meaning"_s, tr("Meaning"), [&](qsizetype i) { return entries[i].title; });
    add(u"class"_s, tr("Class"), [&](qsizetype i) { return classDescription(classes[i]); });
    add(u"kind"_s, tr("Kind"), [&](qsizetype i) { return vocabulary::kindName(entries[i].kind); });
    add(u"category"_s, tr("Subject"), [&](qsizetype i) { return categoryOf(entries[i]); });
    add(u"retry"_s, vocabulary::heading(vocabulary::Heading::Retry), [&](qsizetype i) { return retryOf(classes[i]); });
    add(u"actor"_s, vocabulary::heading(vocabulary::Heading::WhoActs),
        [&](qsizetype i) { return vocabulary::actorName(entries[i].actor); });
    add(u"stages"_s, vocabulary::heading(vocabulary::Heading::Stages), [&](qsizetype i) { return stagesOf(entries[i]); });
    add(u"status"_s, tr("Standard status"), [&](qsizetype i) { return statusOf(entries[i]); });

    for (qsizetype i = 0; i < codes.size(); ++i) {
        for (qsizetype j = i + 1; j < codes.size(); ++j) {
            if (const auto texts = curated(codes[i], codes[j]))
                result.curated << *texts;
        }
    }
    result.whenToUseWhich = adviceOf(result, entries, classes);
    return result;
}

} // namespace smtpref
