// StartPage: what the window shows before a code is chosen, built from the catalog in the current
// language.
#include "catalog/catalog.h"
#include "catalog/vocabulary.h"
#include "code/codelookup.h"
#include "i18n/catalogtranslation.h"
#include "i18n/translatorset.h"
#include "report/startpage.h"
#include "search/searchengine.h"
#include "shippedcatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestStartPage : public QObject
{
    Q_OBJECT

    TranslatorSet m_translators;

private Q_SLOTS:
    void cleanup() { m_translators.setLanguage(u"en"_s); }

    void everyClassWithWhatItMeans()
    {
        const StartPage page = StartPage::build(test::shippedCatalog());
        QCOMPARE(page.classes.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const StartPage::ReplyClass &reply = page.classes[i];
            QCOMPARE(reply.cls, i + 2);
            QCOMPARE(reply.label, vocabulary::classLabel(reply.cls));
            QCOMPARE(reply.name, vocabulary::className(reply.cls));
            QCOMPARE(reply.meaning, vocabulary::retryPolicy(reply.cls));
        }
    }

    void theCommonCodesWithTheirTitles()
    {
        const Catalog &catalog = test::shippedCatalog();
        const StartPage page = StartPage::build(catalog);
        // The shipped catalog has every one of them, and each is one code a link can open.
        QCOMPARE(page.codes.size(), StartPage::commonCodes().size());
        for (qsizetype i = 0; i < page.codes.size(); ++i) {
            QCOMPARE(page.codes[i].code, StartPage::commonCodes()[i]);
            const CodeLookup lookup = CodeLookup::resolve(catalog, CodeQuery::parse(page.codes[i].code));
            QCOMPARE(lookup.found.size(), 1);
            QCOMPARE(lookup.found.first().displayCode(), page.codes[i].code);
            QCOMPARE(page.codes[i].title, lookup.found.first().entry->title);
        }
    }

    void everySearchExampleFindsSomething()
    {
        const Catalog &catalog = test::shippedCatalog();
        const StartPage page = StartPage::build(catalog);
        QVERIFY(page.tips.size() >= 4);
        int examples = 0;
        for (const StartPage::SearchTip &tip : page.tips) {
            QVERIFY(!tip.explanation.isEmpty());
            for (const QString &example : tip.examples) {
                QVERIFY2(!SearchEngine(catalog).search(example).isEmpty(), qPrintable(example));
                ++examples;
            }
        }
        QVERIFY(examples >= 8);
    }

    void inTheInterfaceLanguage()
    {
        const Catalog &catalog = test::shippedCatalog();
        const StartPage english = StartPage::build(catalog);
        m_translators.setLanguage(u"ja"_s);
        const StartPage japanese = StartPage::build(catalog);
        QVERIFY(japanese.title != english.title);
        QVERIFY(japanese.codesHeading != english.codesHeading);
        QVERIFY(japanese.searchHeading != english.searchHeading);
        QVERIFY(japanese.classes.first().name != english.classes.first().name);
        // The codes' titles are the catalog's, translated where it is.
        const qsizetype translated
            = std::count_if(japanese.codes.cbegin(), japanese.codes.cend(), [&](const StartPage::CommonCode &code) {
                  return !english.codes.contains(code);
              });
        QVERIFY(translated > 0);
        // Codes stay as written.
        for (qsizetype i = 0; i < japanese.codes.size(); ++i)
            QCOMPARE(japanese.codes[i].code, english.codes[i].code);
    }

    void aWordExampleInTheLanguageOfTheCatalogTexts()
    {
        const Catalog &catalog = test::shippedCatalog();
        for (const QString &language : { u"fr"_s, u"ja"_s, u"vi"_s }) {
            m_translators.setLanguage(language);
            QVERIFY(CatalogTranslation::isActive());
            const StartPage page = StartPage::build(catalog);
            const auto words = std::find_if(page.tips.cbegin(), page.tips.cend(), [](const StartPage::SearchTip &tip) {
                return tip.examples.contains(u"mailbox full"_s);
            });
            QVERIFY(words != page.tips.cend());
            // The first example is in the language, and the search finds it there.
            const QString example = words->examples.first();
            QVERIFY2(example != u"mailbox full", qPrintable(language));
            SearchEngine engine(catalog);
            engine.addCurrentLanguage();
            const QList<SearchHit> hits = engine.search(example);
            QVERIFY2(!hits.isEmpty(), qPrintable(language + u": " + example));
            // And among the first results are the codes for a full mailbox.
            QStringList first;
            for (qsizetype i = 0; i < hits.size() && i < 10; ++i)
                first << catalog.at(hits[i].entry).code;
            QVERIFY2(first.contains(u"552"_s) || first.contains(u"X.2.2"_s) || first.contains(u"452"_s),
                     qPrintable(language + u": " + first.join(u' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestStartPage)
#include "tst_startpage.moc"
