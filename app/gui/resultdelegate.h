// Paints a result row: the code, its class written out (coloured as an extra cue) and the title
// with the searched words highlighted. Laid out with QTextLayout so right-to-left text works.
#pragma once

#include <QStyledItemDelegate>

namespace smtpref {

class ResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The folded words to highlight (SearchEngine::queryWords of the current query).
    void setHighlightedWords(const QStringList &foldedWords) { m_words = foldedWords; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList m_words;
};

} // namespace smtpref
