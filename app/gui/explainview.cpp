#include "explainview.h"

#include "explain/explainer.h"
#include "explain/redactor.h"
#include "htmlreport.h"
#include "mime/mimereader.h"
#include "models/findingsmodel.h"
#include "models/roles.h"
#include "pastearea.h"
#include "report/findingpage.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStringDecoder>
#include <QTextBrowser>
#include <QStyledItemDelegate>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// Rows as wide as the list, whatever their text: a long finding then ends in an ellipsis where the
// list ends, instead of widening every row and scrolling sideways.
class FitWidthDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return { 1, QStyledItemDelegate::sizeHint(option, index).height() };
    }
};

constexpr int typingPauseMs = 250;
// Highlighting every code of a 10 MB log would cost more than it shows; the list has them all.
constexpr qsizetype maxHighlights = 500;
// How much text the worker decodes between two looks at whether it is still wanted and two batches
// of findings for the list: a few milliseconds of work, a few hundred rows.
constexpr qsizetype pieceSize = 128 * 1024;

} // namespace

ExplainView::ExplainView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_input(new PasteArea(this))
    , m_shortenedNote(new QLabel(this))
    , m_model(new FindingsModel(catalog, this))
    , m_list(new QListView(this))
    , m_summary(new QLabel(this))
    , m_verdictView(new QTextBrowser(this))
    , m_copyRedacted(new QPushButton(this))
    , m_delay(new QTimer(this))
{
    m_input->setObjectName(u"explainInput"_s);
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_shortenedNote->setObjectName(u"explainShortened"_s);
    m_shortenedNote->setWordWrap(true);
    m_shortenedNote->hide();
    m_list->setObjectName(u"explainFindings"_s);
    m_list->setModel(m_model);
    // Every row has two lines (FindingsModel): one height for all, so 30,000 rows are never measured.
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setItemDelegate(new FitWidthDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setObjectName(u"explainSummary"_s);
    m_verdictView->setObjectName(u"explainVerdicts"_s);
    m_verdictView->setOpenLinks(false);
    m_verdictView->hide();
    m_summary->setWordWrap(true);
    m_copyRedacted->setObjectName(u"copyRedacted"_s);
    m_delay->setSingleShot(true);
    m_delay->setInterval(typingPauseMs);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(m_verdictView, 1);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_copyRedacted);
    auto *textSide = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textSide);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_shortenedNote);
    textLayout->addWidget(m_input, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(textSide);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (m_input->isLoading())
            return; // decoded once it is all there
        ++m_generation;
        cancelDecoding();
        m_delay->start();
    });
    connect(m_input, &PasteArea::loaded, this, [this] {
        ++m_generation;
        cancelDecoding();
        m_delay->start();
    });
    connect(m_input, &PasteArea::shortenedChanged, m_shortenedNote, &QWidget::setVisible);
    connect(m_shortenedNote, &QLabel::linkActivated, this, [this] { setText(QString()); });
    connect(m_delay, &QTimer::timeout, this, &ExplainView::decodeLater);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT codeActivated(index.data(CodeRole).toString()); });
    connect(m_verdictView, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QStringView(HtmlReport::codeScheme))
            Q_EMIT codeActivated(url.path());
    });
    connect(m_copyRedacted, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(redactedText());
        Q_EMIT redactedCopied();
    });
    retranslate();
}

void ExplainView::retranslate()
{
    m_input->setPlaceholderText(
        tr("Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP "
           "transcript here, or open one with File > Open. The verdict for each recipient and every "
           "reply code in it are shown on the right."));
    m_input->setAccessibleName(tr("Text to explain"));
    m_shortenedNote->setText(tr("Lines longer than %1 characters are shown shortened and the text cannot be "
                                "edited here; all of it is explained and copied. <a href=\"clear\">Clear</a>")
                                 .arg(PasteArea::maxShownLine));
    m_list->setAccessibleName(tr("Codes found in the text"));
    m_verdictView->setAccessibleName(tr("Verdict for each recipient"));
    m_list->setAccessibleDescription(tr("Enter opens the code's details."));
    m_copyRedacted->setText(tr("Copy Redacted"));
    m_copyRedacted->setToolTip(tr("Copy the text with e-mail addresses, IP addresses and host names masked"));
    m_copyRedacted->setAccessibleName(tr("Copy the text redacted"));
    m_model->retranslate();
    showSummary();
    showVerdicts();
}

ExplainView::~ExplainView()
{
    cancelDecoding(); // quitting does not wait for a decoding nobody will see
}

const QList<ExplainFinding> &ExplainView::findings() const
{
    return m_model->findings();
}

void ExplainView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ExplainView::redactedText() const
{
    return Redactor::redact(m_input->text());
}

QPlainTextEdit *ExplainView::input() const
{
    return m_input;
}

void ExplainView::setText(const QString &text)
{
    m_input->setText(text);
}

void ExplainView::cancelDecoding()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancelled.reset();
}

