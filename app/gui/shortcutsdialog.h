// Help > Keyboard Shortcuts: the window's shortcut table (shortcuts.h), with the keys named in the
// interface language.
#pragma once

#include <QDialog>

class QTableWidget;

namespace smtpref {

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QTableWidget *m_table;
};

} // namespace smtpref
