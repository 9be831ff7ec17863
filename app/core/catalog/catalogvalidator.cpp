#include "catalog/catalogvalidator.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

bool isAllDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// A number of 1 to maxDigits digits without leading zeros: "X.7.01" would be a second spelling of X.7.1.
bool isPlainNumber(QStringView text, qsizetype maxDigits)
{
    return isAllDigits(text) && text.size() <= maxDigits && (text.size() == 1 || text[0] != u'0');
}

class EntryChecker
{
    Q_DECLARE_TR_FUNCTIONS(CatalogValidator)

public:
    EntryChecker(const CatalogEntry &entry, const QString &source, QList<CatalogError> *errors)
        : m_entry(entry)
        , m_source(source)
        , m_errors(errors)
    { }

    void error(const QString &field, const QString &message) const
    {
        m_errors->append({ m_source, m_entry.code, field, message });
    }

    void checkCodeAndKind() const
    {
        const bool basic = CatalogValidator::isBasicCodeForm(m_entry.code);
        const bool enhanced = CatalogValidator::isEnhancedCodeForm(m_entry.code);
        if (!basic && !enhanced)
            error(u"code"_s, tr("not a basic code (\"550\") nor an enhanced code (\"X.7.26\")"));
        else if (basic != (m_entry.kind == CodeKind::Basic))
            error(u"kind"_s, tr("does not match the form of the code"));
    }

    void checkClasses() const
    {
        const CatalogEntry &e = m_entry;
        if (e.kind == CodeKind::Basic) {
            const int firstDigit = e.code.isEmpty() ? -1 : e.code[0].digitValue();
            if (e.classes != QList<int> { firstDigit })
                error(u"classes"_s, tr("must be the first digit of the code, %1").arg(firstDigit));
            if (!e.seenClasses.isEmpty())
                error(u"seenClasses"_s, tr("only enhanced codes have seen classes"));
            return;
        }
        for (int cls : e.classes + e.seenClasses) {
            if (cls != 2 && cls != 4 && cls != 5)
                error(u"classes"_s, tr("%1 is not a class of enhanced codes (2, 4 or 5)").arg(cls));
        }
        if (e.classes.isEmpty() && e.status != CodeStatus::Deprecated)
            error(u"classes"_s, tr("only a deprecated code may have no class"));
    }

    void checkContent() const
    {
        if (m_entry.causes.isEmpty())
            error(u"causes"_s, tr("at least one cause is needed"));
        if (m_entry.checks.isEmpty())
            error(u"checks"_s, tr("at least one check is needed"));
        if (m_entry.stages.isEmpty())
            error(u"stages"_s, tr("at least one stage is needed"));
        if (m_entry.references.isEmpty() && m_entry.status != CodeStatus::Nonstandard)
            error(u"references"_s, tr("only a nonstandard code may have no reference"));
    }

    void checkLinks(const QHash<QString, const CatalogEntry *> &byCode) const
    {
        auto check = [&](const QString &field, const QStringList &codes, bool pairs) {
            for (const QString &code : codes) {
                const CatalogEntry *target = byCode.value(code);
                if (!target)
                    error(field, tr("code %1 does not exist in the catalog").arg(code));
                else if (code == m_entry.code)
                    error(field, tr("the entry refers to itself"));
                else if (pairs && target->kind == m_entry.kind)
                    error(field, tr("%1 must be of the other kind (basic with enhanced)").arg(code));
            }
        };
        check(u"related"_s, m_entry.related, false);
        check(u"pairs"_s, m_entry.pairs, true);
    }

private:
    const CatalogEntry &m_entry;
    const QString m_source; // a copy: callers pass temporaries (QStringList::value)
    QList<CatalogError> *m_errors;
};

} // namespace

bool CatalogValidator::isBasicCodeForm(QStringView code)
{
    // The first digit is the class: 2 to 5 in SMTP, 1 for the folklore "101" and "111".
    return code.size() == 3 && isAllDigits(code) && code[0] >= u'1' && code[0] <= u'5';
}

bool CatalogValidator::isEnhancedCodeForm(QStringView code)
{
    if (!code.startsWith(u"X."))
        return false;
    const QStringView rest = code.mid(2);
    const qsizetype dot = rest.indexOf(u'.');
    return dot == 1 && isPlainNumber(rest.first(1), 1) && isPlainNumber(rest.mid(2), 3);
}

QList<CatalogError> CatalogValidator::validate(const QList<CatalogEntry> &entries, const QStringList &sources)
{
    QList<CatalogError> errors;
    QHash<QString, const CatalogEntry *> byCode;
    QHash<QString, QString> sourceOfCode;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const CatalogEntry &entry = entries[i];
        const QString &source = sources.value(i);
        if (byCode.contains(entry.code)) {
            errors.append({ source, entry.code, u"code"_s,
                            tr("duplicate code, first defined in %1").arg(sourceOfCode.value(entry.code)) });
            continue;
        }
        byCode.insert(entry.code, &entry);
        sourceOfCode.insert(entry.code, source);
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const EntryChecker checker(entries[i], sources.value(i), &errors);
        checker.checkCodeAndKind();
        checker.checkClasses();
        checker.checkContent();
        checker.checkLinks(byCode);
    }
    return errors;
}

} // namespace smtpref
