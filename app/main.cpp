// smtpref: with arguments it answers on the command line (no display needed); without, it opens
// the window.
#include "clirunner.h"
#include "guimain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    if (argc > 1) {
        const QCoreApplication app(argc, argv);
        return smtpref::CliRunner::main(QCoreApplication::arguments());
    }
    return smtpref::guiMain(argc, argv);
}
