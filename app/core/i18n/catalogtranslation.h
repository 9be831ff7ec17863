// Catalog content in the interface language. The catalog's English texts reach Qt Linguist through
// a generated source of QT_TRANSLATE_NOOP3("Catalog", text, "<code>|<field>") entries (see
// tools/catalogpack); here they are looked up at display time, text by text, so a text without a
// translation stays English. Which texts are translated is entryfields.h's Translatable flag; codes,
// commands, RFC names and providers' sample lines are Verbatim, never translated.
//
// A key names the entry and the field, never a position: "550|causes", "550|checks.step". Items of a
// list share the key and are told apart by their English text, so reordering a list in the JSON
// keeps every translation (docs/catalog.md, "Translation keys").
#pragma once

#include "catalog/catalogentry.h"

#include <QList>

#include <utility>

namespace smtpref {

class CatalogTranslation final
{
public:
    static constexpr const char *context = "Catalog";

    // Every translatable text of an entry with its key ("X.7.26|summary", "550|causes").
    static QList<std::pair<QString, QString>> texts(const CatalogEntry &entry);
    // "550|title" for the field "title"; a record's field is "checks.step".
    static QString key(const CatalogEntry &entry, QStringView field);

    // The entry with its texts in the current language (the entry itself when none is loaded).
    static CatalogEntry localized(const CatalogEntry &entry);
    static QString text(const QString &english, const QString &key);
    static QString title(const CatalogEntry &entry) { return text(entry.title, key(entry, u"title")); }
    static QString summary(const CatalogEntry &entry) { return text(entry.summary, key(entry, u"summary")); }

    // Set by TranslatorSet: whether the current language has catalog translations at all, so that
    // English costs no lookups.
    static void setActive(bool active);
    static bool isActive();
};

} // namespace smtpref
