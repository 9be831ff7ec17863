// ReplyCode: the one place that knows how a reply code is laid out.
#include "code/replycode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestReplyCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesBasicCodes()
    {
        const ReplyCode code = ReplyCode::parse(u"550");
        QVERIFY(code.isBasic());
        QCOMPARE(code.classDigit(), 5);
        QCOMPARE(code.subject(), 5);
        QCOMPARE(code.detail(), 0);
        QCOMPARE(code.number(), 550);
        QCOMPARE(code.toString(), u"550"_s);
        QCOMPARE(ReplyCode::parse(u"101").toString(), u"101"_s);
    }

    void parsesEnhancedCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cls");
        QTest::addColumn<int>("subject");
        QTest::addColumn<int>("detail");
        QTest::addColumn<QString>("written");
        QTest::newRow("class 5") << u"5.7.26"_s << 5 << 7 << 26 << u"5.7.26"_s;
        QTest::newRow("class 4") << u"4.4.7"_s << 4 << 4 << 7 << u"4.4.7"_s;
        QTest::newRow("class 2") << u"2.0.0"_s << 2 << 0 << 0 << u"2.0.0"_s;
        QTest::newRow("any class") << u"X.7.26"_s << ReplyCode::anyClass << 7 << 26 << u"X.7.26"_s;
        QTest::newRow("lower-case x") << u"x.1.1"_s << ReplyCode::anyClass << 1 << 1 << u"X.1.1"_s;
        QTest::newRow("three-digit detail") << u"5.7.708"_s << 5 << 7 << 708 << u"5.7.708"_s;
        QTest::newRow("three-digit subject") << u"5.100.1"_s << 5 << 100 << 1 << u"5.100.1"_s;
        QTest::newRow("leading zeros") << u"5.07.001"_s << 5 << 7 << 1 << u"5.7.1"_s;
    }
    void parsesEnhancedCodes()
    {
        QFETCH(QString, text);
        const ReplyCode code = ReplyCode::parse(text);
        QVERIFY(code.isEnhanced());
        QTEST(code.classDigit(), "cls");
        QTEST(code.subject(), "subject");
        QTEST(code.detail(), "detail");
        QTEST(code.toString(), "written");
    }

    void rejectsAnythingElse_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text :
             { u""_s, u"55"_s, u"5500"_s, u"55a"_s, u"5xx"_s, u"3.1.1"_s, u"1.1.1"_s, u"5.7"_s, u"5.7."_s,
               u"5..1"_s, u"5.7.1."_s, u"5.7.1000"_s, u"5.1234.1"_s, u" 550"_s, u"550 "_s, u"5,7,1"_s,
               u"Y.7.1"_s, u"٥٥٠"_s, u"5.7.1a"_s })
            QTest::newRow(qPrintable(u'"' + text + u'"')) << text;
    }
    void rejectsAnythingElse()
    {
        QFETCH(QString, text);
        QVERIFY(!ReplyCode::parse(text).isValid());
        QCOMPARE(ReplyCode::parse(text).toString(), QString());
    }

    void findsCodesInLongerText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pos");
        QTest::addColumn<QString>("found");
        QTest::addColumn<int>("length");
        QTest::newRow("reply") << u"said: 550 5.1.1 no such user"_s << 6 << u"550"_s << 3;
        QTest::newRow("enhanced in a reply") << u"said: 550 5.1.1 no such user"_s << 10 << u"5.1.1"_s << 5;
        QTest::newRow("at the end") << u"dsn=4.7.26"_s << 4 << u"4.7.26"_s << 6;
        QTest::newRow("first three digits of a number") << u"55012"_s << 0 << u"550"_s << 3;
        QTest::newRow("first three digits of a detail") << u"5.1.1234"_s << 0 << u"5.1.123"_s << 7;
        QTest::newRow("continuation line") << u"550-5.7.1"_s << 4 << u"5.7.1"_s << 5;
        QTest::newRow("leading zeros") << u"#5.07.001."_s << 1 << u"5.7.1"_s << 8;
        QTest::newRow("any class") << u"(X.7.26)"_s << 1 << u"X.7.26"_s << 6;
        QTest::newRow("a dot, no code") << u"550-5.7.1"_s << 3 << QString() << 0;
        QTest::newRow("class 3") << u"status 3.1.1"_s << 7 << QString() << 0;
        QTest::newRow("subject of four digits") << u"5.1234.1"_s << 0 << QString() << 0;
        QTest::newRow("no detail") << u"5.7. x"_s << 0 << QString() << 0;
        QTest::newRow("two digits at the end") << u"code 55"_s << 5 << QString() << 0;
        QTest::newRow("past the end") << u"550"_s << 3 << QString() << 0;
        QTest::newRow("before the start") << u"550"_s << -1 << QString() << 0;
    }
    void findsCodesInLongerText()
    {
        QFETCH(QString, text);
        QFETCH(int, pos);
        qsizetype length = -1;
        const ReplyCode code = ReplyCode::at(text, pos, &length);
        QTEST(code.toString(), "found");
        QTEST(int(length), "length");
        QCOMPARE(code.isValid(), length > 0);
    }

    void changesClass()
    {
        const ReplyCode entry = ReplyCode::parse(u"X.7.26");
        QCOMPARE(entry.withClass(5).toString(), u"5.7.26"_s);
        QCOMPARE(ReplyCode::parse(u"4.2.2").catalogForm().toString(), u"X.2.2"_s);
        QVERIFY(!entry.withClass(3).isValid()); // no enhanced code has class 3
        QCOMPARE(ReplyCode::parse(u"550").withClass(4).toString(), u"550"_s);
    }

    void buildsFromParts()
    {
        QCOMPARE(ReplyCode::basic(250).toString(), u"250"_s);
        QCOMPARE(ReplyCode::basic(42).toString(), u"042"_s);
        QVERIFY(!ReplyCode::basic(1000).isValid());
        QCOMPARE(ReplyCode::enhanced(4, 7, 0), ReplyCode::parse(u"4.7.0"));
        QVERIFY(!ReplyCode::enhanced(5, 1000, 1).isValid());
    }

    void ordersInCatalogOrder()
    {
        QStringList codes { u"X.7.26"_s, u"5.1.1"_s, u"550"_s,   u"X.1.10"_s,
                            u"X.1.2"_s,  u"221"_s,   u"4.1.1"_s, u"X.1.1"_s };
        std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
            return ReplyCode::parse(a) < ReplyCode::parse(b);
        });
        // Basic first, by number; enhanced by subject, then detail numerically (X.1.2 before X.1.10),
        // then class with X (any class) first.
        const QStringList expected { u"221"_s,   u"550"_s,   u"X.1.1"_s,  u"4.1.1"_s,
                                     u"5.1.1"_s, u"X.1.2"_s, u"X.1.10"_s, u"X.7.26"_s };
        QCOMPARE(codes, expected);
    }
};

QTEST_APPLESS_MAIN(TestReplyCode)
#include "tst_replycode.moc"
