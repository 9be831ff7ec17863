// NavigationHistory: back and forward through visited codes, as a browser does.
#include "models/navigationhistory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty()
    {
        NavigationHistory history;
        QVERIFY(history.current().isEmpty());
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        // Going nowhere on an empty history stays empty.
        QVERIFY(history.back().isEmpty());
        QVERIFY(history.forward().isEmpty());
    }

    void visitBackForwardOrder()
    {
        NavigationHistory history;
        history.visit(u"550"_s);
        history.visit(u"5.7.26"_s);
        history.visit(u"421"_s);
        QCOMPARE(history.current(), u"421"_s);
        QCOMPARE(history.back(), u"5.7.26"_s);
        QCOMPARE(history.current(), u"5.7.26"_s);
        QCOMPARE(history.back(), u"550"_s);
        QCOMPARE(history.forward(), u"5.7.26"_s);
        QCOMPARE(history.forward(), u"421"_s);
        QCOMPARE(history.current(), u"421"_s);
    }

    void canGoAtTheEnds()
    {
        NavigationHistory history;
        history.visit(u"550"_s);
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        history.visit(u"551"_s);
        QVERIFY(history.canGoBack());
        QVERIFY(!history.canGoForward());
        history.back();
        QVERIFY(!history.canGoBack());
        QVERIFY(history.canGoForward());
        // Past the start or the end nothing moves.
        QCOMPARE(history.back(), u"550"_s);
        QVERIFY(!history.canGoBack());
        history.forward();
        QCOMPARE(history.forward(), u"551"_s);
        QVERIFY(history.canGoBack());
        QVERIFY(!history.canGoForward());
    }

    void visitingTheCurrentCodeIsANoOp()
    {
        NavigationHistory history;
        history.visit(u"550"_s);
        history.visit(u"5.1.1"_s);
        history.visit(u"5.1.1"_s);
        QCOMPARE(history.current(), u"5.1.1"_s);
        QCOMPARE(history.back(), u"550"_s);
        QVERIFY(!history.canGoBack());
        // Nor does it drop the forward entries.
        history.visit(u"550"_s);
        QVERIFY(history.canGoForward());
        QCOMPARE(history.forward(), u"5.1.1"_s);
    }

    void visitAfterBackDropsForwardEntries()
    {
        NavigationHistory history;
        history.visit(u"550"_s);
        history.visit(u"551"_s);
        history.visit(u"552"_s);
        history.back();
        history.back();
        QCOMPARE(history.current(), u"550"_s);
        history.visit(u"4.2.2"_s);
        QCOMPARE(history.current(), u"4.2.2"_s);
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.forward(), u"4.2.2"_s);
        QCOMPARE(history.back(), u"550"_s);
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.forward(), u"4.2.2"_s);
    }

    void replaceCurrentAddsNoStep()
    {
        NavigationHistory history;
        history.visit(u"550"_s);
        history.visit(u"551"_s);
        history.replaceCurrent(u"5.7.1"_s);
        QCOMPARE(history.current(), u"5.7.1"_s);
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back(), u"550"_s);
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.forward(), u"5.7.1"_s);
        QVERIFY(!history.canGoForward());
    }

    void replaceCurrentKeepsForwardEntries()
    {
        NavigationHistory history;
        history.visit(u"550"_s);
        history.visit(u"551"_s);
        history.back();
        history.replaceCurrent(u"5.1.1"_s);
        QCOMPARE(history.current(), u"5.1.1"_s);
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.forward(), u"551"_s);
    }

    void replaceCurrentOnEmptyHistoryVisits()
    {
        NavigationHistory history;
        history.replaceCurrent(u"550"_s);
        QCOMPARE(history.current(), u"550"_s);
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        // It is now a real step to come back to.
        history.visit(u"551"_s);
        QCOMPARE(history.back(), u"550"_s);
    }

    void emptyCodeIsIgnored()
    {
        NavigationHistory history;
        history.visit(QString());
        history.replaceCurrent(QString());
        QVERIFY(history.current().isEmpty());
        QVERIFY(!history.canGoBack());

        history.visit(u"550"_s);
        history.visit(u"551"_s);
        history.back();
        history.visit(QString());
        QCOMPARE(history.current(), u"550"_s);
        // An ignored visit does not drop the forward entries either.
        QVERIFY(history.canGoForward());
        history.replaceCurrent(QString());
        QCOMPARE(history.current(), u"550"_s);
        QCOMPARE(history.forward(), u"551"_s);
    }

    void historyIsBounded()
    {
        NavigationHistory history;
        const int visits = 500;
        for (int i = 0; i < visits; ++i)
            history.visit(u"code-"_s + QString::number(i));
        QCOMPARE(history.current(), u"code-499"_s);

        int steps = 0;
        QString previous = history.current();
        while (history.canGoBack()) {
            const QString code = history.back();
            QVERIFY(code != previous);
            previous = code;
            ++steps;
            QVERIFY2(steps < visits, "back() never stops");
        }
        QVERIFY2(steps < visits - 1, qPrintable(u"%1 steps back"_s.arg(steps)));
        QVERIFY2(steps > 100, qPrintable(u"%1 steps back"_s.arg(steps)));
        // What is kept is the most recent part, in order.
        QCOMPARE(history.current(), u"code-"_s + QString::number(visits - 1 - steps));
        for (int i = 0; i < steps; ++i)
            QCOMPARE(history.forward(), u"code-"_s + QString::number(visits - steps + i));
        QVERIFY(!history.canGoForward());
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
