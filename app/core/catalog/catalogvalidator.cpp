#include "catalog/catalogvalidator.h"

#include "catalog/entryfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

class EntryChecker
{
    Q_DECLARE_TR_FUNCTIONS(CatalogValidator)

public:
    EntryChecker(const CatalogEntry &entry, const QString &source, QList<CatalogError> *errors)
        : m_entry(entry)
        , m_code(CatalogValidator::catalogCode(entry.code))
        , m_source(source)
        , m_errors(errors)
    { }

    void error(const QString &field, const QString &message) const
    {
        m_errors->append({ m_source, m_entry.code, field, message });
    }

    void checkCodeAndKind() const
    {
        if (m_entry.kind == CodeKind::Tag) {
            if (!CatalogValidator::isTagCode(m_entry.code))
                error(u"code"_s, tr("a tag is two to five capital letters and one to three digits (\"TSS04\")"));
            return;
        }
        if (!m_code.isValid())
            error(u"code"_s, tr("not a basic code (\"550\") nor an enhanced code (\"X.7.26\")"));
        else if (m_code.isBasic() != (m_entry.kind == CodeKind::Basic))
            error(u"kind"_s, tr("does not match the form of the code"));
    }

    void checkClasses() const
    {
        const CatalogEntry &e = m_entry;
        if (e.kind == CodeKind::Basic) {
            // A code of the wrong form has its own error; its classes cannot be judged.
            if (m_code.isBasic() && e.classes != QList<int> { m_code.classDigit() })
                error(u"classes"_s, tr("must be the first digit of the code, %1").arg(m_code.classDigit()));
            return;
        }
        for (int cls : e.classes + e.seenClasses) {
            if (!ReplyCode::isEnhancedClass(cls))
                error(u"classes"_s, tr("%1 is not a class of enhanced codes (2, 4 or 5)").arg(cls));
        }
        if (e.classes.isEmpty() && e.status != CodeStatus::Deprecated)
            error(u"classes"_s, tr("only a deprecated code may have no class"));
    }

    // The fields entryfields.h marks EnhancedOnly, such as seenClasses, stay empty in a basic entry.
    void checkEnhancedOnly() const
    {
        if (m_entry.kind != CodeKind::Basic)
            return;
        auto check = [this](entryfields::Field field, const auto &value) {
            if constexpr (!entryfields::isEnumeration<std::remove_reference_t<decltype(value)>>) {
                if (field.has(entryfields::EnhancedOnly) && !value.isEmpty())
                    error(field.name.toString(), tr("only enhanced codes have this field"));
            }
        };
        entryfields::visitEntryFields(check, m_entry);
    }

    // A provider code names its provider, and only a provider code does; only a provider code is a
    // tag or stands for a range, which runs within one subject from the entry's code upwards.
    void checkProvider() const
    {
        const CatalogEntry &e = m_entry;
        if (e.isProviderCode() && e.provider.isEmpty())
            error(u"provider"_s, tr("a provider code names its provider"));
        if (!e.isProviderCode() && !e.provider.isEmpty())
            error(u"provider"_s, tr("only a code with status \"provider\" has a provider"));
        if (e.kind == CodeKind::Tag && !e.isProviderCode())
            error(u"status"_s, tr("a tag is always a provider's"));
        if (!e.isRange())
            return;
        const ReplyCode end = CatalogValidator::catalogCode(e.rangeEnd);
        if (!e.isProviderCode())
            error(u"rangeEnd"_s, tr("only a provider code stands for a range"));
        else if (!end.isEnhanced() || !m_code.isEnhanced() || end.subject() != m_code.subject()
                 || end.detail() <= m_code.detail())
            error(u"rangeEnd"_s, tr("must be a later code of the same subject, like X.7.649 after X.7.606"));
    }

