#include "code/replycode.h"

namespace smtpref {
namespace {

// RFC 3463 2: subject and detail have one to three digits.
constexpr qsizetype maxPartDigits = 3;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// The digits at the start of text as a number, at most maxPartDigits of them, and how many there were.
int leadingNumber(QStringView text, qsizetype *digits)
{
    int value = 0;
    qsizetype n = 0;
    while (n < text.size() && n < maxPartDigits && isDigit(text[n]))
        value = value * 10 + digitValue(text[n++]);
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

ReplyCode ReplyCode::at(QStringView text, qsizetype pos, qsizetype *length)
{
    *length = 0;
    if (pos < 0 || pos >= text.size())
        return {};
    const QStringView rest = text.sliced(pos);
    if (rest.size() >= 3 && isDigit(rest[0]) && isDigit(rest[1]) && isDigit(rest[2])) {
        *length = 3;
        return basic(digitValue(rest[0]) * 100 + digitValue(rest[1]) * 10 + digitValue(rest[2]));
    }
    if (rest.size() < 5 || rest[1] != u'.')
        return {};
    int cls = anyClass;
    if (isDigit(rest[0]))
        cls = digitValue(rest[0]);
    else if (rest[0] != u'X' && rest[0] != u'x')
        return {};
    qsizetype subjectDigits = 0;
    const int subject = leadingNumber(rest.sliced(2), &subjectDigits);
    const qsizetype dot = 2 + subjectDigits;
    if (subjectDigits == 0 || dot >= rest.size() || rest[dot] != u'.')
        return {};
    qsizetype detailDigits = 0;
    const int detail = leadingNumber(rest.sliced(dot + 1), &detailDigits);
    if (detailDigits == 0)
        return {};
    const ReplyCode code = enhanced(cls, subject, detail);
    if (code.isValid())
        *length = dot + 1 + detailDigits;
    return code;
}

ReplyCode ReplyCode::parse(QStringView text)
{
    qsizetype length = 0;
    const ReplyCode code = at(text, 0, &length);
    return length == text.size() ? code : ReplyCode();
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
