#include "explain/textlines.h"

namespace smtpref {

TextLines::TextLines(LineHandler handler)
    : m_handler(std::move(handler))
{ }

void TextLines::add(QStringView piece)
{
    qsizetype start = 0;
    if (m_afterCarriageReturn && !piece.isEmpty()) {
        m_afterCarriageReturn = false;
        if (piece.front() == u'\n') {
            start = 1; // the second half of a "\r\n" whose '\r' ended the previous piece
            ++m_lineStart;
        }
    }
    for (qsizetype i = start; i < piece.size(); ++i) {
        const QChar c = piece[i];
        if (c != u'\n' && c != u'\r')
            continue;
        const QStringView line = piece.mid(start, i - start);
        if (m_unfinished.isEmpty()) {
            m_handler(line, m_lineStart);
        } else {
            m_unfinished += line;
            m_handler(m_unfinished, m_lineStart);
            m_unfinished.clear();
        }
        if (c == u'\r' && i + 1 < piece.size() && piece[i + 1] == u'\n')
            ++i;
        else if (c == u'\r' && i + 1 == piece.size())
            m_afterCarriageReturn = true;
        start = i + 1;
        m_lineStart = m_consumed + start;
    }
    m_unfinished += piece.mid(start);
    m_consumed += piece.size();
}

void TextLines::finish()
{
    m_handler(m_unfinished, m_lineStart);
    m_unfinished.clear();
    m_afterCarriageReturn = false;
    m_lineStart = m_consumed;
}

} // namespace smtpref
