// WordIndex: the entries a word occurs in, found from the vocabulary alone (inside tokens, at token
// starts, by stem), with the fields each occurs in.
#include "search/wordindex.h"

#include <QTest>

using namespace smtpref;

namespace {

// The entries holding a token that contains every word (each word on its own), as the search asks.
QList<int> entriesWith(const WordIndex &index, qsizetype size, const QList<QByteArray> &words)
{
    std::vector<int> counts(size, 0);
    for (const QByteArray &word : words) {
        std::vector<bool> seen(size, false);
        index.forEachTokenContaining(word, [&](qsizetype token, qsizetype) {
            for (qint32 posting : index.postings(token))
                seen[WordIndex::entryOf(posting)] = true;
        });
        for (qsizetype i = 0; i < size; ++i)
            counts[i] += seen[i] ? 1 : 0;
    }
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
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "mailbox" }), QList<int> { 0 });
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

    void tokensAreRunsOfLettersAndDigits()
    {
        // "4.7.1" is three tokens and "recipient's" two: punctuation is never part of a token.
        QVERIFY(entriesWith(m_index, m_texts.size(), { "4.7.1" }).isEmpty());
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "4", "7", "1" }), QList<int> { 2 });
        QCOMPARE(entriesWith(m_index, m_texts.size(), { "recipient", "s" }), QList<int> { 0 });
    }

    void tokenStartsAndFields()
    {
        WordIndex index;
        index.build(QList<QByteArrayList> { { "mailbox full", "over quota" }, { "relay", "mailboxes" } });
        QList<qsizetype> starting;
        index.forEachTokenStartingWith("mailbox", [&](qsizetype token) { starting << token; });
        QCOMPARE(starting.size(), 2); // "mailbox" and "mailboxes", not "quota"
        QList<int> fields;
        for (qsizetype token : starting) {
            for (qint32 posting : index.postings(token))
                fields << WordIndex::entryOf(posting) * 10 + WordIndex::fieldsOf(posting);
        }
        std::sort(fields.begin(), fields.end());
        // Entry 0 has it in its first field (bit 1), entry 1 in its second (bit 2).
        QCOMPARE(fields, (QList<int> { 1, 12 }));
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
