// MimeReader: a bounce's report and delivery status apart from the original message it returns;
// transfer encodings, charsets, folded and encoded headers; and malformed messages read as far as
// they go, never a crash, a hang or unbounded memory.
#include "mime/mimereader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

namespace {

// A Postfix-style DSN: text part, delivery-status part, the original message with its own codes.
QByteArray postfixDsn(const QByteArray &lineEnd)
{
    QByteArray m = "Return-Path: <>\n"
                   "Received: by mx.example.net (Postfix) id 4F1B2; Mon,  7 Dec 2026 10:00:00 +0000\n"
                   "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\n"
                   "Subject: Undelivered Mail Returned to Sender\n"
                   "To: alice@example.org\n"
                   "MIME-Version: 1.0\n"
                   "Content-Type: multipart/report; report-type=delivery-status;\n"
                   "\tboundary=\"B1.1765101600/mx.example.net\"\n"
                   "\n"
                   "This is a MIME-encapsulated message.\n"
                   "\n"
                   "--B1.1765101600/mx.example.net\n"
                   "Content-Description: Notification\n"
                   "Content-Type: text/plain; charset=us-ascii\n"
                   "\n"
                   "<bob@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1 <bob@example.com>:\n"
                   "    Recipient address rejected: User unknown (in reply to RCPT TO command)\n"
                   "\n"
                   "--B1.1765101600/mx.example.net\n"
                   "Content-Description: Delivery report\n"
                   "Content-Type: message/delivery-status\n"
                   "\n"
                   "Reporting-MTA: dns; mx.example.net\n"
                   "\n"
                   "Final-Recipient: rfc822; bob@example.com\n"
                   "Original-Recipient: rfc822;bob@example.com\n"
                   "Action: failed\n"
                   "Status: 5.1.1\n"
                   "Remote-MTA: dns; mx.example.com\n"
                   "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected:\n"
                   "    User unknown\n"
                   "\n"
                   "Final-Recipient: rfc822; carol@example.com\n"
                   "Action: delayed\n"
                   "Status: 4.2.2\n"
                   "\n"
                   "--B1.1765101600/mx.example.net\n"
                   "Content-Description: Undelivered Message\n"
                   "Content-Type: message/rfc822\n"
                   "\n"
                   "Received: from client (203.0.113.7) by mx.example.net; 250 2.0.0 Ok: queued\n"
                   "From: alice@example.org\n"
                   "Subject: minutes\n"
                   "\n"
                   "Last time the server said 550 5.7.1 to us.\n"
                   "\n"
                   "--B1.1765101600/mx.example.net--\n";
    return lineEnd == "\n" ? m : m.replace("\n", lineEnd);
}

} // namespace

class TestMimeReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveryReport_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
    }

    void deliveryReport()
    {
        QFETCH(QByteArray, lineEnd);
        const MailReading reading = MimeReader::read(postfixDsn(lineEnd));
        QCOMPARE(reading.kind, MailReading::Kind::DeliveryReport);
        QCOMPARE(reading.subject, u"Undelivered Mail Returned to Sender"_s);
        QCOMPARE(reading.recipients.size(), 2);
        QCOMPARE(reading.recipients[0].finalRecipient, u"bob@example.com"_s);
        QCOMPARE(reading.recipients[0].action, u"failed"_s);
        QCOMPARE(reading.recipients[0].status, u"5.1.1"_s);
        QCOMPARE(reading.recipients[0].remoteMta, u"mx.example.com"_s);
        QVERIFY2(reading.recipients[0].diagnosticCode.startsWith(u"550 5.1.1 <bob@example.com>: Recipient"),
                 qPrintable(reading.recipients[0].diagnosticCode));
        QVERIFY(reading.recipients[0].diagnosticCode.endsWith(u"rejected: User unknown"));
        QCOMPARE(reading.recipients[1].action, u"delayed"_s);
        // The report comes first; the returned original after reportEnd, codes and all.
        const QString report = reading.text.first(reading.reportEnd);
        QVERIFY(report.contains(u"said: 550 5.1.1"));
        QVERIFY(report.contains(u"Status: 5.1.1"));
        QVERIFY(!report.contains(u"250 2.0.0"));
        QVERIFY(!report.contains(u"550 5.7.1"));
        QVERIFY(reading.text.sliced(reading.reportEnd).contains(u"550 5.7.1"));
        QVERIFY(!report.contains(u'\r'));
    }

    void plainTextIsNotAMessage()
    {
        const QByteArray log = "Dec  7 10:00:00 mx postfix/smtp[42]: 4F1B2: to=<bob@example.com>, status=bounced\n";
        QVERIFY(!MimeReader::looksLikeMessage(log));
        const MailReading reading = MimeReader::read(log);
        QCOMPARE(reading.kind, MailReading::Kind::Text);
        QCOMPARE(reading.text, QString::fromUtf8(log));
        QCOMPARE(reading.reportEnd, reading.text.size());
        // A pasted reply line with a colon is no header block either.
        QVERIFY(!MimeReader::looksLikeMessage("550 5.1.1 <bob@example.com>: User unknown\n"));
        QVERIFY(!MimeReader::looksLikeMessage("Status: 5.1.1\nAction: failed\n")); // no empty line, no message header
    }

    void transferEncodingsAndCharsets()
    {
        const QByteArray message
            = "From: postmaster@example.jp\n"
              "Subject: =?ISO-2022-JP?B?GyRCJWEhPCVrGyhC?= =?UTF-8?Q?r=C3=A9ponse?=\n"
              "MIME-Version: 1.0\n"
              "Content-Type: multipart/mixed; boundary=xyz\n"
              "\n"
              "--xyz\n"
              "Content-Type: text/plain; charset=ISO-2022-JP\n"
              "Content-Transfer-Encoding: 7bit\n"
              "\n"
              "\x1b$B%a!<%k\x1b(B 550 5.1.1\n"
              "--xyz\n"
              "Content-Type: text/plain; charset=iso-8859-1\n"
              "Content-Transfer-Encoding: quoted-printable\n"
              "\n"
              "Le destinataire est inconnu =E0 cette adresse, r=C3=A9=\n"
              "ponse du serveur.\n"
              "--xyz\n"
              "Content-Type: text/plain; charset=utf-8\n"
              "Content-Transfer-Encoding: base64\n"
              "\n"
              "UG9zdGZhY2ggdm9sbDogNTUyIDUuMi4y\n"
              "--xyz\n"
              "Content-Type: text/html; charset=Shift_JIS\n"
              "\n"
              "<p>\x83\x81\x81\x5b\x83\x8b&nbsp;&lt;ok&gt;</p><style>p{}</style>\n"
              "--xyz--\n";
        const MailReading reading = MimeReader::read(message);
        QCOMPARE(reading.subject, u"メールréponse"_s); // white space between encoded words dropped
        QVERIFY2(reading.text.contains(u"メール 550 5.1.1"), qPrintable(reading.text));
        QVERIFY(reading.text.contains(u"inconnu à cette adresse, rÃ©ponse du serveur.")); // Latin-1 bytes of UTF-8
        QVERIFY(reading.text.contains(u"Postfach voll: 552 5.2.2"));
        QVERIFY(reading.text.contains(u"メール <ok>"));
        QVERIFY(!reading.text.contains(u"p{}"));
    }

    void inlineOriginalOfAOnePartBounce()
    {
        const QByteArray message = "From: Mail Delivery System <Mailer-Daemon@mail.example.net>\n"
                                   "Subject: Mail delivery failed: returning message to sender\n"
                                   "Auto-Submitted: auto-replied\n"
                                   "\n"
                                   "  bob@example.com\n"
                                   "    SMTP error from remote mail server after RCPT TO:<bob@example.com>:\n"
                                   "    550 5.1.1 User unknown\n"
                                   "\n"
                                   "------ This is a copy of the message, including all the headers. ------\n"
                                   "Received: from x by y; 250 OK\n";
        const MailReading reading = MimeReader::read(message);
        QCOMPARE(reading.kind, MailReading::Kind::Message);
        QVERIFY(reading.text.first(reading.reportEnd).contains(u"550 5.1.1 User unknown"));
        QVERIFY(!reading.text.first(reading.reportEnd).contains(u"250 OK"));
        QVERIFY(reading.text.sliced(reading.reportEnd).contains(u"250 OK"));
        // A bounce is auto-submitted too: the flag says so, judging it is the diagnosis's part.
        QVERIFY(reading.autoReply);
    }

    void autoReplyAndFeedbackReport()
    {
        const MailReading vacation = MimeReader::read("From: bob@example.com\nSubject: Out of Office: minutes\n\nI am away.\n");
        QVERIFY(vacation.autoReply);
        QCOMPARE(vacation.from, u"bob@example.com"_s);
        const MailReading arf = MimeReader::read(
            "From: feedback@example.net\nSubject: complaint\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=feedback-report; boundary=\"f\"\n\n"
            "--f\nContent-Type: text/plain\n\nThis is an abuse report.\n"
            "--f\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nOriginal-Rcpt-To: <bob@example.com>\n"
            "--f\nContent-Type: text/rfc822-headers\n\nReceived: 250 2.0.0 queued\n--f--\n");
        QCOMPARE(arf.kind, MailReading::Kind::FeedbackReport);
        QCOMPARE(arf.feedbackRecipient, u"bob@example.com"_s);
        QVERIFY(!arf.text.first(arf.reportEnd).contains(u"250 2.0.0"));
    }

    // Whatever the damage, a reading comes back, in time in proportion to the input.
    void malformedMessages_data()
    {
        QTest::addColumn<QByteArray>("message");
        const QByteArray head = "From: a@example.com\nMIME-Version: 1.0\n";
        QTest::newRow("boundary never used") << QByteArray(head + "Content-Type: multipart/mixed; boundary=zz\n\n550 5.1.1 text\n");
        QTest::newRow("no closing boundary") << QByteArray(head + "Content-Type: multipart/mixed; boundary=zz\n\n--zz\n\n550 5.1.1\n");
        QTest::newRow("empty boundary") << QByteArray(head + "Content-Type: multipart/mixed; boundary=\"\"\n\n--\n550\n");
        QTest::newRow("broken base64") << QByteArray(head + "Content-Transfer-Encoding: base64\n\n!!!NTUw*IDUuMS4x==?==\n");
        QTest::newRow("bad quoted-printable") << QByteArray(head + "Content-Transfer-Encoding: quoted-printable\n\n=ZZ=4=\n550 =\n");
        QTest::newRow("unknown charset") << QByteArray(head + "Content-Type: text/plain; charset=x-nonsense\n\n550 5.1.1\n");
        QTest::newRow("no body") << head;
        QByteArray nested = head;
        for (int i = 0; i < 5000; ++i)
            nested += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b"
                + QByteArray::number(i) + "\n";
        QTest::newRow("endless nesting") << QByteArray(nested);
        QByteArray rfc822 = head;
        for (int i = 0; i < 5000; ++i)
            rfc822 += "Content-Type: message/rfc822\n\nFrom: x@example.com\n";
        QTest::newRow("endless messages") << QByteArray(rfc822);
        QTest::newRow("huge header line") << QByteArray(head + "Subject: " + QByteArray(2 * 1024 * 1024, 'x') + "\n\n550\n");
        QTest::newRow("NUL bytes") << QByteArray(head + "\n" + QByteArray(1000, '\0') + "550 5.1.1\n");
        QTest::newRow("encoded word unterminated") << QByteArray("From: a@b\nSubject: =?UTF-8?B?abc\n\nx\n");
    }

    void malformedMessages()
    {
        QFETCH(QByteArray, message);
        QElapsedTimer timer;
        timer.start();
        const MailReading reading = MimeReader::read(message);
        QVERIFY(reading.reportEnd <= reading.text.size());
        QVERIFY(reading.text.size() <= message.size() * 2 + 1000);
        QVERIFY2(timer.elapsed() < 5000, "a malformed message took seconds");
    }
};

QTEST_GUILESS_MAIN(TestMimeReader)
#include "tst_mimereader.moc"
