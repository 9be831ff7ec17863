#include "explainview.h"

#include "explain/explainer.h"
#include "explain/redactor.h"
#include "report/findingpage.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

constexpr int typingPauseMs = 250;
// Highlighting every code of a 10 MB log would cost more than it shows; the list has them all.
constexpr qsizetype maxHighlights = 2000;

} // namespace

ExplainView::ExplainView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_input(new QPlainTextEdit(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_copyRedacted(new QPushButton(this))
    , m_delay(new QTimer(this))
{
    m_input->setObjectName(u"explainInput"_s);
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_list->setObjectName(u"explainFindings"_s);
    m_list->setWordWrap(true);
    m_summary->setObjectName(u"explainSummary"_s);
    m_summary->setWordWrap(true);
    m_copyRedacted->setObjectName(u"copyRedacted"_s);
    m_delay->setSingleShot(true);
    m_delay->setInterval(typingPauseMs);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_copyRedacted);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_input);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        ++m_generation;
        m_delay->start();
    });
    connect(m_delay, &QTimer::timeout, this, &ExplainView::decodeLater);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT codeActivated(item->data(Qt::UserRole).toString()); });
    connect(m_copyRedacted, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(redactedText());
        Q_EMIT redactedCopied();
    });
    retranslate();
}

void ExplainView::retranslate()
{
    m_input->setPlaceholderText(
        tr("Paste a bounce message, a delivery status notification, a mail log or an SMTP "
           "transcript here. Every reply code in it is explained on the right."));
    m_input->setAccessibleName(tr("Text to explain"));
    m_list->setAccessibleName(tr("Codes found in the text"));
    m_list->setAccessibleDescription(tr("Enter opens the code's details."));
    m_copyRedacted->setText(tr("Copy Redacted"));
    m_copyRedacted->setToolTip(tr("Copy the text with e-mail addresses, IP addresses and host names masked"));
    m_copyRedacted->setAccessibleName(tr("Copy the text redacted"));
    showFindings(m_generation, m_findings);
}

void ExplainView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ExplainView::redactedText() const
{
    return Redactor::redact(m_input->toPlainText());
}

void ExplainView::decodeLater()
{
    const int generation = m_generation;
    QPointer<ExplainView> self(this);
    // The catalog and the text are implicitly shared copies: the worker owns what it reads.
    QThreadPool::globalInstance()->start(
        [self, generation, catalog = m_catalog, text = m_input->toPlainText()] {
            const QList<ExplainFinding> findings = Explainer(catalog).explain(text);
            QMetaObject::invokeMethod(
                qApp,
                [self, generation, findings] {
                    if (self)
                        self->showFindings(generation, findings);
                },
                Qt::QueuedConnection);
        });
}

void ExplainView::showFindings(int generation, const QList<ExplainFinding> &findings)
{
    if (generation != m_generation)
        return; // the text changed since: a newer decoding is on its way
    m_findings = findings;
    m_list->clear();
    for (const ExplainFinding &finding : findings) {
        const FindingPage page = FindingPage::build(finding, m_catalog);
        QString text = page.heading;
        if (!page.title.isEmpty())
            text += u" — " + page.title;
        if (!page.facts.isEmpty())
            text += u"\n" + page.facts.join(u" · ");
        for (const QString &note : page.notes)
            text += u"\n⚠ " + note;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, page.code);
        item->setToolTip(page.notes.join(u'\n'));
    }
    if (m_input->toPlainText().trimmed().isEmpty())
        m_summary->setText(tr("No text yet."));
    else if (findings.isEmpty())
        m_summary->setText(tr("No SMTP reply code found in this text."));
    else
        m_summary->setText(tr("%n code(s) found. Enter or double-click opens one.", nullptr,
                              static_cast<int>(findings.size())));
    highlight();
    Q_EMIT findingsChanged();
}

void ExplainView::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(palette()
                             .color(QPalette::Highlight)
                             .lighter(palette().color(QPalette::Base).lightnessF() < 0.5 ? 60 : 170));
    format.setFontWeight(QFont::Bold);
    QTextDocument *document = m_input->document();
    for (qsizetype i = 0; i < m_findings.size() && i < maxHighlights; ++i) {
        QTextCursor cursor(document);
        cursor.setPosition(
            static_cast<int>(std::min<qsizetype>(m_findings[i].start, document->characterCount() - 1)));
        cursor.setPosition(static_cast<int>(std::min<qsizetype>(m_findings[i].start + m_findings[i].length,
                                                                document->characterCount() - 1)),
                           QTextCursor::KeepAnchor);
        selections.append({ cursor, format });
    }
    m_input->setExtraSelections(selections);
}

} // namespace smtpref
