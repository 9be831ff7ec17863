// WordIndex: the entries a word occurs in, found from the vocabulary alone; several words must all
// occur; a word with separators is matched by its parts and flagged for a check of the whole.
#include "search/wordindex.h"

#include <QTest>

using namespace smtpref;

namespace {

QList<int> entriesWith(const WordIndex &index, qsizetype size, const QList<QByteArray> &words,
                       bool *whole = nullptr)
{
    std::vector<quint8> counts(size, 0);
    bool allWhole = true;
    for (qsizetype k = 0; k < words.size(); ++k)
        allWhole &= index.mark(words[k], quint8(k), counts);
    if (whole)
        *whole = allWhole;
    QList<int> found;
    for (qsizetype i = 0; i < size; ++i) {
        if (counts[i] == words.size())
            found << static_cast<int>(i);
    }
    return found;
}

} // namespace

class TestWordIndex : public QObject
{
    Q_OBJECT

    const QList<QByteArray> m_texts {
        "mailbox full\nthe recipient's mailbox is over quota",
        "relay access denied\nauthenticate first (port 587)",
        "greylisting in action\ntry again later: 450 4.7.1",
        "メールボックスがいっぱいです\nresume caf\xc3\xa9",
        "",
    };
    WordIndex m_index;

private Q_SLOTS:
    void initTestCase() { m_index.build(m_texts); }

    void substringsOfTokens()
    {
        bool whole = false;
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "mailbox" }, &whole), QList<int> { 0 });
        QVERIFY(whole);
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "ailb" }), QList<int> { 0 });
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "grey" }), QList<int> { 2 });
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "a" }), (QList<int> { 0, 1, 2, 3 }));
        QVERIFY(entriesWith(m_index, m_texts.size(), { "zzz" }).isEmpty());
    }

    void everyWordMustOccur()
    {
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "mailbox", "quota" }), QList<int> { 0 });
        QVERIFY(entriesWith(m_index, m_texts.size(), { "mailbox", "relay" }).isEmpty());
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "again", "450" }), QList<int> { 2 });
    }

    void nonAsciiText()
    {
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "メールボックス" }), QList<int> { 3 });
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "ボックス" }), QList<int> { 3 });
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "caf\xc3\xa9" }), QList<int> { 3 });
    }

    void wordsWithSeparatorsAreMatchedByParts()
    {
        bool whole = true;
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "4.7.1" }, &whole), QList<int> { 2 });
        QVERIFY(!whole); // the caller checks the whole word in the text
        QVERIFY(entriesWith(m_index, m_texts.size(), { "4.7.9" }).isEmpty());
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "recipient's" }), QList<int> { 0 });
        // A word of separators only leaves every entry to the caller's check.
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "..." }, &whole).size(), m_texts.size());
        QVERIFY(!whole);
    }

    void veryLongDottedWordsNarrowCorrectly()
    {
        // 61 parts: more than the counts of one word's parts can hold apart; nothing may come back that
        // lacks an earlier word.
        QByteArray dotted = "a";
        for (int i = 0; i < 60; ++i)
            dotted += ".a";
        QVERIFY(entriesWith(m_index, m_texts.size(), { "zebra", dotted }).isEmpty());
        QVERIFY(entriesWith(m_index, m_texts.size(), { dotted, "zebra" }).isEmpty());
    }

    void rebuildingReplacesTheIndex()
    {
        WordIndex index;
        QVERIFY(index.isEmpty());
        index.build(QList<QByteArray> { "one", "two" });
        QCOMPARE(entriesWith(index, 2, { "two" }), QList<int> { 1 });
        index.build({ "three" });
        QVERIFY(entriesWith(index, 1, { "two" }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWordIndex)
#include "tst_wordindex.moc"
