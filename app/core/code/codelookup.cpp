#include "code/codelookup.h"

#include "catalog/vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace smtpref {

QString ResolvedCode::displayCode() const
{
    if (inRange.isEmpty())
        return entry->codeWithClass(appliedClass);
    const ReplyCode asked = ReplyCode::parse(inRange).withClass(appliedClass);
    return asked.isValid() ? asked.toString() : inRange;
}

QString rangeNote(const ResolvedCode &code)
{
    const CatalogEntry &e = *code.entry;
    if (!e.isRange())
        return {};
    const QString first = e.codeWithClass(code.appliedClass);
    const QString last = e.rangeEndWithClass(code.appliedClass);
    if (code.inRange.isEmpty())
        return QCoreApplication::translate("CodeLookup", "%1 uses every code from %2 to %3 with this meaning.")
            .arg(e.provider, first, last);
    return QCoreApplication::translate("CodeLookup",
                                       "%1 is one of the codes from %2 to %3 that %4 uses with one meaning.")
        .arg(code.displayCode(), first, last, e.provider);
}

QString UnknownCode::message(const QString &asTyped) const
{
    const QString text = QCoreApplication::translate("CodeLookup", "%1 is not in the catalog.").arg(asTyped);
    const QString more = details();
    return more.isEmpty() ? text : text + u' ' + more;
}

QString UnknownCode::details() const
{
    QStringList parts;
    if (!providers.isEmpty())
        parts << QCoreApplication::translate("CodeLookup", "Codes near it are documented by %1: %2.")
                     .arg(QLocale().createSeparatedList(providers), providerCodes.join(u", "));
    if (!closest.isEmpty())
        parts << QCoreApplication::translate("CodeLookup", "Closest codes: %1.").arg(closest.join(u", "));
    return parts.join(u' ');
}

UnknownCode UnknownCode::describe(const Catalog &catalog, const CodeTerm &term)
{
    UnknownCode unknown;
    const ReplyCode code = ReplyCode::parse(term.code).withClass(term.cls);
    for (qsizetype index : catalog.providerCodesNear(code)) {
        const CatalogEntry &entry = catalog.at(index);
        if (!unknown.providers.contains(entry.provider))
            unknown.providers << entry.provider;
        if (unknown.providerCodes.size() < 4)
            unknown.providerCodes << entry.codesWithClass(term.cls);
    }
    for (const QString &closest : catalog.closestCodes(code, 5)) {
        const CatalogEntry *entry = catalog.find(closest);
        const QString text = entry->codesWithClass(term.cls);
        if (!unknown.providerCodes.contains(text))
            unknown.closest << text;
    }
    return unknown;
}

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
            if (const qsizetype index = catalog.indexOfCode(ReplyCode::parse(term.code).withClass(term.cls));
                index >= 0) {
                const CatalogEntry *entry = &catalog.at(index);
                const bool inRange = entry->code != term.code;
                lookup.found.append({ entry, entry->isEnhanced() ? term.cls : -1, &catalog,
                                      inRange ? term.code : QString() });
            } else {
                lookup.unknown.append(term);
            }
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
            lookup.found.append({ entry, dotless->cls, &catalog, {} });
            lookup.unknown.clear();
        } else if (lookup.unknown.isEmpty()) {
            lookup.unknown.append(*dotless);
        }
    }
    return lookup;
}

CodeLookup CodeLookup::resolve(const Catalog &catalog, QStringView text)
{
    if (const qsizetype tag = catalog.indexOfTag(text); tag >= 0) {
        CodeLookup lookup;
        lookup.found.append({ &catalog.at(tag), -1, &catalog, {} });
        return lookup;
    }
    return resolve(catalog, CodeQuery::parse(text));
}

} // namespace smtpref
