// MarkdownReport::entry on the shipped catalog and on a hand-made entry full of Markdown characters.
#include "catalog/catalog.h"
#include "code/codelookup.h"
#include "report/markdownreport.h"
#include "shippedcatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestMarkdownReport : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

    ResolvedCode resolve(const QString &text) const
    {
        const CodeLookup lookup = CodeLookup::resolve(m_catalog, CodeQuery::parse(text));
        return lookup.found.size() == 1 ? lookup.found[0] : ResolvedCode();
    }

    static QStringList lines(const QString &markdown) { return markdown.split(u'\n'); }

    // Every entry field filled, the prose full of characters that start Markdown markup.
    static CatalogEntry markupEntry()
    {
        CatalogEntry e;
        e.code = u"X.9.99"_s;
        e.kind = CodeKind::Enhanced;
        e.classes = { 4, 5 };
        e.seenClasses = { 2 };
        e.status = CodeStatus::Nonstandard;
        e.title = u"Title with *stars* and [brackets]"_s;
        e.summary = u"Summary *bold* _x_ [link] <tag> #hash `tick` a|b back\\slash"_s;
        e.whenSeen = u"When _seen_ #1"_s;
        e.howToFix = u"Fix it with <b>care</b>"_s;
        e.causes = { u"First *cause*"_s, u"Second [cause]"_s };
        e.checks = { DiagnosticCheck { u"Look at the *log*"_s, u"grep -E 'a*b|[c]' /var/log/mail.log"_s },
                     DiagnosticCheck { u"Think about _it_"_s, QString() } };
        e.related = { u"550"_s, u"X.7.1"_s };
        e.pairs = { u"550"_s };
        e.references = { DocumentReference { u"RFC 3463"_s, u"3.9"_s },
                         DocumentReference { u"RFC 5321"_s, QString() } };
        e.retry = u"Retry *later*"_s;
        e.actor = Actor::SenderAdmin;
        e.stages = { u"RCPT TO"_s };
        e.providers
            = { ProviderUsage { u"Gmail"_s, u"550-5.9.99 *Sample* line"_s, u"Gmail's _own_ meaning"_s } };
        return e;
    }

