#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// Key names as the platform writes them, in the interface language through Qt's own translations
// ("Strg+K" in German, "Échap" in French), from the same sequences the window's actions use.
QString keyNames(std::initializer_list<QKeySequence> sequences)
{
    QStringList names;
    for (const QKeySequence &sequence : sequences)
        names << sequence.toString(QKeySequence::NativeText);
    return names.join(u", "_s);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    m_table->setColumnCount(2);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
    retranslate();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    const std::pair<QString, QString> rows[] = {
        { tr("Search"),
          keyNames({ QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find, QKeySequence(Qt::Key_Slash) }) },
        { tr("Clear the search"), keyNames({ QKeySequence(Qt::Key_Escape) }) },
        { tr("Move in the results from the search field"),
          keyNames({ QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_PageUp),
                     QKeySequence(Qt::Key_PageDown) }) },
        { tr("Open the selected code"), keyNames({ QKeySequence(Qt::Key_Return) }) },
        { tr("Back, Forward"), keyNames({ QKeySequence::Back, QKeySequence::Forward }) },
        { tr("Compare the selected code with the code shown"),
          keyNames({ QKeySequence(Qt::CTRL | Qt::Key_D) }) },
        { tr("Show details, Show comparison"),
          keyNames({ QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_2) }) },
        { tr("Explain a pasted bounce, log or transcript"),
          keyNames({ QKeySequence(Qt::CTRL | Qt::Key_E) }) },
        { tr("Copy the code as plain text"), keyNames({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) }) },
        { tr("Copy the code as Markdown"), keyNames({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) }) },
        { tr("Larger text, smaller text, normal size"),
          keyNames({ QKeySequence::ZoomIn, QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_0) }) },
        { tr("Keyboard shortcuts"), keyNames({ QKeySequence::HelpContents }) },
        { tr("Quit"), keyNames({ QKeySequence::Quit }) },
    };
    m_table->setRowCount(static_cast<int>(std::size(rows)));
    int row = 0;
    for (const auto &[action, keys] : rows) {
        m_table->setItem(row, 0, new QTableWidgetItem(action));
        m_table->setItem(row, 1, new QTableWidgetItem(keys));
        ++row;
    }
    m_table->resizeColumnToContents(0);
}

} // namespace smtpref
