// Two to four codes side by side: one structure that the window, the command line and the tests
// share. Every sentence is built from translatable templates, and the curated texts are translated
// catalog texts, at the time of the call.
#pragma once

#include "code/codelookup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpref {

struct ComparisonDifference
{
    QString aspect; // stable id: "meaning", "class", "kind", "category", "retry", "actor", "stages", "status"
    QString label; // translated heading: "Who acts"
    QStringList values; // one per compared code, in their order
};

// The hand-written comparison of two of the codes (catalog field "comparisons"), in the current
// language, oriented as the codes are compared.
struct CuratedDifference
{
    QString first; // the code of the pair that comes first in the comparison: "4.2.2"
    QString second;
    QString difference; // the difference in one sentence
    QString tellApart; // how to tell which one you have
    QString action; // what to do differently
};

struct Comparison
{
    static constexpr qsizetype maxCodes = 4;

    QList<ResolvedCode> codes; // two to four
    bool sameCode = false; // every code is the same: there is nothing to compare
    QString intro;
    QList<ComparisonDifference> differences; // only the aspects that differ; "meaning" first
    QString whenToUseWhich;
    QList<CuratedDifference> curated; // for each pair of the codes that the catalog compares by hand

    // True when the codes differ in aspect (an id of ComparisonDifference).
    bool differsIn(const QString &aspect) const;
};

class Comparer final
{
    Q_DECLARE_TR_FUNCTIONS(Comparer)

public:
    // Two to four codes; more are ignored.
    static Comparison compare(const QList<ResolvedCode> &codes);
    static Comparison compare(const ResolvedCode &a, const ResolvedCode &b) { return compare({ a, b }); }

    // The hand-written comparison of a and b in either order, or nothing: texts in the current
    // language, first and second as a and b are given.
    static std::optional<CuratedDifference> curated(const ResolvedCode &a, const ResolvedCode &b);

    // True when a code as the catalog writes it in a comparison ("4.2.2", "550", "X.7.1") names the
    // resolved code: the same entry, and the same class when both have one.
    static bool names(const QString &code, const ResolvedCode &resolved);

    // The classes a code stands for: its applied class, its first digit, or the registry's list.
    static QList<int> effectiveClasses(const ResolvedCode &code);
};

} // namespace smtpref
