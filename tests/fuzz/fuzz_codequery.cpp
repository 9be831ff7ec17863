// libFuzzer target: the code parser and the search engine on any typed or pasted text.
#include "catalog/catalog.h"
#include "code/codequery.h"
#include "search/searchengine.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const smtpref::Catalog catalog = [] {
        QList<smtpref::CatalogError> errors;
        return smtpref::Catalog::builtIn(&errors);
    }();
    static const smtpref::SearchEngine engine(catalog);
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const smtpref::CodeQuery query = smtpref::CodeQuery::parse(text);
    for (const smtpref::CodeTerm &term : query.terms()) {
        if (term.type != smtpref::CodeTerm::Type::ClassWildcard && term.code.isEmpty())
            std::abort(); // every code term names a code or a prefix
    }
    const QList<smtpref::SearchHit> hits = engine.search(text);
    if (hits.size() > catalog.size())
        std::abort();
    return 0;
}
