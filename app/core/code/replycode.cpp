#include "code/replycode.h"

namespace smtpref {
namespace {

// RFC 3463 2: subject and detail have one to three digits.
constexpr qsizetype maxPartDigits = 3;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The digits at the start of text as a number, and how many there were (at most maxPartDigits + 1,
// so that a longer run is seen as too long without overflowing).
int leadingNumber(QStringView text, qsizetype *digits)
{
    int value = 0;
    qsizetype n = 0;
    while (n < text.size() && n <= maxPartDigits && isDigit(text[n]))
        value = value * 10 + (text[n++].unicode() - u'0');
    *digits = n;
    return value;
}

} // namespace

ReplyCode ReplyCode::basic(int number)
{
    ReplyCode code;
    if (number < 0 || number > 999)
        return code;
    code.m_kind = Kind::Basic;
    code.m_class = number / 100;
    code.m_subject = number / 10 % 10;
    code.m_detail = number % 10;
    return code;
}

ReplyCode ReplyCode::enhanced(int cls, int subject, int detail)
{
    ReplyCode code;
    if ((cls != anyClass && !isEnhancedClass(cls)) || subject < 0 || subject > 999 || detail < 0
        || detail > 999)
        return code;
    code.m_kind = Kind::Enhanced;
    code.m_class = cls;
    code.m_subject = subject;
    code.m_detail = detail;
    return code;
}

ReplyCode ReplyCode::parse(QStringView text)
{
    if (text.size() == 3 && isDigit(text[0]) && isDigit(text[1]) && isDigit(text[2]))
        return basic(text.toInt());
    if (text.size() < 5 || text[1] != u'.')
        return {};
    int cls = anyClass;
    if (isDigit(text[0]))
        cls = text[0].unicode() - u'0';
    else if (text[0] != u'X' && text[0] != u'x')
        return {};
    qsizetype subjectDigits = 0;
    const int subject = leadingNumber(text.mid(2), &subjectDigits);
    if (subjectDigits == 0 || subjectDigits > maxPartDigits || 2 + subjectDigits >= text.size()
        || text[2 + subjectDigits] != u'.')
        return {};
    const QStringView rest = text.mid(3 + subjectDigits);
    qsizetype detailDigits = 0;
    const int detail = leadingNumber(rest, &detailDigits);
    if (detailDigits == 0 || detailDigits > maxPartDigits || detailDigits != rest.size())
        return {};
    return enhanced(cls, subject, detail);
}

ReplyCode ReplyCode::withClass(int cls) const
{
    if (!isEnhanced())
        return *this;
    return enhanced(cls, m_subject, m_detail);
}

QString ReplyCode::toString() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Basic:
        return QString::number(number()).rightJustified(3, u'0');
    case Kind::Enhanced:
        return (m_class == anyClass ? QStringLiteral("X") : QString::number(m_class)) + u'.'
            + QString::number(m_subject) + u'.' + QString::number(m_detail);
    }
    return {};
}

std::strong_ordering ReplyCode::operator<=>(const ReplyCode &other) const
{
    if (const auto order = m_kind <=> other.m_kind; order != 0)
        return order;
    if (isBasic())
        return number() <=> other.number();
    if (const auto order = m_subject <=> other.m_subject; order != 0)
        return order;
    if (const auto order = m_detail <=> other.m_detail; order != 0)
        return order;
    return m_class <=> other.m_class;
}

} // namespace smtpref
