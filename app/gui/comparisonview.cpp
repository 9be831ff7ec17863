#include "comparisonview.h"

#include "htmlreport.h"
#include "i18n/catalogtranslation.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

constexpr qsizetype minPickers = 2;

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
    , m_pickerRow(new QHBoxLayout)
    , m_swap(new QToolButton(this))
    , m_add(new QToolButton(this))
    , m_browser(new QTextBrowser(this))
{
    m_swap->setObjectName(u"compareSwap"_s);
    m_swap->setText(u"⇄"_s);
    m_add->setObjectName(u"compareAdd"_s);
    m_add->setText(u"+"_s);
    m_browser->setObjectName(u"comparisonBrowser"_s);
    m_browser->setOpenLinks(false);

    m_pickerRow->addWidget(m_swap);
    m_pickerRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_pickerRow);
    layout->addWidget(m_browser, 1);
    for (qsizetype i = 0; i < minPickers; ++i)
        m_pickers << makePicker();

    connect(m_swap, &QToolButton::clicked, this, &ComparisonView::swap);
    connect(m_add, &QToolButton::clicked, this, [this] {
        addPicker();
        focusEmptyPicker();
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QStringView(HtmlReport::codeScheme))
            Q_EMIT codeLinkActivated(url.path());
    });
    updateButtons();
    retranslate();
}

ComparisonView::Picker ComparisonView::makePicker()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    auto *combo = new QComboBox(box);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(10);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *remove = new QToolButton(box);
    remove->setText(u"×"_s);
    remove->setAutoRaise(true);
    row->addWidget(combo, 1);
    row->addWidget(remove);
    // The first picker before the swap button, the others after the pickers there are.
    m_pickerRow->insertWidget(m_pickers.isEmpty() ? 0 : m_pickerRow->indexOf(m_add), box, 1);
    if (m_filled)
        fillPicker(combo, m_catalog);
    connect(combo, &QComboBox::activated, this, &ComparisonView::refresh);
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this, &ComparisonView::refresh);
    connect(remove, &QToolButton::clicked, this, [this, box] { removePicker(box); });
    return { box, combo, remove };
}

void ComparisonView::addPicker()
{
    if (m_pickers.size() >= Comparison::maxCodes)
        return;
    m_pickers << makePicker();
    updateButtons();
    retranslate();
}

void ComparisonView::removePicker(QWidget *box)
{
    if (m_pickers.size() <= minPickers)
        return;
    const auto it = std::find_if(m_pickers.begin(), m_pickers.end(), [&](const Picker &p) { return p.box == box; });
    if (it == m_pickers.end())
        return;
    m_pickers.erase(it);
    box->deleteLater();
    updateButtons();
    refresh();
}

void ComparisonView::updateButtons()
{
    // Named by position, for tests and accessibility tools: comparePicker1, compareRemove3.
    for (qsizetype i = 0; i < m_pickers.size(); ++i) {
        m_pickers[i].combo->setObjectName(u"comparePicker"_s + QString::number(i + 1));
        m_pickers[i].remove->setObjectName(u"compareRemove"_s + QString::number(i + 1));
        m_pickers[i].remove->setVisible(m_pickers.size() > minPickers);
    }
    m_add->setEnabled(m_pickers.size() < Comparison::maxCodes);
}

void ComparisonView::retranslate()
{
    for (qsizetype i = 0; i < m_pickers.size(); ++i) {
        const Picker &picker = m_pickers[i];
        picker.combo->setAccessibleName(tr("Code %1 to compare").arg(i + 1));
        picker.combo->lineEdit()->setPlaceholderText(i == 0 ? tr("First code") : tr("Another code"));
        picker.remove->setToolTip(tr("Remove this code from the comparison"));
        picker.remove->setAccessibleName(tr("Remove this code from the comparison"));
        // The titles in the pickers follow the language too.
        for (int item = 0; item < picker.combo->count(); ++item) {
            if (const CatalogEntry *entry = m_catalog.find(picker.combo->itemData(item).toString()))
                picker.combo->setItemText(item, entry->code + u"  " + CatalogTranslation::title(*entry));
        }
    }
    m_swap->setToolTip(tr("Reverse the order of the codes"));
    m_swap->setAccessibleName(tr("Reverse the order of the codes"));
    m_add->setToolTip(tr("Add a code to the comparison (up to four)"));
    m_add->setAccessibleName(tr("Add a code to the comparison"));
    m_browser->setAccessibleName(tr("Comparison"));
    m_browser->setAccessibleDescription(
        tr("The codes side by side, what tells them apart, their key differences, and when to use which."));
    refresh();
}

void ComparisonView::showEvent(QShowEvent *event)
{
    // The pickers' lists are filled when the tab is first seen, not at start-up.
    if (!m_filled) {
        for (const Picker &picker : std::as_const(m_pickers))
            fillPicker(picker.combo, m_catalog);
        m_filled = true;
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

void ComparisonView::setCodes(const QStringList &codes)
{
    const qsizetype wanted = std::clamp(codes.size(), minPickers, Comparison::maxCodes);
    while (m_pickers.size() < wanted)
        addPicker();
    while (m_pickers.size() > wanted)
        removePicker(m_pickers.last().box);
    for (qsizetype i = 0; i < m_pickers.size(); ++i)
        m_pickers[i].combo->setEditText(codes.value(i));
    refresh();
}

QStringList ComparisonView::codes() const
{
    QStringList shown;
    for (const Picker &picker : m_pickers) {
        if (const auto code = resolve(picker.combo))
            shown << code->displayCode();
    }
    return shown;
}

std::optional<Comparison> ComparisonView::comparison() const
{
    QList<ResolvedCode> resolved;
    for (const Picker &picker : m_pickers) {
        if (const auto code = resolve(picker.combo))
            resolved << *code;
    }
    if (resolved.size() < minPickers)
        return std::nullopt;
    return Comparer::compare(resolved);
}

void ComparisonView::swap()
{
    QStringList texts;
    for (const Picker &picker : std::as_const(m_pickers))
        texts.prepend(picker.combo->currentText());
    for (qsizetype i = 0; i < m_pickers.size(); ++i)
        m_pickers[i].combo->setEditText(texts[i]);
    refresh();
}

void ComparisonView::focusEmptyPicker()
{
    for (const Picker &picker : std::as_const(m_pickers)) {
        if (picker.combo->currentText().trimmed().isEmpty() || &picker == &m_pickers.last()) {
            picker.combo->setFocus(Qt::OtherFocusReason);
            picker.combo->lineEdit()->selectAll();
            return;
        }
    }
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
        = CodeLookup::resolve(m_catalog, gap > 0 ? text.left(gap) : text);
    if (lookup.found.size() != 1)
        return std::nullopt;
    return lookup.found.first();
}

void ComparisonView::refresh()
{
    const HtmlStyle style = HtmlStyle::fromPalette(palette());
    if (const auto shown = comparison())
        m_browser->setHtml(HtmlReport::comparison(*shown, style));
    else
        m_browser->setHtml(HtmlReport::comparisonPlaceholder(style));
}

} // namespace smtpref
