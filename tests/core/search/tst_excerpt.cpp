// Excerpt: the piece of an entry's text that says why a search by words found it, with the words
// marked, cut at word boundaries; on made-up entries, and on the shipped catalog.
#include "catalog/catalog.h"
#include "search/excerpt.h"
#include "search/searchengine.h"
#include "search/textfolding.h"
#include "shippedcatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref;

namespace {

CatalogEntry entry(const QString &title, const QString &summary)
{
    CatalogEntry e;
    e.code = u"550"_s;
    e.title = title;
    e.summary = summary;
    return e;
}

Excerpt excerptOf(const CatalogEntry &e, const QString &query)
{
    return Excerpt::find(e, e, SearchEngine::queryWords(query));
}

// The marked parts of an excerpt, as text.
QStringList marked(const Excerpt &excerpt)
{
    QStringList parts;
    for (const auto &[start, length] : excerpt.highlights)
        parts << excerpt.text.mid(start, length);
    return parts;
}

// Columns as Excerpt counts them: two for a Japanese character.
qsizetype columnsOf(const QString &text)
{
    qsizetype columns = 0;
    for (QChar c : text)
        columns += c.script() == QChar::Script_Han || c.script() == QChar::Script_Hiragana
                || c.script() == QChar::Script_Katakana
            ? 2
            : 1;
    return columns;
}

} // namespace

