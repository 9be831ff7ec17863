// Two codes side by side: one structure that the window, the command line and
// the tests share. Every sentence is built from translatable templates at the time of the call.
#pragma once

#include "code/codelookup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace smtpref {

struct ComparisonDifference
{
    QString aspect; // stable id: "meaning", "class", "kind", "category", "retry", "actor", "stages", "status"
    QString label; // translated heading: "Who acts"
    QString a;
    QString b;
};

struct Comparison
{
    ResolvedCode a;
    ResolvedCode b;
    bool sameCode = false;
    QString intro;
    QList<ComparisonDifference> differences; // only the aspects that differ; "meaning" first
    QString whenToUseWhich;

    // True when the two codes differ in aspect (an id of ComparisonDifference).
    bool differsIn(const QString &aspect) const;
};

class Comparer final
{
    Q_DECLARE_TR_FUNCTIONS(Comparer)

public:
    static Comparison compare(const ResolvedCode &a, const ResolvedCode &b);

    // The classes a code stands for: its applied class, its first digit, or the registry's list.
    static QList<int> effectiveClasses(const ResolvedCode &code);
};

} // namespace smtpref
