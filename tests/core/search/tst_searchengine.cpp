// SearchEngine ranking (docs/architecture.md, "The list") on the shipped catalog, and the text
// folding it relies on.
#include "catalog/catalog.h"
#include "search/searchengine.h"
#include "shippedcatalog.h"
#include "search/textfolding.h"
#include "search/wordforms.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestSearchEngine : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

    QStringList codes(const QString &query, qsizetype count = -1) const
    {
        QStringList result;
        for (const SearchHit &hit : SearchEngine(m_catalog).search(query)) {
            if (count >= 0 && result.size() == count)
                break;
            result << m_catalog.at(hit.entry).codeWithClass(hit.match.appliedClass);
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { m_catalog = test::shippedCatalog(); }

    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("case") << u"AUTH Required"_s << u"auth required"_s;
        QTest::newRow("accents") << u"Résumé élevé"_s << u"resume eleve"_s;
        QTest::newRow("vietnamese") << u"ĐƯỢC gửi"_s << u"duoc gui"_s;
        QTest::newRow("full-width digits") << u"５５０"_s << u"550"_s;
        QTest::newRow("japanese kept") << u"メールボックス"_s << u"メールボックス"_s;
        QTest::newRow("half-width katakana") << u"ﾒｰﾙﾎﾞｯｸｽ"_s << u"メールボックス"_s;
        QTest::newRow("cyrillic letters kept") << u"Почтовый ЯЩИК"_s << u"почтовый ящик"_s;
        QTest::newRow("russian yo typed as ye") << u"Чёрный список"_s << u"черный список"_s;
        QTest::newRow("cyrillic short i kept") << u"Неверный ключ"_s << u"неверный ключ"_s;
        QTest::newRow("arabic vowel signs") << u"المُرسِل محسّن"_s << u"المرسل محسن"_s;
        QTest::newRow("arabic alef forms") << u"إعادة أو آخر"_s << u"اعادة او اخر"_s;
        QTest::newRow("hindi vowel signs kept") << u"प्राप्तकर्ता"_s << u"प्राप्तकर्ता"_s;
        QTest::newRow("korean kept") << u"사서함이 가득 참"_s << u"사서함이 가득 참"_s;
    }

    void folding()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(text), folded);
    }

    void exactCodeComesFirst()
    {
        QCOMPARE(codes(u"550"_s, 1), QStringList { u"550"_s });
        QCOMPARE(codes(u"X.7.26"_s, 1), QStringList { u"X.7.26"_s });
        QCOMPARE(codes(u"5.7.26"_s, 1), QStringList { u"5.7.26"_s });
    }

    void digitsAreNeverFuzzy()
    {
        // 551 first; 5.5.1 (551 without dots) may follow, never lead.
        const QStringList hits = codes(u"551"_s);
        QCOMPARE(hits.value(0), u"551"_s);
        QCOMPARE(hits.value(1), u"5.5.1"_s);
        QVERIFY(!hits.contains(u"550"_s) || hits.indexOf(u"550"_s) > 1);
    }

    void dotlessNonstandardCode() { QCOMPARE(codes(u"571"_s, 2), (QStringList { u"571"_s, u"5.7.1"_s })); }

    void replyNamesBothCodes() { QCOMPARE(codes(u"550 5.7.1"_s, 2), (QStringList { u"550"_s, u"5.7.1"_s })); }

    void enhancedPrefixInCodeOrder()
    {
        // 5.7 lists X.7.* used with class 5, in code order, before any text match.
        const QStringList hits = codes(u"5.7"_s, 4);
        QCOMPARE(hits, (QStringList { u"5.7.0"_s, u"5.7.1"_s, u"5.7.2"_s, u"5.7.3"_s }));
        // 4.7 leaves out X.7.x that the registry never uses with class 4 (X.7.26 is 5 only).
        QVERIFY(!codes(u"4.7"_s).contains(u"4.7.26"_s));
        QVERIFY(codes(u"4.7"_s).contains(u"4.7.1"_s)); // seen in practice (greylisting)
    }

    void typingAnEnhancedCodeNarrowsIt()
    {
        const QStringList hits = codes(u"5.7.2"_s, 3);
        QCOMPARE(hits.value(0), u"5.7.2"_s);
        QCOMPARE(hits.value(1), u"5.7.20"_s);
    }

    void basicPrefixAndClassWildcard()
    {
        const QStringList prefix = codes(u"55"_s, 8);
        QCOMPARE(
            prefix,
            (QStringList { u"550"_s, u"551"_s, u"552"_s, u"553"_s, u"554"_s, u"555"_s, u"556"_s, u"557"_s }));
        SearchEngine engine(m_catalog);
        for (const SearchHit &hit : engine.search(u"4xx"_s)) {
            if (hit.match.tier <= MatchTier::CodePrefix)
                QVERIFY2(m_catalog.at(hit.entry).allowsClass(4), qPrintable(m_catalog.at(hit.entry).code));
        }
        QVERIFY(codes(u"4xx"_s).contains(u"421"_s));
        QVERIFY(!codes(u"4xx"_s, 40).contains(u"550"_s));
    }

    void authFindsTheAuthenticationCodes()
    {
        const QStringList hits = codes(u"auth"_s);
        for (const QString &code : { u"235"_s, u"334"_s, u"535"_s, u"530"_s, u"X.7.8"_s })
            QVERIFY2(hits.contains(code), qPrintable(code + u" not found for auth"));
        // Titles that start with the word rank before mentions in the body.
        QVERIFY(hits.indexOf(u"535"_s) < hits.indexOf(u"550"_s) || !hits.contains(u"550"_s));
    }

    void greylistFindsGreylistingCodes()
    {
        const QStringList hits = codes(u"greylist"_s);
        for (const QString &code : { u"450"_s, u"451"_s, u"X.7.1"_s })
            QVERIFY2(hits.contains(code), qPrintable(code + u" not found for greylist"));
    }

    void everyWordMustMatch()
    {
        const QStringList mailbox = codes(u"mailbox"_s);
        const QStringList both = codes(u"mailbox full"_s);
        QVERIFY(!both.isEmpty());
        QVERIFY(both.size() < mailbox.size());
        for (const QString &code : both)
            QVERIFY(mailbox.contains(code));
        QVERIFY(both.contains(u"X.2.2"_s));
        QVERIFY(codes(u"mailbox zzzqqq"_s).isEmpty());
    }

    void caseAndAccentsDoNotMatter()
    {
        QCOMPARE(codes(u"MAILBOX FULL"_s), codes(u"mailbox full"_s));
        QCOMPARE(codes(u"mâilbôx fûll"_s), codes(u"mailbox full"_s));
        QCOMPARE(codes(u"(mailbox), full!"_s), codes(u"mailbox full"_s));
    }

    void rankingTiers()
    {
        SearchEngine engine(m_catalog);
        const QList<SearchHit> hits = engine.search(u"relay"_s);
        QVERIFY(!hits.isEmpty());
        // Word matches rank by score, not tier (the tier says where the words were found).
        for (qsizetype i = 1; i < hits.size(); ++i) {
            QVERIFY(!ranksBefore(hits[i].match, hits[i - 1].match));
            if (!ranksBefore(hits[i - 1].match, hits[i].match))
                QVERIFY(hits[i - 1].entry < hits[i].entry); // ties in code order
        }
        const QList<SearchHit> title = engine.search(u"mailbox unavailable"_s);
        QCOMPARE(title.value(0).match.tier, MatchTier::TitleWordStart);
        QCOMPARE(m_catalog.at(title.value(0).entry).code, u"450"_s);
        const QList<SearchHit> inside = engine.search(u"ailbox"_s);
        QCOMPARE(inside.value(0).match.tier, MatchTier::TitleSubstring);
    }

    void wordFormsMatch()
    {
        // "blocked", "blocks" and "blocking" find what "block" finds, by the same entries first.
        const QStringList block = codes(u"block"_s, 3);
        QVERIFY(!block.isEmpty());
        for (const QString &form : { u"blocked"_s, u"blocks"_s, u"blocking"_s })
            QVERIFY2(codes(form).contains(block.first()), qPrintable(form));
        QCOMPARE(wordforms::stem("limited"), wordforms::stem("limits"));
        QCOMPARE(wordforms::stem("rejection"), wordforms::stem("rejected"));
        QCOMPARE(wordforms::stem("refusee"), wordforms::stem("refuser"));
        QVERIFY(wordforms::stem("address") == "address");
    }

    void titleAboveBodyAndPhraseAboveScatteredWords()
    {
        // The DMARC code names DMARC in its title; many others mention it in their texts.
        QCOMPARE(codes(u"dmarc"_s, 1), QStringList { u"X.7.26"_s });
        QVERIFY(codes(u"no such user"_s, 3).contains(u"X.1.1"_s));
        const QList<SearchHit> hits = SearchEngine(m_catalog).search(u"too many recipients"_s);
        QCOMPARE(m_catalog.at(hits.value(0).entry).code, u"X.5.3"_s);
    }

    void oneTypoInALongWord()
    {
        const QStringList exact = codes(u"greylisting"_s, 3);
        QCOMPARE(codes(u"greylsiting"_s, 3), exact);
        // A letter missing from the ending, a letter too many, one swapped for another.
        QCOMPARE(codes(u"greylistng"_s, 3), exact);
        QCOMPARE(codes(u"greylisstring"_s, 3).isEmpty(), true); // two edits: not forgiven
        QCOMPARE(codes(u"mailboxx full"_s, 1), codes(u"mailbox full"_s, 1));
        QCOMPARE(codes(u"relay acess denied"_s, 1), codes(u"relay access denied"_s, 1));
        // Short words are not forgiven: "spma" is no "spam".
        QVERIFY(codes(u"spma"_s).isEmpty());
    }

    void pastedReplyLineRanksItsCodesFirst()
    {
        const QStringList hits
            = codes(u"550 5.1.1 <a@b.example>: Recipient address rejected: User unknown"_s, 3);
        QCOMPARE(hits.mid(0, 2), (QStringList { u"550"_s, u"5.1.1"_s }));
        // The address decides nothing: the words alone find the same entry first.
        QCOMPARE(codes(u"<a@b.example>: Recipient address rejected: User unknown"_s, 1),
                 QStringList { u"X.1.1"_s });
    }

    void stopWordsDecideNothingAlone()
    {
        QCOMPARE(codes(u"the mailbox is full"_s), codes(u"mailbox full"_s));
        QVERIFY(!codes(u"the"_s).isEmpty()); // alone, it is what was typed
    }

    void suggestsTheNearestSpelling()
    {
        SearchEngine engine(m_catalog);
        QVERIFY(engine.search(u"grelyistnig"_s).isEmpty());
        QCOMPARE(engine.suggestion(u"grelyistnig"_s), u"greylisting"_s);
        QVERIFY(engine.suggestion(u"qqqzzzxx"_s).isEmpty());
        QVERIFY(engine.suggestion(u"550"_s).isEmpty());
    }

    void translatedTextIsSearchedToo()
    {
        SearchEngine engine(m_catalog);
        QVERIFY(engine.search(u"boîte pleine"_s).isEmpty());
        engine.addSearchText(m_catalog.indexOf(u"X.2.2"_s), u"Boîte aux lettres pleine"_s, QString());
        const QList<SearchHit> hits = engine.search(u"boite pleine"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(m_catalog.at(hits[0].entry).code, u"X.2.2"_s);
    }

    void emptyQueryListsEverything()
    {
        QCOMPARE(codes(QString()).size(), m_catalog.size());
        QCOMPARE(codes(u"   "_s).size(), m_catalog.size());
    }

    void hostileInputNeitherHangsNorCrashes()
    {
        SearchEngine engine(m_catalog);
        QVERIFY(engine.search(QString(100000, u'a')).isEmpty());
        QString words;
        for (int i = 0; i < 20000; ++i)
            words += u"a ";
        QVERIFY(!engine.search(words).isEmpty()); // one distinct word, "a"
        QString binary;
        for (int i = 0; i < 10000; ++i)
            binary += QChar(static_cast<char16_t>((i * 40503) & 0xFFFF));
        engine.search(binary);
        QVERIFY(engine.search(QString(QString(QChar(0)) + u"550")).size() < m_catalog.size());
        QVERIFY(engine.search(u"\u202Eauth\u202C"_s).size() > 0);
        engine.search(u"📧📧📧 550 🚫"_s);
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
