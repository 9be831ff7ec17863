// SearchModel: the ranked, filtered result list the window shows; checked by QAbstractItemModelTester
// while the query and filters change.
#include "models/roles.h"
#include "models/searchfilters.h"
#include "models/searchmodel.h"
#include "shippedcatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestSearchModel : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

    static QStringList shownCodes(const SearchModel &model, int count = -1)
    {
        QStringList codes;
        for (int row = 0; row < model.rowCount() && (count < 0 || row < count); ++row)
            codes << model.index(row, 0).data(DisplayCodeRole).toString();
        return codes;
    }

private Q_SLOTS:
    void initTestCase() { m_catalog = test::shippedCatalog(); }

    void passesTheModelTesterWhileSearching()
    {
        SearchModel model(m_catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &query : { u"5"_s, u"55"_s, u"550"_s, u"auth"_s, u"zzz"_s, QString(), u"5.7"_s })
            model.setQuery(query);
        model.setClassFilter(4);
        model.setKindFilter(CodeKind::Enhanced);
        model.setQuery(u"mailbox"_s);
        model.setClassFilter(0);
        model.setKindFilter(std::nullopt);
    }

    void everythingWithoutQuery()
    {
        SearchModel model(m_catalog);
        QCOMPARE(model.rowCount(), m_catalog.size());
    }

    void queryRanksAndCounts()
    {
        SearchModel model(m_catalog);
        QSignalSpy changed(&model, &SearchModel::resultsChanged);
        model.setQuery(u"550"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(shownCodes(model, 1), QStringList { u"550"_s });
        QCOMPARE(model.index(0, 0).data(MatchTierRole).toInt(), static_cast<int>(MatchTier::ExactCode));
        model.setQuery(u"550"_s);
        QCOMPARE(changed.size(), 1); // the same query again changes nothing

        model.setQuery(u"5.7.26"_s);
        QCOMPARE(shownCodes(model, 1), QStringList { u"5.7.26"_s });
        QCOMPARE(model.index(0, 0).data(AppliedClassRole).toInt(), 5);
        QCOMPARE(model.index(0, 0).data(CodeRole).toString(), u"X.7.26"_s);

        model.setQuery(u"auth"_s);
        const QStringList auth = shownCodes(model);
        for (const QString &code : { u"235"_s, u"334"_s, u"535"_s, u"530"_s, u"X.7.8"_s })
            QVERIFY2(auth.contains(code), qPrintable(code));

        model.setQuery(u"qqqzzz"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersCombineWithTheQuery()
    {
        SearchModel model(m_catalog);
        model.setQuery(u"mailbox"_s);
        const int all = model.rowCount();
        model.setClassFilter(4);
        const int transient = model.rowCount();
        QVERIFY(transient > 0 && transient < all);
        for (int row = 0; row < model.rowCount(); ++row) {
            const CatalogEntry &entry = m_catalog.at(model.index(row, 0).data(EntryIndexRole).toInt());
            QVERIFY2(entry.allowsClass(4), qPrintable(entry.code));
        }
        model.setKindFilter(CodeKind::Basic);
        QVERIFY(model.rowCount() < transient);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(KindRole).toString(), u"basic"_s);
        model.setKindFilter(CodeKind::Enhanced);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(KindRole).toString(), u"enhanced"_s);
            // With the 4xx filter, enhanced codes read as class 4.
            QVERIFY(model.index(row, 0).data(DisplayCodeRole).toString().startsWith(u"4."));
        }
        model.setClassFilter(0);
        model.setKindFilter(std::nullopt);
        QCOMPARE(model.rowCount(), all);
    }

    // One row for each filter the window offers: the list shows exactly the codes the filter names.
    void eachFilterShowsExactlyItsCodes_data()
    {
        QTest::addColumn<int>("cls");
        QTest::addColumn<int>("kindIndex");
        for (int cls : searchfilters::classes)
            QTest::addRow("class %d", cls) << cls << 0;
        for (int kind = 1; kind < int(std::size(searchfilters::kinds)); ++kind)
            QTest::addRow("kind %s", qPrintable(searchfilters::kindId(searchfilters::kinds[kind])))
                << 0 << kind;
    }

    void eachFilterShowsExactlyItsCodes()
    {
        QFETCH(int, cls);
        QFETCH(int, kindIndex);
        const std::optional<CodeKind> kind = searchfilters::kinds[kindIndex];
        QStringList expected;
        for (const CatalogEntry &entry : m_catalog.entries()) {
            const bool classMatches
                = cls == 0 || entry.classes.contains(cls) || entry.seenClasses.contains(cls);
            if (classMatches && (!kind || entry.kind == *kind))
                expected << entry.code;
        }
        SearchModel model(m_catalog);
        model.setClassFilter(cls);
        model.setKindFilter(kind);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, 0).data(CodeRole).toString();
        QCOMPARE(shown, expected);
        // A filter other than "every code" leaves some codes out, and "every code" leaves none.
        QCOMPARE(shown.size() < m_catalog.size(), cls != 0 || kind.has_value());
        QVERIFY(!shown.isEmpty());
        // The settings keep it as an id that reads back as the same filter.
        QCOMPARE(searchfilters::kindFromId(searchfilters::kindId(kind)), kind);
        QVERIFY(searchfilters::isClassFilter(cls));
    }

    // The provider filter: a provider's own codes and the standard codes it sends its own way.
    void providerFilter()
    {
        SearchModel model(m_catalog);
        QAbstractItemModelTester tester(&model);
        const QStringList providers = searchfilters::providers(m_catalog);
        QVERIFY(providers.size() >= 4);
        QCOMPARE(providers.first(), u"Microsoft 365"_s); // most codes first
        QVERIFY(providers.contains(u"Gmail"_s) && providers.contains(u"Yahoo"_s));
        model.setProviderFilter(searchfilters::anyProvider.toString());
        QVERIFY(model.rowCount() >= 60);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row, 0).data(ProviderRole).toString().isEmpty());
        model.setProviderFilter(u"Gmail"_s);
        QStringList codes;
        for (int row = 0; row < model.rowCount(); ++row)
            codes << model.index(row, 0).data(CodeRole).toString();
        QVERIFY(codes.contains(u"X.7.32"_s)); // its own code
        QVERIFY(codes.contains(u"X.7.26"_s)); // a registry code it sends with its own text
        QVERIFY(!codes.contains(u"X.7.708"_s));
        QVERIFY(!codes.contains(u"X.6.10"_s));
        model.setQuery(u"dmarc"_s);
        QVERIFY(model.rowCount() > 0);
        model.setProviderFilter(QString());
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), int(m_catalog.size()));
    }

    void onlyTheOfferedClassesAreFilters()
    {
        for (int cls : { -1, 1, 6, 10 })
            QVERIFY2(!searchfilters::isClassFilter(cls), qPrintable(QString::number(cls)));
        QCOMPARE(searchfilters::kindFromId(u"weird"), std::nullopt);
        QCOMPARE(searchfilters::kindId(std::nullopt), QString());
    }
};

QTEST_GUILESS_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
