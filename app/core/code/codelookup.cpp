#include "code/codelookup.h"

#include "catalog/vocabulary.h"

#include <QCoreApplication>

namespace smtpref {

QString classNote(const ResolvedCode &code)
{
    if (code.classIsRegistered())
        return {};
    const QString registered = code.entry->classes.isEmpty()
        ? QCoreApplication::translate("CodeLookup", "no class")
        : vocabulary::classLabels(code.entry->classes);
    return code.classIsSeenOnly()
        ? QCoreApplication::translate("CodeLookup",
                                      "The registry lists %1 for %2 only, but servers do send it as %3.")
              .arg(code.entry->code, registered, code.displayCode())
        : QCoreApplication::translate(
              "CodeLookup", "%1 is not a registered combination: the registry lists %2 for %3 only.")
              .arg(code.displayCode(), code.entry->code, registered);
}

CodeLookup CodeLookup::resolve(const Catalog &catalog, const CodeQuery &query)
{
    CodeLookup lookup;
    const CodeTerm *dotless = nullptr;
    for (const CodeTerm &term : query.terms()) {
        switch (term.type) {
        case CodeTerm::Type::Exact:
            if (const CatalogEntry *entry = catalog.find(term.code))
                lookup.found.append({ entry, entry->isEnhanced() ? term.cls : -1, &catalog });
            else
                lookup.unknown.append(term);
            break;
        case CodeTerm::Type::DotlessReading:
            dotless = &term;
            break;
        case CodeTerm::Type::Prefix:
        case CodeTerm::Type::ClassWildcard:
            // "5.7.1" is also a prefix while typing; it lists only when nothing exact was named.
            lookup.isRange = lookup.found.isEmpty() && lookup.unknown.isEmpty();
            break;
        }
    }
    // "571" is the nonstandard 571 when the catalog has it; else it may be 5.7.1 without dots.
    if (dotless && lookup.found.isEmpty()) {
        if (const CatalogEntry *entry = catalog.find(dotless->code)) {
            lookup.found.append({ entry, dotless->cls, &catalog });
            lookup.unknown.clear();
        } else if (lookup.unknown.isEmpty()) {
            lookup.unknown.append(*dotless);
        }
    }
    return lookup;
}

} // namespace smtpref
