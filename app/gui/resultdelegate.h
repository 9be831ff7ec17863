// Paints a result row: the code, its class written out (coloured as an extra cue) and the title
// with the searched words highlighted; under them, for a search by words, the excerpt that says why
// the row matched (ExcerptRole). Laid out with QTextLayout so right-to-left text works.
#pragma once

#include <QFont>
#include <QStyledItemDelegate>

namespace smtpref {

class ResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The folded words to highlight (SearchEngine::queryWords of the current query).
    void setHighlightedWords(const QStringList &foldedWords) { m_words = foldedWords; }
    // Whether rows have a second line for their excerpt (SearchModel::showsExcerpts). Every row has
    // the same height, so the list lays out without asking each row.
    bool showsExcerpts() const { return m_showsExcerpts; }
    void setShowsExcerpts(bool shows);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Widths of the code and class columns for a font: measured once per font, not once per row
    // (measuring shapes the sample text, and rows are painted by the dozen).
    struct Columns
    {
        QFont font;
        int code = 0;
        int classes = 0;
    };
    const Columns &columnsFor(const QFont &font) const;
    // The excerpt line under the title, in rect.
    void drawExcerpt(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                     const QRect &rect) const;

    QStringList m_words;
    bool m_showsExcerpts = false;
    mutable Columns m_columns;
};

} // namespace smtpref
