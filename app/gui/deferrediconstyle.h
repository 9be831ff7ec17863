// The application's style with the tool bar and menu bar overflow icons made on first use: every
// menu bar builds its overflow button, hidden unless the menus do not fit, and its icon would be the
// first image the program decodes (see DeferredIconEngine). Everything else is the style it wraps.
#pragma once

#include <QProxyStyle>

namespace smtpref {

class DeferredIconStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    // key: the name of the style to wrap, as QStyleFactory knows it ("fusion", "breeze", ...).
    explicit DeferredIconStyle(const QString &key);
    // Wraps base, which it then owns.
    explicit DeferredIconStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace smtpref
