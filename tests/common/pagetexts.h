// What every report of an entry's page must show of a section, whatever its format: a text of its body
// (the paragraph, the first item or step and its command, the first reference's document, a
// provider's meaning and sample line). The tests of TextReport, MarkdownReport and HtmlReport look for
// these in their output, so that a section a format forgets is noticed.
#pragma once

#include "report/entrypage.h"

#include <QStringList>

namespace smtpref::test {

QStringList bodyTexts(const PageSection &section);
// The text with every run of white space made one space: reports wrap lines, the words stay.
QString words(const QString &text);

} // namespace smtpref::test
