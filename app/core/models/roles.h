// The item roles of smtpref's models, in one place so the views, the CLI and the tests agree.
#pragma once

#include <Qt>

namespace smtpref {

enum Role : int {
    CodeRole = Qt::UserRole + 1, // catalog code: "550", "X.7.26"
    DisplayCodeRole, // the code as the query gave it: "5.7.26" for X.7.26 searched as 5.7.26
    TitleRole,
    KindRole, // "basic", "enhanced" or "tag"
    ClassesRole, // QList<int>
    StatusRole, // status id: "standard", "nonstandard", ...
    EntryIndexRole, // index in the Catalog
    MatchTierRole, // int, a MatchTier (search model only)
    AppliedClassRole, // int, the class the query gave an enhanced code, or -1 (search model only)
    // Excerpt: why the row matched when its title does not show it (search model only; computed
    // when a row asks, so only for the rows a view paints)
    ExcerptRole,
    // A provider's code: who defines it, with its range when it stands for one ("Microsoft 365,
    // X.7.606–X.7.649"); empty for a standard code
    ProviderRole,
};

} // namespace smtpref
