// smtpref: with arguments it answers on the command line (no display needed); without, it opens
// the window.
#include "clirunner.h"
#include "guimain.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace {

// Options Qt's GUI takes itself, and --lang, (-platform, -style, session restore's -session, ...): with only these,
// the window is meant, not the command line.
bool onlyGuiOptions(int argc, char *argv[])
{
    static const char *const withValue[]
        = { "-platform",     "-style",       "-session", "-display",   "-qwindowgeometry",
            "-qwindowtitle", "-qwindowicon", "-name",    "-stylesheet" };
    static const char *const alone[] = { "-reverse", "-nograb", "-dograb", "-sync", "-widgetcount" };
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
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!onlyGuiOptions(argc, argv)) {
        const QCoreApplication app(argc, argv);
        return smtpref::CliRunner::main(QCoreApplication::arguments());
    }
    return smtpref::guiMain(argc, argv);
}
