// CodeQuery: every code form a person types or pastes (docs/architecture.md, "How a code travels"), and
// text that is no code at all.
#include "code/codequery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

using Type = CodeTerm::Type;
Q_DECLARE_METATYPE(QList<CodeTerm>)

namespace QTest {
template<> char *toString(const QList<CodeTerm> &terms)
{
    QStringList parts;
    for (const CodeTerm &term : terms)
        parts << QString::number(static_cast<int>(term.type)) + u':' + term.code + u'/'
                + QString::number(term.cls);
    return qstrdup(qPrintable(parts.join(u", ")));
}
} // namespace QTest

class TestCodeQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<CodeTerm>>("terms");

        const CodeTerm x71 { Type::Exact, u"X.7.1"_s, 5 };
        QTest::newRow("basic") << u"550"_s
                               << QList<CodeTerm> { { Type::Exact, u"550"_s, -1 },
                                                    { Type::DotlessReading, u"X.5.0"_s, 5 } };
        QTest::newRow("enhanced") << u"5.7.1"_s << QList<CodeTerm> { x71, { Type::Prefix, u"X.7.1"_s, 5 } };
        QTest::newRow("enhanced, Exchange #")
            << u"#5.7.1"_s << QList<CodeTerm> { x71, { Type::Prefix, u"X.7.1"_s, 5 } };
        QTest::newRow("enhanced, two-digit detail")
            << u"5.7.26"_s
            << QList<CodeTerm> { { Type::Exact, u"X.7.26"_s, 5 }, { Type::Prefix, u"X.7.26"_s, 5 } };
        QTest::newRow("enhanced, X class")
            << u"X.7.26"_s
            << QList<CodeTerm> { { Type::Exact, u"X.7.26"_s, -1 }, { Type::Prefix, u"X.7.26"_s, -1 } };
        QTest::newRow("enhanced, leading zeros")
            << u"4.07.001"_s
            << QList<CodeTerm> { { Type::Exact, u"X.7.1"_s, 4 }, { Type::Prefix, u"X.7.1"_s, 4 } };
        const QList<CodeTerm> both { { Type::Exact, u"550"_s, -1 }, x71 };
        QTest::newRow("multi-line form") << u"550-5.7.1"_s << both;
        QTest::newRow("reply form") << u"550 5.7.1"_s << both;
        QTest::newRow("no-break space") << u"550\u00A05.7.1"_s << both;
        QTest::newRow("tab") << u"550\t5.7.1"_s << both;
        QTest::newRow("ideographic space") << u"550\u30005.7.1"_s << both;
        QTest::newRow("narrow no-break space, twice") << u"550\u202F\u202F5.7.1"_s << both;
        QTest::newRow("reply form with #") << u"550 #5.7.1"_s << both;
        QTest::newRow("DSN diagnostic") << u"smtp; 550 5.7.1"_s << both;
        QTest::newRow("DSN diagnostic, upper case") << u"SMTP;550 5.7.1"_s << both;
        QTest::newRow("quoted, spaced") << u"  \"550 5.7.1\"  "_s << both;
        QTest::newRow("class wildcard")
            << u"5xx"_s << QList<CodeTerm> { { Type::ClassWildcard, QString(), 5 } };
        QTest::newRow("class wildcard, upper")
            << u"4XX"_s << QList<CodeTerm> { { Type::ClassWildcard, QString(), 4 } };
        QTest::newRow("enhanced prefix") << u"4.7"_s << QList<CodeTerm> { { Type::Prefix, u"X.7."_s, 4 } };
        QTest::newRow("enhanced prefix, trailing dot")
            << u"4.7."_s << QList<CodeTerm> { { Type::Prefix, u"X.7."_s, 4 } };
        QTest::newRow("enhanced class only") << u"5."_s << QList<CodeTerm> { { Type::Prefix, u"X."_s, 5 } };
        QTest::newRow("basic prefix") << u"55"_s << QList<CodeTerm> { { Type::Prefix, u"55"_s, -1 } };
        QTest::newRow("basic prefix, one digit")
            << u"4"_s << QList<CodeTerm> { { Type::Prefix, u"4"_s, -1 } };
        QTest::newRow("dot-less 571")
            << u"571"_s
            << QList<CodeTerm> { { Type::Exact, u"571"_s, -1 }, { Type::DotlessReading, u"X.7.1"_s, 5 } };
        QTest::newRow("dot-less 5726")
            << u"5726"_s << QList<CodeTerm> { { Type::DotlessReading, u"X.7.26"_s, 5 } };
        QTest::newRow("folklore 101: no dot-less reading")
            << u"101"_s << QList<CodeTerm> { { Type::Exact, u"101"_s, -1 } };
        QTest::newRow("basic 354: no dot-less reading")
            << u"354"_s << QList<CodeTerm> { { Type::Exact, u"354"_s, -1 } };

        const QList<CodeTerm> none;
        QTest::newRow("empty") << QString() << none;
        QTest::newRow("blank") << u"   "_s << none;
        QTest::newRow("word") << u"greylisting"_s << none;
        QTest::newRow("code with words") << u"550 mailbox"_s << none;
        QTest::newRow("too many digits") << u"55012"_s << none;
        QTest::newRow("enhanced, four-digit detail") << u"5.7.1000"_s << none;
        QTest::newRow("enhanced, class 3") << u"3.7.1"_s << none;
        QTest::newRow("enhanced, two-digit subject")
            << u"5.17.1"_s
            << QList<CodeTerm> { { Type::Exact, u"X.17.1"_s, 5 }, { Type::Prefix, u"X.17.1"_s, 5 } };
        QTest::newRow("enhanced, four-digit subject") << u"5.1000.1"_s << none;
        QTest::newRow("enhanced, letters") << u"5.a.1"_s << none;
        QTest::newRow("only dots") << u"..."_s << none;
        QTest::newRow("hash alone") << u"#"_s << none;
        QTest::newRow("unbalanced quote") << u"\"550"_s << none;
        QTest::newRow("smtp; alone") << u"smtp;"_s << none;
        QTest::newRow("control characters") << u"5\x01"
                                               "50"_s
                                            << none;
        QTest::newRow("NUL") << QString(QChar(0)) << none;
        QTest::newRow("reply with bad enhanced") << u"550 5.7"_s << none;
        QTest::newRow("class wildcard 6") << u"6xx"_s << none;
        QTest::newRow("emoji") << u"📧550"_s << none;
        QTest::newRow("arabic digits") << u"٥٥٠"_s << none;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QList<CodeTerm>, terms);
        const CodeQuery query = CodeQuery::parse(text);
        QCOMPARE(query.terms(), terms);
        QCOMPARE(query.isCode(), !terms.isEmpty());
    }

    void longAndBinaryInputIsNoCode()
    {
        QCOMPARE(CodeQuery::parse(QString(10000, u'5')).isCode(), false);
        QString binary;
        for (int i = 0; i < 4096; ++i)
            binary += QChar(static_cast<char16_t>((i * 7919) % 0xD800));
        QCOMPARE(CodeQuery::parse(binary).isCode(), false);
        // A lone surrogate, as a bad paste can give, is just not a code.
        QCOMPARE(CodeQuery::parse(QString(QString(QChar(0xD800)) + u"550")).isCode(), false);
    }
};

QTEST_GUILESS_MAIN(TestCodeQuery)
#include "tst_codequery.moc"
