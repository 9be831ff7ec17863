// The catalog as the program embeds it: the JSON files, validated and compiled at build time
// (tools/catalogpack) into a flat little-endian layout that start-up reads in place: every number is
// a 32-bit word and every text is UTF-16 padded to a word, so the texts can point into the embedded
// data instead of being copied out of it. The fields follow entryfields.h; the header holds a
// signature of that field list, so data compiled with another list reads as an unknown format.
#pragma once

#include "catalog/catalogentry.h"

#include <QByteArray>
#include <QList>

namespace smtpref {

class CatalogBinary final
{
public:
    enum class Texts {
        Copy, // the entries own their texts: data may go away after read()
        ReferenceStatic, // the texts point into data, which lives as long as the program (a resource)
    };

    static QByteArray write(const QList<CatalogEntry> &entries);
    // False, with a reason in error, when data is not a catalog of this version or is damaged.
    // ReferenceStatic falls back to copying where referring is impossible (misaligned data, a
    // big-endian machine).
    static bool read(const QByteArray &data, QList<CatalogEntry> *entries, QString *error,
                     Texts texts = Texts::Copy);
};

} // namespace smtpref
