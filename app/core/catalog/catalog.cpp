#include "catalog/catalog.h"

#include "catalog/catalogbinary.h"
#include "catalog/catalogparser.h"
#include "catalog/catalogvalidator.h"
#include "code/replycode.h"

#include <QCoreApplication>
#include <QResource>

#include <algorithm>
#include <cstdlib>
#include <limits>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// How far an entry is in meaning from an unknown code: another kind never comes near; a different
// class or subject weighs more than anything within it; inside the subject (basic: the class and
// category) the catch-all code (X.7.0, 550) comes first, then codes sent with the same class, then
// the nearest numbers (a range by its nearer end).
int meaningDistance(const ReplyCode &target, const CatalogEntry &entry)
{
    const ReplyCode start = CatalogValidator::catalogCode(entry.code);
    if (!target.isValid() || !start.isValid() || target.kind() != start.kind())
        return std::numeric_limits<int>::max();
    const int cls = target.classDigit();
    if (start.isBasic()) {
        const bool sameCategory = start.classDigit() == cls && start.subject() == target.subject();
        const int group = (start.classDigit() != cls ? 10000 + 100 * std::abs(start.classDigit() - cls) : 0)
            + (sameCategory ? 0 : 1000);
        return group + (sameCategory && start.detail() == 0 ? 0 : 1 + std::abs(start.detail() - target.detail())
                            + 10 * std::abs(start.subject() - target.subject()));
    }
    const int endDetail = entry.isRange() ? CatalogValidator::catalogCode(entry.rangeEnd).detail() : start.detail();
    const int apart = target.detail() < start.detail() ? start.detail() - target.detail()
                                                       : std::max(0, target.detail() - endDetail);
    const int classPenalty = cls != ReplyCode::anyClass && !entry.allowsClass(cls) ? 500 : 0;
    return std::abs(start.subject() - target.subject()) * 10000 + classPenalty
        + (start.detail() == 0 ? 0 : 1 + std::min(apart, 400));
}

} // namespace

bool Catalog::codeLessThan(const QString &a, const QString &b)
{
    // Codes not in the catalog's form (only a damaged catalog has them) go last.
    const ReplyCode ca = CatalogValidator::catalogCode(a);
    const ReplyCode cb = CatalogValidator::catalogCode(b);
    if (ca.isValid() != cb.isValid())
        return ca.isValid();
    return ca == cb ? a < b : ca < cb;
}

Catalog Catalog::fromDocuments(const QList<Document> &documents, QList<CatalogError> *errors)
{
    QList<std::pair<CatalogEntry, QString>> parsed;
    for (const Document &document : documents) {
        QList<CatalogEntry> entries;
        CatalogParser(document.name).parse(document.json, &entries, errors);
        for (CatalogEntry &entry : entries)
            parsed.append({ std::move(entry), document.name });
    }
    std::stable_sort(parsed.begin(), parsed.end(),
                     [](const auto &a, const auto &b) { return codeLessThan(a.first.code, b.first.code); });

    Catalog catalog;
    QStringList sources;
    for (auto &[entry, source] : parsed) {
        catalog.m_entries.append(std::move(entry));
        sources.append(source);
    }
    errors->append(CatalogValidator::validate(catalog.m_entries, sources));
    catalog.index();
    return catalog;
}

Catalog Catalog::fromEntries(QList<CatalogEntry> entries)
{
    Catalog catalog;
    catalog.m_entries = std::move(entries);
    catalog.index();
    return catalog;
}

void Catalog::index()
{
    m_indexByCode.clear();
    m_indexByCode.reserve(m_entries.size());
    m_ranges.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (!m_indexByCode.contains(m_entries[i].code))
            m_indexByCode.insert(m_entries[i].code, i);
        if (m_entries[i].isRange())
            m_ranges.append(i);
    }
    // Each pair is written once, with its first code's entry; both entries name it.
    m_comparedPairs.clear();
    for (const CatalogEntry &entry : std::as_const(m_entries)) {
        for (const CuratedComparison &c : entry.comparisons) {
            m_comparedPairs[entry.code].append({ c.code, c.with });
            const QString other = ReplyCode::parse(c.with).catalogForm().toString();
            if (other != entry.code)
                m_comparedPairs[other].append({ c.with, c.code });
        }
    }
}

