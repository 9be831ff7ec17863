#include "resultdelegate.h"

#include "htmlstyle.h"
#include "models/roles.h"
#include "search/excerpt.h"
#include "search/textfolding.h"
#include "catalog/vocabulary.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

constexpr int padding = 6;
constexpr int lineGap = 2; // between the title line and the excerpt line

QString classText(const QModelIndex &index)
{
    const int applied = index.data(AppliedClassRole).toInt();
    if (applied > 0)
        return vocabulary::classLabel(applied);
    return vocabulary::classLabels(index.data(ClassesRole).value<QList<int>>());
}

int singleClass(const QModelIndex &index)
{
    const int applied = index.data(AppliedClassRole).toInt();
    const QList<int> classes = index.data(ClassesRole).value<QList<int>>();
    return applied > 0 ? applied : (classes.size() == 1 ? classes.first() : 0);
}

// Draws text in rect with the ranges given as highlighted, following the direction; text too long
// for rect ends with an ellipsis where its reading ends (ElideRight cuts the logical end, which an
// Arabic text shows on the left). The column sits where the widget's direction puts it; the text
// inside keeps its own direction (an English title in an Arabic interface is still read left to
// right, "<domain>" stays intact).
void drawText(QPainter *painter, const QRect &rect, const QString &fullText, const QFont &font,
              Qt::LayoutDirection direction, QList<QTextLayout::FormatRange> formats)
{
    // Measured in bold when words are marked, as they are drawn, so the cut text always fits.
    QFont measured = font;
    measured.setBold(measured.bold() || !formats.isEmpty());
    const QString text = QFontMetrics(measured).elidedText(fullText, Qt::ElideRight, rect.width());
    if (text != fullText) {
        const int kept = static_cast<int>(std::max<qsizetype>(text.size() - 1, 0)); // before the "…"
        QList<QTextLayout::FormatRange> keptFormats;
        for (QTextLayout::FormatRange range : std::as_const(formats)) {
            range.length = std::min(range.length, kept - range.start);
            if (range.length > 0)
                keptFormats.append(range);
        }
        formats = keptFormats;
    }
    const Qt::LayoutDirection textDirection = text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    const Qt::Alignment alignment
        = (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
    painter->save();
    if (formats.isEmpty()) {
        // Nothing to highlight (most rows, every code and class): the painter's own text path is
        // cheaper than building a QTextLayout, which counts on the first frame.
        painter->setFont(font);
        painter->setLayoutDirection(textDirection);
        painter->drawText(rect, int(alignment | Qt::AlignVCenter) | Qt::TextSingleLine, text);
        painter->restore();
        return;
    }
    QTextLayout layout(text, font);
    QTextOption option;
    option.setTextDirection(textDirection);
    option.setWrapMode(QTextOption::NoWrap);
    option.setAlignment(alignment);
    layout.setTextOption(option);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    painter->setClipRect(rect);
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}

// How a searched word is marked: bold on a light tint of the selection colour, underlined in the
// selected row (whose background is that colour).
QTextCharFormat highlightFormat(const QStyleOptionViewItem &opt, bool selected, bool dark)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    if (!selected)
        format.setBackground(opt.palette.color(QPalette::Highlight).lighter(dark ? 60 : 170));
    else
        format.setFontUnderline(true);
    return format;
}

} // namespace

const ResultDelegate::Columns &ResultDelegate::columnsFor(const QFont &font) const
{
    if (m_columns.code == 0 || m_columns.font != font) {
        QFont bold = font;
        bold.setBold(true);
        m_columns.font = font;
        m_columns.code = QFontMetrics(bold).horizontalAdvance(u"X.7.30"_s) + padding * 2;
        m_columns.classes = QFontMetrics(font).horizontalAdvance(u"4xx, 5xx"_s) + padding * 2;
    }
    return m_columns;
}

