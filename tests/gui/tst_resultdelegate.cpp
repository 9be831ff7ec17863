// ResultDelegate paints rows through a paint engine that records the text it is given: a title too
// long for its row ends with an ellipsis where its reading ends, in every layout direction, and one
// that fits is drawn whole.
#include "catalog/vocabulary.h"
#include "models/roles.h"
#include "resultdelegate.h"

#include <QApplication>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QTextItem>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace smtpref;

namespace {

// Keeps the text of every text item drawn; draws nothing.
class TextRecorder final : public QPaintEngine
{
public:
    TextRecorder() : QPaintEngine(QPaintEngine::AllFeatures) { }
    QStringList texts;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawPath(const QPainterPath &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override { }
    void drawTextItem(const QPointF &, const QTextItem &item) override { texts.append(item.text()); }
    Type type() const override { return QPaintEngine::User; }
};

class RecordingDevice final : public QPaintDevice
{
public:
    mutable TextRecorder engine;

    QPaintEngine *paintEngine() const override { return &engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 400;
        case PdmHeight:
            return 100;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }
};

} // namespace

class TestResultDelegate : public QObject
{
    Q_OBJECT

    // The texts drawn for one row of width 400 with title, in direction.
    static QStringList paintRow(const QString &title, Qt::LayoutDirection direction, const QStringList &words)
    {
        QStandardItemModel model(1, 1);
        const QModelIndex index = model.index(0, 0);
        model.setData(index, u"550"_s, DisplayCodeRole);
        model.setData(index, title, TitleRole);
        model.setData(index, QVariant::fromValue(QList<int> { 5 }), ClassesRole);
        model.setData(index, u"standard"_s, StatusRole);
        ResultDelegate delegate;
        delegate.setHighlightedWords(words);
        QStyleOptionViewItem option;
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        option.palette = QApplication::palette();
        option.direction = direction;
        option.rect = QRect(0, 0, 400, delegate.sizeHint(option, index).height());
        RecordingDevice device;
        {
            QPainter painter(&device);
            delegate.paint(&painter, option, index);
        }
        return device.engine.texts;
    }

private Q_SLOTS:
    void longRowsEndWithAnEllipsis_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QStringList>("highlighted");
        const QString english = u"Mailbox unavailable because the receiving server refused it"_s;
        const QString arabic = u"صندوق البريد غير متاح لأن الخادم المستقبل رفض الرسالة"_s;
        QTest::newRow("English, left to right") << english << Qt::LeftToRight << QStringList();
        QTest::newRow("English in an Arabic window") << english << Qt::RightToLeft << QStringList();
        QTest::newRow("Arabic, right to left") << arabic << Qt::RightToLeft << QStringList();
        QTest::newRow("English, a word marked") << english << Qt::LeftToRight << QStringList { u"mailbox"_s };
    }

    void longRowsEndWithAnEllipsis()
    {
        QFETCH(QString, words);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QStringList, highlighted);
        const QString shortTitle = words.section(u' ', 0, 1);
        const QString shortRow = paintRow(shortTitle, direction, highlighted).join(QString());
        QVERIFY2(shortRow.contains(shortTitle.section(u' ', 1)), qPrintable(shortRow));
        QVERIFY(!shortRow.contains(u'…'));

        const QString longTitle = QStringList(6, words).join(u' ');
        const QStringList texts = paintRow(longTitle, direction, highlighted);
        const QString longRow = texts.join(QString());
        QVERIFY2(longRow.contains(u'…'), qPrintable(longRow));
        QVERIFY(longRow.size() < longTitle.size());
        QCOMPARE(longRow.count(u'…'), 1);
        // The ellipsis ends the reading: it closes the (logical) text of the title's last run.
        const auto cut = std::find_if(texts.cbegin(), texts.cend(),
                                      [](const QString &text) { return text.contains(u'…'); });
        QVERIFY2(cut->endsWith(u'…'), qPrintable(*cut));
        // Qt joins an Arabic letter cut short to the ellipsis with a zero-width joiner.
        QVERIFY2(longTitle.contains(cut->chopped(1).remove(u'\u200D')), qPrintable(*cut));
    }
};

QTEST_MAIN(TestResultDelegate)
#include "tst_resultdelegate.moc"
