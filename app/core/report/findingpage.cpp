#include "report/findingpage.h"

#include "catalog/vocabulary.h"
#include "i18n/catalogtranslation.h"

namespace smtpref {

FindingPage FindingPage::build(const ExplainFinding &f, const Catalog &catalog)
{
    FindingPage page;
    QStringList codes;
    for (const QString &code : { f.basic, f.enhanced }) {
        if (!code.isEmpty())
            codes << code;
    }
    page.heading = tr("Line %1: %2").arg(f.line).arg(codes.join(u' '));
    const CatalogEntry *entry = catalog.find(f.catalogCode);
    if (entry)
        page.title = CatalogTranslation::title(*entry);
    if (!f.stage.isEmpty())
        page.facts << tr("in reply to %1").arg(vocabulary::stageName(f.stage));
    if (!f.remoteHost.isEmpty())
        page.facts << tr("from %1").arg(f.remoteHost);
    if (!f.provider.isEmpty())
        page.facts << f.provider;
    page.notes = f.notes;
    // The code as sent opens its entry (a provider's range included); a provider's tag opens its own.
    page.code = entry && entry->kind == CodeKind::Tag ? entry->code : f.enhanced.isEmpty() ? f.basic : f.enhanced;
    return page;
}

} // namespace smtpref
