// The result list's two filters, a reply class and a kind of code, described once: the choices the
// window offers (buttons, combo box, menus), how the settings keep them, and what each lets through.
#pragma once

#include "catalog/catalog.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace smtpref::searchfilters {

// The class filters in the order the window offers them: 0 for every class, then 2 to 5. Class 1
// has only two folklore codes (101, 111), too few for a filter of its own.
inline constexpr int classes[] = { 0, 2, 3, 4, 5 };
bool isClassFilter(int cls);

// The kind filters in the order the window offers them: every kind (no value), basic, enhanced.
inline constexpr std::optional<CodeKind> kinds[] = { std::nullopt, CodeKind::Basic, CodeKind::Enhanced };
// The position of kind in kinds.
int kindIndex(std::optional<CodeKind> kind);
// As the settings keep it: "" for every kind, else the catalog's id ("basic", "enhanced").
QString kindId(std::optional<CodeKind> kind);
// Anything that names no kind reads as every kind.
std::optional<CodeKind> kindFromId(QStringView id);

// The provider filter: empty for every code, anyProvider for the codes providers define themselves,
// else a provider's name: its own codes and the standard codes it sends with a meaning or text of its
// own (the entries with its note).
inline constexpr QStringView anyProvider = u"*";
// The providers the catalog has codes of, most codes first ("Microsoft 365", "Yahoo", "Gmail", ...).
QStringList providers(const Catalog &catalog);
bool acceptsProvider(const CatalogEntry &entry, const QString &provider);

// Whether entry is shown under the class filter cls, the kind filter kind and the provider filter.
bool accepts(const CatalogEntry &entry, int cls, std::optional<CodeKind> kind, const QString &provider = {});

} // namespace smtpref::searchfilters
