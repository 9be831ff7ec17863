#pragma once

#include <QString>

namespace smtpref {

// Runs the window; returns the exit status. A --lang argument ("ja", "fr_FR", "pt-BR") chooses its
// language, as on the command line; fileToOpen (a bounce mail, a log) opens in the Explain tab.
int guiMain(int argc, char *argv[], const QString &fileToOpen = QString());

} // namespace smtpref
