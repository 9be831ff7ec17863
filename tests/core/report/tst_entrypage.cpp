// EntryPage: an entry described once, and TextReport and MarkdownReport showing every part of it, for
// a basic code with paired codes (550), an enhanced code in a class seen only in practice, with
// providers (4.1.1), and a deprecated code without a class (X.6.10).
#include "catalog/catalog.h"
#include "code/codelookup.h"
#include "pagetexts.h"
#include "report/entrypage.h"
#include "report/journalcommand.h"
#include "report/markdownreport.h"
#include "report/textreport.h"
#include "shippedcatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;
using Heading = vocabulary::Heading;

class TestEntryPage : public QObject
{
    Q_OBJECT

    ResolvedCode resolve(const QString &text) const
    {
        const CodeLookup lookup = CodeLookup::resolve(test::shippedCatalog(), CodeQuery::parse(text));
        if (lookup.found.size() != 1)
            qFatal("no single code for %s", qPrintable(text));
        return lookup.found.first();
    }

    static const PageSection *find(const EntryPage &page, Heading id)
    {
        for (const PageSection &section : page.sections) {
            if (section.id == id)
                return &section;
        }
        return nullptr;
    }

    static void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("basic with pairs") << u"550"_s;
        QTest::newRow("seen class, providers") << u"4.1.1"_s;
        QTest::newRow("no class") << u"X.6.10"_s;
    }

