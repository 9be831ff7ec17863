// The comparison tab: a code picker on each side (with completion), a swap button, and the
// comparison of the two codes below.
#pragma once

#include "catalog/catalog.h"
#include "code/codelookup.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QTextBrowser;
class QToolButton;
class QLabel;

namespace smtpref {

class ComparisonView final : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(const Catalog &catalog, QWidget *parent = nullptr);

    // Codes as people type them: "550", "5.7.26", "X.7.1". An empty b leaves its picker for the person.
    void setCodes(const QString &a, const QString &b);
    QString codeA() const;
    QString codeB() const;
    void swap();
    void focusPickerB();
    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    void codeLinkActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refresh();
    std::optional<ResolvedCode> resolve(const QComboBox *picker) const;

    Catalog m_catalog;
    QComboBox *m_pickerA;
    QComboBox *m_pickerB;
    QToolButton *m_swap;
    QLabel *m_versus;
    QTextBrowser *m_browser;
};

} // namespace smtpref
