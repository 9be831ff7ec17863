#include "shippedcatalog.h"

namespace smtpref::test {

const Catalog &shippedCatalog()
{
    static const Catalog catalog = [] {
        QList<CatalogError> errors;
        Catalog loaded = Catalog::builtIn(&errors);
        if (!errors.isEmpty())
            qFatal("the shipped catalog has errors, the first: %s", qPrintable(errors.first().toString()));
        return loaded;
    }();
    return catalog;
}

} // namespace smtpref::test