Catalog Catalog::builtIn(QList<CatalogError> *errors)
{
    const QString source = u":/catalog/catalog.bin"_s;
    const QResource resource(source);
    if (!resource.isValid()) {
        errors->append(
            { source,
              {},
              {},
              QCoreApplication::translate("CatalogParser", "no catalog is embedded in this build") });
        return {};
    }
    // Read in place when stored uncompressed (as the build does): the texts then point into the
    // program's own read-only data instead of being copied.
    const bool inPlace = resource.compressionAlgorithm() == QResource::NoCompression;
    const QByteArray data = inPlace
        ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size())
        : resource.uncompressedData();
    return fromCompiled(data, source, errors,
                        inPlace ? CatalogBinary::Texts::ReferenceStatic : CatalogBinary::Texts::Copy);
}

Catalog Catalog::fromCompiled(const QByteArray &data, const QString &source, QList<CatalogError> *errors,
                              CatalogBinary::Texts texts)
{
    QList<CatalogEntry> entries;
    QString problem;
    if (!CatalogBinary::read(data, &entries, &problem, texts)) {
        errors->append({ source, {}, {}, problem });
        return {};
    }
    // The build validated every rule; what is left to check is that the data is the catalog the build
    // wrote. Codes in strictly ascending order are also unique, which lookup by code relies on.
    for (qsizetype i = 1; i < entries.size(); ++i) {
        if (!codeLessThan(entries[i - 1].code, entries[i].code)) {
            errors->append({ source, entries[i].code, u"code"_s,
                             QCoreApplication::translate("CatalogParser",
                                                         "the embedded catalog is truncated or damaged") });
            return {};
        }
    }
    return fromEntries(std::move(entries));
}

const CatalogEntry *Catalog::find(const QString &code) const
{
    const qsizetype index = indexOf(code);
    return index < 0 ? nullptr : &m_entries[index];
}

qsizetype Catalog::indexOfCode(const ReplyCode &code) const
{
    if (!code.isValid())
        return -1;
    const int cls = code.classDigit();
    const qsizetype exact = indexOf(code.catalogForm().toString());
    // A registry code keeps its entry in any class (the page notes an unregistered class); a provider's
    // code in a class it does not use may belong to a range of that class (4.7.501 is in 4.7.500-699,
    // 5.7.501 is its own code).
    if (exact >= 0 && (cls == ReplyCode::anyClass || !m_entries[exact].isProviderCode() || m_entries[exact].allowsClass(cls)))
        return exact;
    if (code.isEnhanced()) {
        for (qsizetype index : m_ranges) {
            const CatalogEntry &range = m_entries[index];
            const ReplyCode start = CatalogValidator::catalogCode(range.code);
            const ReplyCode end = CatalogValidator::catalogCode(range.rangeEnd);
            if (start.subject() == code.subject() && code.detail() >= start.detail() && code.detail() <= end.detail()
                && (cls == ReplyCode::anyClass || range.allowsClass(cls)))
                return index;
        }
    }
    return exact;
}

qsizetype Catalog::indexOfTag(QStringView text) const
{
    text = text.trimmed();
    if (text.size() > 2 && text.front() == u'[' && text.back() == u']')
        text = text.sliced(1, text.size() - 2);
    const QString tag = text.toString().toUpper();
    if (!CatalogValidator::isTagCode(tag))
        return -1;
    const qsizetype index = indexOf(tag);
    return index >= 0 && m_entries[index].kind == CodeKind::Tag ? index : -1;
}

QList<qsizetype> Catalog::providerCodesNear(const ReplyCode &code) const
{
    QList<std::pair<int, qsizetype>> near;
    if (code.isEnhanced()) {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const CatalogEntry &entry = m_entries[i];
            const ReplyCode start = CatalogValidator::catalogCode(entry.code);
            if (!entry.isProviderCode() || !start.isEnhanced() || start.subject() != code.subject())
                continue;
            if (code.classDigit() != ReplyCode::anyClass && !entry.allowsClass(code.classDigit()))
                continue;
            const int d = meaningDistance(code, entry);
            if (d <= 101)
                near.append({ d, i });
        }
    }
    std::stable_sort(near.begin(), near.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<qsizetype> result;
    for (const auto &[d, index] : near)
        result << index;
    return result;
}

QStringList Catalog::closestCodes(const ReplyCode &code, int count) const
{
    const QString own = code.catalogForm().toString();
    QList<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const int d = meaningDistance(code, m_entries[i]);
        if (d != std::numeric_limits<int>::max() && m_entries[i].code != own)
            ranked.append({ d, i });
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList result;
    for (qsizetype i = 0; i < ranked.size() && result.size() < count; ++i)
        result << m_entries[ranked[i].second].code;
    return result;
}

} // namespace smtpref
