#include "shortcutsdialog.h"

#include "shortcuts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// Key names as the platform writes them, in the interface language through Qt's own translations
// ("Strg+K" in German, "Échap" in French), from the same sequences the window's actions use.
QString keyNames(const QList<Shortcut> &shortcuts)
{
    QStringList names;
    for (const Shortcut &shortcut : shortcuts) {
        for (const QKeySequence &sequence : shortcut.keys)
            names << sequence.toString(QKeySequence::NativeText);
    }
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
    const QList<ShortcutRow> &rows = shortcutTable();
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(tr(rows[row].description)));
        m_table->setItem(row, 1, new QTableWidgetItem(keyNames(rows[row].shortcuts)));
    }
    m_table->resizeColumnToContents(0);
}

} // namespace smtpref
