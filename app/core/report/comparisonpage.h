// A comparison's page, described once: the title, the intro, each side's catalog texts row by row,
// the key differences and when to use which, in the current language. HtmlReport (the window),
// TextReport and MarkdownReport only format it.
#pragma once

#include "compare/comparison.h"

#include <QList>
#include <QString>

namespace smtpref {

struct ComparisonSide
{
    QString code; // as chosen: "5.7.26"
    QString catalogCode; // the entry it shows: "X.7.26"
    QString title;
};

struct ComparisonRow
{
    QString label; // translated: "What it means", "Who acts"
    QString a;
    QString b;
};

struct ComparisonPage
{
    QString title; // "550 compared with 554"
    QString intro;
    ComparisonSide a;
    ComparisonSide b;
    // The rest is empty when a code is compared with itself: the intro says so.
    QList<ComparisonRow> texts; // what it means, when you see it, how to fix it: each side's text
    QString differencesHeading;
    QList<ComparisonRow> differences; // only the aspects that differ
    QString adviceHeading;
    QString advice; // when to use which

    static ComparisonPage build(const Comparison &comparison);
};

} // namespace smtpref