    // Two ranges of one class may not share a code: a code in both would have two meanings.
    void checkRangeOverlap(const QList<CatalogEntry> &entries) const
    {
        const CatalogEntry &e = m_entry;
        if (!e.isRange() || !m_code.isValid())
            return;
        const ReplyCode end = CatalogValidator::catalogCode(e.rangeEnd);
        // Each overlapping pair is reported once, with the entry that comes first.
        for (const CatalogEntry &other : entries) {
            if (&other <= &e || !other.isRange())
                continue;
            const ReplyCode start = CatalogValidator::catalogCode(other.code);
            const ReplyCode otherEnd = CatalogValidator::catalogCode(other.rangeEnd);
            const bool sharedClass = std::any_of(e.classes.cbegin(), e.classes.cend(),
                                                 [&](int cls) { return other.classes.contains(cls); });
            if (sharedClass && start.subject() == m_code.subject() && start.detail() <= end.detail()
                && otherEnd.detail() >= m_code.detail())
                error(u"rangeEnd"_s, tr("overlaps the range of %1").arg(other.code));
        }
    }

    void checkReferences() const
    {
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

    // A curated comparison's first code is this entry's (in a class it allows), the other code is in
    // the catalog, and no pair is compared twice (in either order, anywhere in the catalog).
    void checkComparisons(const QHash<QString, const CatalogEntry *> &byCode, QSet<QString> *pairs) const
    {
        for (const CuratedComparison &comparison : m_entry.comparisons) {
            const ReplyCode code = ReplyCode::parse(comparison.code);
            const ReplyCode with = ReplyCode::parse(comparison.with);
            if (code.catalogForm().toString() != m_entry.code || !allowsClassOf(code, m_entry))
                error(u"comparisons"_s, tr("%1 is not this entry's code").arg(comparison.code));
            const CatalogEntry *other = with.isValid() ? byCode.value(with.catalogForm().toString()) : nullptr;
            if (!other || !allowsClassOf(with, *other))
                error(u"comparisons"_s, tr("code %1 does not exist in the catalog").arg(comparison.with));
            if (code == with)
                error(u"comparisons"_s, tr("%1 is compared with itself").arg(comparison.code));
            const QString pair = qMin(code.toString(), with.toString()) + u' ' + qMax(code.toString(), with.toString());
            if (pairs->contains(pair))
                error(u"comparisons"_s, tr("%1 and %2 are already compared").arg(comparison.code, comparison.with));
            pairs->insert(pair);
        }
    }

private:
    // An enhanced code written with its class ("4.2.2") must be in a class the entry allows.
    static bool allowsClassOf(const ReplyCode &code, const CatalogEntry &entry)
    {
        return !code.isEnhanced() || code.classDigit() == ReplyCode::anyClass || entry.allowsClass(code.classDigit());
    }

    const CatalogEntry &m_entry;
    const ReplyCode m_code; // invalid when the code is not in the catalog's form
    const QString m_source; // a copy: callers pass temporaries (QStringList::value)
    QList<CatalogError> *m_errors;
};

} // namespace

ReplyCode CatalogValidator::catalogCode(QStringView code)
{
    const ReplyCode parsed = ReplyCode::parse(code);
    // Written exactly as toString() writes it: "X.7.01" or "x.7.1" would be second spellings of X.7.1.
    if (!parsed.isValid() || parsed.toString() != code)
        return {};
    // Basic: the first digit is the class, 2 to 5 in SMTP, 1 for the folklore "101" and "111".
    // Enhanced: the class is X, the entry stands for the code in every class.
    const bool catalogClass = parsed.isBasic() ? parsed.classDigit() >= 1 && parsed.classDigit() <= 5
                                               : parsed.classDigit() == ReplyCode::anyClass;
    return catalogClass ? parsed : ReplyCode();
}

bool CatalogValidator::isTagCode(QStringView code)
{
    qsizetype letters = 0;
    while (letters < code.size() && code[letters] >= u'A' && code[letters] <= u'Z')
        ++letters;
    const qsizetype digits = code.size() - letters;
    return letters >= 2 && letters <= 5 && digits >= 1 && digits <= 3
        && std::all_of(code.begin() + letters, code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
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
    QSet<QString> comparedPairs;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const EntryChecker checker(entries[i], sources.value(i), &errors);
        checker.checkCodeAndKind();
        checker.checkClasses();
        checker.checkEnhancedOnly();
        checker.checkProvider();
        checker.checkRangeOverlap(entries);
        checker.checkReferences();
        checker.checkLinks(byCode);
        checker.checkComparisons(byCode, &comparedPairs);
    }
    return errors;
}

} // namespace smtpref
