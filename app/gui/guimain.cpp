#include "guimain.h"

#include "catalog/catalog.h"
#include "i18n/translatorset.h"
#include "mainwindow.h"
#include "startup.h"
#include "version.h"

#include <QApplication>

#include <cstdio>
#include <cstring>

namespace smtpref {
namespace {

// On a Unix desktop (X11 or Wayland) without a display, QApplication aborts with a cryptic
// platform-plugin message: say what happened and what works instead. Only when Qt would pick the
// platform itself: a platform chosen with QT_QPA_PLATFORM or -platform (offscreen, vnc, ...) is
// Qt's to open. Windows and macOS always have their display.
bool lacksDisplay(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return false;
    }
    return !qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
        && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return false;
#endif
}

// The value of --lang (or -lang, --lang=, -lang=), else empty.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang" || argument == u"-lang")
            return arguments.value(i + 1);
        for (const QStringView prefix : { u"--lang=", u"-lang=" }) {
            if (argument.startsWith(prefix))
                return argument.mid(prefix.size());
        }
    }
    return QString();
}

} // namespace

int guiMain(int argc, char *argv[], const QString &fileToOpen)
{
    if (lacksDisplay(argc, argv)) {
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
    // The style chosen (by -style, the desktop or Qt's default), with its rarely shown icons made late
    // (startup.h).
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()->name()));

    QList<CatalogError> errors;
    const Catalog catalog = Catalog::builtIn(&errors);
    MainWindow window(catalog);
    if (const QString language = languageArgument(QApplication::arguments()); !language.isEmpty()) {
        window.setLanguage(TranslatorSet::isAvailable(language)
                               ? language
                               : TranslatorSet::preferredLanguage({ language }));
    }
    // Work the first picture does not need waits for it (startup.h): decoding the icon's sizes, and
    // window managers pick up an icon set later. A damaged build is reported as soon as the window is
    // on screen, not hidden.
    QObject::connect(
        &window, &MainWindow::firstFrameShown, &window,
        [&window, &errors] {
            QApplication::setWindowIcon(startup::applicationIcon());
            window.reportCatalogErrors(errors);
        },
        Qt::SingleShotConnection);
    window.show();
    if (!fileToOpen.isEmpty())
        window.openFile(fileToOpen);
    return QApplication::exec();
}

} // namespace smtpref
