#include "bidi.h"

#include "code/replycode.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace smtpref::bidi {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Latin letters, digits and "_" make words. Other scripts do not: Arabic writes "and 554" as "و554",
// and the code in it must still be found.
bool isWordCharacter(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

// A dot inside a word joins its parts ("5.7.26", "192.0.2.10"), and so does a comma between digits
// ("5,000"); a full stop or a comma after a word ends it.
bool joinsWord(QStringView text, qsizetype at)
{
    if (at + 1 >= text.size())
        return false;
    if (text[at] == u'.')
        return isWordCharacter(text[at + 1]);
    return text[at] == u',' && isAsciiDigit(text[at - 1]) && isAsciiDigit(text[at + 1]);
}

// A class wildcard as vocabulary::classLabel writes it: "5xx".
bool isClassLabel(QStringView word)
{
    return word.size() == 3 && word[0] >= u'1' && word[0] <= u'5' && word[1] == u'x' && word[2] == u'x';
}

bool isCode(QStringView word)
{
    return ReplyCode::parse(word).isValid() || isClassLabel(word);
}

} // namespace

bool interfaceIsRightToLeft()
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft;
}

QString directionOf(const QString &text)
{
    return text.isRightToLeft() ? u"rtl"_s : u"ltr"_s;
}

QString isolateCodes(const QString &text)
{
    if (!interfaceIsRightToLeft())
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordCharacter(text[i])) {
            result += text[i++];
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && (isWordCharacter(text[end]) || joinsWord(text, end)))
            ++end;
        const QStringView word = QStringView(text).sliced(i, end - i);
        const bool code = isCode(word);
        if (code)
            result += QChar(0x202A); // LEFT-TO-RIGHT EMBEDDING
        result += word;
        if (code)
            result += QChar(0x202C); // POP DIRECTIONAL FORMATTING
        i = end;
    }
    return result;
}

QString leftToRight(const QString &text)
{
    if (!interfaceIsRightToLeft())
        return text;
    return QChar(0x202A) + text + QChar(0x202C); // LEFT-TO-RIGHT EMBEDDING ... POP DIRECTIONAL FORMATTING
}

} // namespace smtpref::bidi
