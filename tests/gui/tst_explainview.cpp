// The Explain tab under a hostile load: a 10 MB log pasted and the language switched while it decodes.
// Stalls are measured by a watchdog timer and printed; what is asserted is what holds on any machine:
// the decoding runs beside a turning event loop, the list fills in batches, a superseded or abandoned
// decoding stops early.
#include "explain/explainer.h"
#include "explainview.h"
#include "i18n/translatorset.h"
#include "models/findingsmodel.h"
#include "shippedcatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace smtpref;

namespace {

// The longest time the event loop went without running a timer that asks to run every millisecond.
class Watchdog final : public QObject
{
public:
    Watchdog()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceLast.restart());
            ++m_ticks;
        });
        m_sinceLast.start();
        m_timer.start();
    }
    qint64 longestGapMs() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

QString bounceCorpus(qsizetype size)
{
    QString corpus;
    const QDir dir(QStringLiteral(SMTPREF_BOUNCE_CORPUS));
    for (const QString &name : dir.entryList({ u"*.txt"_s, u"*.log"_s }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            corpus += QString::fromUtf8(file.readAll()) + u'\n';
    }
    QString text;
    text.reserve(size + corpus.size());
    while (!corpus.isEmpty() && text.size() < size)
        text += corpus;
    return text;
}

} // namespace

class TestExplainView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_view = std::make_unique<ExplainView>(test::shippedCatalog()); }
    // Nothing of one test's decoding may reach the next one.
    void cleanup()
    {
        m_view.reset();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
    }

    void tenMegabytesAndALanguageSwitchKeepTheLoopTurning()
    {
        const QString text = bounceCorpus(10 * 1024 * 1024);
        QVERIFY(text.size() >= 10 * 1024 * 1024);
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSignalSpy batches(m_view->findingsModel(), &QAbstractItemModel::rowsInserted);
        QSignalSpy done(m_view.get(), &ExplainView::findingsChanged);
        TranslatorSet translators;

        Watchdog watchdog;
        QElapsedTimer pasting;
        pasting.start();
        m_view->input()->setPlainText(text);
        const qint64 pasteMs = pasting.elapsed();
        Watchdog afterPaste; // the paste itself is one call into QPlainTextEdit; what follows is ours
        QTRY_VERIFY(batches.size() >= 1); // decoding has begun
        const int ticksBeforeDecoded = watchdog.ticks();
        QVERIFY(translators.setLanguage(u"fr"_s)); // switched while the list fills
        QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 60000);
        // The event loop kept turning while the worker decoded, and the rows came in many batches.
        QVERIFY(watchdog.ticks() > ticksBeforeDecoded);
        QVERIFY2(batches.size() > 10, qPrintable(QString::number(batches.size())));
        QVERIFY(m_view->findings().size() > 10000);
        QCOMPARE(m_view->findingsModel()->rowCount(), m_view->findings().size());
        QVERIFY(translators.setLanguage(u"de"_s)); // and again once every row is there
        QTest::qWait(200);
        QVERIFY(translators.setLanguage(u"en"_s));
        QTest::qWait(200);
        qInfo("10 MB: %lld findings in %lld batches; setPlainText %lld ms; longest event-loop stall %lld ms, "
              "after the paste %lld ms",
              static_cast<long long>(m_view->findings().size()), static_cast<long long>(batches.size()),
              pasteMs, watchdog.longestGapMs(), afterPaste.longestGapMs());
    }

    // A decoding nobody will see stops at its next piece: a newer text or a closed window does not wait
    // for the whole of the old one.
    void supersededAndAbandonedDecodingsStop_data()
    {
        QTest::addColumn<bool>("closed");
        QTest::newRow("a newer text") << false;
        QTest::newRow("the window closed") << true;
    }
    void supersededAndAbandonedDecodingsStop()
    {
        QFETCH(bool, closed);
        const QString text = bounceCorpus(10 * 1024 * 1024);
        QElapsedTimer decoding;
        decoding.start();
        const qsizetype all = Explainer(test::shippedCatalog()).explain(text).size();
        const qint64 wholeMs = decoding.elapsed();
        QSignalSpy batches(m_view->findingsModel(), &QAbstractItemModel::rowsInserted);
        QSignalSpy done(m_view.get(), &ExplainView::findingsChanged);
        m_view->input()->setPlainText(text);
        QTRY_VERIFY(batches.size() >= 1); // the worker is on its way
        const QString newer = u"550 5.1.1 No such user\n"_s;
        if (closed)
            m_view.reset();
        else
            m_view->input()->setPlainText(newer);
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        const qint64 stopMs = stopping.elapsed();
        qInfo("whole decoding %lld ms (%lld findings); stopped after %lld ms", wholeMs,
              static_cast<long long>(all), stopMs);
        QVERIFY2(stopMs < wholeMs / 2, qPrintable(QString::number(stopMs)));
        if (closed)
            return;
        QTRY_VERIFY(done.size() == 1);
        QCOMPARE(m_view->findings().size(), Explainer(test::shippedCatalog()).explain(newer).size());
        QCOMPARE(m_view->findingsModel()->rowCount(), 1);
    }

    // One paragraph of 1 MB: the editor lays it out on the GUI thread (printed); the decoding does not.
    void aHugeSingleLine()
    {
        QString line;
        while (line.size() < 1024 * 1024)
            line += u"Nov 22 10:00:01 mail postfix/smtp[1]: status=sent (250 2.0.0 Ok) "_s;
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSignalSpy done(m_view.get(), &ExplainView::findingsChanged);
        Watchdog watchdog;
        QElapsedTimer pasting;
        pasting.start();
        m_view->input()->setPlainText(line);
        const qint64 pasteMs = pasting.elapsed();
        Watchdog afterPaste;
        QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 120000);
        QCOMPARE(m_view->findings().size(), Explainer(test::shippedCatalog()).explain(line).size());
        QTest::qWait(100);
        qInfo("1 MB line: setPlainText %lld ms; longest event-loop stall %lld ms, after the paste %lld ms",
              pasteMs, watchdog.longestGapMs(), afterPaste.longestGapMs());
    }

private:
    std::unique_ptr<ExplainView> m_view;
};

QTEST_MAIN(TestExplainView)
#include "tst_explainview.moc"
