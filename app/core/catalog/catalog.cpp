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

// How far apart two catalog codes of the same kind are, for suggestions: a different class or
// subject weighs more than any difference within it.
int distance(const ReplyCode &a, const ReplyCode &b)
{
    if (!a.isValid() || a.kind() != b.kind())
        return std::numeric_limits<int>::max();
    if (a.isBasic())
        return (a.classDigit() != b.classDigit() ? 1000 : 0) + std::abs(a.number() - b.number());
    return std::abs(a.subject() - b.subject()) * 1000 + std::abs(a.detail() - b.detail());
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
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (!m_indexByCode.contains(m_entries[i].code))
            m_indexByCode.insert(m_entries[i].code, i);
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

QStringList Catalog::closestCodes(const QString &code, int count) const
{
    const ReplyCode target = CatalogValidator::catalogCode(code);
    QList<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const int d = distance(target, CatalogValidator::catalogCode(m_entries[i].code));
        if (d != std::numeric_limits<int>::max() && m_entries[i].code != code)
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
