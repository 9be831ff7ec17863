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
    // The code asked for when the entry is a provider's range that holds it ("X.7.620" of X.7.606 to
    // X.7.649), in catalog form; empty otherwise.
    QString inRange {};

    // "5.7.26" for X.7.26 looked up as 5.7.26 ("5.7.620" for a code of a range); the catalog code
    // otherwise.
    QString displayCode() const;
    // True when the applied class is one the registry lists, or one seen in practice, for the code.
    bool classIsRegistered() const { return appliedClass < 0 || entry->classes.contains(appliedClass); }
    bool classIsSeenOnly() const { return appliedClass >= 0 && entry->seenClasses.contains(appliedClass); }
};

// For a class the registry does not list with the code ("4.1.1", "2.7.26"): what the registry says,
// and whether servers send it so anyway. Empty when the class is registered.
QString classNote(const ResolvedCode &code);

// For a code of a provider's range: "5.7.620 is one of the codes 5.7.606 to 5.7.649 that Microsoft 365
// uses with one meaning." Empty for any other code.
QString rangeNote(const ResolvedCode &code);

// For a code the catalog does not have: the providers that document codes near it and the codes nearest
// in meaning ("Microsoft 365 documents codes near 5.7.560: 5.7.513, 5.7.606 to 5.7.649. Closest codes:
// 5.7.0, ..."). The codes in the class given, as people write them.
struct UnknownCode
{
    QStringList providers; // "Microsoft 365"
    QStringList providerCodes; // "5.7.513", "5.7.606–5.7.649"
    QStringList closest; // "5.7.0", "5.7.1"
    QString message(const QString &asTyped) const; // "5.7.560 is not in the catalog." and details()
    QString details() const; // the providers near it and the closest codes; empty when none
    static UnknownCode describe(const Catalog &catalog, const CodeTerm &term);
};

struct CodeLookup
{
    QList<ResolvedCode> found;
    QList<CodeTerm> unknown; // exact codes of the query that the catalog does not have
    bool isRange = false; // the query names many codes ("5xx", "4.7", "55"): list them with a search

    static CodeLookup resolve(const Catalog &catalog, const CodeQuery &query);
    // The same for text as typed, which may also be a provider's tag ("TSS04", "[TSS04]").
    static CodeLookup resolve(const Catalog &catalog, QStringView text);
};

} // namespace smtpref
