// Explainer on the sample corpus (tests/data/bounces: replies, DSNs, Postfix, Exim and Sendmail
// logs, swaks and openssl transcripts, quoted and nested bounces, junk) and on hostile input.
#include "explain/explainer.h"
#include "referencedata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestExplainer : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    QJsonObject m_expected;

    QString sample(const QString &name) const
    {
        QFile file(test::ReferenceData::dataPath(u"bounces/"_s + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QList<CatalogError> errors;
        m_catalog = Catalog::builtIn(&errors);
        QFile file(test::ReferenceData::dataPath(u"bounces/expected.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_expected = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(m_expected.size() >= 10);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("name");
        for (auto it = m_expected.begin(); it != m_expected.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
        // Every sample has its expectations, and every expectation its sample.
        const QStringList files
            = QDir(test::ReferenceData::dataPath(u"bounces"_s)).entryList({ u"*.txt"_s, u"*.log"_s });
        QCOMPARE(files.size(), m_expected.size());
    }

    void corpus()
    {
        QFETCH(QString, name);
        const QString text = sample(name);
        const QList<ExplainFinding> findings = Explainer(m_catalog).explain(text);
        const QJsonArray expected = m_expected.value(name).toArray();
        QCOMPARE(findings.size(), expected.size());
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const ExplainFinding &f = findings[i];
            const QJsonObject want = expected[i].toObject();
            const QString where = name + u" #" + QString::number(i + 1);
            QCOMPARE(f.line, want.value(u"line").toInt());
            auto check = [&](const char16_t *key, const QString &actual) {
                if (want.contains(QStringView(key)))
                    QVERIFY2(actual == want.value(QStringView(key)).toString(),
                             qPrintable(where + u" " + QStringView(key) + u": " + actual));
            };
            check(u"basic", f.basic);
            check(u"enhanced", f.enhanced);
            check(u"stage", f.stage);
            check(u"remoteHost", f.remoteHost);
            check(u"provider", f.provider);
            check(u"code", f.catalogCode);
            const QString notes = f.notes.join(u" | ");
            for (const QJsonValue &part : want.value(u"notes").toArray())
                QVERIFY2(notes.contains(part.toString()), qPrintable(where + u" notes: " + notes));
            if (!want.contains(u"notes"))
                QVERIFY2(!want.contains(u"code") || f.notes.isEmpty() || f.basic.startsWith(u'2'),
                         qPrintable(where + u" unexpected notes: " + notes));
            // The span points at the code in the text.
            const QString found = text.mid(f.start, f.length);
            QVERIFY2(found.contains(f.enhanced.isEmpty() ? f.basic : f.enhanced) || found.contains(f.basic),
                     qPrintable(where + u" span: " + found));
        }
    }

    void continuationLinesCountOnce()
    {
        const QList<ExplainFinding> findings = Explainer(m_catalog).explain(
            u"550-5.7.1 one\n550-5.7.1 two\n550 5.7.1 three\n451 4.3.0 later\n"_s);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].line, 1);
        QCOMPARE(findings[1].basic, u"451"_s);
    }

    void lineEndingsDoNotMatter()
    {
        const Explainer explainer(m_catalog);
        const auto lf = explainer.explain(u"x\n550 5.1.1 a\n"_s);
        const auto crlf = explainer.explain(u"x\r\n550 5.1.1 a\r\n"_s);
        QCOMPARE(lf.size(), 1);
        QCOMPARE(crlf.size(), 1);
        QCOMPARE(crlf[0].line, lf[0].line);
        QCOMPARE(crlf[0].enhanced, lf[0].enhanced);
    }

    void hostileInputIsHarmless()
    {
        const Explainer explainer(m_catalog);
        QString binary;
        for (int i = 0; i < 200000; ++i)
            binary += QChar(static_cast<char16_t>((i * 7919 + 13) & 0xFFFF));
        explainer.explain(binary);
        explainer.explain(QString(300000, u'5'));
        explainer.explain(QString(u"550-"_s).repeated(50000));
        explainer.explain(QString(u"5.5.5."_s).repeated(50000));
        const QChar nul(0);
        const auto withNul = explainer.explain(QString(QString(nul) + nul + u"550 5.1.1 x" + nul));
        QCOMPARE(withNul.size(), 1);
        const auto invalid = explainer.explain(QString::fromUtf8("\xff\xfe\n550 5.1.1 \xc0\x80 user unknown\n"));
        QCOMPARE(invalid.size(), 1);
        QVERIFY(explainer.explain(QString()).isEmpty());
    }

    void tenMegabytesInUnderASecond()
    {
        // The corpus repeated to 10 MB: explained well within a second (the budget for a big paste).
        QString text;
        for (auto it = m_expected.begin(); it != m_expected.end(); ++it)
            text += sample(it.key()) + u'\n';
        const QString block = text;
        while (text.size() < 10 * 1024 * 1024)
            text += block;
        QElapsedTimer timer;
        timer.start();
        const auto findings = Explainer(m_catalog).explain(text);
        QVERIFY(findings.size() > 1000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed()) + u" ms"));
    }
};

QTEST_GUILESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
