#include "guimain.h"

#include "catalog/catalog.h"
#include "deferrediconstyle.h"
#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QDir>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// Without a display QApplication aborts with a cryptic platform-plugin message; say what happened
// and what works instead.
bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const QString &file : QDir(u":/icons"_s).entryList({ u"*.png"_s }))
        icon.addFile(u":/icons/"_s + file);
    return icon;
}

} // namespace

int guiMain(int argc, char *argv[])
{
    if (!hasDisplay()) {
        std::fputs(
            "smtpref: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.\n"
            "The command line works without one:\n"
            "  smtpref 550\n  smtpref 5.7.26 --json\n  smtpref --search greylisting\n  smtpref --help\n",
            stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromUtf16(applicationName));
    QApplication::setApplicationVersion(QString::fromUtf16(applicationVersion));
    QApplication::setOrganizationName(QString::fromUtf16(applicationName));
    // Wayland compositors and task bars match the window to the desktop file by this name.
    QGuiApplication::setDesktopFileName(QString::fromUtf16(applicationId));
    // The style chosen (by -style, the desktop or Qt's default), with its rarely shown icons made late.
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()->name()));

    QList<CatalogError> errors;
    const Catalog catalog = Catalog::builtIn(&errors);
    MainWindow window(catalog);
    // Work the first picture does not need waits for it: decoding the icon's sizes takes a few
    // milliseconds, and window managers pick up an icon set later. A damaged build is reported as
    // soon as the window is on screen, not hidden.
    QObject::connect(
        &window, &MainWindow::firstFrameShown, &window,
        [&window, &errors] {
            QApplication::setWindowIcon(applicationIcon());
            window.reportCatalogErrors(errors);
        },
        Qt::SingleShotConnection);
    window.show();
    return QApplication::exec();
}

} // namespace smtpref
