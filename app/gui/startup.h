// Start-up, ordered so that the window is on screen first: everything the first frame does not need
// waits for it. Each trick below stays because it pays, measured with callgrind under Xvfb (release
// build, no saved settings; instructions from process start until the first frame is flushed, which
// counts the same on a loaded machine where wall-clock time does not). With every trick: 133.8 M
// (a bare Qt Widgets window of the same size: 97.3 M). Without one trick at a time:
//
//   the detail page laid out before the first frame (MainWindow::renderDetail)    201.7 M  +68 M
//   the search field's clear button added up front (SearchPanel::addClearButton)   165.3 M  +31 M
//   the Compare and Explain tabs built up front (MainWindow::comparisonView)       153.6 M  +20 M
//   the window icon set before show() (guimain.cpp)                                147.3 M  +13 M
//   the menu bar's overflow icon made up front (DeferredIconStyle below)           136.0 M  +2.3 M
//
// The deferred work runs right after the first frame (afterFirstFrame), so start-up as a whole is
// not slower: 245 M instructions until it has settled, with or without the tricks. (The detail page
// is the start page, or the code that was open, since the start page came.) The catalog is not
// validated at start at all: the build did that (docs/catalog.md).
#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QProxyStyle>

#include <functional>
#include <optional>

namespace smtpref::startup {

// Calls then once: right after window's first frame has been painted, or a second after the window
// was shown when no frame comes (a window that starts minimised or on another desktop is not
// painted, and its icon must not wait for that).
void afterFirstFrame(QWidget *window, std::function<void()> then);

// The application's icon in every packaged size.
QIcon applicationIcon();

} // namespace smtpref::startup

namespace smtpref {

// The application's style with the tool bar and menu bar overflow icons made on first use: every
// menu bar builds its overflow button, hidden unless the menus do not fit, and its icon would be the
// first image the program decodes, which loads every image format plug-in (2.3 M instructions, see
// above). Everything else is the style it wraps.
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

// An icon that is made the first time it is drawn or measured (for DeferredIconStyle).
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
