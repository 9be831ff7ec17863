// One SMTP reply code as a value, so that no other file takes the layout apart by hand:
// - a basic code (RFC 5321 4.2): three digits, "550" = class 5, category 5, detail 0;
// - an enhanced status code (RFC 3463): class "." subject "." detail, subject and detail of one to
//   three digits ("5.7.26"). The catalog writes the class as X ("X.7.26") for an entry that stands
//   for the code in every class; such a code has no class digit.
#pragma once

#include <QString>
#include <QStringView>

#include <compare>

namespace smtpref {

class ReplyCode final
{
public:
    enum class Kind : quint8 { None, Basic, Enhanced };
    static constexpr int anyClass = -1; // the X of "X.7.26"

    ReplyCode() = default;
    // Exactly one code and nothing around it: "550", "5.7.26", "X.7.26". Leading zeros of subject and
    // detail are dropped ("5.07.001" is 5.7.1). Anything else gives an invalid code.
    static ReplyCode parse(QStringView text);
    // The code that starts at pos in a longer text, read as far as a code goes: "550" of "5501",
    // "5.1.123" of "5.1.1234"; *length is how many characters it took (0 when no code starts there).
    // Whether what stands around the code ends it is for the caller to judge: a mail log and a typed
    // query have different rules.
    static ReplyCode at(QStringView text, qsizetype pos, qsizetype *length);
    static ReplyCode basic(int number); // 0..999; invalid outside
    static ReplyCode enhanced(int cls, int subject, int detail); // cls 2, 4, 5 or anyClass

    // The class digits an enhanced code may have (RFC 3463 2): 2 success, 4 transient, 5 permanent.
    static bool isEnhancedClass(int cls) { return cls == 2 || cls == 4 || cls == 5; }

    bool isValid() const { return m_kind != Kind::None; }
    bool isBasic() const { return m_kind == Kind::Basic; }
    bool isEnhanced() const { return m_kind == Kind::Enhanced; }
    Kind kind() const { return m_kind; }

    // 5 for "550" and "5.7.26"; anyClass for "X.7.26".
    int classDigit() const { return m_class; }
    // Enhanced: the subject (7 in 5.7.26). Basic: the second digit, the category (5 in 550).
    int subject() const { return m_subject; }
    // Enhanced: the detail (26 in 5.7.26). Basic: the third digit.
    int detail() const { return m_detail; }
    // Basic: the number, 550.
    int number() const { return m_class * 100 + m_subject * 10 + m_detail; }

    // An enhanced code in another class ("X.7.26" with 5 -> "5.7.26"); a basic code is unchanged.
    ReplyCode withClass(int cls) const;
    // The form the catalog keys entries by: "X.7.26" for every enhanced code, "550" for basic ones.
    ReplyCode catalogForm() const { return withClass(anyClass); }

    QString toString() const;

    bool operator==(const ReplyCode &) const = default;
    // Code order: basic before enhanced; basic by number; enhanced by subject, detail, then class
    // (X first).
    std::strong_ordering operator<=>(const ReplyCode &other) const;

private:
    Kind m_kind = Kind::None;
    int m_class = anyClass;
    int m_subject = 0;
    int m_detail = 0;
};

} // namespace smtpref
