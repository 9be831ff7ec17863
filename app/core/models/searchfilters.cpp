#include "models/searchfilters.h"

#include "catalog/vocabulary.h"

#include <QHash>

#include <algorithm>
#include <iterator>

namespace smtpref::searchfilters {

bool isClassFilter(int cls)
{
    return std::find(std::begin(classes), std::end(classes), cls) != std::end(classes);
}

int kindIndex(std::optional<CodeKind> kind)
{
    return static_cast<int>(std::find(std::begin(kinds), std::end(kinds), kind) - std::begin(kinds));
}

QString kindId(std::optional<CodeKind> kind)
{
    return kind ? vocabulary::kindId(*kind) : QString();
}

std::optional<CodeKind> kindFromId(QStringView id)
{
    // Only a kind the filter offers: a provider's tag has no filter of its own.
    const std::optional<CodeKind> kind = vocabulary::kindFromId(id);
    return kind && kindIndex(kind) < int(std::size(kinds)) ? kind : std::nullopt;
}

QStringList providers(const Catalog &catalog)
{
    QHash<QString, int> counts;
    for (const CatalogEntry &entry : catalog.entries()) {
        if (entry.isProviderCode())
            ++counts[entry.provider];
    }
    QStringList names = counts.keys();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
    });
    return names;
}

bool acceptsProvider(const CatalogEntry &entry, const QString &provider)
{
    if (provider.isEmpty())
        return true;
    if (provider == anyProvider)
        return entry.isProviderCode();
    if (entry.isProviderCode())
        return entry.provider == provider;
    // A note may name a family of services: "Microsoft 365 / Outlook.com".
    return std::any_of(entry.providers.cbegin(), entry.providers.cend(),
                       [&](const ProviderUsage &usage) { return usage.provider.contains(provider); });
}

bool accepts(const CatalogEntry &entry, int cls, std::optional<CodeKind> kind, const QString &provider)
{
    return (!kind || entry.kind == *kind) && (cls == 0 || entry.allowsClass(cls)) && acceptsProvider(entry, provider);
}

} // namespace smtpref::searchfilters
