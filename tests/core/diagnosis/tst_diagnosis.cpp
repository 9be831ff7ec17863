// The bounce diagnosis on a corpus of whole bounce mails and mail logs as real servers write them
// (tests/data/bounces/corpus, expected verdicts in its expected.tsv), and on small hand-made cases.
#include "catalog/vocabulary.h"
#include "diagnosis/diagnosis.h"
#include "explain/explainer.h"
#include "referencedata.h"
#include "shippedcatalog.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

namespace {

struct Expected
{
    QString file;
    QString address;
    QString basic;
    QString enhanced;
    QString category;
    bool permanent = false;
    QString actor;
    QString note;
};

QList<Expected> readExpected()
{
    QFile tsv(test::ReferenceData::dataPath(u"bounces/corpus/expected.tsv"_s));
    if (!tsv.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(tsv.fileName()));
    QList<Expected> rows;
    const QStringList lines = QString::fromUtf8(tsv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList c = lines[i].split(u'\t');
        rows.append({ c.value(0), c.value(1), c.value(2), c.value(3), c.value(4), c.value(5) == u"yes", c.value(6),
                      c.value(7) });
    }
    return rows;
}

QList<Verdict> verdictsOf(const QString &file)
{
    QFile data(test::ReferenceData::dataPath(u"bounces/corpus/"_s + file));
    if (!data.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(data.fileName()));
    return Diagnosis::ofData(Explainer(test::shippedCatalog()), data.readAll());
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every expected verdict is found (by address, else by its place); its category, codes and
    // finality must be right for 95% of them, and the actor too for 90%; no file gives more verdicts
    // than it has failed recipients.
    void corpus()
    {
        const QList<Expected> rows = readExpected();
        QMap<QString, QList<Expected>> byFile;
        for (const Expected &row : rows)
            byFile[row.file] << row;
        QVERIFY2(byFile.size() >= 80, qPrintable(QString::number(byFile.size())));
        QVERIFY(rows.size() >= 100);
        int facts = 0;
        int complete = 0;
        QStringList misses;
        for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
            const QList<Verdict> verdicts = verdictsOf(it.key());
            QVERIFY2(verdicts.size() <= it.value().size() + 1,
                     qPrintable(it.key() + u": %1 verdicts"_s.arg(verdicts.size())));
            for (qsizetype i = 0; i < it.value().size(); ++i) {
                const Expected &e = it.value()[i];
                const Verdict *found = nullptr;
                for (const Verdict &v : verdicts) {
                    if (!e.address.isEmpty() && v.address.compare(e.address, Qt::CaseInsensitive) == 0)
                        found = &v;
                }
                if (!found && e.address.isEmpty() && i < verdicts.size())
                    found = &verdicts[i];
                if (!found) {
                    misses << it.key() + u": no verdict for " + e.address;
                    continue;
                }
                const bool factsRight = VerdictCategories::id(found->category) == e.category
                    && found->permanent == e.permanent && found->basic == e.basic && found->enhanced == e.enhanced;
                const bool actorRight = vocabulary::actorId(found->actor) == e.actor;
                facts += factsRight ? 1 : 0;
                complete += factsRight && actorRight ? 1 : 0;
                if (!factsRight || !actorRight) {
                    misses << u"%1 %2: got %3 %4 %5 %6 %7, expected %8 %9 %10 %11 %12"_s.arg(
                        it.key(), e.address, VerdictCategories::id(found->category), found->basic, found->enhanced,
                        found->permanent ? u"permanent"_s : u"temporary"_s, vocabulary::actorId(found->actor),
                        e.category, e.basic + u' ' + e.enhanced, e.permanent ? u"permanent"_s : u"temporary"_s, e.actor);
                }
            }
        }
        for (const QString &miss : std::as_const(misses))
            qInfo("%s", qPrintable(miss));
        qInfo("verdicts right: %d of %lld; with who acts: %d", facts, qlonglong(rows.size()), complete);
        QVERIFY2(facts >= rows.size() * 0.95, qPrintable(QString::number(facts)));
        QVERIFY2(complete >= rows.size() * 0.9, qPrintable(QString::number(complete)));
    }

    // The words win over the code; when nothing decides, the verdict says so.
    void wordsWinOverCodes()
    {
        QCOMPARE(VerdictCategories::classify(u"Mailbox full", u"5.1.1", u"550"), VerdictCategory::MailboxFull);
        QCOMPARE(VerdictCategories::classify(u"blocked using zen.spamhaus.org", u"5.7.1", u"550"), VerdictCategory::Blocked);
        QCOMPARE(VerdictCategories::classify(u"", u"5.1.1", u"550"), VerdictCategory::RecipientUnknown);
        QCOMPARE(VerdictCategories::classify(u"", u"5.2.2", u""), VerdictCategory::MailboxFull);
        QCOMPARE(VerdictCategories::classify(u"Requested action not taken", u"", u"550"), VerdictCategory::Unknown);
        QCOMPARE(VerdictCategories::classify(u"", u"5.7.0", u"550"), VerdictCategory::Unknown);
    }

    void oneVerdictPerLogLine()
    {
        const QByteArray log
            = "Dec  7 10:00:01 mx postfix/smtp[1]: A1: to=<a@example.com>, dsn=5.1.1, status=bounced (host x[192.0.2.1] said: "
              "550 5.1.1 <a@example.com>: User unknown (in reply to RCPT TO command))\n"
              "Dec  7 10:00:02 mx postfix/smtp[1]: A2: to=<a@example.com>, dsn=5.1.1, status=bounced (host x[192.0.2.1] said: "
              "550 5.1.1 <a@example.com>: User unknown (in reply to RCPT TO command))\n"
              "2026-12-07 10:00:03 1abc-000 ** b@example.org: Unrouteable address\n"
              "2026-12-07 10:00:04 1abc-001 <= c@example.org H=client [192.0.2.9]\n";
        const QList<Verdict> verdicts = Diagnosis::ofData(Explainer(test::shippedCatalog()), log);
        QCOMPARE(verdicts.size(), 3); // the arrival line is no delivery
        QCOMPARE(verdicts[0].line, 1);
        QCOMPARE(verdicts[1].line, 2);
        QCOMPARE(verdicts[2].address, u"b@example.org"_s);
        QCOMPARE(verdicts[2].category, VerdictCategory::DomainUnknown);
        QVERIFY(verdicts[2].permanent);
    }

    // Each category has its id, its name and its first step, in the order the JSON documents.
    void categoriesAreComplete()
    {
        const QStringList ids = { u"recipient-unknown"_s, u"mailbox-full"_s, u"mailbox-disabled"_s, u"recipient-moved"_s,
                                  u"domain-unknown"_s, u"domain-no-mail"_s, u"message-too-big"_s, u"over-limit"_s,
                                  u"authentication"_s, u"reverse-dns"_s, u"blocked"_s, u"spam-content"_s, u"virus"_s,
                                  u"policy"_s, u"relay-denied"_s, u"sender-rejected"_s, u"rate-limited"_s, u"tls"_s,
                                  u"expired"_s, u"network"_s, u"system-error"_s, u"protocol-error"_s, u"auto-reply"_s,
                                  u"feedback-report"_s, u"delivered"_s, u"unknown"_s };
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const auto category = VerdictCategory(i);
            QCOMPARE(VerdictCategories::id(category), ids[i]);
            QVERIFY(!VerdictCategories::name(category).isEmpty());
            QVERIFY(VerdictCategories::action(category).endsWith(u'.'));
        }
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
