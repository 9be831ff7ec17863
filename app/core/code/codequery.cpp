#include "code/codequery.h"

#include "code/replycode.h"

namespace smtpref {
namespace {

// RFC 3463: subject and detail of one to three digits each.
constexpr int maxPartDigits = 3;
// What enhancedClassOf gives for a character that starts no enhanced code.
constexpr int noClass = -2;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The class an enhanced code starting with c has: 2, 4 or 5, ReplyCode::anyClass for X, or noClass.
int enhancedClassOf(QChar c)
{
    if (c == u'X' || c == u'x')
        return ReplyCode::anyClass;
    const int digit = isDigit(c) ? c.unicode() - u'0' : noClass;
    return ReplyCode::isEnhancedClass(digit) ? digit : noClass;
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

// The terms of an exact enhanced code: in the catalog's form, with the class the text gave.
CodeTerm enhancedTerm(CodeTerm::Type type, const ReplyCode &code)
{
    return { type, code.catalogForm().toString(), code.classDigit() };
}

// "5.7" or "5.7." or "X.7": a prefix of enhanced codes.
bool parseEnhancedPrefix(QStringView text, CodeTerm *term)
{
    if (text.size() < 2 || text[1] != u'.')
        return false;
    const int cls = enhancedClassOf(text[0]);
    if (cls == noClass)
        return false;
    QStringView rest = text.mid(2);
    if (rest.endsWith(u'.'))
        rest.chop(1);
    if (rest.isEmpty()) {
        *term = { CodeTerm::Type::Prefix, QStringLiteral("X."), cls };
        return true;
    }
    if (leadingDigits(rest) != rest.size() || rest.size() > maxPartDigits)
        return false;
    *term = { CodeTerm::Type::Prefix, u"X." + QString::number(rest.toInt()) + u'.', cls };
    return true;
}

} // namespace

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

    // "550", and "550 5.7.1", "550-5.7.1", "550 #5.7.1"; any white space separates (a pasted
    // non-breaking space, a tab).
    if (digits == 3) {
        const ReplyCode basic = ReplyCode::parse(text.first(3));
        QStringView rest = text.mid(3);
        if (rest.isEmpty()) {
            terms.append({ CodeTerm::Type::Exact, basic.toString(), -1 });
            // A dot-less "571" is often 5.7.1 written without dots.
            const ReplyCode dotless
                = ReplyCode::enhanced(basic.classDigit(), basic.subject(), basic.detail());
            if (dotless.isValid())
                terms.append(enhancedTerm(CodeTerm::Type::DotlessReading, dotless));
            return query;
        }
        if (!rest[0].isSpace() && rest[0] != u'-')
            return query;
        rest = rest.mid(1).trimmed();
        if (rest.startsWith(u'#'))
            rest = rest.mid(1);
        const ReplyCode enhanced = ReplyCode::parse(rest);
        if (!enhanced.isEnhanced())
            return query;
        terms.append({ CodeTerm::Type::Exact, basic.toString(), -1 });
        terms.append(enhancedTerm(CodeTerm::Type::Exact, enhanced));
        return query;
    }

    // "5726": 5.7.26 written without dots (subject one digit, detail two).
    if (digits == 4 && digits == text.size()) {
        const int number = text.toInt();
        const ReplyCode dotless = ReplyCode::enhanced(number / 1000, number / 100 % 10, number % 100);
        if (dotless.isValid())
            terms.append(enhancedTerm(CodeTerm::Type::DotlessReading, dotless));
        return query;
    }

    // "5.7.1", "X.7.26": an enhanced code, which while typing is also the start of longer ones.
    if (const ReplyCode enhanced = ReplyCode::parse(text); enhanced.isEnhanced()) {
        terms.append(enhancedTerm(CodeTerm::Type::Exact, enhanced));
        terms.append(enhancedTerm(CodeTerm::Type::Prefix, enhanced));
        return query;
    }

    CodeTerm prefix;
    if (parseEnhancedPrefix(text, &prefix))
        terms.append(prefix);
    return query;
}

} // namespace smtpref
