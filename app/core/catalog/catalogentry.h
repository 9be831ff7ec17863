// The data of one catalog entry. Each member's JSON name, type and rules are in
// catalog/entryfields.h; docs/catalog.md describes them for people writing the catalog.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref {

// Tag: a provider's own bracketed tag that names a reply on its own ("TSS04" of Yahoo's
// "421 4.7.0 [TSS04] ..."), with no reply code of its own.
enum class CodeKind { Basic, Enhanced, Tag };

// Provider: defined by one mail provider (field provider), outside the standards and the registry.
enum class CodeStatus { Standard, Extension, RegistryOnly, Historic, Draft, Nonstandard, Deprecated, Provider };

enum class Actor { None, Sender, SenderAdmin, Recipient, RecipientAdmin, ClientSoftware };

struct DiagnosticCheck
{
    QString step;
    QString command; // empty when the step has no command
    bool operator==(const DiagnosticCheck &) const = default;
};

struct DocumentReference
{
    QString document; // "RFC 5321"
    QString section; // "4.2.3", or empty
    bool operator==(const DocumentReference &) const = default;
};

struct ProviderUsage
{
    QString provider; // "Gmail"
    QString sample; // a reply line as that provider sends it, verbatim
    QString meaning; // the provider's own meaning, apart from the registry's
    bool operator==(const ProviderUsage &) const = default;
};

// A pair of codes people confuse, compared by hand: stored with the entry of the first code.
struct CuratedComparison
{
    QString code; // this entry's code as people write it: "550", "4.2.2"
    QString with; // the other code: "5.1.1", "5.2.2"
    QString difference; // the difference in one sentence
    QString tellApart; // how to tell which one you have
    QString action; // what to do differently
    bool operator==(const CuratedComparison &) const = default;
};

struct CatalogEntry
{
    QString code; // "550", "X.7.26", or a provider's tag "TSS04"
    // A provider entry that stands for a range of codes with one meaning: the last code ("X.7.649" for
    // X.7.606 to X.7.649). Empty for a single code.
    QString rangeEnd;
    CodeKind kind = CodeKind::Basic;
    QList<int> classes; // basic: the first digit; enhanced: the classes the registry lists
    QList<int> seenClasses; // enhanced: classes seen in practice though the registry does not list them
    CodeStatus status = CodeStatus::Standard;
    QString provider; // status Provider: who defines the code ("Microsoft 365"); empty otherwise
    QString title;
    // Words people search this entry by that its prose lacks: other names (blacklist for blocklist,
    // graylisting for greylisting), and terms of the trade (RBL, NXDOMAIN).
    QStringList keywords;
    QString summary;
    QString whenSeen;
    QString howToFix;
    QStringList causes;
    // What mail servers and clients print for this case, verbatim and short ("Relay access denied").
    QStringList errorTexts;
    QList<DiagnosticCheck> checks;
    QStringList related;
    QStringList pairs;
    QList<DocumentReference> references;
    QString retry;
    Actor actor = Actor::None;
    QStringList stages;
    QList<ProviderUsage> providers;
    QList<CuratedComparison> comparisons;
    // Adding a member: describe it in catalog/entryfields.h too (docs/catalog.md, "Adding a field").

    bool operator==(const CatalogEntry &) const = default;
    bool isEnhanced() const { return kind == CodeKind::Enhanced; }
    bool isProviderCode() const { return status == CodeStatus::Provider; }
    bool isRange() const { return !rangeEnd.isEmpty(); }
    // The one class a provider sends its enhanced code in ("5.7.708" is never 4.7.708), so that it is
    // shown with it; -1 for a code of several classes and for a standard code, which the registry
    // describes for any class as X.
    int soleProviderClass() const
    {
        return isProviderCode() && isEnhanced() && classes.size() == 1 ? classes.first() : -1;
    }
    // True when the code is registered for cls, or commonly seen with it.
    bool allowsClass(int cls) const { return classes.contains(cls) || seenClasses.contains(cls); }
    // "X.7.26" with class 5 -> "5.7.26"; a basic code is returned unchanged.
    QString codeWithClass(int cls) const;
    // The same for the last code of a range ("5.7.649"); empty for a single code.
    QString rangeEndWithClass(int cls) const;
    // The code, or the range it stands for, as shown: "5.7.708", "5.7.606–5.7.649".
    QString codesWithClass(int cls) const;
};

} // namespace smtpref
