#pragma once

namespace smtpref {

// Runs the window; returns the exit status.
int guiMain(int argc, char *argv[]);

} // namespace smtpref
