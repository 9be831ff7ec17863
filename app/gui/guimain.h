#pragma once

namespace smtpref {

// Runs the window; returns the exit status. A --lang argument ("ja", "fr_FR", "pt-BR") chooses its
// language, as on the command line.
int guiMain(int argc, char *argv[]);

} // namespace smtpref
