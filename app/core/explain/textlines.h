// Splits text that may arrive in pieces into lines: "\n", "\r\n" and a lone "\r" (old Mac files, some
// terminals) each end a line, even when a piece ends between '\r' and '\n'. One rule for the window,
// the command line and the explainer, so that line numbers agree everywhere.
#pragma once

#include <QString>

#include <functional>

namespace smtpref {

class TextLines final
{
public:
    // line is the text without its ending; offset is where it starts in the whole text. Lines are
    // separated, not terminated: "a\n" is the lines "a" and "" (as QString::split gives them).
    using LineHandler = std::function<void(QStringView line, qsizetype offset)>;

    explicit TextLines(LineHandler handler);

    void add(QStringView piece);
    // The last line, even when it has no line ending (and an empty one after a final line ending).
    void finish();

private:
    LineHandler m_handler;
    QString m_unfinished; // the start of a line whose ending has not arrived yet
    bool m_afterCarriageReturn = false; // a '\n' that comes next belongs to the line already ended
    qsizetype m_consumed = 0; // characters of the whole text before the current piece
    qsizetype m_lineStart = 0; // where the unfinished line starts in the whole text
};

} // namespace smtpref
