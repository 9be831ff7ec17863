// A reply code found in pasted text, described once for the window's list and the terminal: where,
// the codes, the catalog's title, and the facts and notes in the current language.
#pragma once

#include "catalog/catalog.h"
#include "explain/explainfinding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace smtpref {

struct FindingPage
{
    Q_DECLARE_TR_FUNCTIONS(FindingPage)

public:
    QString heading; // "Line 4: 554 5.7.9": the codes as the text gives them
    QString title; // the catalog entry's title; empty when the catalog has none for the code
    QStringList facts; // "in reply to end of data", "from mta7.example.net", "Yahoo": only those known
    QStringList notes; // consistency notes
    QString code; // the code whose details to open: the enhanced code, else the basic one

    static FindingPage build(const ExplainFinding &finding, const Catalog &catalog);
};

} // namespace smtpref
