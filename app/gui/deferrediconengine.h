// An icon that is made the first time it is drawn or measured. For icons widgets create up front but
// rarely show, such as the menu bar's overflow chevron: making a standard icon decodes an image, and
// the first image decoded loads every image format plug-in, which costs start-up a few milliseconds.
#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>
#include <optional>

namespace smtpref {

class DeferredIconEngine final : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> make);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    // Sizes arrive in device pixels, as QIcon asks its engine; scale is the device pixel ratio.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    // Not null until made: the icons deferred this way always exist, and asking must not make them.
    bool isNull() override;
    QIconEngine *clone() const override;

private:
    const QIcon &icon();

    std::function<QIcon()> m_make;
    std::optional<QIcon> m_icon;
};

} // namespace smtpref
