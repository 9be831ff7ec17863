// The "Explain" tab: paste or open a bounce, a DSN, a mail log or an SMTP transcript; the verdict for
// each failed recipient comes first, then every reply code in it is listed beside the text (each
// opens its details) and highlighted in the text. A mail message is shown as read (parts decoded, the
// returned original after the report). Decoding runs on a worker thread after typing pauses, in
// pieces: the list fills as findings come, a newer text stops the older decoding between two pieces,
// and so does closing the window.
#pragma once

#include "catalog/catalog.h"
#include "diagnosis/diagnosis.h"
#include "explain/explainfinding.h"

#include <atomic>
#include <memory>

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace smtpref {

class FindingsModel;
class PasteArea;

class ExplainView final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplainView(const Catalog &catalog, QWidget *parent = nullptr);
    ~ExplainView() override;

    QPlainTextEdit *input() const;
    // Replaces the text to explain (a large one is put in by pieces, the window answering meanwhile).
    void setText(const QString &text);
    QTextBrowser *verdictsView() const { return m_verdictView; }
    const QList<ExplainFinding> &findings() const;
    const QList<Verdict> &verdicts() const { return m_verdicts; }
    // A file's contents (a bounce mail, a log): a mail message is shown as read, other text as it is.
    void openData(const QByteArray &contents);
    FindingsModel *findingsModel() const { return m_model; }
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
    void cancelDecoding();
    void decodeLater();
    void receive(int generation, const QList<ExplainFinding> &findings, bool last, const QList<Verdict> &verdicts);
    void showVerdicts();
    void showSummary();
    void highlight();

    Catalog m_catalog;
    PasteArea *m_input;
    QLabel *m_shortenedNote;
    FindingsModel *m_model;
    QListView *m_list;
    QLabel *m_summary;
    QTextBrowser *m_verdictView;
    QList<Verdict> m_verdicts;
    QPushButton *m_copyRedacted;
    QTimer *m_delay;
    bool m_blank = true; // the text decoded last is empty or only white space
    int m_generation = 0; // results of older text are dropped
    // Set when the text being decoded is no longer wanted: the worker stops at its next piece.
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace smtpref
