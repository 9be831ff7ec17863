#include "models/findingsmodel.h"

#include "models/roles.h"
#include "report/findingpage.h"

using namespace Qt::StringLiterals;

namespace smtpref {

FindingsModel::FindingsModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{ }

void FindingsModel::clear()
{
    if (m_findings.isEmpty())
        return;
    beginResetModel();
    m_findings.clear();
    endResetModel();
}

void FindingsModel::append(const QList<ExplainFinding> &findings)
{
    if (findings.isEmpty())
        return;
    const auto first = static_cast<int>(m_findings.size());
    beginInsertRows({}, first, first + static_cast<int>(findings.size()) - 1);
    m_findings.append(findings);
    endInsertRows();
}

void FindingsModel::retranslate()
{
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CodeRole)
        return {};
    const FindingPage page = FindingPage::build(m_findings.at(index.row()), m_catalog);
    if (role == CodeRole)
        return page.code;
    QString heading = page.heading;
    if (!page.title.isEmpty())
        heading += u" — " + page.title;
    QStringList details = page.facts;
    for (const QString &note : page.notes)
        details << u"⚠ " + note;
    // Every row has two lines, so that a view can give them all one height.
    if (role == Qt::DisplayRole)
        return QString(heading + u'\n' + details.join(u" · "));
    return QString(heading + u'\n' + details.join(u'\n'));
}

} // namespace smtpref
