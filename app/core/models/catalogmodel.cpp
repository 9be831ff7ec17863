#include "models/catalogmodel.h"

#include "i18n/catalogtranslation.h"
#include "models/roles.h"
#include "catalog/vocabulary.h"

namespace smtpref {

namespace {

QString providerOf(const CatalogEntry &entry)
{
    if (!entry.isProviderCode())
        return {};
    if (!entry.isRange())
        return entry.provider;
    return entry.provider + u", " + entry.codesWithClass(entry.soleProviderClass());
}

} // namespace

CatalogModel::CatalogModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{ }

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalog.size());
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogEntry &entry = m_catalog.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(entry.code + u"  " + CatalogTranslation::title(entry));
    case Qt::ToolTipRole:
        return CatalogTranslation::summary(entry);
    case Qt::AccessibleTextRole:
        return QString(entry.code + u", " + CatalogTranslation::title(entry)
                       + (entry.isProviderCode() ? u", " + providerOf(entry) : QString()));
    case ProviderRole:
        return providerOf(entry);
    case CodeRole:
        return entry.code;
    case DisplayCodeRole:
        return entry.codeWithClass(entry.soleProviderClass());
    case TitleRole:
        return CatalogTranslation::title(entry);
    case KindRole:
        return vocabulary::kindId(entry.kind);
    case ClassesRole:
        return QVariant::fromValue(entry.classes);
    case StatusRole:
        return vocabulary::statusId(entry.status);
    case EntryIndexRole:
        return index.row();
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        { CodeRole, "code" },
        { DisplayCodeRole, "displayCode" },
        { TitleRole, "title" },
        { KindRole, "kind" },
        { ClassesRole, "classes" },
        { StatusRole, "status" },
        { EntryIndexRole, "entryIndex" },
        { ProviderRole, "provider" },
    });
    return names;
}

void CatalogModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace smtpref
