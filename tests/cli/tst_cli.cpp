// The command line end to end: the real binary, its exit codes, stdout and stderr.
#include "referencedata.h"
#include "explain/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using smtpref::test::ReferenceData;
using smtpref::test::ReferenceRow;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;

    QJsonObject json() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("not JSON: %s", qPrintable(error.errorString()));
        return document.object();
    }
};

// Runs program in an English locale (the command line follows LANGUAGE and LANG), plus locale.
Run runProgram(const QString &program, const QStringList &arguments,
               const QList<std::pair<QString, QString>> &locale = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"COLUMNS"_s, u"80"_s);
    for (const QString &name : { u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s })
        environment.remove(name);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    for (const auto &[name, value] : locale)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run runSmtpref(const QStringList &arguments, const QList<std::pair<QString, QString>> &locale = {})
{
    return runProgram(QStringLiteral(SMTPREF_BINARY), arguments, locale);
}

// Raw bytes as one argument (invalid UTF-8 cannot travel in a QString): through the shell's printf.
Run smtprefWithRawArgument(const QString &printfFormat)
{
    return runProgram(u"/bin/sh"_s,
                      { u"-c"_s, u"exec \"$0\" \"$(printf '"_s + printfFormat + u"')\""_s,
                        QStringLiteral(SMTPREF_BINARY) });
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = runSmtpref({ u"--version"_s });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"smtpref "));
        QVERIFY(QRegularExpression(u"^smtpref \\d+\\.\\d+\\.\\d+\\n$"_s).match(version.out).hasMatch());
        const Run help = runSmtpref({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        for (const QString &option :
             { u"--search"_s, u"--list"_s, u"--json"_s, u"--lang"_s, u"Exit status"_s })
            QVERIFY2(help.out.contains(option), qPrintable(option));
    }

    void lookupPrintsTitledSections()
    {
        const Run run = runSmtpref({ u"5.7.26"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.startsWith(u"5.7.26 (X.7.26) Multiple authentication checks failed\n"));
        for (const QString &heading : { u"What it means"_s, u"When you see it"_s, u"How to fix it"_s,
                                        u"Causes"_s, u"Checks"_s, u"Retry"_s, u"References"_s })
            QVERIFY2(run.out.contains(u'\n' + heading + u'\n'), qPrintable(heading));
        QVERIFY(run.out.contains(u"RFC 7372"));
        QVERIFY(run.out.contains(u"$ dig"));
        for (const QString &line : run.out.split(u'\n')) {
            // Wrapped for an 80-column terminal (commands and samples may run longer).
            if (!line.trimmed().startsWith(u'$') && !line.trimmed().startsWith(u'"'))
                QVERIFY2(line.size() <= 80, qPrintable(line));
        }
    }

    void replyLookupShowsBoth()
    {
        const Run run = runSmtpref({ u"--json"_s, u"550 5.1.1"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries = run.json().value(u"entries").toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].toObject().value(u"code").toString(), u"550"_s);
        QCOMPARE(entries[1].toObject().value(u"code").toString(), u"X.1.1"_s);
        QCOMPARE(entries[1].toObject().value(u"displayCode").toString(), u"5.1.1"_s);
    }

    void jsonHasEveryDesignField()
    {
        const Run run = runSmtpref({ u"550"_s, u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject entry = run.json().value(u"entries").toArray().first().toObject();
        for (const QString &field :
             { u"code"_s, u"kind"_s, u"classes"_s, u"status"_s, u"title"_s, u"summary"_s, u"whenSeen"_s,
               u"howToFix"_s, u"causes"_s, u"checks"_s, u"related"_s, u"pairs"_s, u"references"_s, u"retry"_s,
               u"actor"_s, u"stages"_s, u"providers"_s })
            QVERIFY2(entry.contains(field), qPrintable(field));
        QCOMPARE(entry.value(u"title").toString(), u"Requested action not taken: mailbox unavailable"_s);
        QCOMPARE(entry.value(u"classes").toArray(), QJsonArray { 5 });
    }

    void listJsonHoldsEveryReferenceCode()
    {
        const Run run = runSmtpref({ u"--list"_s, u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        QSet<QString> listed;
        for (const QJsonValue &entry : run.json().value(u"entries").toArray())
            listed.insert(entry.toObject().value(u"code").toString());
        for (const ReferenceRow &row : ReferenceData::basicCodes() + ReferenceData::enhancedCodes())
            QVERIFY2(listed.contains(row.code), qPrintable(row.code));
        QCOMPARE(run.json().value(u"count").toInt(), listed.size());
        const Run text = runSmtpref({ u"--list"_s });
        QCOMPARE(text.out.count(u'\n') >= listed.size(), true);
    }

    void searchAndRanges()
    {
        const Run search = runSmtpref({ u"--search"_s, u"greylisting"_s, u"--json"_s });
        QCOMPARE(search.exitCode, 0);
        QStringList codes;
        for (const QJsonValue &entry : search.json().value(u"entries").toArray())
            codes << entry.toObject().value(u"code").toString();
        QVERIFY(codes.contains(u"450"_s) && codes.contains(u"451"_s));
        QVERIFY(search.json().value(u"entries").toArray().first().toObject().contains(u"match"));

        const Run words = runSmtpref({ u"--search"_s, u"too"_s, u"many"_s, u"recipients"_s });
        QCOMPARE(words.exitCode, 0);
        QVERIFY(words.out.contains(u"452"));

        const Run range = runSmtpref({ u"55"_s });
        QCOMPARE(range.exitCode, 0);
        QVERIFY(range.out.startsWith(u"550 "));
        QVERIFY(!range.out.contains(u"\n421 "));

        const Run nothing = runSmtpref({ u"--search"_s, u"qqqzzzxx"_s });
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(nothing.err.contains(u"qqqzzzxx"));
    }

    void unknownCodeSuggestsClosest()
    {
        const Run run = runSmtpref({ u"599"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(u"599"));
        QVERIFY(run.err.contains(u"571"));
        const Run enhanced = runSmtpref({ u"5.7.99"_s, u"--json"_s });
        QCOMPARE(enhanced.exitCode, 1);
        // The subject's catch-all code first, in the class typed.
        QVERIFY2(enhanced.err.contains(u"Closest codes: 5.7.0"), qPrintable(enhanced.err));
        QCOMPARE(enhanced.json().value(u"unknown").toArray(), QJsonArray { u"5.7.99"_s });
    }

    // Issue: a code between a provider's documented codes named registry neighbours only. Now the
    // providers that document codes near it come first, in the class typed.
    void unknownCodeNamesTheProvidersNearIt()
    {
        const Run run = runSmtpref({ u"5.7.560"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Microsoft 365"), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"5.7.606\u20135.7.649"), qPrintable(run.err));
        const Run deferral = runSmtpref({ u"4.7.950"_s });
        QVERIFY2(deferral.err.contains(u"4.7.850\u20134.7.899"), qPrintable(deferral.err));
        QVERIFY2(!deferral.err.contains(u"4.7.606"), qPrintable(deferral.err)); // 5.7.606-649 is class 5 only
        // Far from any provider's code: no provider is named.
        const Run far = runSmtpref({ u"5.3.20"_s });
        QVERIFY2(!far.err.contains(u"Microsoft") && far.err.contains(u"5.3.0"), qPrintable(far.err));
    }

    void providerCodesResolve_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("catalogCode");
        // Codes people meet in Microsoft 365, Gmail and Yahoo bounces, and the entries that explain them.
        QTest::newRow("5.7.708") << u"5.7.708"_s << u"5.7.708"_s << u"X.7.708"_s;
        QTest::newRow("with basic") << u"550 5.7.708"_s << u"5.7.708"_s << u"X.7.708"_s;
        QTest::newRow("hyphenated") << u"550-5.7.509"_s << u"5.7.509"_s << u"X.7.509"_s;
        QTest::newRow("in range 606-649") << u"5.7.620"_s << u"5.7.620"_s << u"X.7.606"_s;
        QTest::newRow("range end") << u"5.7.649"_s << u"5.7.649"_s << u"X.7.606"_s;
        QTest::newRow("in range 500-699") << u"451 4.7.650"_s << u"4.7.650"_s << u"X.7.500"_s;
        // 4.7.501 is in Microsoft's 4.7.500-699 range; 5.7.501 is a code of its own.
        QTest::newRow("class picks range") << u"4.7.501"_s << u"4.7.501"_s << u"X.7.500"_s;
        QTest::newRow("class picks code") << u"5.7.501"_s << u"5.7.501"_s << u"X.7.501"_s;
        QTest::newRow("exact inside range") << u"5.7.703"_s << u"5.7.703"_s << u"X.7.703"_s;
        QTest::newRow("7xx range") << u"5.7.720"_s << u"5.7.720"_s << u"X.7.700"_s;
        QTest::newRow("5.4.14") << u"5.4.14"_s << u"5.4.14"_s << u"X.4.14"_s;
        QTest::newRow("5.2.121") << u"5.2.121"_s << u"5.2.121"_s << u"X.2.121"_s;
        QTest::newRow("5.7.139") << u"535 5.7.139"_s << u"5.7.139"_s << u"X.7.139"_s;
        QTest::newRow("gmail 5.7.32") << u"5.7.32"_s << u"5.7.32"_s << u"X.7.32"_s;
        QTest::newRow("gmail 4.7.40") << u"4.7.40"_s << u"4.7.40"_s << u"X.7.40"_s;
        QTest::newRow("yahoo tag") << u"TSS04"_s << u"TSS04"_s << u"TSS04"_s;
        QTest::newRow("tag as printed") << u"[ts01]"_s << u"TS01"_s << u"TS01"_s;
    }

    void providerCodesResolve()
    {
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        QFETCH(QString, catalogCode);
        const Run run = runSmtpref({ typed, u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries = run.json().value(u"entries").toArray();
        bool found = false;
        for (const QJsonValue &entry : entries) {
            const QJsonObject object = entry.toObject();
            if (object.value(u"code").toString() == catalogCode) {
                found = true;
                QCOMPARE(object.value(u"displayCode").toString(), shown);
                QCOMPARE(object.contains(u"rangeNote"), object.contains(u"rangeEnd"));
                QVERIFY(!object.value(u"provider").toString().isEmpty());
                QCOMPARE(object.value(u"status").toString(), u"provider"_s);
            }
        }
        QVERIFY2(found, qPrintable(run.out.left(400)));
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no code") << QStringList { u"--json"_s };
        QTest::newRow("unknown option") << QStringList { u"--frobnicate"_s };
        QTest::newRow("not a code") << QStringList { u"hello"_s };
        QTest::newRow("search without words") << QStringList { u"--search"_s };
        QTest::newRow("list with a code") << QStringList { u"--list"_s, u"550"_s };
        QTest::newRow("unknown language") << QStringList { u"--lang"_s, u"xx"_s, u"550"_s };
        QTest::newRow("empty language") << QStringList { u"--lang="_s, u"550"_s };
        QTest::newRow("empty argument") << QStringList { QString() };
        QTest::newRow("10000 characters") << QStringList { QString(10000, u'5') };
        QTest::newRow("100000 characters") << QStringList { QString(100000, u'x') };
        QTest::newRow("right to left") << QStringList { u"\u202E055\u202C"_s };
        QTest::newRow("Arabic digits") << QStringList { u"٥٥٠"_s };
        QTest::newRow("compare hostile") << QStringList { u"--compare"_s, QString(5000, u'5'), u"📧"_s };
        QTest::newRow("control bytes") << QStringList { u"\x01\x02\x1b[31m550"_s };
        QTest::newRow("emoji") << QStringList { u"📧"_s };
    }

    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = runSmtpref(arguments);
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith(u"smtpref: "));
        QVERIFY2(run.err.size() < 2000, "the message repeats the whole argument");
        QVERIFY(!run.err.contains(u'\x1b'));
    }

    void hostileSearchesAnswer()
    {
        // A NUL cannot travel in an argument (C strings end there); the engine's tests cover it.
        for (const QString &words :
             { QString(100000, u'a'), u"\u202Eauth\u202C"_s, u"📧 550"_s, u"%s %n %1"_s }) {
            const Run run = runSmtpref({ u"--search"_s, words });
            QCOMPARE(run.status, QProcess::NormalExit);
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(words.left(20)));
            QVERIFY(run.err.size() < 2000);
        }
    }

    void unknownLanguageListsTheAvailableOnes()
    {
        const Run run = runSmtpref({ u"--lang"_s, u"xx"_s, u"550"_s });
        QVERIFY(run.err.contains(u"xx"));
        QVERIFY(run.err.contains(u"en"));
        QCOMPARE(runSmtpref({ u"--lang"_s, u"en"_s, u"550"_s }).exitCode, 0);
    }

    void languageOption()
    {
        const Run french = runSmtpref({ u"--lang"_s, u"fr"_s, u"5.7.26"_s });
        QCOMPARE(french.exitCode, 0);
        QVERIFY(french.out.startsWith(u"5.7.26 (X.7.26) "));
        QVERIFY(!french.out.contains(u"\nWhat it means\n"));
        QVERIFY(!french.out.contains(u"The receiving server ran more than one"));
        QVERIFY(french.out.contains(u"RFC 7372")); // never translated
        QVERIFY(french.out.contains(u"$ dig +short TXT _dmarc.example.com"));
        const Run japanese = runSmtpref({ u"--lang"_s, u"ja"_s, u"--json"_s, u"550"_s });
        QCOMPARE(japanese.exitCode, 0);
        const QJsonObject entry = japanese.json().value(u"entries").toArray().first().toObject();
        QCOMPARE(entry.value(u"code").toString(), u"550"_s);
        QVERIFY(entry.value(u"summary").toString()
                != runSmtpref({ u"--json"_s, u"550"_s })
                       .json()
                       .value(u"entries")
                       .toArray()
                       .first()
                       .toObject()
                       .value(u"summary")
                       .toString());
        // Search finds words of the language as well as English ones.
        QCOMPARE(runSmtpref({ u"--lang"_s, u"fr"_s, u"--search"_s, u"boîte"_s }).exitCode, 0);
        QCOMPARE(runSmtpref({ u"--lang"_s, u"fr"_s, u"--search"_s, u"mailbox"_s }).exitCode, 0);
        // Every interface language has the catalog too, and search finds its words.
        const Run german = runSmtpref({ u"--lang"_s, u"de"_s, u"5.7.26"_s });
        QCOMPARE(german.exitCode, 0);
        QVERIFY(!german.out.contains(u"The receiving server ran more than one"));
        QVERIFY(german.out.contains(u"SPF") && german.out.contains(u"DKIM"));
        const auto firstCodes = [&](const QString &language, const QString &words) {
            QStringList codes;
            const QJsonArray entries
                = runSmtpref({ u"--lang"_s, language, u"--search"_s, words, u"--json"_s }).json().value(u"entries").toArray();
            for (qsizetype i = 0; i < std::min<qsizetype>(3, entries.size()); ++i)
                codes << entries[i].toObject().value(u"code").toString();
            return codes;
        };
        QVERIFY(firstCodes(u"de"_s, u"Postfach voll"_s).contains(u"X.2.2"_s));
        QVERIFY(firstCodes(u"es"_s, u"usuario desconocido"_s).contains(u"X.1.1"_s));
    }

    void localeFormsOfALanguage()
    {
        const QString english = runSmtpref({ u"5.7.26"_s }).out;
        const QString french = runSmtpref({ u"--lang"_s, u"fr"_s, u"5.7.26"_s }).out;
        QVERIFY(french != english);
        for (const QString &form : { u"fr_FR"_s, u"fr-FR"_s, u"fr_CA.UTF-8"_s }) {
            const Run run = runSmtpref({ u"--lang"_s, form, u"5.7.26"_s });
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.out, french);
        }
        const QString brazilian = runSmtpref({ u"--lang"_s, u"pt_BR"_s, u"550"_s }).out;
        QVERIFY(brazilian != runSmtpref({ u"550"_s }).out);
        QCOMPARE(runSmtpref({ u"--lang"_s, u"pt-BR"_s, u"550"_s }).out, brazilian);
        const QString chinese = runSmtpref({ u"--lang"_s, u"zh_CN"_s, u"550"_s }).out;
        QCOMPARE(runSmtpref({ u"--lang"_s, u"zh-Hans-CN"_s, u"550"_s }).out, chinese);
        QCOMPARE(runSmtpref({ u"--lang"_s, u"en_GB"_s, u"5.7.26"_s }).out, english);
        QCOMPARE(runSmtpref({ u"--lang"_s, u"xx_YY"_s, u"550"_s }).exitCode, 2);
    }

    void environmentLanguageWithoutTheOption()
    {
        const QString english = runSmtpref({ u"5.7.26"_s }).out;
        const QString french = runSmtpref({ u"--lang"_s, u"fr"_s, u"5.7.26"_s }).out;
        QCOMPARE(runSmtpref({ u"5.7.26"_s }, { { u"LANG"_s, u"fr_FR.UTF-8"_s } }).out, french);
        QCOMPARE(runSmtpref({ u"5.7.26"_s }, { { u"LANGUAGE"_s, u"fr:en"_s } }).out, french);
        // The option wins over the environment.
        QCOMPARE(runSmtpref({ u"--lang"_s, u"en"_s, u"5.7.26"_s }, { { u"LANG"_s, u"fr_FR.UTF-8"_s } }).out,
                 english);
    }

    void invalidUtf8NeverCrashes()
    {
        for (const QString &bytes :
             { u"\\377\\376550"_s, u"\\300\\200"_s, u"5\\35650"_s, u"\\355\\240\\200"_s }) {
            const Run run = smtprefWithRawArgument(bytes);
            QCOMPARE(run.status, QProcess::NormalExit);
            QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(bytes));
            QVERIFY(run.err.startsWith(u"smtpref: "));
        }
        const Run search = runProgram(
            u"/bin/sh"_s,
            { u"-c"_s, u"exec \"$0\" --search \"$(printf '\\377auth')\""_s, QStringLiteral(SMTPREF_BINARY) });
        QCOMPARE(search.status, QProcess::NormalExit);
        QVERIFY(search.exitCode == 0 || search.exitCode == 1);
    }

    void compareSideBySide()
    {
        const Run text = runSmtpref({ u"--compare"_s, u"550"_s, u"554"_s });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.simplified().contains(u"are both 5xx Permanent Negative Completion"));
        QVERIFY(text.out.contains(u"Key differences"));
        QVERIFY(text.out.contains(u"When to use which"));

        const Run json = runSmtpref({ u"--compare"_s, u"4.2.2"_s, u"5.2.2"_s, u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = json.json();
        for (const QString &key : { u"a"_s, u"b"_s, u"intro"_s, u"differences"_s, u"whenToUseWhich"_s })
            QVERIFY2(object.contains(key), qPrintable(key));
        QCOMPARE(object.value(u"a").toObject().value(u"displayCode").toString(), u"4.2.2"_s);
        QCOMPARE(object.value(u"b").toObject().value(u"code").toString(), u"X.2.2"_s);
        QStringList aspects;
        for (const QJsonValue &difference : object.value(u"differences").toArray())
            aspects << difference.toObject().value(u"aspect").toString();
        QVERIFY(aspects.contains(u"class"_s));
        QVERIFY(aspects.contains(u"retry"_s));

        // A class pair: its texts once, as shared; the hand-written comparison under "curated".
        QCOMPARE(object.value(u"shared").toArray().size(), 3);
        const QJsonObject curated = object.value(u"curated").toObject();
        for (const QString &key : { u"difference"_s, u"tellApart"_s, u"action"_s })
            QVERIFY2(curated.value(key).toString().size() > 20, qPrintable(key));
        QVERIFY(!object.value(u"whenToUseWhich").toString().isEmpty());

        const Run same = runSmtpref({ u"--compare"_s, u"550"_s, u"550"_s, u"--json"_s });
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.json().value(u"sameCode").toBool(), true);
        // No hand-written comparison: no "curated" key.
        QVERIFY(!runSmtpref({ u"--compare"_s, u"220"_s, u"5.7.26"_s, u"--json"_s }).json().contains(u"curated"));
    }

    void compareUpToFourCodes()
    {
        const Run json = runSmtpref({ u"--compare"_s, u"450"_s, u"451"_s, u"452"_s, u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = json.json();
        QCOMPARE(object.value(u"codes").toArray().size(), 3);
        QCOMPARE(object.value(u"codes").toArray().at(2).toObject().value(u"code").toString(), u"452"_s);
        QCOMPARE(object.value(u"a").toObject().value(u"code").toString(), u"450"_s);
        for (const QJsonValue &difference : object.value(u"differences").toArray())
            QCOMPARE(difference.toObject().value(u"values").toArray().size(), 3);
        QCOMPARE(object.value(u"curatedPairs").toArray().size(), 2);
        QVERIFY(!object.contains(u"curated"));
        const Run text = runSmtpref({ u"--compare"_s, u"450"_s, u"451"_s, u"452"_s, u"552"_s });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(u"450, 451, 452 compared with 552"), qPrintable(text.out.left(80)));
    }

    void compareErrors()
    {
        QCOMPARE(runSmtpref({ u"--compare"_s, u"550"_s }).exitCode, 2);
        QCOMPARE(runSmtpref({ u"--compare"_s, u"550"_s, u"554"_s, u"421"_s, u"450"_s, u"451"_s }).exitCode, 2);
        QCOMPARE(runSmtpref({ u"--compare"_s, u"550"_s, u"5xx"_s }).exitCode, 2);
        const Run unknown = runSmtpref({ u"--compare"_s, u"550"_s, u"599"_s });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"599"));
        QVERIFY(unknown.out.isEmpty());
    }

    void explainFilesAndStandardInput()
    {
        const QString dsn = ReferenceData::dataPath(u"bounces/dsn.txt"_s);
        const Run text = runSmtpref({ u"--explain"_s, dsn });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"Line 13: 550 5.1.1"));
        QVERIFY(text.out.contains(u"mx.example.com"));
        const Run json = runSmtpref({ u"--explain"_s, dsn, u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray findings = json.json().value(u"findings").toArray();
        QCOMPARE(findings.size(), 2);
        const QJsonObject first = findings.first().toObject();
        QCOMPARE(first.value(u"basic").toString(), u"550"_s);
        QCOMPARE(first.value(u"enhanced").toString(), u"5.1.1"_s);
        QCOMPARE(first.value(u"line").toInt(), 13);
        for (const QString &key :
             { u"start"_s, u"length"_s, u"stage"_s, u"remoteHost"_s, u"provider"_s, u"code"_s, u"notes"_s })
            QVERIFY2(first.contains(key), qPrintable(key));

        QProcess piped;
        piped.start(QStringLiteral(SMTPREF_BINARY), { u"--explain"_s, u"-"_s, u"--json"_s });
        piped.write("> Remote Server returned '554 5.7.1 Access denied'\n");
        piped.closeWriteChannel();
        QVERIFY(piped.waitForFinished(30000));
        QCOMPARE(piped.exitCode(), 0);
        const QJsonArray fromStdin
            = QJsonDocument::fromJson(piped.readAllStandardOutput()).object().value(u"findings").toArray();
        QCOMPARE(fromStdin.size(), 1);
        QCOMPARE(fromStdin.first().toObject().value(u"enhanced").toString(), u"5.7.1"_s);

        const Run none = runSmtpref({ u"--explain"_s, ReferenceData::dataPath(u"bounces/junk.txt"_s) });
        QCOMPARE(none.exitCode, 1);
        const Run missing = runSmtpref({ u"--explain"_s, u"/nonexistent/bounce.eml"_s });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"/nonexistent/bounce.eml"));
        QCOMPARE(runSmtpref({ u"--explain"_s, dsn, u"550"_s }).exitCode, 2);
        const Run binary = runProgram(u"/bin/sh"_s,
                                      { u"-c"_s, u"head -c 200000 /dev/urandom | \"$0\" --explain -"_s,
                                        QStringLiteral(SMTPREF_BINARY) });
        QCOMPARE(binary.status, QProcess::NormalExit);
        QCOMPARE(binary.exitCode, 2); // random bytes are not text: said, not decoded
        QVERIFY(binary.err.contains(u"standard input") || binary.err.contains(u"-"));
    }

    void inputThatIsNotTextIsRefused()
    {
        const Run zero = runSmtpref({ u"--explain"_s, u"/dev/zero"_s });
        QCOMPARE(zero.exitCode, 2);
        QVERIFY(zero.err.contains(u"/dev/zero"));
        QVERIFY(zero.err.contains(u"not text"));
        QTemporaryFile nulHeavy;
        QVERIFY(nulHeavy.open());
        nulHeavy.write(QByteArray("550 5.1.1 a\n") + QByteArray(4096, '\0'));
        nulHeavy.close();
        const Run nul = runSmtpref({ u"--redact"_s, nulHeavy.fileName() });
        QCOMPARE(nul.exitCode, 2);
        QVERIFY(nul.err.contains(nulHeavy.fileName()));
        const Run program = runSmtpref({ u"--explain"_s, QStringLiteral(SMTPREF_BINARY) });
        QCOMPARE(program.exitCode, 2);
        QVERIFY(program.err.contains(u"not text"));
    }

    void utf16AndCarriageReturnFilesAreRead()
    {
        const QString bounce = u"x\nhost mx.example.com said: 550 5.1.1 unknown (in reply to RCPT TO command)\n"_s;
        QTemporaryFile utf16;
        QVERIFY(utf16.open());
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        utf16.write(encoder.encode(bounce));
        utf16.close();
        QTemporaryFile carriageReturns;
        QVERIFY(carriageReturns.open());
        carriageReturns.write(QString(bounce).replace(u'\n', u'\r').toUtf8());
        carriageReturns.close();
        for (const QString &file : { utf16.fileName(), carriageReturns.fileName() }) {
            const Run run = runSmtpref({ u"--explain"_s, file, u"--json"_s });
            QCOMPARE(run.exitCode, 0);
            const QJsonArray findings = run.json().value(u"findings").toArray();
            QCOMPARE(findings.size(), 1);
            const QJsonObject finding = findings.first().toObject();
            QCOMPARE(finding.value(u"enhanced").toString(), u"5.1.1"_s);
            QCOMPARE(finding.value(u"line").toInt(), 2);
            QCOMPARE(finding.value(u"remoteHost").toString(), u"mx.example.com"_s);
            QCOMPARE(finding.value(u"stage").toString(), u"RCPT TO"_s);
        }
    }

    void emptyFileNamesAreExplained()
    {
        for (const QString &option : { u"--explain"_s, u"--redact"_s }) {
            const Run run = runSmtpref({ option, QString() });
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.err.contains(option));
            QVERIFY(!run.err.contains(u"QFSFileEngine"));
        }
    }

    void writeErrorsAreReported_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list json") << QStringList { u"--list"_s, u"--json"_s };
        QTest::newRow("list") << QStringList { u"--list"_s };
        QTest::newRow("code") << QStringList { u"550"_s };
        QTest::newRow("explain") << QStringList { u"--explain"_s, ReferenceData::dataPath(u"bounces/dsn.txt"_s) };
        QTest::newRow("redact") << QStringList { u"--redact"_s, ReferenceData::dataPath(u"bounces/dsn.txt"_s) };
        QTest::newRow("help") << QStringList { u"--help"_s };
    }

    void writeErrorsAreReported()
    {
        QFETCH(QStringList, arguments);
        if (!QFileInfo::exists(u"/dev/full"_s))
            QSKIP("no /dev/full on this system");
        QProcess process;
        process.setStandardOutputFile(u"/dev/full"_s);
        process.start(QStringLiteral(SMTPREF_BINARY), arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"cannot write"));
    }

    void redactMasksLikeCopyRedacted()
    {
        const QString dsn = ReferenceData::dataPath(u"bounces/dsn.txt"_s);
        QFile file(dsn);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString original = QString::fromUtf8(file.readAll());
        const Run run = runSmtpref({ u"--redact"_s, dsn });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, smtpref::Redactor::redact(QString(original).remove(u'\r')));
        QVERIFY(!run.out.contains(u"mx.example.com"));
        QVERIFY(run.out.contains(u"5.1.1"));
        QCOMPARE(runSmtpref({ u"--redact"_s, dsn, u"--json"_s }).exitCode, 2);
        QCOMPARE(runSmtpref({ u"--redact"_s, dsn, u"--explain"_s, dsn }).exitCode, 2);
    }

    void unknownCodesNeverListNothing()
    {
        const Run run = runSmtpref({ u"999"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"999"));
        QVERIFY(!run.err.contains(u": ."));
        QVERIFY(!run.err.contains(u"codes: ."));
    }

    void controlAndBidiCharactersAreEscaped()
    {
        const QString hostile = u"55\u202E0\x1b[31m"_s;
        for (const QStringList &arguments : { QStringList { hostile }, QStringList { u"--explain"_s, hostile } }) {
            const Run run = runSmtpref(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(!run.err.contains(QChar(0x202E)));
            QVERIFY(!run.err.contains(QChar(0x1b)));
            QVERIFY(run.err.contains(u"\\u202E"));
        }
        // A host name in the input holding an escape is not shown as the server's name.
        QProcess piped;
        piped.start(QStringLiteral(SMTPREF_BINARY), { u"--explain"_s, u"-"_s });
        piped.write("host mx.\x1b]0;pwned\x07example.com said: 550 5.1.1 no\n");
        piped.closeWriteChannel();
        QVERIFY(piped.waitForFinished(30000));
        QVERIFY(!piped.readAllStandardOutput().contains('\x1b'));
    }

    void everyJsonOutputParses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("code") << QStringList { u"421"_s, u"--json"_s };
        QTest::newRow("dot-less") << QStringList { u"571"_s, u"--json"_s };
        QTest::newRow("class") << QStringList { u"5xx"_s, u"--json"_s };
        QTest::newRow("prefix") << QStringList { u"4.7"_s, u"--json"_s };
        QTest::newRow("search") << QStringList { u"--search"_s, u"dmarc"_s, u"--json"_s };
        QTest::newRow("several") << QStringList { u"250"_s, u"354"_s, u"X.6.10"_s, u"--json"_s };
        QTest::newRow("partly unknown") << QStringList { u"250"_s, u"299"_s, u"--json"_s };
    }

    void everyJsonOutputParses()
    {
        QFETCH(QStringList, arguments);
        const Run run = runSmtpref(arguments);
        QVERIFY(run.exitCode == 0 || run.exitCode == 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.object().value(u"entries").isArray());
        QVERIFY(!document.object().value(u"entries").toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
