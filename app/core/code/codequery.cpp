#include "code/codequery.h"

namespace smtpref {
namespace {

// RFC 3463: class "." subject "." detail, subject and detail of one to three digits each.
constexpr int maxPartDigits = 3;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isEnhancedClass(QChar c)
{
    return c == u'2' || c == u'4' || c == u'5' || c == u'X' || c == u'x';
}

// Removes what surrounds a code when people paste it: white space, quotes, brackets, a DSN "smtp;"
// prefix and a leading '#' (Exchange writes "#5.1.1").
QStringView stripDecoration(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u"smtp;", Qt::CaseInsensitive))
        text = text.mid(5).trimmed();
    while (text.size() >= 2) {
        const QChar first = text.front();
        const QChar last = text.back();
        const bool paired = (first == u'"' && last == u'"') || (first == u'\'' && last == u'\'')
            || (first == u'(' && last == u')') || (first == u'[' && last == u']')
            || (first == u'<' && last == u'>');
        if (!paired)
            break;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.startsWith(u'#'))
        text = text.mid(1);
    return text;
}

int leadingDigits(QStringView text)
{
    int n = 0;
    while (n < text.size() && isDigit(text[n]))
        ++n;
    return n;
}

QString enhancedCatalogCode(QStringView subject, QStringView detail)
{
    // "X.07.001" and "X.7.1" are the same code: drop leading zeros.
    return u"X." + QString::number(subject.toInt()) + u'.' + QString::number(detail.toInt());
}

int classOf(QChar c)
{
    return (c == u'X' || c == u'x') ? -1 : c.digitValue();
}

// "5.7" or "5.7." or "X.7": a prefix of enhanced codes.
bool parseEnhancedPrefix(QStringView text, CodeTerm *term)
{
    if (text.size() < 2 || !isEnhancedClass(text[0]) || text[1] != u'.')
        return false;
    QStringView rest = text.mid(2);
    if (rest.endsWith(u'.'))
        rest.chop(1);
    if (rest.isEmpty()) {
        *term = { CodeTerm::Type::Prefix, QStringLiteral("X."), classOf(text[0]) };
        return true;
    }
    if (leadingDigits(rest) != rest.size() || rest.size() > maxPartDigits)
        return false;
    *term = { CodeTerm::Type::Prefix, u"X." + QString::number(rest.toInt()) + u'.', classOf(text[0]) };
    return true;
}

} // namespace

bool CodeQuery::parseEnhanced(QStringView text, QString *catalogCode, int *cls)
{
    if (text.size() < 5 || !isEnhancedClass(text[0]) || text[1] != u'.')
        return false;
    const QStringView rest = text.mid(2);
    const int subjectDigits = leadingDigits(rest);
    if (subjectDigits == 0 || subjectDigits > maxPartDigits || rest.size() < subjectDigits + 2
        || rest[subjectDigits] != u'.')
        return false;
    const QStringView detail = rest.mid(subjectDigits + 1);
    const int detailDigits = leadingDigits(detail);
    if (detailDigits == 0 || detailDigits > maxPartDigits || detailDigits != detail.size())
        return false;
    *catalogCode = enhancedCatalogCode(rest.first(subjectDigits), detail);
    *cls = classOf(text[0]);
    return true;
}

CodeQuery CodeQuery::parse(QStringView input)
{
    CodeQuery query;
    const QStringView text = stripDecoration(input);
    if (text.isEmpty())
        return query;
    QList<CodeTerm> &terms = query.m_terms;
    const int digits = leadingDigits(text);

    // "5xx": every code of a class.
    if (text.size() == 3 && digits == 1 && text[0] >= u'1' && text[0] <= u'5'
        && text.mid(1).compare(u"xx", Qt::CaseInsensitive) == 0) {
        terms.append({ CodeTerm::Type::ClassWildcard, QString(), text[0].digitValue() });
        return query;
    }

    // "5", "55": the start of a basic code.
    if (digits == text.size() && digits <= 2) {
        terms.append({ CodeTerm::Type::Prefix, text.toString(), -1 });
        return query;
    }

    // "550", and "550 5.7.1", "550-5.7.1", "550 #5.7.1".
    if (digits == 3) {
        const QString basic = text.first(3).toString();
        QStringView rest = text.mid(3);
        if (rest.isEmpty()) {
            terms.append({ CodeTerm::Type::Exact, basic, -1 });
            // A dot-less "571" is often 5.7.1 written without dots.
            if (isEnhancedClass(text[0])) {
                terms.append({ CodeTerm::Type::DotlessReading,
                               enhancedCatalogCode(text.mid(1, 1), text.mid(2, 1)), text[0].digitValue() });
            }
            return query;
        }
        if (rest[0] != u' ' && rest[0] != u'-')
            return query;
        rest = rest.mid(1).trimmed();
        if (rest.startsWith(u'#'))
            rest = rest.mid(1);
        QString enhanced;
        int cls = -1;
        if (!parseEnhanced(rest, &enhanced, &cls))
            return query;
        terms.append({ CodeTerm::Type::Exact, basic, -1 });
        terms.append({ CodeTerm::Type::Exact, enhanced, cls });
        return query;
    }

    // "5726": 5.7.26 written without dots (subject one digit, detail two).
    if (digits == 4 && digits == text.size() && isEnhancedClass(text[0])) {
        terms.append({ CodeTerm::Type::DotlessReading, enhancedCatalogCode(text.mid(1, 1), text.mid(2)),
                       text[0].digitValue() });
        return query;
    }

    // "5.7.1", "X.7.26": an enhanced code, which while typing is also the start of longer ones.
    QString enhanced;
    int cls = -1;
    if (parseEnhanced(text, &enhanced, &cls)) {
        terms.append({ CodeTerm::Type::Exact, enhanced, cls });
        terms.append({ CodeTerm::Type::Prefix, enhanced, cls });
        return query;
    }

    CodeTerm prefix;
    if (parseEnhancedPrefix(text, &prefix))
        terms.append(prefix);
    return query;
}

} // namespace smtpref
