// The reply codes found in a text, one row each, for the Explain tab's list. Rows arrive in batches
// while a worker decodes; a row's text is built from its FindingPage only when a view asks for it,
// so 30,000 findings cost no more than the rows on screen, and a language switch only repaints.
#pragma once

#include "catalog/catalog.h"
#include "explain/explainfinding.h"

#include <QAbstractListModel>
#include <QList>

namespace smtpref {

class FindingsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit FindingsModel(const Catalog &catalog, QObject *parent = nullptr);

    const QList<ExplainFinding> &findings() const { return m_findings; }
    void clear();
    void append(const QList<ExplainFinding> &findings);
    // The interface language changed: every row's text is built again when it is next shown.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    // DisplayRole: "Line 4: 550 5.1.1 — title" and, on a second line, the facts and notes;
    // ToolTipRole: the same with each fact and note on a line of its own; CodeRole: the code to open.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Catalog m_catalog;
    QList<ExplainFinding> m_findings;
};

} // namespace smtpref
