#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpref {

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
        { tr("Search"), u"Ctrl+K, Ctrl+F, /"_s },
        { tr("Clear the search"), u"Esc"_s },
        { tr("Move in the results from the search field"), tr("Up, Down, Page Up, Page Down") },
        { tr("Open the selected code"), tr("Enter") },
        { tr("Back, Forward"), u"Alt+Left, Alt+Right"_s },
        { tr("Compare the selected code with the code shown"), u"Ctrl+D"_s },
        { tr("Show details, Show comparison"), u"Ctrl+1, Ctrl+2"_s },
        { tr("Explain a pasted bounce, log or transcript"), u"Ctrl+E"_s },
        { tr("Copy the code as plain text"), u"Ctrl+Shift+C"_s },
        { tr("Copy the code as Markdown"), u"Ctrl+Shift+M"_s },
        { tr("Larger text, smaller text, normal size"), u"Ctrl++, Ctrl+-, Ctrl+0"_s },
        { tr("Keyboard shortcuts"), u"F1"_s },
        { tr("Quit"), QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText) },
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
