// The Explain tab's text area. A large text (a pasted or opened log of megabytes) is put in by pieces
// on the event loop, so that the window keeps answering while it fills; a line longer than
// maxShownLine is shown shortened, because laying out one paragraph of megabytes would freeze the window
// for seconds. While any line is shortened the area is read-only and text() still gives the whole text,
// which is what is explained and copied.
#pragma once

#include <QList>
#include <QPlainTextEdit>

namespace smtpref {

class PasteArea final : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr qsizetype largeText = 256 * 1024; // put in by pieces from this size on
    static constexpr qsizetype pieceSize = 128 * 1024;
    static constexpr qsizetype maxShownLine = 4000;

    explicit PasteArea(QWidget *parent = nullptr);

    // Replaces the text; a large one arrives by pieces (loaded() says when it is all there).
    void setText(const QString &text);
    // The whole text, lines not shortened.
    QString text() const;
    bool isLoading() const { return m_loadedUpTo < m_shown.size(); }
    bool isShortened() const { return !m_cuts.isEmpty(); }
    // Where a position of text() is shown, or -1 when it lies in a shortened part of a line.
    qsizetype shownPosition(qsizetype position) const;

Q_SIGNALS:
    void loaded();
    void shortenedChanged(bool shortened);

protected:
    // A large paste replaces the text by pieces too (pasted into an empty or wholly selected area).
    void insertFromMimeData(const QMimeData *source) override;

private:
    struct Cut
    {
        qsizetype start; // in the whole text, where the hidden part begins
        qsizetype hidden; // characters not shown
        qsizetype marker; // characters of the marker shown instead
    };

    void loadNextPiece();

    QString m_whole; // set only while lines are shortened
    QString m_shown;
    QList<Cut> m_cuts;
    qsizetype m_loadedUpTo = 0;
    int m_loadGeneration = 0;
};

} // namespace smtpref
