// Right-to-left interfaces (Arabic) show texts of both directions: English catalog text, codes such
// as "5xx" or "5.7.26", Arabic headings. These helpers keep each piece in its own direction.
#pragma once

#include <QString>

namespace smtpref::bidi {

// True when the interface is laid out right to left.
bool interfaceIsRightToLeft();
// "rtl" or "ltr": the direction of the text itself (its first strong character).
QString directionOf(const QString &text);
// Wraps codes and class labels in a left-to-right embedding, so a right-to-left sentence does not
// reorder their characters. A code is a whole word that ReplyCode reads ("550", "5.7.26", "X.7.26"),
// or a class label ("5xx"). Unchanged in a left-to-right interface.
QString isolateCodes(const QString &text);
// The whole text left to right in a right-to-left interface (a search example such as "550 5.7.1",
// typed exactly so); unchanged in a left-to-right one.
QString leftToRight(const QString &text);

} // namespace smtpref::bidi