void ResultDelegate::setShowsExcerpts(bool shows)
{
    if (shows == m_showsExcerpts)
        return;
    m_showsExcerpts = shows;
    Q_EMIT sizeHintChanged(QModelIndex()); // the view lays its rows out again
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int height = option.fontMetrics.height();
    return { 200, m_showsExcerpts ? 2 * height + 2 * padding + lineGap : height + 2 * padding };
}

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const HtmlStyle colours = HtmlStyle::fromPalette(opt.palette);
    painter->save();
    painter->setPen(textColor);

    QFont bold = opt.font;
    bold.setBold(true);
    // With an excerpt line, the title line is the upper one of two (even in a row without an excerpt,
    // so that the codes stay in line from row to row).
    const int lineHeight = opt.fontMetrics.height();
    const QRect content = m_showsExcerpts
        ? QRect(opt.rect.left() + padding, opt.rect.top() + padding, opt.rect.width() - 2 * padding, lineHeight)
        : opt.rect.adjusted(padding, 0, -padding, 0);
    const Columns &columns = columnsFor(opt.font);
    const int codeWidth = columns.code;
    const int classWidth = columns.classes;
    auto column = [&](int start, int width) {
        return QStyle::visualRect(opt.direction, content,
                                  QRect(content.left() + start, content.top(), width, content.height()));
    };

    drawText(painter, column(0, codeWidth), index.data(DisplayCodeRole).toString(), bold, opt.direction, {});

    const int cls = singleClass(index);
    if (!selected)
        painter->setPen(cls > 0 ? colours.classColor(cls) : colours.muted);
    drawText(painter, column(codeWidth, classWidth), classText(index), opt.font, opt.direction, {});
    painter->setPen(textColor);

    QString title = index.data(TitleRole).toString();
    const qsizetype titleLength = title.size();
    const QString status = index.data(StatusRole).toString();
    // A provider's code names its provider where another code would name an unusual status.
    if (const QString provider = index.data(ProviderRole).toString(); !provider.isEmpty()) {
        title += u" · " + provider;
    } else if (status != u"standard" && status != u"extension" && status != u"registry-only") {
        if (const auto parsed = vocabulary::statusFromId(status))
            title += u" · " + vocabulary::statusName(*parsed);
    }
    const QTextCharFormat highlight = highlightFormat(opt, selected, colours.dark);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : matchRanges(QStringView(title).first(titleLength), m_words))
        formats.append({ static_cast<int>(start), static_cast<int>(length), highlight });
    if (title.size() > titleLength) {
        QTextCharFormat muted;
        muted.setForeground(selected ? textColor : colours.muted);
        formats.append(
            { static_cast<int>(titleLength), static_cast<int>(title.size() - titleLength), muted });
    }
    const int titleStart = codeWidth + classWidth;
    drawText(painter, column(titleStart, content.width() - titleStart), title, opt.font, opt.direction,
             formats);
    if (m_showsExcerpts) {
        const QRect line = content.translated(0, lineHeight + lineGap);
        drawExcerpt(painter, opt, index,
                    QStyle::visualRect(opt.direction, line,
                                       QRect(line.left() + titleStart, line.top(), line.width() - titleStart,
                                             line.height())));
    }
    painter->restore();
}

void ResultDelegate::drawExcerpt(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                                 const QRect &rect) const
{
    const Excerpt excerpt = index.data(ExcerptRole).value<Excerpt>();
    if (excerpt.isEmpty())
        return;
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const HtmlStyle colours = HtmlStyle::fromPalette(opt.palette);
    // Cut to the row's width at the end (drawText), so the words near the start stay in sight.
    const QTextCharFormat highlight = highlightFormat(opt, selected, colours.dark);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : excerpt.highlights)
        formats.append({ static_cast<int>(start), static_cast<int>(length), highlight });
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : colours.muted);
    drawText(painter, rect, excerpt.text, opt.font, opt.direction, formats);
}

} // namespace smtpref
