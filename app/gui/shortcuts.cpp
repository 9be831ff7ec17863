#include "shortcuts.h"

#include <QCoreApplication>
#include <QKeyEvent>

#include <algorithm>

namespace smtpref {

namespace {

QList<ShortcutRow> makeTable()
{
    using K = QKeySequence;
    return {
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Search"),
          { { Command::FindCode, { K::Find, K(Qt::CTRL | Qt::Key_K), K(Qt::Key_Slash) } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Clear the search"),
          { { Command::ClearSearch, { K(Qt::Key_Escape) } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Move in the results from the search field"),
          { { Command::MoveInResults,
              { K(Qt::Key_Up), K(Qt::Key_Down), K(Qt::Key_PageUp), K(Qt::Key_PageDown) } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Open the selected code, or the first one"),
          { { Command::OpenSelected, { K(Qt::Key_Return), K(Qt::Key_Enter) } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Back, Forward"),
          { { Command::Back, { K::Back } }, { Command::Forward, { K::Forward } } } },
        // Alt+Home, as in web browsers.
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Start page"),
          { { Command::Home, { K(Qt::ALT | Qt::Key_Home) } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Compare the selected code with the code shown"),
          { { Command::CompareSelectedWithShown, { K(Qt::CTRL | Qt::Key_D) } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Show details, Show comparison"),
          { { Command::ShowDetails, { K(Qt::CTRL | Qt::Key_1) } },
            { Command::ShowComparison, { K(Qt::CTRL | Qt::Key_2) } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Explain a pasted bounce, log or transcript"),
          { { Command::ExplainText, { K(Qt::CTRL | Qt::Key_E) } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Open a bounce mail or a log file to explain"),
          { { Command::OpenFile, { K::Open } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Copy the code or the comparison as plain text"),
          { { Command::CopyAsPlainText, { K(Qt::CTRL | Qt::SHIFT | Qt::Key_C) } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Copy the code or the comparison as Markdown"),
          { { Command::CopyAsMarkdown, { K(Qt::CTRL | Qt::SHIFT | Qt::Key_M) } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Larger text, smaller text, normal size"),
          // Ctrl+= as well: on most keyboards + needs Shift.
          { { Command::LargerText, { K::ZoomIn, K(Qt::CTRL | Qt::Key_Equal) } },
            { Command::SmallerText, { K::ZoomOut } },
            { Command::NormalSize, { K(Qt::CTRL | Qt::Key_0) } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Keyboard shortcuts"),
          { { Command::KeyboardShortcuts, { K::HelpContents } } } },
        { QT_TRANSLATE_NOOP("smtpref::ShortcutsDialog", "Quit"), { { Command::Quit, { K::Quit } } } },
    };
}

} // namespace

const QList<ShortcutRow> &shortcutTable()
{
    // Made on first use, not at program start: a standard key (QKeySequence::Find) is the platform's,
    // known once the application runs. Made once: the search field asks on every key press.
    static const QList<ShortcutRow> table = makeTable();
    return table;
}

QList<QKeySequence> shortcutKeys(Command command)
{
    for (const ShortcutRow &row : shortcutTable()) {
        for (const Shortcut &shortcut : row.shortcuts) {
            if (shortcut.command == command)
                return shortcut.keys;
        }
    }
    return {};
}

bool isKeyOf(Command command, int key)
{
    const QList<QKeySequence> keys = shortcutKeys(command);
    return std::any_of(keys.cbegin(), keys.cend(),
                       [key](const QKeySequence &keySequence) { return keySequence[0].key() == key; });
}

bool isWindowShortcut(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (!(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    const auto key = static_cast<Qt::Key>(event->key());
    // Shift as well as without it: Ctrl++ is typed Ctrl+Shift+= on most keyboards, as QShortcut knows.
    const QKeySequence pressed(QKeyCombination(modifiers, key));
    const QKeySequence withoutShift(QKeyCombination(modifiers & ~Qt::ShiftModifier, key));
    for (const ShortcutRow &row : shortcutTable()) {
        for (const Shortcut &shortcut : row.shortcuts) {
            for (const QKeySequence &keys : shortcut.keys) {
                if (keys == pressed || keys == withoutShift)
                    return true;
            }
        }
    }
    return false;
}

} // namespace smtpref
