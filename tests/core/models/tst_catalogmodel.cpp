// CatalogModel: every entry a row, in code order, with the named roles; checked by
// QAbstractItemModelTester.
#include "models/catalogmodel.h"
#include "models/roles.h"
#include "shippedcatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestCatalogModel : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

private Q_SLOTS:
    void initTestCase() { m_catalog = test::shippedCatalog(); }

    void passesTheModelTester()
    {
        CatalogModel model(m_catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), m_catalog.size());
        QCOMPARE(model.rowCount(model.index(0)), 0);
        model.retranslate();
    }

    void rolesDescribeTheEntry()
    {
        CatalogModel model(m_catalog);
        const QModelIndex row = model.index(static_cast<int>(m_catalog.indexOf(u"X.7.26"_s)));
        QCOMPARE(row.data(CodeRole).toString(), u"X.7.26"_s);
        QCOMPARE(row.data(TitleRole).toString(), u"Multiple authentication checks failed"_s);
        QCOMPARE(row.data(KindRole).toString(), u"enhanced"_s);
        QCOMPARE(row.data(StatusRole).toString(), u"standard"_s);
        QCOMPARE(row.data(ClassesRole).value<QList<int>>(), QList<int> { 5 });
        QCOMPARE(row.data(EntryIndexRole).toInt(), row.row());
        QVERIFY(row.data(Qt::DisplayRole).toString().startsWith(u"X.7.26"));
        QVERIFY(row.data(Qt::DisplayRole).toString().contains(u"Multiple authentication"));
        QCOMPARE(row.data(Qt::ToolTipRole).toString(), m_catalog.at(row.row()).summary);
        QVERIFY(!row.data(Qt::AccessibleTextRole).toString().isEmpty());
        QVERIFY(!model.index(0).data(Qt::DecorationRole).isValid());
        QVERIFY(model.roleNames().values().contains("code"));
    }

    void rowsAreInCodeOrder()
    {
        CatalogModel model(m_catalog);
        QCOMPARE(model.index(0).data(CodeRole).toString(), u"101"_s);
        // Basic codes, then enhanced codes (a provider's among the registry's by number), then the
        // providers' tags by name.
        QVERIFY(Catalog::codeLessThan(u"X.7.30"_s, u"X.7.32"_s));
        QVERIFY(Catalog::codeLessThan(u"X.7.899"_s, u"BL21"_s));
        QCOMPARE(model.index(model.rowCount() - 1).data(KindRole).toString(), u"tag"_s);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(Catalog::codeLessThan(model.index(row - 1).data(CodeRole).toString(),
                                          model.index(row).data(CodeRole).toString()));
        }
    }

    void retranslateRefreshesEveryRow()
    {
        CatalogModel model(m_catalog);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 0);
        QCOMPARE(changed[0][1].toModelIndex().row(), model.rowCount() - 1);
    }
};

QTEST_GUILESS_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
