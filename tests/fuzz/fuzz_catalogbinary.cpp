// libFuzzer target: the reader of the embedded catalog on damaged data. Each input is read as it is,
// and also as edits to a small valid catalog (so that the fuzzer reaches deep into well-formed
// entries): a length to cut it to, then pairs of (offset, byte) to overwrite. Both reading modes.
#include "catalog/catalog.h"
#include "catalog/catalogbinary.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void readBothWays(const QByteArray &data)
{
    using smtpref::CatalogBinary;
    for (CatalogBinary::Texts texts : { CatalogBinary::Texts::Copy, CatalogBinary::Texts::ReferenceStatic }) {
        QList<smtpref::CatalogEntry> entries;
        QString error;
        const bool ok = CatalogBinary::read(data, &entries, &error, texts);
        if (!ok && error.isEmpty())
            std::abort(); // a failure always says why
        if (!ok && !entries.isEmpty())
            std::abort(); // and leaves nothing half read
        if (ok) {
            // What was read writes back to a catalog that reads to the same bytes again.
            const QByteArray written = CatalogBinary::write(entries);
            QList<smtpref::CatalogEntry> again;
            if (!CatalogBinary::read(written, &again, &error) || CatalogBinary::write(again) != written)
                std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QByteArray valid = [] {
        QList<smtpref::CatalogError> errors;
        const QList<smtpref::CatalogEntry> entries = smtpref::Catalog::builtIn(&errors).entries();
        return smtpref::CatalogBinary::write(entries.mid(0, 3) + entries.mid(entries.size() - 2));
    }();
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    readBothWays(input);

    if (size < 2)
        return 0;
    QByteArray edited = valid;
    edited.truncate((data[0] | data[1] << 8) % (valid.size() + 1));
    for (size_t i = 2; i + 2 < size && !edited.isEmpty(); i += 3)
        edited[(data[i] | data[i + 1] << 8) % edited.size()] = static_cast<char>(data[i + 2]);
    readBothWays(edited);
    return 0;
}
