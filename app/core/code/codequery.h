// Reads what a user typed or pasted as a code: "550", "5.7.1", "#5.7.1", "550-5.7.1", "550 5.7.1",
// "smtp; 550 5.7.1", "5xx", "4.7", "55", "571". Text that is not one of these forms is no code query
// (the search then treats it as words).
#pragma once

#include <QList>
#include <QString>

namespace smtpref {

struct CodeTerm
{
    enum class Type {
        Exact, // the code itself: "550", or "X.7.1" (class in cls)
        DotlessReading, // "571" read as 5.7.1: shown after an exact 571
        Prefix, // "55" -> codes starting 55; "4.7" -> X.7.* with class 4
        ClassWildcard, // "5xx" -> every class 5 code
    };
    Type type = Type::Exact;
    QString code; // catalog form: "550", "X.7.1"; for a prefix, the catalog-form prefix ("55", "X.7")
    int cls = -1; // the class digit the text gave for an enhanced code ("5.7.1" -> 5); -1 for "X.7.1"

    bool operator==(const CodeTerm &) const = default;
    // The code as the person wrote it: "5.7.99" rather than "X.7.99".
    QString asTyped() const { return cls > 0 ? QString::number(cls) + code.mid(1) : code; }
};

class CodeQuery final
{
public:
    static CodeQuery parse(QStringView text);

    bool isCode() const { return !m_terms.isEmpty(); }
    const QList<CodeTerm> &terms() const { return m_terms; }

private:
    QList<CodeTerm> m_terms;
};

} // namespace smtpref
