// What every report of an entry's page must show of a section, whatever its format: a text of its body
// (the paragraph, the first item or step and its command, the first reference's document, a
// provider's meaning and sample line). The tests of TextReport, MarkdownReport and HtmlReport look for
// these in their output, so that a section a format forgets is noticed.
#pragma once

#include "report/comparisonpage.h"
#include "report/entrypage.h"

#include <QStringList>

namespace smtpref::test {

QStringList bodyTexts(const PageSection &section);
// The text with every run of white space made one space: reports wrap lines, the words stay.
QString words(const QString &text);

// Every text a report of a comparison must show: title, intro, each side's title, the rows, the
// shared texts with their label, the curated texts with their labels, the advice.
QStringList comparisonTexts(const ComparisonPage &page);

} // namespace smtpref::test
