// The result list's two filters, a reply class and a kind of code, described once: the choices the
// window offers (buttons, combo box, menus), how the settings keep them, and what each lets through.
#pragma once

#include "catalog/catalogentry.h"

#include <QString>

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

// Whether entry is shown under the class filter cls and the kind filter kind.
bool accepts(const CatalogEntry &entry, int cls, std::optional<CodeKind> kind);

} // namespace smtpref::searchfilters
