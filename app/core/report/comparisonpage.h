// A comparison's page, described once: the title, the intro, each code's catalog texts row by row
// (a text every code shares shown once), the key differences, the hand-written comparisons of the
// pairs the catalog has them for, and when to use which, in the current language. HtmlReport (the
// window), TextReport and MarkdownReport only format it.
#pragma once

#include "compare/comparison.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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
    QStringList values; // one per side; empty when shared says it for all
    QString shared; // the text every side has, shown once under sharedLabel
};

struct CuratedSection
{
    QString heading; // "4.2.2 and 5.2.2"
    QList<std::pair<QString, QString>> paragraphs; // (label, text): the difference, how to tell, what to do
};

struct ComparisonPage
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonPage)

public:
    QString title; // "550 compared with 554"
    QString intro;
    QList<ComparisonSide> sides;
    QString sharedLabel; // "Both", "All of them"
    // The rest is empty when a code is compared with itself: the intro says so.
    QString curatedHeading;
    QList<CuratedSection> curated; // first: the hand-written comparisons, when the catalog has them
    QList<ComparisonRow> texts; // what it means, when you see it, how to fix it
    QString differencesHeading;
    QList<ComparisonRow> differences; // only the aspects that differ
    QString adviceHeading;
    QString advice; // when to use which

    static ComparisonPage build(const Comparison &comparison);
};

} // namespace smtpref
