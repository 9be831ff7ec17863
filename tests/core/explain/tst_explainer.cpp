// Explainer on the sample corpus (tests/data/bounces: replies, DSNs, Postfix, Exim and Sendmail
// logs, swaks and openssl transcripts, quoted and nested bounces, junk) and on hostile input.
#include "explain/explainer.h"
#include "report/findingpage.h"
#include "referencedata.h"

#include <QDir>
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

    // Reply forms real servers write (Sendmail's DSN text and transcripts, Zoho, quoted replies, GMX).
    void replyForms_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("basic");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QString>("recipient");
        QTest::newRow("colon after the basic code") << u"550: 5.1.1 <a@example.com>... User Unknown"_s << u"550"_s
                                                    << u"5.1.1"_s << u"a@example.com"_s;
        QTest::newRow("Sendmail transcript") << u"<<< 550 <a@example.com>: User unknown"_s << u"550"_s << QString()
                                             << u"a@example.com"_s;
        QTest::newRow("Zoho ResponseCode") << u"b@example.org, ResponseCode 421 , 4.7.0 Too many connections"_s
                                           << u"421"_s << u"4.7.0"_s << u"b@example.org"_s;
        QTest::newRow("quoted continuation") << u"550-'5.7.1 <c@example.net> Message rejected'"_s << u"550"_s
                                             << u"5.7.1"_s << u"c@example.net"_s;
        QTest::newRow("bare enhanced code") << u"5.2.2 <d@example.de>... Mailbox Full"_s << QString() << u"5.2.2"_s
                                            << u"d@example.de"_s;
        QTest::newRow("Zoho ERROR CODE") << u"e@example.net, ERROR CODE :550 - 5.1.1 User does not exist"_s << u"550"_s
                                         << u"5.1.1"_s << u"e@example.net"_s;
    }

    void replyForms()
    {
        QFETCH(QString, line);
        QFETCH(QString, basic);
        QFETCH(QString, enhanced);
        QFETCH(QString, recipient);
        const QList<ExplainFinding> findings = Explainer(m_catalog).explain(line);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].basic, basic);
        QCOMPARE(findings[0].enhanced, enhanced);
        QCOMPARE(findings[0].recipient, recipient);
    }

    // Host and provider come from the same message or log line as the code: a Gmail DSN followed by a
    // Postfix log line about Outlook does not make the Gmail status Microsoft's.
    void attributionStaysWithItsMessage()
    {
        const QString text = u"Final-Recipient: rfc822; x@gmail.com\nAction: failed\nStatus: 5.7.26\n"
                             "Dec  7 10:00:01 mx postfix/smtp[4]: A1: to=<y@example.com>, relay=mx.example.com["
                             "192.0.2.9]:25, dsn=5.1.1, status=bounced (host outlook-com.olc.protection.outlook.com["
                             "192.0.2.9] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n"_s;
        const QList<ExplainFinding> findings = Explainer(m_catalog).explain(text);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].enhanced, u"5.7.26"_s);
        QVERIFY2(findings[0].remoteHost.isEmpty(), qPrintable(findings[0].remoteHost));
        QVERIFY(findings[0].provider != u"Microsoft 365");
        QCOMPARE(findings[0].recipient, u"x@gmail.com"_s);
        QCOMPARE(findings[0].action, u"failed"_s);
        QVERIFY(findings[1].logLine);
        QCOMPARE(findings[1].recipient, u"y@example.com"_s);
        QCOMPARE(findings[1].action, u"failed"_s);
        QCOMPARE(findings[1].provider, u"Microsoft 365"_s);
    }

    // A public blocklist named in the reply wins over what the provider usually means by the code.
    void aNamedBlocklistOverridesTheProviderNote()
    {
        const QList<ExplainFinding> findings = Explainer(m_catalog).explain(
            u"host example-com.mail.protection.outlook.com said: 550 5.7.1 Service unavailable, Client host "
            "[192.0.2.1] blocked using Spamhaus\n"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].blocklist, u"Spamhaus"_s);
        const QString notes = findings[0].notes.join(u'\n');
        QVERIFY2(notes.contains(u"Spamhaus, a public DNS blocklist"), qPrintable(notes));
        QVERIFY(!notes.contains(u"As Microsoft 365 uses it"));
    }

    // A provider's code opens its entry (its range's for a code inside one); a provider's tag in the
    // reply opens the tag's entry, which says more than the registry code it comes with.
    void findingsOpenTheProvidersEntries()
    {
        const QList<ExplainFinding> microsoft = Explainer(m_catalog).explain(
            u"550 5.7.620 Access denied, banned sending IP [192.0.2.7]. To request removal from this list"_s);
        QCOMPARE(microsoft.size(), 1);
        QCOMPARE(microsoft.first().catalogCode, u"X.7.606"_s);
        QVERIFY(microsoft.first().notes.join(u' ').contains(u"Microsoft 365"));
        const FindingPage page = FindingPage::build(microsoft.first(), m_catalog);
        QCOMPARE(page.code, u"5.7.620"_s); // the code as sent: its link opens the range with it
        const QList<ExplainFinding> yahoo = Explainer(m_catalog).explain(
            u"<user@yahoo.com>: host mta7.am0.yahoodns.net[198.51.100.3] said: 421 4.7.0 [TSS04] Messages from "
            "192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see "
            "https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)"_s);
        QCOMPARE(yahoo.size(), 1);
        QCOMPARE(yahoo.first().catalogCode, u"TSS04"_s);
        QVERIFY(yahoo.first().notes.join(u' ').contains(u"Yahoo"));
        QCOMPARE(FindingPage::build(yahoo.first(), m_catalog).code, u"TSS04"_s);
        // Square brackets that name no tag change nothing.
        const QList<ExplainFinding> plain = Explainer(m_catalog).explain(u"550 5.7.1 [192.0.2.1] [ABC12] blocked"_s);
        QCOMPARE(plain.first().catalogCode, u"X.7.1"_s);
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

    void crOnlyLineEndingsSplitLines()
    {
        const Explainer explainer(m_catalog);
        const auto lf = explainer.explain(u"Remote-MTA: dns; mx.example.net\n\n-> RCPT TO:<a@b.example>\n550 5.1.1 no\n"_s);
        const auto cr = explainer.explain(u"Remote-MTA: dns; mx.example.net\r\r-> RCPT TO:<a@b.example>\r550 5.1.1 no\r"_s);
        QCOMPARE(cr.size(), 1);
        QCOMPARE(lf.size(), 1);
        QCOMPARE(cr[0].line, 4);
        QCOMPARE(cr[0].line, lf[0].line);
        QCOMPARE(cr[0].stage, u"RCPT TO"_s);
        QCOMPARE(cr[0].start, lf[0].start);
    }

    void piecesGiveTheSameFindingsAsTheWhole()
    {
        // Every cut, "\r\n" split between pieces included, and findings taken as they are finished.
        const QString text = u"Status: 5.1.1\r\nRemote-MTA: dns; mx.example.net\r\n"
                             "Diagnostic-Code: smtp; 550 5.1.1 unknown\r\n\r\n550-5.7.1 a\r550 5.7.1 b\n"
                             "host mx.google.com said: 452 4.2.2 full gsmtp\n"_s;
        const Explainer explainer(m_catalog);
        const QList<ExplainFinding> whole = explainer.explain(text);
        QCOMPARE(whole.size(), 3);
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            Explainer::Session session(explainer);
            session.add(QStringView(text).first(cut));
            QList<ExplainFinding> pieces = session.takeFinished();
            session.add(QStringView(text).mid(cut));
            pieces += session.takeFinished();
            pieces += session.finish();
            QCOMPARE(pieces.size(), whole.size());
            for (qsizetype k = 0; k < whole.size(); ++k) {
                QCOMPARE(pieces[k].start, whole[k].start);
                QCOMPARE(pieces[k].line, whole[k].line);
                QCOMPARE(pieces[k].basic, whole[k].basic);
                QCOMPARE(pieces[k].enhanced, whole[k].enhanced);
                QCOMPARE(pieces[k].remoteHost, whole[k].remoteHost);
                QCOMPARE(pieces[k].provider, whole[k].provider);
                QCOMPARE(pieces[k].notes, whole[k].notes);
            }
        }
    }

    void aLogWithoutHostsIsHandedOutAsItGoes()
    {
        // No blank line and no host in a whole log: findings must not all wait for the end (memory).
        const Explainer explainer(m_catalog);
        Explainer::Session session(explainer);
        session.add(u"Nov 22 mail postfix/smtp[1]: status=sent (250 2.0.0 Ok)\n"_s.repeated(1000));
        const QList<ExplainFinding> early = session.takeFinished();
        QVERIFY2(early.size() > 900, qPrintable(QString::number(early.size())));
        QCOMPARE(early.size() + session.finish().size(), 1000);
        QCOMPARE(early.first().enhanced, u"2.0.0"_s);
    }

    void worstShapesOfOneMegabyteAreDecodedRight()
    {
        // Shapes that took time in the square of their length (27 s, 12.8 s, 59 s at these sizes): the
        // test finishing at all within ctest's limit is the check; the findings must still be right.
        constexpr qsizetype size = 1024 * 1024;
        const Explainer explainer(m_catalog);
        auto repeated = [](const QString &unit) {
            return unit.repeated(size / unit.size() + 1);
        };
        const auto replies = explainer.explain(
            repeated(u"to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok) "_s));
        QCOMPARE(replies.size(), 1); // the same reply again on one line is the same finding
        QCOMPARE(replies[0].basic, u"250"_s);
        QCOMPARE(replies[0].enhanced, u"2.0.0"_s);
        QCOMPARE(replies[0].remoteHost, u"mx.b.example"_s);
        QVERIFY(explainer.explain(repeated(u"H="_s)).isEmpty());
        QVERIFY(explainer.explain(repeated(u"relay="_s)).isEmpty());
        const auto hosts = explainer.explain(QString(repeated(u"H=x "_s) + u" H=mx.example.net said: 550 5.1.1 no"_s));
        QCOMPARE(hosts.size(), 1);
        QCOMPARE(hosts[0].remoteHost, u"mx.example.net"_s);
        // Many different codes on one line: each its own finding, in order.
        QString distinct;
        for (int a = 0; distinct.size() < size; ++a)
            distinct += u"dsn=4."_s + QString::number(a % 1000) + u'.' + QString::number(a / 1000) + u' ';
        const auto many = explainer.explain(distinct);
        QVERIFY(many.size() > 50000);
        QCOMPARE(many[0].enhanced, u"4.0.0"_s);
        QCOMPARE(many[1001].enhanced, u"4.1.1"_s);
        // Indented with a megabyte of white space before every code.
        const auto indented = explainer.explain(QString(QString(size, QChar(0x3000)) + u"550 5.1.1 x 451 4.3.0 y"_s));
        QCOMPARE(indented.size(), 2);
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

    void tenMegabytesExplainedWhole()
    {
        // The corpus repeated to 10 MB gives every block's findings, each time: nothing is dropped or
        // merged across blocks at this size. Speed is the benchmarks' business (BM_DecodeBounces holds
        // the 50 MB/s budget); a timed assertion here would only flake on a loaded machine.
        QString block;
        for (auto it = m_expected.begin(); it != m_expected.end(); ++it)
            block += sample(it.key()) + u'\n';
        const qsizetype perBlock = Explainer(m_catalog).explain(block).size();
        QVERIFY(perBlock > 10);
        QString text;
        qsizetype blocks = 0;
        while (text.size() < 10 * 1024 * 1024) {
            text += block;
            ++blocks;
        }
        QCOMPARE(Explainer(m_catalog).explain(text).size(), perBlock * blocks);
    }
};

QTEST_GUILESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
