#include "htmlstyle.h"

using namespace Qt::StringLiterals;

namespace smtpref {

HtmlStyle HtmlStyle::fromPalette(const QPalette &palette)
{
    HtmlStyle style;
    style.text = palette.color(QPalette::Text);
    style.dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    style.muted = palette.color(QPalette::PlaceholderText);
    style.link = palette.color(QPalette::Link);
    // Links in Qt's default palette are too dark on a dark base; lighten them there.
    if (style.dark && style.link.lightnessF() < 0.55)
        style.link = QColor(0x8a, 0xb4, 0xf8);
    const QColor base = palette.color(QPalette::Base);
    style.codeBackground = style.dark ? base.lighter(160) : base.darker(106);
    style.rule = style.dark ? base.lighter(200) : base.darker(125);
    return style;
}

QColor HtmlStyle::classColor(int cls) const
{
    // Green success, blue intermediate, amber transient, red permanent: darker on light themes,
    // lighter on dark ones, so the contrast with the text background stays above 4.5:1.
    switch (cls) {
    case 2:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case 3:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x47, 0xa1);
    case 4:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
    case 5:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    default:
        return muted;
    }
}

QString HtmlStyle::css() const
{
    return u"body { color: %1; }"
           u"a { color: %2; }"
           u"h1 { font-size: x-large; margin-bottom: 2px; }"
           u"h3 { margin-top: 14px; margin-bottom: 4px; }"
           u".muted { color: %3; }"
           u"pre { background-color: %4; font-family: monospace; white-space: pre-wrap; }"
           u"code { background-color: %4; font-family: monospace; }"
           u"td { padding: 4px 8px 4px 0; vertical-align: top; }"
           u"th { text-align: left; padding: 4px 8px 4px 0; border-bottom: 1px solid %5; }"_s.arg(
               text.name(), link.name(), muted.name(), codeBackground.name(), rule.name());
}

} // namespace smtpref
