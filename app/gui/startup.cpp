#include "startup.h"

#include <QDir>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <utility>

using namespace Qt::StringLiterals;

namespace smtpref::startup {
namespace {

// Watches its window's paint events: the window's own paint comes first in every frame, and a call
// queued from it runs once that frame has been flushed to the screen.
class FirstFrameWatcher final : public QObject
{
public:
    FirstFrameWatcher(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QMetaObject::invokeMethod(this, &FirstFrameWatcher::finish, Qt::QueuedConnection);
        else if (event->type() == QEvent::Show)
            QTimer::singleShot(1000, this, &FirstFrameWatcher::finish);
        return QObject::eventFilter(watched, event);
    }

private:
    void finish()
    {
        if (!m_then)
            return; // the other of paint and timer came first
        const std::function<void()> then = std::exchange(m_then, nullptr);
        parent()->removeEventFilter(this);
        then();
        deleteLater();
    }

    std::function<void()> m_then;
};

} // namespace

void afterFirstFrame(QWidget *window, std::function<void()> then)
{
    new FirstFrameWatcher(window, std::move(then));
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const QString &file : QDir(u":/icons"_s).entryList({ u"*.png"_s }))
        icon.addFile(u":/icons/"_s + file);
    return icon;
}

} // namespace smtpref::startup

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

DeferredIconEngine::DeferredIconEngine(std::function<QIcon()> make)
    : m_make(std::move(make))
{ }

const QIcon &DeferredIconEngine::icon()
{
    if (!m_icon)
        m_icon = m_make();
    return *m_icon;
}

void DeferredIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QPixmap DeferredIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // Ratio 1: size is already in device pixels, QIcon::pixmap(size) would scale it a second time.
    return icon().pixmap(size, 1.0, mode, state);
}

QPixmap DeferredIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    return icon().pixmap(size / scale, scale, mode, state);
}

QSize DeferredIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QList<QSize> DeferredIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

QString DeferredIconEngine::iconName()
{
    return icon().name();
}

bool DeferredIconEngine::isNull()
{
    return m_icon && m_icon->isNull();
}

QIconEngine *DeferredIconEngine::clone() const
{
    return new DeferredIconEngine(*this);
}

} // namespace smtpref
