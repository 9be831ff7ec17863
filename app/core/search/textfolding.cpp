#include "search/textfolding.h"

#include <QByteArray>

#include <algorithm>

namespace smtpref {

namespace {

// The full folding of a run of non-ASCII text: compatibility decomposition, Latin accents dropped,
// case folded, recomposed.
QString foldRun(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool afterLatin = false;
    for (QChar c : decomposed) {
        // Accents are dropped from Latin letters: people type "resume" for "résumé", but the dakuten
        // of ボ or the breve of й change the letter and stay. Two more marks people leave out when
        // they type: the diaeresis of Russian ё (typed е), and Arabic's optional vowel signs and
        // hamza/madda marks (مُرسِل typed مرسل, أ and إ typed ا).
        if (c.category() == QChar::Mark_NonSpacing) {
            const bool cyrillicYo = c.unicode() == 0x0308 && !folded.isEmpty()
                && (folded.back() == u'е' || folded.back() == u'Е');
            const bool arabicMark = (c.unicode() >= 0x064B && c.unicode() <= 0x065F) || c.unicode() == 0x0670;
            if (!afterLatin && !cyrillicYo && !arabicMark)
                folded.append(c);
            continue;
        }
        afterLatin = c.script() == QChar::Script_Latin;
        // Letters with a stroke do not decompose; people type them without it.
        switch (c.unicode()) {
        case u'đ':
        case u'Đ':
            c = u'd';
            break;
        case u'ł':
        case u'Ł':
            c = u'l';
            break;
        case u'ø':
        case u'Ø':
            c = u'o';
            break;
        default:
            break;
        }
        folded.append(c);
    }
    return folded.toCaseFolded().normalized(QString::NormalizationForm_C);
}

} // namespace

QString foldForSearch(QStringView text)
{
    // Most catalog text is ASCII: lower-case it directly, and give only the other runs (with the
    // ASCII letter before them, which a combining accent may belong to) the full treatment.
    QString folded;
    folded.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        const bool nextIsAscii = i + 1 >= text.size() || text[i + 1].unicode() < 0x80;
        if (c < 0x80 && nextIsAscii) {
            folded.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c));
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && text[end].unicode() >= 0x80)
            ++end;
        folded += foldRun(text.mid(i, end - i));
        i = end;
    }
    return folded;
}

bool startsWord(const QByteArray &utf8, qsizetype pos)
{
    if (pos == 0)
        return true;
    const auto previous = static_cast<unsigned char>(utf8[pos - 1]);
    if (previous < 0x80)
        return !QChar::isLetterOrNumber(char32_t(previous));
    // Back to the first byte of the character before pos, and decode it.
    qsizetype start = pos - 1;
    while (start > 0 && (static_cast<unsigned char>(utf8[start]) & 0xC0) == 0x80)
        --start;
    const QString character = QString::fromUtf8(utf8.constData() + start, pos - start);
    const uint codePoint = character.isEmpty() ? 0 : character.toUcs4().value(0);
    return !QChar::isLetterOrNumber(codePoint);
}

QList<std::pair<qsizetype, qsizetype>> matchRanges(QStringView text, const QStringList &foldedWords)
{
    // Fold character by character, remembering which character of text each folded one came from.
    QString folded;
    QList<qsizetype> origin;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString part = foldForSearch(text.mid(i, width));
        folded += part;
        for (qsizetype k = 0; k < part.size(); ++k)
            origin.append(i);
        i += width - 1;
    }
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const QString &word : foldedWords) {
        for (qsizetype pos = folded.indexOf(word); pos >= 0 && !word.isEmpty();
             pos = folded.indexOf(word, pos + 1)) {
            const qsizetype start = origin[pos];
            const qsizetype lastFolded = pos + word.size() - 1;
            qsizetype end = origin[lastFolded] + 1;
            if (end < text.size() && text[end - 1].isHighSurrogate())
                ++end;
            ranges.append({ start, end - start });
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &range : ranges) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().second) {
            auto &last = merged.last();
            last.second = std::max(last.first + last.second, range.first + range.second) - last.first;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

} // namespace smtpref
