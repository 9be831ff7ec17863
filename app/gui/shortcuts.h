// Every key of the window, listed once: the window's actions and the search field take their keys
// from this table, and Help > Keyboard Shortcuts lists it, so the dialog says what the keys do.
#pragma once

#include <QKeySequence>
#include <QList>

class QKeyEvent;

namespace smtpref {

enum class Command {
    FindCode,
    ClearSearch,
    MoveInResults,
    OpenSelected,
    Back,
    Forward,
    Home,
    CompareSelectedWithShown,
    ShowDetails,
    ShowComparison,
    ExplainText,
    OpenFile,
    CopyAsPlainText,
    CopyAsMarkdown,
    LargerText,
    SmallerText,
    NormalSize,
    KeyboardShortcuts,
    Quit,
};

struct Shortcut
{
    Command command;
    QList<QKeySequence> keys; // the first is the one a menu shows
};

// One row of the dialog: what its keys do, and the commands whose keys they are.
struct ShortcutRow
{
    const char *description; // source text; context "smtpref::ShortcutsDialog"
    QList<Shortcut> shortcuts;
};

// The table, in the dialog's order. Only once the application object exists.
const QList<ShortcutRow> &shortcutTable();
QList<QKeySequence> shortcutKeys(Command command);
// Whether key (a Qt::Key, whatever the modifiers) is one of command's keys: for keys a widget
// handles itself rather than through an action.
bool isKeyOf(Command command, int key);
// Whether a key press is one of the table's keys with Ctrl, Alt or Meta (the menu's keys), which the
// window claims from the focused widget: a QLineEdit or text area would otherwise take Ctrl+E, Ctrl+K
// ... for itself (the Emacs-style bindings Qt gives text fields on X11). Keys without these modifiers
// (/, Esc, arrows, Enter) stay the widget's: they are typing and moving.
bool isWindowShortcut(const QKeyEvent *event);

} // namespace smtpref