void ExplainView::openData(const QByteArray &contents)
{
    if (MimeReader::looksLikeMessage(contents)) {
        setText(MimeReader::read(contents).text);
        return;
    }
    // A byte order mark names UTF-16 or UTF-32; anything else is UTF-8, as on the command line.
    QStringDecoder decoder(QStringConverter::encodingForData(contents).value_or(QStringConverter::Utf8));
    setText(decoder(contents));
}

void ExplainView::decodeLater()
{
    cancelDecoding();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_model->clear();
    const QString text = m_input->text();
    m_blank = QStringView(text).trimmed().isEmpty(); // a view: no copy of 10 MB to look at its ends
    // A pasted raw mail (MIME parts, encodings) is shown as read, which decodes again: the reading's
    // own header block has no Content-Type, so this happens once.
    if (const QByteArray head = QStringView(text).left(64 * 1024).toUtf8(); MimeReader::looksLikeMessage(head)) {
        const qsizetype headerEnd = head.indexOf("\n\n");
        const QByteArray headers = head.left(headerEnd < 0 ? head.size() : headerEnd).toLower();
        if (headers.contains("content-type:") || headers.contains("content-transfer-encoding:")) {
            const QString reading = MimeReader::read(text.toUtf8()).text;
            if (reading != text) {
                setText(reading);
                return;
            }
        }
    }
    const int generation = m_generation;
    QPointer<ExplainView> self(this);
    auto deliver = [self, generation](QList<ExplainFinding> findings, bool last, QList<Verdict> verdicts) {
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, findings = std::move(findings), last, verdicts = std::move(verdicts)] {
                if (self)
                    self->receive(generation, findings, last, verdicts);
            },
            Qt::QueuedConnection);
    };
    // The catalog and the text are implicitly shared copies: the worker owns what it reads.
    QThreadPool::globalInstance()->start(
        [deliver, cancelled = m_cancelled, catalog = m_catalog, text] {
            const Explainer explainer(catalog);
            // A mail message: its report is explained, the returned original is not; the verdicts
            // come from its delivery status and its prose.
            if (MimeReader::looksLikeMessage(QStringView(text).left(64 * 1024).toUtf8())) {
                const MailReading mail = MimeReader::read(text.toUtf8());
                const QList<ExplainFinding> findings = explainer.explain(QStringView(text).first(
                    std::min(mail.reportEnd, text.size())));
                if (!cancelled->load())
                    deliver(findings, true, Diagnosis::ofMail(mail, findings));
                return;
            }
            Explainer::Session session(explainer);
            VerdictCollector verdicts;
            for (qsizetype at = 0; at < text.size(); at += pieceSize) {
                if (cancelled->load())
                    return;
                const QStringView piece = QStringView(text).mid(at, std::min(pieceSize, text.size() - at));
                session.add(piece);
                verdicts.addText(piece);
                if (QList<ExplainFinding> finished = session.takeFinished(); !finished.isEmpty()) {
                    verdicts.add(finished);
                    deliver(std::move(finished), false, {});
                }
            }
            if (cancelled->load())
                return;
            QList<ExplainFinding> last = session.finish();
            verdicts.add(last);
            deliver(std::move(last), true, verdicts.finish());
        });
}

void ExplainView::receive(int generation, const QList<ExplainFinding> &findings, bool last,
                          const QList<Verdict> &verdicts)
{
    if (generation != m_generation)
        return; // the text changed since: a newer decoding is on its way
    m_model->append(findings);
    if (!last)
        return;
    m_cancelled.reset();
    m_verdicts = verdicts;
    showVerdicts();
    showSummary();
    highlight();
    Q_EMIT findingsChanged();
}

void ExplainView::showSummary()
{
    const int count = m_model->rowCount();
    if (m_blank)
        m_summary->setText(tr("No text yet."));
    else if (count == 0)
        m_summary->setText(tr("No SMTP reply code found in this text."));
    else
        m_summary->setText(tr("%n code(s) found. Enter or double-click opens one.", nullptr, count));
}

void ExplainView::showVerdicts()
{
    m_verdictView->setVisible(!m_verdicts.isEmpty());
    if (!m_verdicts.isEmpty())
        m_verdictView->setHtml(HtmlReport::verdicts(m_verdicts, HtmlStyle::fromPalette(palette())));
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
    const qsizetype end = document->characterCount() - 1;
    const QList<ExplainFinding> &findings = m_model->findings();
    for (qsizetype i = 0; i < findings.size() && selections.size() < maxHighlights; ++i) {
        const qsizetype start = m_input->shownPosition(findings[i].start);
        if (start < 0)
            continue; // in the hidden part of a shortened line
        QTextCursor cursor(document);
        cursor.setPosition(static_cast<int>(std::min<qsizetype>(start, end)));
        cursor.setPosition(static_cast<int>(std::min<qsizetype>(start + findings[i].length, end)),
                           QTextCursor::KeepAnchor);
        selections.append({ cursor, format });
    }
    m_input->setExtraSelections(selections);
}

} // namespace smtpref
