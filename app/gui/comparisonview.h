// The comparison tab: a code picker for each compared code (two to four, with completion; every
// picker beyond two can be removed), a button to add a code, one to reverse the order, and the
// comparison of the codes below.
#pragma once

#include "catalog/catalog.h"
#include "code/codelookup.h"
#include "compare/comparison.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QTextBrowser;
class QToolButton;

namespace smtpref {

class ComparisonView final : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(const Catalog &catalog, QWidget *parent = nullptr);

    // Codes as people type them: "550", "5.7.26", "X.7.1"; two to four pickers, an empty code leaves
    // its picker for the person.
    void setCodes(const QStringList &codes);
    // The codes of the pickers that name one code each, as shown: "5.7.26".
    QStringList codes() const;
    // The comparison shown, or nothing while fewer than two pickers name a code.
    std::optional<Comparison> comparison() const;
    // The picker for another code: the first empty one.
    void focusEmptyPicker();
    void swap();
    void addPicker();
    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    void codeLinkActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Picker
    {
        QWidget *box;
        QComboBox *combo;
        QToolButton *remove;
    };

    void retranslate();
    void refresh();
    void updateButtons();
    void removePicker(QWidget *box);
    Picker makePicker();
    std::optional<ResolvedCode> resolve(const QComboBox *picker) const;

    Catalog m_catalog;
    QList<Picker> m_pickers;
    QHBoxLayout *m_pickerRow;
    QToolButton *m_swap;
    QToolButton *m_add;
    QTextBrowser *m_browser;
    bool m_filled = false; // the pickers have their lists (filled when the tab is first seen)
};

} // namespace smtpref
