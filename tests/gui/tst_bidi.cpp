// bidi::isolateCodes: in a right-to-left interface every code, as a whole word, is kept left to right;
// nothing else is touched, and a left-to-right interface gets the text unchanged.
#include "bidi.h"

#include <QGuiApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

namespace {

// "[" and "]" stand for LEFT-TO-RIGHT EMBEDDING and POP DIRECTIONAL FORMATTING.
QString marked(QString text)
{
    return text.replace(u'[', QChar(0x202A)).replace(u']', QChar(0x202C));
}

} // namespace

class TestBidi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QGuiApplication::setLayoutDirection(Qt::LeftToRight); }

    void leftToRightInterfaceUnchanged()
    {
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        const QString text = u"550 5.7.26 X.7.26 5xx"_s;
        QCOMPARE(bidi::isolateCodes(text), text);
    }

    void rightToLeftInterface_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("basic") << u"550"_s << u"[550]"_s;
        QTest::newRow("enhanced before a full stop") << u"see 5.7.26."_s << u"see [5.7.26]."_s;
        QTest::newRow("any class") << u"X.7.26, x.1.1"_s << u"[X.7.26], [x.1.1]"_s;
        QTest::newRow("class label") << u"a 5xx reply"_s << u"a [5xx] reply"_s;
        QTest::newRow("two codes of a reply") << u"550-5.1.1 text"_s << u"[550]-[5.1.1] text"_s;
        QTest::newRow("after an Arabic letter") << u"و554"_s << u"و[554]"_s;
        QTest::newRow("in parentheses and quotes") << u"(\"421 4.3.2\")"_s << u"(\"[421] [4.3.2]\")"_s;
        QTest::newRow("four digits") << u"1234"_s << u"1234"_s;
        QTest::newRow("class and subject only") << u"5.7"_s << u"5.7"_s;
        QTest::newRow("class 3 enhanced") << u"3.1.1"_s << u"3.1.1"_s;
        QTest::newRow("detail too long") << u"5.1.1000"_s << u"5.1.1000"_s;
        QTest::newRow("IP address") << u"from 192.0.2.10 now"_s << u"from 192.0.2.10 now"_s;
        QTest::newRow("thousands") << u"5,000 messages"_s << u"5,000 messages"_s;
        QTest::newRow("inside a word") << u"abc550 S3150 X.500"_s << u"abc550 S3150 X.500"_s;
        QTest::newRow("range") << u"5.7.5xx 6xx"_s << u"5.7.5xx 6xx"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void rightToLeftInterface()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        QCOMPARE(bidi::isolateCodes(text), marked(expected));
    }
};

QTEST_MAIN(TestBidi)
#include "tst_bidi.moc"
