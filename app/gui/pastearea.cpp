#include "pastearea.h"

#include <QMimeData>
#include <QTextBlock>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace smtpref {

PasteArea::PasteArea(QWidget *parent)
    : QPlainTextEdit(parent)
{ }

void PasteArea::setText(const QString &text)
{

    ++m_loadGeneration;
    const bool wasShortened = isShortened();
    m_cuts.clear();
    m_whole.clear();
    // The lines to shorten. Qt's own search finds the line breaks (a plain loop over ten million
    // characters cost a paste a visible pause); a long stretch between two LFs may still be many
    // lines ended by a lone CR.
    QList<std::pair<qsizetype, qsizetype>> longLines; // start, length
    const QStringView all(text);
    for (qsizetype start = 0; start <= all.size();) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        if (end - start > maxShownLine) {
            for (qsizetype piece = start; piece < end;) {
                qsizetype pieceEnd = all.sliced(piece, end - piece).indexOf(u'\r');
                pieceEnd = pieceEnd < 0 ? end : piece + pieceEnd;
                if (pieceEnd - piece > maxShownLine)
                    longLines.append({ piece, pieceEnd - piece });
                piece = pieceEnd + 1;
            }
        }
        start = end + 1;
    }
    if (longLines.isEmpty()) {
        m_shown = text;
    } else {
        QString shown;
        shown.reserve(text.size() / 2);
        qsizetype copied = 0;
        for (const auto &[start, length] : std::as_const(longLines)) {
            shown += all.sliced(copied, start + maxShownLine - copied);
            const qsizetype hidden = length - maxShownLine;
            const QString marker = tr(" … (%n more characters on this line, not shown)", nullptr,
                                      int(std::min<qsizetype>(hidden, INT_MAX)));
            shown += marker;
            m_cuts.append({ start + maxShownLine, hidden, marker.size() });
            copied = start + length;
        }
        shown += all.sliced(copied);
        m_shown = shown;
        m_whole = text;
    }
    setReadOnly(isShortened());
    if (wasShortened != isShortened())
        Q_EMIT shortenedChanged(isShortened());
    if (m_shown.size() < largeText) {
        m_loadedUpTo = m_shown.size();
        setPlainText(m_shown);
        Q_EMIT loaded();
        return;
    }
    m_loadedUpTo = 0;
    clear();
    loadNextPiece();
}

void PasteArea::loadNextPiece()
{
    // A piece ends at a line break, so that no line is laid out twice while it grows.
    qsizetype end = std::min(m_loadedUpTo + pieceSize, m_shown.size());
    const qsizetype lineEnd = m_shown.indexOf(u'\n', end);
    end = lineEnd < 0 ? m_shown.size() : lineEnd + 1;
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringView(m_shown).sliced(m_loadedUpTo, end - m_loadedUpTo).toString());
    m_loadedUpTo = end;
    if (!isLoading()) {
        moveCursor(QTextCursor::Start);
        Q_EMIT loaded();
        return;
    }
    const int generation = m_loadGeneration;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_loadGeneration)
            loadNextPiece();
    });
}

QString PasteArea::text() const
{
    return isShortened() ? m_whole : toPlainText();
}

qsizetype PasteArea::shownPosition(qsizetype position) const
{
    qsizetype shift = 0;
    for (const Cut &cut : m_cuts) {
        if (position < cut.start)
            break;
        if (position < cut.start + cut.hidden)
            return -1;
        shift += cut.marker - cut.hidden;
    }
    return position + shift;
}

void PasteArea::insertFromMimeData(const QMimeData *source)
{

    const bool replacesAll = document()->isEmpty()
        || (textCursor().selectionStart() == 0 && textCursor().selectionEnd() == document()->characterCount() - 1);
    if (source->hasText() && replacesAll) {
        const QString pasted = source->text();
        if (pasted.size() >= largeText) {
            setText(pasted);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace smtpref
