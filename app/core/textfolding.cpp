#include "textfolding.h"

namespace smtpref {

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool afterLatin = false;
    for (QChar c : decomposed) {
        // Accents are dropped from Latin letters only: people type "resume" for "résumé", but the
        // dakuten of ボ or the breve of й change the letter.
        if (c.category() == QChar::Mark_NonSpacing) {
            if (!afterLatin)
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

bool startsWord(QStringView text, qsizetype pos)
{
    return pos == 0 || !text[pos - 1].isLetterOrNumber();
}

} // namespace smtpref
