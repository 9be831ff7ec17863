// The translations: every .ts file is complete (no unfinished, obsolete or vanished message, every
// placeholder kept, every plural form filled); the .ts files hold every string the sources have
// (lupdate over the sources adds nothing); and every language translates every catalog text.
#include "catalog/catalog.h"
#include "i18n/catalogtranslation.h"
#include "referencedata.h"
#include "tsfile.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace smtpref;
using smtpref::test::readTs;
using smtpref::test::tsFiles;
using smtpref::test::TsMessage;

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:\\d+|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageHasBothFiles()
    {
        const QStringList files = tsFiles();
        for (const QString &language : test::translatedLanguages()) {
            for (const QString &kind : { u"smtpref_"_s, u"catalog_"_s })
                QVERIFY2(files.contains(test::ReferenceData::sourcePath(u"translations/"_s + kind + language + u".ts")),
                         qPrintable(kind + language));
        }
    }

    void complete_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void complete()
    {
        QFETCH(QString, file);
        QStringList problems;
        const QList<TsMessage> messages = readTs(file);
        QVERIFY(!messages.isEmpty());
        for (const TsMessage &m : messages) {
            const QString where = m.context + u": " + m.source.left(60);
            if (!m.type.isEmpty()) {
                problems << m.type + u": " + where;
                continue;
            }
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems << u"empty: " + where;
                else if (placeholders(form) != placeholders(m.source))
                    problems << u"placeholders differ: " + where + u" -> " + form.left(60);
                // The help text ends with a line break, so that the shell prompt starts on a line of its own.
                else if (m.source.endsWith(u'\n') != form.endsWith(u'\n'))
                    problems << u"final line break differs: " + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    void sourcesHaveNoStringTheTsFilesLack()
    {
        // lupdate over today's sources, into copies of the committed files: nothing may be new.
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString app = test::ReferenceData::sourcePath(u"app"_s);
        const std::pair<QString, QStringList> runs[] = {
            { u"smtpref_fr.ts"_s, { u"-recursive"_s, app } },
            { u"catalog_fr.ts"_s, { QStringLiteral(SMTPREF_CATALOG_STRINGS) } },
        };
        for (const auto &[name, sources] : runs) {
            const QString copy = temp.filePath(name);
            QVERIFY(QFile::copy(test::ReferenceData::sourcePath(u"translations/"_s + name), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QProcess lupdate;
            lupdate.start(
                QStringLiteral(SMTPREF_LUPDATE),
                sources + QStringList { u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-ts"_s, copy });
            QVERIFY(lupdate.waitForFinished(120000));
            QCOMPARE(lupdate.exitCode(), 0);
            QStringList fresh;
            for (const TsMessage &m : readTs(copy)) {
                if (m.type == u"unfinished")
                    fresh << m.context + u": " + m.source.left(60);
            }
            QVERIFY2(fresh.isEmpty(),
                     qPrintable(name + u" lacks (run the update_translations target):\n"
                                + fresh.mid(0, 10).join(u'\n')));
        }
    }

    void catalogContentIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : test::translatedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void catalogContentIsTranslated()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u"catalog_"_s + language, u":/i18n"_s));
        QList<CatalogError> errors;
        const Catalog catalog = Catalog::builtIn(&errors);
        QStringList missing;
        int texts = 0;
        for (const CatalogEntry &entry : catalog.entries()) {
            for (const auto &[key, english] : CatalogTranslation::texts(entry)) {
                ++texts;
                const QString translated = translator.translate(
                    CatalogTranslation::context, english.toUtf8().constData(), key.toUtf8().constData());
                if (translated.isEmpty())
                    missing << key;
            }
        }
        QVERIFY(texts > 1500);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QString::number(missing.size()) + u" missing, e.g. " + missing.mid(0, 5).join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
