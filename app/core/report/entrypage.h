// One entry's page, described once: the title line, the facts, the class note and the sections in
// the order every report shows them, with texts in the current language. HtmlReport (the window),
// TextReport and MarkdownReport only format it, so the three cannot drift apart.
#pragma once

#include "catalog/catalogentry.h"
#include "catalog/vocabulary.h"
#include "code/codelookup.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref {

struct PageSection
{
    // How the body is laid out; which fields below it uses.
    enum class Form {
        Paragraph, // text
        Bullets, // items
        Steps, // steps, numbered; a step's command is copied verbatim
        CodeLinks, // items: codes ("550", "X.7.1"), each a link where the format has links
        References, // references
        Sample, // text, then sample: a reply line exactly as a provider sends it
        ComparisonLinks, // items: what to show for each of comparisons, a link to compare the pair
    };

    vocabulary::Heading id;
    QString heading; // translated, with its argument filled in ("As Gmail uses it")
    Form form = Form::Paragraph;
    QString text;
    QStringList items;
    QList<DiagnosticCheck> steps; // in the entry's order: step i is "copy:i" in the window
    QList<DocumentReference> references;
    QString sample;
    QList<std::pair<QString, QString>> comparisons; // (the shown code, the other code): "5.2.2", "5.2.3"
};

struct EntryPage
{
    QString code; // as looked up: "5.7.26"
    QString catalogCode; // the entry it shows: "X.7.26"
    QString title;

    QString kind; // "enhanced status code"
    // The classes the code stands for, as numbers so that the window can colour their badges: the
    // class it was looked up with, else the registry's list (empty for a code without a class).
    QList<int> classes;
    bool classIsNamed = false; // the code itself names its one class: a basic code, or "5.7.26"
    QString subject; // an enhanced code's subject ("Addressing status"); empty for a basic code
    QString status; // "standard"

    QString codeNote; // classNote() and rangeNote(): empty for a registered class of a single code
    QList<PageSection> sections; // only the sections that have something to say

    static EntryPage build(const ResolvedCode &code);
};

} // namespace smtpref
