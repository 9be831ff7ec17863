// Resolves a code the user named ("550 5.7.26", "#5.1.1", "571") to catalog entries, with the class
// it was given applied to enhanced codes.
#pragma once

#include "catalog/catalog.h"
#include "code/codequery.h"

namespace smtpref {

struct ResolvedCode
{
    const CatalogEntry *entry = nullptr;
    int appliedClass = -1; // "5.7.26" -> 5; -1 for basic codes and "X.7.26"
    // The catalog the entry belongs to, for what a page says about other entries ("Often confused
    // with"); null for an entry on its own.
    const Catalog *catalog = nullptr;

    // "5.7.26" for X.7.26 looked up as 5.7.26; the catalog code otherwise.
    QString displayCode() const { return entry->codeWithClass(appliedClass); }
    // True when the applied class is one the registry lists, or one seen in practice, for the code.
    bool classIsRegistered() const { return appliedClass < 0 || entry->classes.contains(appliedClass); }
    bool classIsSeenOnly() const { return appliedClass >= 0 && entry->seenClasses.contains(appliedClass); }
};

// For a class the registry does not list with the code ("4.1.1", "2.7.26"): what the registry says,
// and whether servers send it so anyway. Empty when the class is registered.
QString classNote(const ResolvedCode &code);

struct CodeLookup
{
    QList<ResolvedCode> found;
    QList<CodeTerm> unknown; // exact codes of the query that the catalog does not have
    bool isRange = false; // the query names many codes ("5xx", "4.7", "55"): list them with a search

    static CodeLookup resolve(const Catalog &catalog, const CodeQuery &query);
};

} // namespace smtpref