private Q_SLOTS:
    void basicCode()
    {
        const ResolvedCode code = resolve(u"550"_s);
        const EntryPage page = EntryPage::build(code);
        QCOMPARE(page.code, u"550"_s);
        QCOMPARE(page.catalogCode, u"550"_s);
        QCOMPARE(page.title, code.entry->title);
        QCOMPARE(page.classes, QList<int> { 5 });
        QVERIFY(page.classIsNamed);
        QVERIFY(page.subject.isEmpty());
        QVERIFY(page.codeNote.isEmpty());
        // A basic code lists its usual enhanced codes, as links.
        const PageSection *pairs = find(page, Heading::UsualEnhanced);
        QVERIFY(pairs);
        QCOMPARE(pairs->form, PageSection::Form::CodeLinks);
        QCOMPARE(pairs->items, code.entry->pairs);
        QVERIFY(!find(page, Heading::SentWithBasic));
        // Every check is a step, in the entry's order: the window's "copy:N" counts on it.
        const PageSection *checks = find(page, Heading::Checks);
        QVERIFY(checks);
        QCOMPARE(checks->steps, code.entry->checks);
    }

    void enhancedCodeInASeenClass()
    {
        const ResolvedCode code = resolve(u"4.1.1"_s);
        const EntryPage page = EntryPage::build(code);
        QCOMPARE(page.code, u"4.1.1"_s);
        QCOMPARE(page.catalogCode, u"X.1.1"_s);
        QCOMPARE(page.classes, QList<int> { 4 });
        QVERIFY(page.classIsNamed);
        QCOMPARE(page.subject, vocabulary::subjectName(1));
        QVERIFY2(page.codeNote.contains(u"4.1.1"_s), qPrintable(page.codeNote));
        QVERIFY(find(page, Heading::SentWithBasic));
        // One section a provider, with its sample line verbatim.
        QList<PageSection> providers;
        for (const PageSection &section : page.sections) {
            if (section.id == Heading::ProviderUsage)
                providers << section;
        }
        QCOMPARE(providers.size(), code.entry->providers.size());
        QVERIFY(providers.size() >= 2);
        for (qsizetype i = 0; i < providers.size(); ++i) {
            QCOMPARE(providers[i].form, PageSection::Form::Sample);
            QVERIFY(providers[i].heading.contains(code.entry->providers[i].provider));
            QCOMPARE(providers[i].sample, code.entry->providers[i].sample);
        }
        // Looked up without a class: every registered class, and no note.
        const EntryPage any = EntryPage::build(resolve(u"X.1.1"_s));
        QCOMPARE(any.classes, code.entry->classes);
        QVERIFY(!any.classIsNamed);
        QVERIFY(any.codeNote.isEmpty());
    }

    // A provider's code says whose it is and, for a code of a range, which range.
    void providerCodePage()
    {
        const EntryPage page = EntryPage::build(resolve(u"5.7.708"_s));
        QCOMPARE(page.code, u"5.7.708"_s);
        QVERIFY2(page.status.contains(u"Microsoft 365"), qPrintable(page.status));
        QVERIFY(page.codeNote.isEmpty());
        const EntryPage inRange = EntryPage::build(resolve(u"5.7.620"_s));
        QCOMPARE(inRange.code, u"5.7.620"_s);
        QCOMPARE(inRange.catalogCode, u"X.7.606"_s);
        QVERIFY2(inRange.codeNote.contains(u"5.7.606") && inRange.codeNote.contains(u"5.7.649")
                     && inRange.codeNote.contains(u"Microsoft 365"),
                 qPrintable(inRange.codeNote));
        const EntryPage standard = EntryPage::build(resolve(u"X.7.0"_s));
        QVERIFY(!standard.status.contains(u"Microsoft"));
    }

    // Every check that reads /var/log/mail.log is followed by the same check on the journal.
    void logChecksHaveTheirJournalForm()
    {
        int logChecks = 0;
        for (const CatalogEntry &entry : test::shippedCatalog().entries()) {
            const EntryPage page = EntryPage::build({ &entry, -1, &test::shippedCatalog(), {} });
            for (const PageSection &section : page.sections) {
                for (qsizetype i = 0; i < section.steps.size(); ++i) {
                    if (!section.steps[i].command.contains(u"/var/log/mail.log"))
                        continue;
                    ++logChecks;
                    QVERIFY2(i + 1 < section.steps.size(), qPrintable(entry.code));
                    const QString journal = section.steps[i + 1].command;
                    QVERIFY2(journal.startsWith(u"journalctl --facility=mail"), qPrintable(entry.code + u": "_s + journal));
                    QVERIFY(!journal.contains(u"/var/log"));
                }
            }
        }
        QVERIFY(logChecks >= 60);
    }

    void journalCommandForms_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("journal");
        QTest::newRow("grep") << u"grep 'status=sent' /var/log/mail.log"_s
                              << u"journalctl --facility=mail --no-pager | grep 'status=sent'"_s;
        QTest::newRow("grep and tail") << u"grep -E '5\\.7\\.1 ' /var/log/mail.log | tail -20"_s
                                       << u"journalctl --facility=mail --no-pager | grep -E '5\\.7\\.1 ' | tail -20"_s;
        QTest::newRow("follow") << u"tail -f /var/log/mail.log"_s << u"journalctl --facility=mail -f"_s;
        QTest::newRow("last lines") << u"tail -n 50 /var/log/mail.log"_s
                                    << u"journalctl --facility=mail --no-pager -n 50"_s;
        QTest::newRow("rotated file") << u"grep x /var/log/mail.log.1"_s << QString();
        QTest::newRow("another log") << u"grep x /var/log/exim4/mainlog"_s << QString();
        QTest::newRow("not a grep") << u"less /var/log/mail.log"_s << QString();
        QTest::newRow("two files") << u"grep x /var/log/mail.log /var/log/mail.log"_s << QString();
    }

    void journalCommandForms()
    {
        QFETCH(QString, command);
        QFETCH(QString, journal);
        QCOMPARE(journalCommand(command), journal);
    }

    void codeWithoutAClass()
    {
        const EntryPage page = EntryPage::build(resolve(u"X.6.10"_s));
        QVERIFY(page.classes.isEmpty());
        QVERIFY(!page.classIsNamed);
        QVERIFY(page.codeNote.isEmpty());
        QCOMPARE(page.status, vocabulary::statusName(CodeStatus::Deprecated));
    }

    void sectionsInPageOrder_data() { codes_data(); }
    void sectionsInPageOrder()
    {
        QFETCH(QString, code);
        const EntryPage page = EntryPage::build(resolve(code));
        QVERIFY(page.sections.size() >= 8);
        QCOMPARE(page.sections.first().id, Heading::Meaning);
        for (qsizetype i = 1; i < page.sections.size(); ++i)
            QVERIFY(page.sections[i - 1].id <= page.sections[i].id);
        for (const PageSection &section : page.sections) {
            QVERIFY(!section.heading.isEmpty());
            QVERIFY2(!test::bodyTexts(section).join(QString()).isEmpty(), qPrintable(section.heading));
        }
    }

    void textShowsEveryPart_data() { codes_data(); }
    void textShowsEveryPart()
    {
        QFETCH(QString, code);
        const ResolvedCode resolved = resolve(code);
        const EntryPage page = EntryPage::build(resolved);
        const QString text = TextReport(80).entry(resolved);
        const QStringList lines = text.split(u'\n');
        QVERIFY(text.startsWith(page.code));
        const QString header = test::words(text.section(u"\n\n"_s, 0, 0));
        QVERIFY(header.contains(page.kind));
        QVERIFY(header.contains(page.subject));
        QVERIFY2(header.endsWith(page.status), qPrintable(header));
        if (!page.codeNote.isEmpty())
            QVERIFY(test::words(text).contains(test::words(page.codeNote)));
        qsizetype previous = 0;
        for (const PageSection &section : page.sections) {
            // Each heading on a line of its own, in the page's order.
            const qsizetype at = lines.indexOf(section.heading, previous + 1);
            QVERIFY2(at > previous, qPrintable(section.heading));
            previous = at;
            for (const QString &body : test::bodyTexts(section))
                QVERIFY2(test::words(text).contains(test::words(body)), qPrintable(body));
        }
    }

    void markdownShowsEveryPart_data() { codes_data(); }
    void markdownShowsEveryPart()
    {
        QFETCH(QString, code);
        const ResolvedCode resolved = resolve(code);
        const EntryPage page = EntryPage::build(resolved);
        const QString md = MarkdownReport::entry(resolved);
        const QStringList lines = md.split(u'\n');
        // Escaping adds backslashes before markup characters; the words are the same.
        const QString plain = test::words(QString(md).remove(u'\\'));
        QVERIFY(plain.contains(page.kind));
        if (!page.subject.isEmpty())
            QVERIFY(lines.value(2).contains(page.subject));
        if (!page.codeNote.isEmpty()) {
            QVERIFY(lines.contains(u"## "_s + vocabulary::heading(Heading::Note)));
            QVERIFY(plain.contains(test::words(page.codeNote)));
        }
        qsizetype previous = 0;
        for (const PageSection &section : page.sections) {
            const qsizetype at = lines.indexOf(u"## "_s + section.heading, previous + 1);
            QVERIFY2(at > previous, qPrintable(section.heading));
            previous = at;
            for (const QString &body : test::bodyTexts(section))
                QVERIFY2(plain.contains(test::words(body)), qPrintable(body));
        }
    }

    void markdownHasStagesPairsAndClassNote()
    {
        const ResolvedCode code = resolve(u"4.1.1"_s);
        const QStringList md = MarkdownReport::entry(code).split(u'\n');
        const qsizetype stages = md.indexOf(u"## "_s + vocabulary::heading(Heading::Stages));
        QVERIFY(stages > 0);
        QVERIFY(md.value(stages + 2).contains(vocabulary::stageName(code.entry->stages.first())));
        const qsizetype pairs = md.indexOf(u"## "_s + vocabulary::heading(Heading::SentWithBasic));
        QVERIFY(pairs > 0);
        QCOMPARE(md.value(pairs + 2), code.entry->pairs.join(u", "));
        const qsizetype note = md.indexOf(u"## "_s + vocabulary::heading(Heading::Note));
        QVERIFY(note > 0);
        QCOMPARE(md.value(note + 2), classNote(code));
    }
};

QTEST_GUILESS_MAIN(TestEntryPage)
#include "tst_entrypage.moc"
