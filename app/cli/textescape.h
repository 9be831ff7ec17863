// Text from the arguments or the input as it may appear on a terminal: control and format characters
// (escapes, bidi overrides) are written as \uXXXX, never as themselves, and long text is cut.
#pragma once

#include <QString>

namespace smtpref {

QString shownText(QStringView text, qsizetype maxShown = 40);

} // namespace smtpref
