#include "catalog/catalog.h"

#include "catalog/catalogbinary.h"
#include "catalog/catalogparser.h"
#include "catalog/catalogvalidator.h"
#include "code/replycode.h"

#include <QCoreApplication>
#include <QResource>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

// A catalog code as a ReplyCode: only the spellings the catalog allows ("550", "X.7.26"; see
// docs/catalog.md) are read; any other ("5.7.26", "X.07.1") gives an invalid code, which sorts after
// every valid one and is close to none.
ReplyCode catalogCodeOf(const QString &code)
{
    const bool allowed
        = CatalogValidator::isBasicCodeForm(code) || CatalogValidator::isEnhancedCodeForm(code);
    return allowed ? ReplyCode::parse(code) : ReplyCode();
}

// How far apart two codes are, for suggestions: a different class or subject weighs more than any
// difference within it.
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
    const ReplyCode codeA = catalogCodeOf(a);
    const ReplyCode codeB = catalogCodeOf(b);
    if (codeA.isValid() != codeB.isValid())
        return codeA.isValid();
    return codeA == codeB ? a < b : codeA < codeB;
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
    const ReplyCode target = catalogCodeOf(code);
    QList<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const int d = distance(target, catalogCodeOf(m_entries[i].code));
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
