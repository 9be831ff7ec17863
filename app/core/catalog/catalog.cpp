#include "catalog/catalog.h"

#include "catalog/catalogbinary.h"
#include "catalog/catalogparser.h"
#include "catalog/catalogvalidator.h"

#include <QCoreApplication>
#include <QResource>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// Sort key of a code: basic "550" -> (0, 550, 0); enhanced "X.7.26" -> (1, 7, 26). Unknown forms last.
struct CodeKey
{
    int kind;
    int major;
    int minor;
    auto operator<=>(const CodeKey &) const = default;
};

CodeKey keyOf(const QString &code)
{
    if (CatalogValidator::isBasicCodeForm(code))
        return { 0, code.toInt(), 0 };
    if (CatalogValidator::isEnhancedCodeForm(code))
        return { 1, code.mid(2, 1).toInt(), code.mid(4).toInt() };
    return { 2, 0, 0 };
}

// How far apart two codes are, for suggestions: a different class or subject weighs more than any
// difference within it.
int distance(const CodeKey &a, const CodeKey &b)
{
    if (a.kind != b.kind)
        return std::numeric_limits<int>::max();
    if (a.kind == 0)
        return (a.major / 100 != b.major / 100 ? 1000 : 0) + std::abs(a.major - b.major);
    return std::abs(a.major - b.major) * 1000 + std::abs(a.minor - b.minor);
}

} // namespace

bool Catalog::codeLessThan(const QString &a, const QString &b)
{
    const CodeKey ka = keyOf(a);
    const CodeKey kb = keyOf(b);
    return ka == kb ? a < b : ka < kb;
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
}

Catalog Catalog::builtIn(QList<CatalogError> *errors, Validation validation)
{
    const QString source = u":/catalog/catalog.bin"_s;
    const QResource resource(source);
    QList<CatalogEntry> entries;
    QString problem;
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
    if (!CatalogBinary::read(data, &entries, &problem,
                             inPlace ? CatalogBinary::Texts::ReferenceStatic : CatalogBinary::Texts::Copy)) {
        errors->append({ source, {}, {}, problem });
        return {};
    }
    Catalog catalog = fromEntries(std::move(entries));
    if (validation == Validation::Now)
        errors->append(catalog.validate());
    return catalog;
}

QList<CatalogError> Catalog::validate() const
{
    return CatalogValidator::validate(m_entries, QStringList(m_entries.size(), u"catalog.bin"_s));
}

const CatalogEntry *Catalog::find(const QString &code) const
{
    const qsizetype index = indexOf(code);
    return index < 0 ? nullptr : &m_entries[index];
}

QStringList Catalog::closestCodes(const QString &code, int count) const
{
    const CodeKey target = keyOf(code);
    QList<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const int d = distance(target, keyOf(m_entries[i].code));
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
