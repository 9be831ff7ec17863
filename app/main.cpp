// smtpref: with arguments it answers on the command line (no display needed); without, or with one
// file to open (a bounce mail, a log: what a desktop's "Open with" passes), it opens the window.
#include "clirunner.h"
#include "guimain.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <vector>

namespace {

// The arguments besides the options Qt's GUI takes itself (-platform, -style, session restore's
// -session, ...) and --lang: with none of them left, the window is meant, not the command line.
std::vector<const char *> nonGuiArguments(int argc, char *argv[])
{
    static const char *const withValue[]
        = { "-platform",     "-style",       "-session", "-display",   "-qwindowgeometry",
            "-qwindowtitle", "-qwindowicon", "-name",    "-stylesheet" };
    static const char *const alone[] = { "-reverse", "-nograb", "-dograb", "-sync", "-widgetcount" };
    std::vector<const char *> rest;
    for (int i = 1; i < argc; ++i) {
        const auto is = [&](const char *option) { return std::strcmp(argv[i], option) == 0; };
        // smtpref's own --lang without a code: the window in that language (guimain.h).
        if (is("--lang") || is("-lang"))
            ++i;
        else if (std::strncmp(argv[i], "--lang=", 7) == 0 || std::strncmp(argv[i], "-lang=", 6) == 0)
            continue;
        else if (std::any_of(std::begin(withValue), std::end(withValue), is))
            ++i;
        else if (!std::any_of(std::begin(alone), std::end(alone), is))
            rest.push_back(argv[i]);
    }
    return rest;
}

// The one argument that names a file to open in the window ("smtpref bounce.eml"), else null. A code
// is never a file name here: "550" and "5.7.26" stay the command line's even if such files exist.
const char *fileToOpen(const std::vector<const char *> &arguments)
{
    if (arguments.size() != 1 || arguments.front()[0] == '-')
        return nullptr;
    const char *file = arguments.front();
    if (std::strspn(file, "0123456789.xX# ") == std::strlen(file))
        return nullptr;
    return QFileInfo(QString::fromLocal8Bit(file)).isFile() ? file : nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::vector<const char *> arguments = nonGuiArguments(argc, argv);
    if (const char *file = fileToOpen(arguments))
        return smtpref::guiMain(argc, argv, QString::fromLocal8Bit(file));
    if (!arguments.empty()) {
        const QCoreApplication app(argc, argv);
        return smtpref::CliRunner::main(QCoreApplication::arguments());
    }
    return smtpref::guiMain(argc, argv);
}
