// TranslatorSet: which languages exist, which one the system's preferences pick, their own names,
// and installing and removing the translators.
#include "i18n/catalogtranslation.h"
#include "i18n/translatorset.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestTranslatorSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void availableLanguages()
    {
        const QStringList languages = TranslatorSet::availableLanguages();
        QCOMPARE(languages.first(), u"en"_s);
        for (const QString &language : { u"ar"_s, u"de"_s, u"es"_s, u"fr"_s, u"hi"_s, u"ja"_s, u"ko"_s,
                                         u"pt_BR"_s, u"ru"_s, u"tr"_s, u"vi"_s, u"zh_CN"_s })
            QVERIFY2(languages.contains(language), qPrintable(language));
        QVERIFY(!TranslatorSet::isAvailable(u"xx"_s));
    }

    void preferredLanguage_data()
    {
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("chosen");
        QTest::newRow("territory falls back to language")
            << QStringList { u"fr-CA"_s, u"en-US"_s } << u"fr"_s;
        QTest::newRow("exact territory") << QStringList { u"pt-BR"_s } << u"pt_BR"_s;
        QTest::newRow("script and territory") << QStringList { u"zh-Hans-CN"_s } << u"zh_CN"_s;
        QTest::newRow("first available wins")
            << QStringList { u"sw-KE"_s, u"ja-JP"_s, u"de-DE"_s } << u"ja"_s;
        QTest::newRow("nothing available") << QStringList { u"sw-KE"_s } << u"en"_s;
        QTest::newRow("empty") << QStringList {} << u"en"_s;
    }

    void preferredLanguage()
    {
        QFETCH(QStringList, system);
        QFETCH(QString, chosen);
        QCOMPARE(TranslatorSet::preferredLanguage(system), chosen);
    }

    void nativeNames()
    {
        QCOMPARE(TranslatorSet::nativeName(u"en"_s), u"English"_s);
        QCOMPARE(TranslatorSet::nativeName(u"fr"_s), u"Français"_s);
        QCOMPARE(TranslatorSet::nativeName(u"ja"_s), u"日本語"_s);
        QCOMPARE(TranslatorSet::nativeName(u"vi"_s), u"Tiếng Việt"_s);
        QVERIFY(TranslatorSet::nativeName(u"pt_BR"_s).contains(u"Brasil"));
        QVERIFY(TranslatorSet::nativeName(u"ar"_s).contains(u"العربية"));
    }

    void switching()
    {
        TranslatorSet translators;
        QVERIFY(!translators.setLanguage(u"xx"_s));
        QCOMPARE(translators.language(), u"en"_s);
        QVERIFY(translators.setLanguage(u"fr"_s));
        QVERIFY(CatalogTranslation::isActive());
        QVERIFY(QCoreApplication::translate("Sections", "What it means") != u"What it means");
        QVERIFY(translators.setLanguage(u"de"_s));
        QVERIFY(CatalogTranslation::isActive());
        QVERIFY(QCoreApplication::translate("Sections", "What it means") != u"What it means");
        QVERIFY(translators.setLanguage(u"en"_s));
        QCOMPARE(QCoreApplication::translate("Sections", "What it means"), u"What it means"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslatorSet)
#include "tst_translatorset.moc"
