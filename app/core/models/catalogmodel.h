// Every catalog entry as a row, in code order.
#pragma once

#include "catalog/catalog.h"

#include <QAbstractListModel>

namespace smtpref {

class CatalogModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit CatalogModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Catalog &catalog() const { return m_catalog; }

    // The texts changed language: every row's display data is new.
    void retranslate();

private:
    Catalog m_catalog;
};

} // namespace smtpref
