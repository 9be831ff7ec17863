// libFuzzer target: Explainer on any bytes (decoded as UTF-8, so invalid sequences are covered too).
// Each finding must point inside the text.
#include "explain/explainer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const smtpref::Catalog catalog = [] {
        QList<smtpref::CatalogError> errors;
        return smtpref::Catalog::builtIn(&errors);
    }();
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const smtpref::Explainer explainer(catalog);
    for (const smtpref::ExplainFinding &finding : explainer.explain(text)) {
        if (finding.start < 0 || finding.length <= 0 || finding.start + finding.length > text.size()
            || finding.line < 1)
            std::abort();
    }
    return 0;
}