private Q_SLOTS:
    void initTestCase() { m_catalog = test::shippedCatalog(); }

    void titleLine()
    {
        const ResolvedCode code = resolve(u"5.7.26"_s);
        QVERIFY(code.entry);
        const QString md = MarkdownReport::entry(code);
        QVERIFY2(md.startsWith(u"# 5.7.26 — Multiple authentication checks failed\n"_s),
                 qPrintable(md.left(80)));
        QCOMPARE(lines(md).first(), u"# 5.7.26 — Multiple authentication checks failed"_s);
        // Only the one H1.
        QCOMPARE(md.count(u"\n# "_s), 0);
    }

    void sectionHeadings()
    {
        const ResolvedCode code = resolve(u"5.7.26"_s);
        QVERIFY(code.entry);
        const QStringList md = lines(MarkdownReport::entry(code));
        const QStringList headings { u"## What it means"_s, u"## When you see it"_s, u"## How to fix it"_s,
                                     u"## Causes"_s,        u"## Checks"_s,          u"## Retry"_s,
                                     u"## Who acts"_s,      u"## References"_s };
        qsizetype previous = -1;
        for (const QString &heading : headings) {
            const qsizetype at = md.indexOf(heading);
            QVERIFY2(at > previous, qPrintable(heading));
            // A heading stands on its own, with a blank line before it.
            QVERIFY2(md.at(at - 1).isEmpty(), qPrintable(heading));
            previous = at;
        }
    }

    void causesAreListItems()
    {
        const ResolvedCode code = resolve(u"5.7.26"_s);
        QVERIFY(code.entry);
        QVERIFY(code.entry->causes.size() >= 2);
        const QStringList md = lines(MarkdownReport::entry(code));
        const qsizetype causes = md.indexOf(u"## Causes"_s);
        QVERIFY(causes > 0);
        for (const QString &cause : code.entry->causes) {
            // The shipped causes contain no Markdown characters, so they appear verbatim.
            const qsizetype at = md.indexOf(u"- "_s + cause);
            QVERIFY2(at > causes, qPrintable(cause));
        }
    }

    void checkCommandsAreFencedShellBlocks()
    {
        const ResolvedCode code = resolve(u"5.7.26"_s);
        QVERIFY(code.entry);
        const QString md = MarkdownReport::entry(code);
        int commands = 0;
        for (const DiagnosticCheck &check : code.entry->checks) {
            if (check.command.isEmpty())
                continue;
            ++commands;
            QVERIFY2(md.contains(u"```sh\n   "_s + check.command + u"\n   ```\n"_s),
                     qPrintable(check.command));
        }
        QVERIFY(commands > 0);
        QCOMPARE(md.count(u"```sh"_s), commands);
        // Every fence that opens closes.
        QCOMPARE(md.count(u"```"_s), 2 * commands);
    }

    void referencesAreListed()
    {
        const ResolvedCode code = resolve(u"5.7.26"_s);
        QVERIFY(code.entry);
        const QStringList md = lines(MarkdownReport::entry(code));
        QVERIFY(md.contains(u"- RFC 7372 §3.4"_s));
        // An empty section adds no "§".
        QVERIFY(md.contains(u"- RFC 7489"_s));
    }

    void escapesMarkdownInProse()
    {
        const CatalogEntry e = markupEntry();
        const ResolvedCode code { &e, 5 };
        const QString md = MarkdownReport::entry(code);

        QVERIFY(md.startsWith(u"# 5.9.99 — Title with \\*stars\\* and \\[brackets\\]\n"_s));
        QVERIFY(md.contains(u"\\*bold\\*"_s));
        QVERIFY(md.contains(u"\\_x\\_"_s));
        QVERIFY(md.contains(u"\\[link\\]"_s));
        QVERIFY(md.contains(u"\\<tag\\>"_s));
        QVERIFY(md.contains(u"\\#hash"_s));
        QVERIFY(md.contains(u"\\`tick\\`"_s));
        QVERIFY(md.contains(u"a\\|b"_s));
        QVERIFY(md.contains(u"back\\\\slash"_s));
        QVERIFY(!md.contains(u" *bold*"_s));

        // Every prose field is escaped.
        QVERIFY(md.contains(u"When \\_seen\\_ \\#1"_s));
        QVERIFY(md.contains(u"Fix it with \\<b\\>care\\</b\\>"_s));
        QVERIFY(md.contains(u"\n- First \\*cause\\*\n"_s));
        QVERIFY(md.contains(u"\n- Second \\[cause\\]\n"_s));
        QVERIFY(md.contains(u"\n1. Look at the \\*log\\*\n"_s));
        // The journal form of the log check comes right after it, as a step of its own.
        QVERIFY(md.contains(u"\n2. The same where mail is logged only to the systemd journal:\n"_s));
        QVERIFY(md.contains(u"journalctl --facility=mail --no-pager | grep -E 'a*b|[c]'"_s));
        QVERIFY(md.contains(u"\n3. Think about \\_it\\_\n"_s));
        QVERIFY(md.contains(u"Retry \\*later\\*"_s));
        QVERIFY(md.contains(u"Gmail's \\_own\\_ meaning"_s));

        // Commands and provider samples are code: verbatim, not escaped.
        QVERIFY(md.contains(u"```sh\n   grep -E 'a*b|[c]' /var/log/mail.log\n   ```\n"_s));
        QCOMPARE(md.count(u"```sh"_s), 2); // the check and its journal form
        QVERIFY(md.contains(u"\n    550-5.9.99 *Sample* line\n"_s));

        // The rest of the fields are there too.
        QVERIFY(md.contains(u"\n## Related codes\n\n550, X.7.1\n"_s));
        QVERIFY(md.contains(u"\n- RFC 3463 §3.9\n"_s));
        QVERIFY(md.contains(u"\n- RFC 5321\n"_s));
        QVERIFY(md.contains(u"\n## As Gmail uses it\n"_s));
        QVERIFY(md.contains(u"\n## Who acts\n"_s));
    }

    void classLineOfAnEnhancedCode()
    {
        const CatalogEntry e = markupEntry();
        // Looked up with a class: only that class.
        const QString withClass = MarkdownReport::entry(ResolvedCode { &e, 4 });
        QCOMPARE(lines(withClass).at(2).front(), u'*');
        QVERIFY(lines(withClass).at(2).contains(u"4xx"_s));
        QVERIFY(!lines(withClass).at(2).contains(u"5xx"_s));
        // Looked up as X.9.99: every registered class.
        const QString any = MarkdownReport::entry(ResolvedCode { &e, -1 });
        QVERIFY(any.startsWith(u"# X.9.99 — "_s));
        QVERIFY(lines(any).at(2).contains(u"4xx"_s));
        QVERIFY(lines(any).at(2).contains(u"5xx"_s));
    }

    void basicCode()
    {
        const ResolvedCode code = resolve(u"550"_s);
        QVERIFY(code.entry);
        QCOMPARE(code.entry->code, u"550"_s);
        const QStringList md = lines(MarkdownReport::entry(code));
        const QString h1 = md.first();
        QVERIFY2(h1.startsWith(u"# 550 — "_s), qPrintable(h1));
        QVERIFY2(!h1.contains(u"X."_s), qPrintable(h1));
        // The line of facts below the title: italic, with the class.
        const QString classLine = md.at(2);
        QVERIFY2(classLine.startsWith(u'*') && classLine.endsWith(u'*'), qPrintable(classLine));
        QVERIFY2(classLine.contains(u"5xx"_s), qPrintable(classLine));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownReport)
#include "tst_markdownreport.moc"
