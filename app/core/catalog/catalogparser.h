// Turns one catalog JSON document into entries. It checks the shape of each field as entryfields.h
// describes it (required, non-empty, types, known ids, no unknown field); rules that need more than
// one field or entry are CatalogValidator's.
#pragma once

#include "catalog/catalogentry.h"
#include "catalog/catalogerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

class QJsonObject;

namespace smtpref {

class CatalogParser final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogParser)

public:
    explicit CatalogParser(QString sourceName);

    // Appends the well-formed entries to entries and every problem to errors.
    void parse(const QByteArray &json, QList<CatalogEntry> *entries, QList<CatalogError> *errors);

private:
    bool parseEntry(const QJsonObject &object, const QString &position, CatalogEntry *entry);
    void addError(const QString &code, const QString &field, const QString &message);

    QString m_source;
    QList<CatalogError> *m_errors = nullptr;
};

} // namespace smtpref
