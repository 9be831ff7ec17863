// The colours of the detail and comparison pages, taken from the widget's palette so that the pages
// follow the system's light or dark theme.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace smtpref {

struct HtmlStyle
{
    QColor text;
    QColor muted;
    QColor link;
    QColor codeBackground;
    QColor rule;
    bool dark = false;

    static HtmlStyle fromPalette(const QPalette &palette);
    // A colour for the class badge of cls that reads on this palette's background (never the only cue:
    // the class is always written out too).
    QColor classColor(int cls) const;
    // The <style> block for QTextBrowser.
    QString css() const;
};

} // namespace smtpref
