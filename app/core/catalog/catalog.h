// All catalog entries in code order (basic codes by number, then enhanced codes by subject and
// detail), with lookup by catalog code. Cheap to copy: the entries are implicitly shared.
#pragma once

#include "catalog/catalogbinary.h"
#include "catalog/catalogentry.h"
#include "catalog/catalogerror.h"
#include "code/replycode.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace smtpref {

class Catalog final
{
public:
    struct Document
    {
        QString name;
        QByteArray json;
    };

    // Parses and validates the documents; every problem lands in errors, the well-formed entries in
    // the catalog (so one bad entry does not hide the other codes).
    static Catalog fromDocuments(const QList<Document> &documents, QList<CatalogError> *errors);
    // Entries taken as they are, in the order given, without validation: for generated catalogs
    // (benchmarks, tests) whose codes need not be real.
    static Catalog fromEntries(QList<CatalogEntry> entries);
    // The catalog compiled into the program (resources/catalog/*.json, validated and packed at build
    // time by tools/catalogpack). Loading checks only that the data is intact (format, bounds, codes
    // unique and in order); a damaged catalog gives an empty one and the reason in errors.
    static Catalog builtIn(QList<CatalogError> *errors);
    // A compiled catalog (CatalogBinary) with the same integrity checks; source names it in errors.
    static Catalog fromCompiled(const QByteArray &data, const QString &source, QList<CatalogError> *errors,
                                CatalogBinary::Texts texts = CatalogBinary::Texts::Copy);

    const QList<CatalogEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    const CatalogEntry &at(qsizetype index) const { return m_entries.at(index); }
    // Index of a catalog code ("550", "X.7.26"), or -1.
    qsizetype indexOf(const QString &code) const { return m_indexByCode.value(code, -1); }
    const CatalogEntry *find(const QString &code) const;
    // The entry for a code as a server sends it ("5.7.620", or "X.7.620" for any class): the entry of
    // that code when it allows the class, else a provider's range that holds the code in that class
    // (Microsoft's 5.7.606 to 5.7.649), else the entry of that code in another class; -1 for none.
    qsizetype indexOfCode(const ReplyCode &code) const;
    // The entry of a provider's tag as people write it: "TSS04", "tss04", "[TSS04]"; -1 for none.
    qsizetype indexOfTag(QStringView text) const;
    // The provider entries near an unknown enhanced code: same subject, a class they are sent with,
    // at most 100 apart; nearest first.
    QList<qsizetype> providerCodesNear(const ReplyCode &code) const;

    // The pairs of codes the catalog compares by hand (field "comparisons") that involve the entry of
    // catalogCode, wherever they are written down: (its code, the other code), as written ("4.2.2").
    QList<std::pair<QString, QString>> comparedPairs(const QString &catalogCode) const
    {
        return m_comparedPairs.value(catalogCode);
    }

    // The codes nearest in meaning to an unknown code (with its class, or X): of the same kind and
    // subject (basic: class and category), the subject's catch-all first ("X.7.0" for "5.7.99"),
    // then those allowing its class, then by number. Catalog codes.
    QStringList closestCodes(const ReplyCode &code, int count) const;

    // Code order: basic before enhanced, then numerically by each part.
    static bool codeLessThan(const QString &a, const QString &b);

private:
    void index();

    QList<CatalogEntry> m_entries;
    QHash<QString, qsizetype> m_indexByCode;
    QList<qsizetype> m_ranges; // entries that stand for a range of codes, few
    QHash<QString, QList<std::pair<QString, QString>>> m_comparedPairs;
};

} // namespace smtpref