class TestExcerpt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishSummary()
    {
        const CatalogEntry e = entry(u"Requested action not taken: mailbox unavailable"_s,
                                     u"The server refused the recipient: no such user here."_s);
        const Excerpt excerpt = excerptOf(e, u"no such user"_s);
        QCOMPARE(excerpt.text, e.summary); // short enough to show whole
        QCOMPARE(marked(excerpt), (QStringList { u"no"_s, u"such"_s, u"user"_s }));
    }

    void keywordsComeBeforeTheSummary()
    {
        CatalogEntry e = entry(u"Listed on a blocklist"_s, u"Your IP is on a blacklist of a provider."_s);
        e.keywords = QStringList { u"blacklist"_s, u"denylist"_s, u"RBL"_s };
        const Excerpt excerpt = excerptOf(e, u"Blacklist"_s);
        QCOMPARE(excerpt.text, u"blacklist, denylist, RBL"_s);
        QCOMPARE(marked(excerpt), QStringList { u"blacklist"_s });
    }

    void theTextWithMoreWordsWins()
    {
        CatalogEntry e = entry(u"Mailbox unavailable"_s, u"The recipient's quota is exceeded."_s);
        e.keywords = QStringList { u"quota"_s };
        e.causes = QStringList { u"The user is over quota and the disk is full."_s };
        const Excerpt excerpt = excerptOf(e, u"quota full"_s);
        QCOMPARE(excerpt.text, e.causes.first());
        QCOMPARE(marked(excerpt), (QStringList { u"quota"_s, u"full"_s }));
    }

    void frenchWithAccents()
    {
        const CatalogEntry e
            = entry(u"Action refusée"_s, u"La boîte aux lettres du destinataire est pleine ; réessayez plus tard."_s);
        // Typed without accents and capitals, as people do.
        const Excerpt excerpt = excerptOf(e, u"BOITE pleine"_s);
        QCOMPARE(excerpt.text, e.summary);
        QCOMPARE(marked(excerpt), (QStringList { u"boîte"_s, u"pleine"_s }));
    }

    void japaneseWithoutSpaces()
    {
        // A long text without spaces: the word is found inside it and the cut may fall anywhere.
        const QString before = u"受信者のサーバーはこのメッセージを受け付けませんでした。送信者は内容を確認してから"_s;
        const QString after = u"を確認し、不要なメールを削除するよう受信者に依頼してください。再送は後で行ってください。"_s;
        const CatalogEntry e = entry(u"メールボックスが利用できません"_s, before + u"メールボックスの容量"_s + after);
        const Excerpt excerpt = excerptOf(e, u"容量"_s);
        QCOMPARE(marked(excerpt), QStringList { u"容量"_s });
        QVERIFY2(columnsOf(excerpt.text) <= Excerpt::defaultWidth + 4, qPrintable(excerpt.text));
        QVERIFY(excerpt.text.startsWith(u"…") || excerpt.text.endsWith(u"…"));
        QVERIFY(e.summary.contains(QString(excerpt.text).remove(u'…')));
    }

    void aWordInTheMiddleOfALongText()
    {
        const QString filler = u"The sending server tried again and again while the receiving side kept "
                               "answering in the same way for every recipient of the message. "_s;
        const CatalogEntry e
            = entry(u"Try again later"_s,
                    filler + u"This is greylisting at work: the first attempt is refused on purpose. "_s + filler);
        const Excerpt excerpt = excerptOf(e, u"greylisting"_s);
        QCOMPARE(marked(excerpt), QStringList { u"greylisting"_s });
        QVERIFY2(excerpt.text.startsWith(u"…") && excerpt.text.endsWith(u"…"), qPrintable(excerpt.text));
        QVERIFY(excerpt.text.size() <= Excerpt::defaultWidth + 2);
        // Some context before the word, and whole words at both cuts.
        const QString shown = excerpt.text.mid(1, excerpt.text.size() - 2);
        QVERIFY(shown.indexOf(u"greylisting") > 10);
        const qsizetype at = e.summary.indexOf(shown);
        QVERIFY(at > 0);
        QVERIFY(!e.summary[at - 1].isLetterOrNumber() || !shown[0].isLetterOrNumber());
        const qsizetype end = at + shown.size();
        QVERIFY(!e.summary[end].isLetterOrNumber() || !shown.back().isLetterOrNumber());
    }

    void nothingWhenTheTitleShowsEveryWord()
    {
        CatalogEntry e = entry(u"Mailbox full"_s, u"The mailbox has reached its quota."_s);
        e.keywords = QStringList { u"mailbox full"_s };
        QVERIFY(excerptOf(e, u"full mailbox"_s).isEmpty());
        QVERIFY(excerptOf(e, u"Mailbox"_s).isEmpty());
        // Stop words are not searched, so they bring none.
        QVERIFY(excerptOf(e, u"the mailbox is full"_s).isEmpty());
        // A word the title lacks brings one.
        QVERIFY(!excerptOf(e, u"mailbox quota"_s).isEmpty());
    }

    void nothingWhenNoTextHoldsTheWords()
    {
        const CatalogEntry e = entry(u"Mailbox full"_s, u"The mailbox is full."_s);
        QVERIFY(excerptOf(e, u"relay"_s).isEmpty());
        QVERIFY(Excerpt::find(e, e, {}).isEmpty());
    }

    void otherFormsOfAWord()
    {
        const CatalogEntry e = entry(u"Rejected"_s, u"The provider is blocking mail from your address."_s);
        const Excerpt excerpt = excerptOf(e, u"blocked"_s);
        // The whole word of the other form is marked, not only the root they share.
        QCOMPARE(marked(excerpt), QStringList { u"blocking"_s });
    }

    void theEnglishOriginalWhenTheInterfaceTextLacksTheWords()
    {
        CatalogEntry original = entry(u"Mailbox unavailable"_s, u"No such user at this domain."_s);
        CatalogEntry french = original;
        french.title = u"Boîte aux lettres indisponible"_s;
        french.summary = u"Aucun utilisateur de ce nom dans ce domaine."_s;
        // The French text first when it holds the word...
        QCOMPARE(Excerpt::find(french, original, SearchEngine::queryWords(u"utilisateur"_s)).text, french.summary);
        // ...the English one when only it does, since the search finds entries by their English words.
        QCOMPARE(Excerpt::find(french, original, SearchEngine::queryWords(u"such user"_s)).text,
                 original.summary);
        // The English title counts as a text: the row shows the French one.
        QCOMPARE(Excerpt::find(french, original, SearchEngine::queryWords(u"unavailable"_s)).text,
                 original.title);
    }

    void shippedCatalogExplainsAKeywordMatch()
    {
        // "blacklisted" is in the curated keywords of entries whose titles say something else.
        const Catalog &catalog = test::shippedCatalog();
        const QStringList words = SearchEngine::queryWords(u"blacklisted"_s);
        int explained = 0;
        for (const SearchHit &hit : SearchEngine(catalog).search(u"blacklisted"_s)) {
            const CatalogEntry &e = catalog.at(hit.entry);
            if (foldForSearch(e.title).contains(u"blacklisted"))
                continue;
            const Excerpt excerpt = Excerpt::find(e, e, words);
            const QStringList parts = marked(excerpt);
            QVERIFY2(std::any_of(parts.cbegin(), parts.cend(),
                                 [](const QString &part) { return part.startsWith(u"blacklist", Qt::CaseInsensitive); }),
                     qPrintable(e.code + u": " + excerpt.text));
            ++explained;
        }
        QVERIFY(explained >= 2);
    }
};

QTEST_GUILESS_MAIN(TestExcerpt)
#include "tst_excerpt.moc"
