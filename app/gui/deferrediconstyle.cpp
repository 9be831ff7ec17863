#include "deferrediconstyle.h"

#include "deferrediconengine.h"

#include <QPointer>
#include <QWidget>

namespace smtpref {

DeferredIconStyle::DeferredIconStyle(const QString &key)
    : QProxyStyle(key)
{ }

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{ }

QIcon DeferredIconStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                      const QWidget *widget) const
{
    const bool overflow
        = icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton;
    // An option cannot be kept for later; the menu bar and tool bars pass none.
    if (!overflow || option)
        return QProxyStyle::standardIcon(icon, option, widget);
    const QPointer<const QWidget> guardedWidget(widget);
    const QPointer<const DeferredIconStyle> self(this);
    return QIcon(new DeferredIconEngine([self, icon, guardedWidget] {
        return self ? self->QProxyStyle::standardIcon(icon, nullptr, guardedWidget.data()) : QIcon();
    }));
}

} // namespace smtpref
