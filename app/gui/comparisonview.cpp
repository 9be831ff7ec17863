#include "comparisonview.h"

#include "htmlreport.h"
#include "i18n/catalogtranslation.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

QComboBox *makePicker(const QString &name, QWidget *parent)
{
    auto *picker = new QComboBox(parent);
    picker->setObjectName(name);
    picker->setEditable(true);
    picker->setInsertPolicy(QComboBox::NoInsert);
    picker->setMinimumContentsLength(14);
    picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return picker;
}

// Every code with its title, for the drop-down and the completion; the typed text is kept.
void fillPicker(QComboBox *picker, const Catalog &catalog)
{
    const QString typed = picker->currentText();
    for (const CatalogEntry &entry : catalog.entries())
        picker->addItem(entry.code + u"  " + CatalogTranslation::title(entry), entry.code);
    picker->setCurrentIndex(-1);
    picker->setEditText(typed);
    picker->completer()->setFilterMode(Qt::MatchContains);
    picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
}

} // namespace

ComparisonView::ComparisonView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_pickerA(makePicker(u"comparePickerA"_s, this))
    , m_pickerB(makePicker(u"comparePickerB"_s, this))
    , m_swap(new QToolButton(this))
    , m_versus(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    m_swap->setObjectName(u"compareSwap"_s);
    m_swap->setText(u"⇄"_s);
    m_browser->setObjectName(u"comparisonBrowser"_s);
    m_browser->setOpenLinks(false);

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_pickerA, 1);
    pickers->addWidget(m_swap);
    pickers->addWidget(m_versus);
    pickers->addWidget(m_pickerB, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickers);
    layout->addWidget(m_browser, 1);

    for (QComboBox *picker : { m_pickerA, m_pickerB }) {
        connect(picker, &QComboBox::activated, this, &ComparisonView::refresh);
        connect(picker->lineEdit(), &QLineEdit::editingFinished, this, &ComparisonView::refresh);
    }
    connect(m_swap, &QToolButton::clicked, this, &ComparisonView::swap);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QStringView(HtmlReport::codeScheme))
            Q_EMIT codeLinkActivated(url.path());
    });
    retranslate();
}

void ComparisonView::retranslate()
{
    m_pickerA->setAccessibleName(tr("First code to compare"));
    m_pickerB->setAccessibleName(tr("Second code to compare"));
    m_pickerA->lineEdit()->setPlaceholderText(tr("First code"));
    m_pickerB->lineEdit()->setPlaceholderText(tr("Second code"));
    m_swap->setToolTip(tr("Swap the two codes"));
    m_swap->setAccessibleName(tr("Swap the two codes"));
    m_versus->setText(tr("with"));
    m_browser->setAccessibleName(tr("Comparison"));
    // The titles in the pickers follow the language too.
    for (QComboBox *picker : { m_pickerA, m_pickerB }) {
        for (int i = 0; i < picker->count(); ++i) {
            if (const CatalogEntry *entry = m_catalog.find(picker->itemData(i).toString()))
                picker->setItemText(i, entry->code + u"  " + CatalogTranslation::title(*entry));
        }
    }
    m_browser->setAccessibleDescription(
        tr("The two codes side by side, their key differences, and when to use which."));
    refresh();
}

void ComparisonView::showEvent(QShowEvent *event)
{
    // The pickers' lists are filled when the tab is first seen, not at start-up.
    if (m_pickerA->count() == 0) {
        fillPicker(m_pickerA, m_catalog);
        fillPicker(m_pickerB, m_catalog);
    }
    QWidget::showEvent(event);
}

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void ComparisonView::setCodes(const QString &a, const QString &b)
{
    m_pickerA->setEditText(a);
    m_pickerB->setEditText(b);
    refresh();
}

QString ComparisonView::codeA() const
{
    const auto code = resolve(m_pickerA);
    return code ? code->displayCode() : QString();
}

QString ComparisonView::codeB() const
{
    const auto code = resolve(m_pickerB);
    return code ? code->displayCode() : QString();
}

void ComparisonView::swap()
{
    const QString a = m_pickerA->currentText();
    m_pickerA->setEditText(m_pickerB->currentText());
    m_pickerB->setEditText(a);
    refresh();
}

void ComparisonView::focusPickerB()
{
    m_pickerB->setFocus(Qt::OtherFocusReason);
    m_pickerB->lineEdit()->selectAll();
}

std::optional<ResolvedCode> ComparisonView::resolve(const QComboBox *picker) const
{
    // A chosen item carries its catalog code; typed text ("5.7.26", "550 — title") is read as a code.
    QString text = picker->currentText().trimmed();
    const int item = picker->findText(text);
    if (item >= 0)
        text = picker->itemData(item).toString();
    const qsizetype gap = text.indexOf(u"  ");
    const CodeLookup lookup
        = CodeLookup::resolve(m_catalog, CodeQuery::parse(gap > 0 ? text.left(gap) : text));
    if (lookup.found.size() != 1)
        return std::nullopt;
    return lookup.found.first();
}

void ComparisonView::refresh()
{
    const HtmlStyle style = HtmlStyle::fromPalette(palette());
    const auto a = resolve(m_pickerA);
    const auto b = resolve(m_pickerB);
    if (a && b)
        m_browser->setHtml(HtmlReport::comparison(Comparer::compare(*a, *b), style));
    else
        m_browser->setHtml(HtmlReport::comparisonPlaceholder(style));
}

} // namespace smtpref
