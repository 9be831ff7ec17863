// The "Explain" tab: paste a bounce, a DSN, a mail log or an SMTP transcript; every reply code in it
// is listed beside the text (each opens its details) and highlighted in the text. Decoding runs on a
// worker thread after typing pauses, so a 10 MB paste never freezes the window.
#pragma once

#include "explain/explainfinding.h"
#include "catalog/catalog.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace smtpref {

class ExplainView final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplainView(const Catalog &catalog, QWidget *parent = nullptr);

    QPlainTextEdit *input() const { return m_input; }
    const QList<ExplainFinding> &findings() const { return m_findings; }
    // The input with e-mail addresses, IP addresses and host names masked.
    QString redactedText() const;

Q_SIGNALS:
    void codeActivated(const QString &code); // "5.1.1", "550": open its details
    void findingsChanged();
    void redactedCopied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void decodeLater();
    void showFindings(int generation, const QList<ExplainFinding> &findings);
    void highlight();

    Catalog m_catalog;
    QPlainTextEdit *m_input;
    QListWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_copyRedacted;
    QTimer *m_delay;
    QList<ExplainFinding> m_findings;
    int m_generation = 0; // results of older text are dropped
};

} // namespace smtpref
