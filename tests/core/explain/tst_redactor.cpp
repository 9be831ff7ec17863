// Redactor on a hostile corpus: every private value masked, codes, commands and status fields kept,
// the same value always by the same stand-in.
#include "explain/redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using smtpref::Redactor;

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void privateValuesAreMasked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("secrets");
        auto row = [](const char *name, const QString &text, const QStringList &secrets) {
            QTest::newRow(name) << text << secrets;
        };
        row("e-mail", u"to=<alice@example.com>, relay=mx.example.net[203.0.113.5]:25"_s,
            { u"alice"_s, u"example.com"_s, u"mx.example.net"_s, u"203.0.113.5"_s });
        row("plus-tagged", u"<bob+news=x@lists.example.org>"_s, { u"bob"_s, u"news"_s, u"lists.example.org"_s });
        row("quoted local part", u"\"john q doe\"@example.com said"_s, { u"john"_s, u"doe"_s, u"example.com"_s });
        row("apostrophe", u"o'brien@example.ie"_s, { u"brien"_s, u"example.ie"_s });
        row("field without brackets", u"from=carol@example.com"_s, { u"carol"_s, u"example.com"_s });
        row("IPv6 literal", u"[IPv6:2001:db8:85a3::8a2e:370:7334]"_s, { u"85a3"_s, u"7334"_s });
        row("IPv6 zone", u"connect to fe80::1%eth0 failed"_s, { u"fe80::1"_s });
        row("IPv6 mapped", u"client ::ffff:198.51.100.7 said"_s, { u"198.51.100.7"_s });
        row("IP prefix", u"IP:198.51.100.23"_s, { u"198.51.100.23"_s });
        row("SPF", u"v=spf1 ip4:198.51.100.0/24 ip6:2001:db8:1234::/48 include:_spf.corp.example.com a:mail.corp.example.com -all"_s,
            { u"198.51.100.0"_s, u"1234"_s, u"_spf"_s, u"corp.example.com"_s });
        row("https URL", u"see https://intranet.corp.example/wiki/Bounces?user=dave (internal)"_s,
            { u"intranet"_s, u"wiki"_s, u"dave"_s });
        row("http IP URL", u"http://10.20.30.40:8080/"_s, { u"10.20.30.40"_s });
        row("host and punctuation", u"Is mx1.example.com? Yes, mx2.example.com! *.example.org*"_s,
            { u"mx1.example.com"_s, u"mx2.example.com"_s, u"example.org"_s });
        row("punycode", u"host xn--bcher-kva.xn--p1ai said"_s, { u"bcher"_s, u"p1ai"_s });
        row("IDN", u"host bücher.例え.テスト and पुस्तक.उदाहरण said"_s, { u"bücher"_s, u"テスト"_s, u"उदाहरण"_s });
        row("provider server", u"by BY2PR12MB1234.namprd12.prod.outlook.com; gmail-smtp-in.l.google.com"_s,
            { u"BY2PR12MB1234"_s, u"outlook.com"_s, u"google.com"_s });
        row("non-ASCII next to an address", u"ü::1 and 1.2.3.4٣"_s, { u"ü::1"_s, u"1.2.3.4"_s });
    }

    void privateValuesAreMasked()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, secrets);
        const QString redacted = Redactor::redact(text);
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!redacted.contains(secret), qPrintable(secret + u" survives in: "_s + redacted));
    }

    void codesCommandsAndStatusFieldsStay()
    {
        const QString text
            = u"Nov 22 10:00:01 mail postfix/smtp[123]: 4ABC123: to=<a@b.example>, dsn=5.1.1, status=bounced "
              "(host mx.b.example[192.0.2.9] said: 550 5.1.1 <a@b.example>: Recipient address rejected "
              "(in reply to RCPT TO command))\n-> MAIL FROM:<x@y.example>\n<- 250 2.1.0 Ok\nStatus: 5.7.26\n"_s;
        const QString redacted = Redactor::redact(text);
        for (QStringView kept : { u"Nov 22 10:00:01", u"postfix/smtp[123]", u"dsn=5.1.1", u"status=bounced",
                                  u"550 5.1.1", u"RCPT TO command", u"-> MAIL FROM:<", u"250 2.1.0 Ok",
                                  u"Status: 5.7.26", u"to=<", u"host " })
            QVERIFY2(redacted.contains(kept), qPrintable(kept.toString() + u" lost in: "_s + redacted));
        QCOMPARE(redacted.count(u'\n'), text.count(u'\n'));
    }

    void theSameValueGetsTheSameMask()
    {
        const QString redacted = Redactor::redact(
            u"a@b.example a@b.example c@b.example mx.b.example MX.B.EXAMPLE 192.0.2.77 192.0.2.77 198.51.100.1 2001:DB8::5 2001:db8::5"_s);
        const QStringList words = redacted.split(u' ');
        QCOMPARE(words.size(), 10);
        QCOMPARE(words[0], words[1]);
        QVERIFY(words[0] != words[2]);
        QCOMPARE(words[0].section(u'@', 1), words[2].section(u'@', 1)); // one domain, one mask
        QCOMPARE(words[3], words[4]);
        QCOMPARE(words[5], words[6]);
        QVERIFY(words[5] != words[7]);
        QCOMPARE(words[8], words[9]);
        QVERIFY(Redactor::isHostName(words[3]));
        QVERIFY(Redactor::isIpv4Address(words[5]));
        QVERIFY(Redactor::isIpv6Address(words[8]));
    }

    void linesGivenOneByOneAreMaskedAsTheWhole()
    {
        const QString text = u"a@b.example said\nhttps://x.example/p 192.0.2.1\nmx.b.example a@b.example\n"_s;
        Redactor redactor;
        QString pieces;
        for (const QString &line : text.split(u'\n'))
            pieces += (pieces.isEmpty() && line == text.section(u'\n', 0, 0) ? QString() : u"\n"_s)
                + redactor.redactText(line);
        QCOMPARE(pieces, Redactor::redact(text));
    }

    void codesAreNotAddresses()
    {
        for (QStringView code : { u"5.7.26", u"X.1.1", u"550", u"10:00:01", u"4.4.7" }) {
            QVERIFY(!Redactor::isHostName(code));
            QVERIFY(!Redactor::isIpv4Address(code));
            QVERIFY(!Redactor::isIpv6Address(code));
        }
    }

    void hostileShapesStayLinear()
    {
        // Shapes that would make a careless scanner read back over the text for every '@' or "://".
        for (const QString &unit : { u"@"_s, u"a@"_s, u"a="_s, u"\"@"_s, u"://"_s, u"a://"_s, u"a.b."_s, u"1:"_s }) {
            const QString text = unit.repeated(1024 * 1024 / unit.size());
            const QString redacted = Redactor::redact(text);
            QVERIFY(!redacted.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
