// Catalog loading and validation: the shipped catalog loads cleanly, and every kind of damage to a
// catalog is reported with the file, the entry and the field.
#include "catalog/catalog.h"
#include "catalog/catalogbinary.h"
#include "catalog/catalogvalidator.h"
#include "referencedata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QResource>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace smtpref;

namespace {

QJsonObject basicEntry(const QString &code)
{
    return QJsonObject {
        { u"code"_s, code },
        { u"kind"_s, u"basic"_s },
        { u"classes"_s, QJsonArray { code.left(1).toInt() } },
        { u"status"_s, u"standard"_s },
        { u"title"_s, QString(u"Title of "_s + code) },
        { u"summary"_s, QString(u"Summary of "_s + code) },
        { u"whenSeen"_s, QString(u"When "_s + code + u" is seen"_s) },
        { u"howToFix"_s, QString(u"How to fix "_s + code) },
        { u"causes"_s, QJsonArray { QString(u"A cause of "_s + code) } },
        { u"checks"_s,
          QJsonArray {
              QJsonObject { { u"step"_s, u"Look"_s }, { u"command"_s, u"dig MX example.com"_s } } } },
        { u"related"_s, QJsonArray {} },
        { u"pairs"_s, QJsonArray {} },
        { u"references"_s,
          QJsonArray { QJsonObject { { u"document"_s, u"RFC 5321"_s }, { u"section"_s, u"4.2.3"_s } } } },
        { u"retry"_s, u"Retry advice"_s },
        { u"actor"_s, u"sender"_s },
        { u"stages"_s, QJsonArray { u"RCPT TO"_s } },
        { u"providers"_s, QJsonArray {} },
    };
}

QJsonObject enhancedEntry(const QString &code)
{
    QJsonObject entry = basicEntry(code);
    entry[u"kind"_s] = u"enhanced"_s;
    entry[u"classes"_s] = QJsonArray { 4, 5 };
    return entry;
}

Catalog::Document document(const QString &name, const QList<QJsonObject> &entries)
{
    QJsonArray array;
    for (const QJsonObject &entry : entries)
        array.append(entry);
    return { name, QJsonDocument(QJsonObject { { u"entries"_s, array } }).toJson() };
}

QList<CatalogError> load(const QList<Catalog::Document> &documents, Catalog *catalog = nullptr)
{
    QList<CatalogError> errors;
    const Catalog loaded = Catalog::fromDocuments(documents, &errors);
    if (catalog)
        *catalog = loaded;
    return errors;
}

QString describe(const QList<CatalogError> &errors)
{
    QStringList lines;
    for (const CatalogError &error : errors)
        lines << error.toString();
    return lines.join(u'\n');
}

} // namespace

class TestCatalogValidation : public QObject
{
    Q_OBJECT

    static bool pointsInto(const QString &text, const QByteArray &data)
    {
        const auto *at = reinterpret_cast<const char *>(text.constData());
        return at >= data.constData() && at < data.constData() + data.size();
    }

private Q_SLOTS:
    void shippedCatalogLoadsWithoutErrors()
    {
        QList<CatalogError> errors;
        const Catalog catalog = Catalog::builtIn(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        QVERIFY(catalog.size() > 0);
        // Loading checks integrity only; the rules, which the build applies, hold for what it embedded.
        errors = CatalogValidator::validate(catalog.entries(), QStringList(catalog.size(), u"catalog.bin"_s));
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    }

    void sourceJsonValidatesAndMatchesTheEmbeddedCatalog()
    {
        // The JSON in the source tree, parsed and validated as the build step does.
        const QDir folder(smtpref::test::ReferenceData::sourcePath(u"resources/catalog"_s));
        QList<Catalog::Document> documents;
        for (const QString &name : folder.entryList({ u"*.json"_s }, QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            documents.append({ name, file.readAll() });
        }
        QVERIFY(documents.size() > 1);
        QList<CatalogError> errors;
        const Catalog fromJson = Catalog::fromDocuments(documents, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        QList<CatalogError> embeddedErrors;
        const Catalog embedded = Catalog::builtIn(&embeddedErrors);
        QCOMPARE(embedded.size(), fromJson.size());
        for (qsizetype i = 0; i < embedded.size(); ++i) {
            QCOMPARE(embedded.at(i).code, fromJson.at(i).code);
            QVERIFY2(embedded.at(i) == fromJson.at(i),
                     qPrintable(u"the build is stale or the packing lost data for "_s + embedded.at(i).code));
        }
    }

    void damagedBinaryIsReported()
    {
        QList<CatalogError> errors;
        const QList<CatalogEntry> entries = Catalog::builtIn(&errors).entries();
        const QByteArray data = CatalogBinary::write(entries);
        QList<CatalogEntry> read;
        QString problem;
        QVERIFY(CatalogBinary::read(data, &read, &problem));
        QCOMPARE(read.size(), entries.size());
        QVERIFY(!CatalogBinary::read(data.left(data.size() / 2), &read, &problem));
        QVERIFY(problem.contains(u"truncated"));
        QVERIFY(read.isEmpty());
        QVERIFY(!CatalogBinary::read("not a catalog at all", &read, &problem));
        QVERIFY(problem.contains(u"unknown format"));
        QVERIFY(!CatalogBinary::read(data + "trailing", &read, &problem));
        // Compiled with another field list (the signature after the version differs).
        QByteArray otherFields = data;
        otherFields[8] = char(otherFields[8] ^ 0x5a);
        QVERIFY(!CatalogBinary::read(otherFields, &read, &problem));
        QVERIFY(problem.contains(u"unknown format"));
    }

    void compiledCatalogOutOfOrderIsReported()
    {
        QList<CatalogError> errors;
        const QList<CatalogEntry> entries = Catalog::builtIn(&errors).entries();
        QVERIFY(entries.size() > 2);
        for (const QList<CatalogEntry> &damaged :
             { QList<CatalogEntry> { entries[1], entries[0], entries[2] },
               QList<CatalogEntry> { entries[0], entries[1], entries[1] } }) {
            errors.clear();
            const Catalog catalog
                = Catalog::fromCompiled(CatalogBinary::write(damaged), u"damaged.bin"_s, &errors);
            QCOMPARE(catalog.size(), 0);
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors[0].source, u"damaged.bin"_s);
            QVERIFY2(errors[0].message.contains(u"damaged"), qPrintable(errors[0].toString()));
        }
        errors.clear();
        QCOMPARE(
            Catalog::fromCompiled(CatalogBinary::write(entries.mid(0, 3)), u"fine.bin"_s, &errors).size(), 3);
        QVERIFY(errors.isEmpty());
    }

    void corruptCompiledCatalogGivesAReasonNeverACrash()
    {
        QList<CatalogError> errors;
        const QByteArray data = CatalogBinary::write(Catalog::builtIn(&errors).entries().mid(0, 12));
        int rejected = 0;
        // Every word of the header and the first entries overwritten in turn, and cuts everywhere.
        for (qsizetype at = 0; at + 4 <= data.size() && at < 2048; at += 4) {
            for (const QByteArray &damaged :
                 { QByteArray(data).replace(at, 4, "\xff\xff\xff\x7f", 4),
                   QByteArray(data).replace(at, 4, "\x00\x00\x00\x00", 4), data.left(at) }) {
                errors.clear();
                const Catalog catalog = Catalog::fromCompiled(damaged, u"damaged.bin"_s, &errors);
                QVERIFY(catalog.size() == 0 || errors.isEmpty());
                if (!errors.isEmpty()) {
                    ++rejected;
                    QVERIFY(!errors[0].message.isEmpty());
                }
            }
        }
        QVERIFY(rejected > 100);
    }

    void readingInPlaceGivesWhatCopyingGives()
    {
        QList<CatalogError> errors;
        const QByteArray data = CatalogBinary::write(Catalog::builtIn(&errors).entries());
        QVERIFY(errors.isEmpty());
        // A word-aligned copy and one a byte off, where the texts cannot point into the data.
        const QByteArray padded = QByteArray(1, ' ') + data;
        const QByteArray misaligned = QByteArray::fromRawData(padded.constData() + 1, data.size());
        for (const auto &[name, bytes, texts, inPlace] :
             { std::tuple(u"copied"_s, data, CatalogBinary::Texts::Copy, false),
               std::tuple(u"in place"_s, data, CatalogBinary::Texts::ReferenceStatic, true),
               std::tuple(u"misaligned"_s, misaligned, CatalogBinary::Texts::ReferenceStatic, false) }) {
            QList<CatalogEntry> read;
            QString problem;
            QVERIFY2(CatalogBinary::read(bytes, &read, &problem, texts),
                     qPrintable(name + u": "_s + problem));
            // Written back, what was read is the same catalog to the byte.
            QVERIFY2(CatalogBinary::write(read) == data, qPrintable(name));
            QCOMPARE(pointsInto(read.first().title, bytes), inPlace);
            QCOMPARE(pointsInto(read.last().summary, bytes), inPlace);
        }
    }

    void theBuiltInCatalogIsReadInPlace()
    {
        // The build stores the catalog uncompressed and word-aligned, so start-up copies no text.
        const QResource resource(u":/catalog/catalog.bin"_s);
        QCOMPARE(resource.compressionAlgorithm(), QResource::NoCompression);
        const QByteArray data
            = QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size());
        QList<CatalogError> errors;
        const Catalog catalog = Catalog::builtIn(&errors);
        QVERIFY(errors.isEmpty());
        QVERIFY2(pointsInto(catalog.at(0).title, data),
                 "the embedded catalog is not word-aligned any more: the texts are copied at start-up");
    }

    void validCatalogLoadsInCodeOrder()
    {
        QJsonObject basic = basicEntry(u"550"_s);
        basic[u"pairs"_s] = QJsonArray { u"X.7.1"_s };
        QJsonObject enhanced = enhancedEntry(u"X.7.1"_s);
        enhanced[u"pairs"_s] = QJsonArray { u"550"_s };
        enhanced[u"related"_s] = QJsonArray { u"X.7.10"_s, u"421"_s };
        Catalog catalog;
        const auto errors = load({ document(u"a.json"_s, { enhancedEntry(u"X.7.10"_s), enhanced, basic }),
                                   document(u"b.json"_s, { basicEntry(u"421"_s) }) },
                                 &catalog);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        QStringList codes;
        for (const CatalogEntry &entry : catalog.entries())
            codes << entry.code;
        QCOMPARE(codes, (QStringList { u"421"_s, u"550"_s, u"X.7.1"_s, u"X.7.10"_s }));
        QCOMPARE(catalog.find(u"X.7.1"_s)->pairs, QStringList { u"550"_s });
        QCOMPARE(catalog.at(0).checks.value(0).command, u"dig MX example.com"_s);
    }

    void malformedJsonNamesFileAndLine()
    {
        const auto errors
            = load({ { u"broken.json"_s, "{\n  \"entries\": [\n    { \"code\": \"550\", }\n" } });
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].source, u"broken.json"_s);
        QVERIFY2(errors[0].message.contains(u"line 3"), qPrintable(errors[0].message));
    }

    void documentWithoutEntriesArray()
    {
        const auto errors = load({ { u"list.json"_s, "[1, 2]" } });
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].message.contains(u"entries"));
    }

    void entryDamage_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the field

        QTest::newRow("missing summary") << u"summary"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty title") << u"title"_s << QJsonValue(u"   "_s);
        QTest::newRow("classes not an array") << u"classes"_s << QJsonValue(5);
        QTest::newRow("class disagrees with first digit") << u"classes"_s << QJsonValue(QJsonArray { 4 });
        QTest::newRow("unknown status") << u"status"_s << QJsonValue(u"popular"_s);
        QTest::newRow("unknown actor") << u"actor"_s << QJsonValue(u"postmaster"_s);
        QTest::newRow("unknown stage") << u"stages"_s << QJsonValue(QJsonArray { u"HELO"_s });
        QTest::newRow("unknown kind") << u"kind"_s << QJsonValue(u"fancy"_s);
        QTest::newRow("kind disagrees with code") << u"kind"_s << QJsonValue(u"enhanced"_s);
        QTest::newRow("related code does not exist") << u"related"_s << QJsonValue(QJsonArray { u"599"_s });
        QTest::newRow("pair code does not exist") << u"pairs"_s << QJsonValue(QJsonArray { u"X.9.9"_s });
        QTest::newRow("pair of the same kind") << u"pairs"_s << QJsonValue(QJsonArray { u"421"_s });
        QTest::newRow("refers to itself") << u"related"_s << QJsonValue(QJsonArray { u"550"_s });
        QTest::newRow("check without step")
            << u"checks"_s << QJsonValue(QJsonArray { QJsonObject { { u"command"_s, u"ls"_s } } });
        QTest::newRow("reference with a number")
            << u"references"_s
            << QJsonValue(QJsonArray { QJsonObject { { u"document"_s, 5321 }, { u"section"_s, u""_s } } });
        QTest::newRow("provider without sample")
            << u"providers"_s
            << QJsonValue(
                   QJsonArray { QJsonObject { { u"provider"_s, u"Gmail"_s }, { u"meaning"_s, u"x"_s } } });
        QTest::newRow("no causes") << u"causes"_s << QJsonValue(QJsonArray {});
        QTest::newRow("no checks") << u"checks"_s << QJsonValue(QJsonArray {});
        QTest::newRow("no stages") << u"stages"_s << QJsonValue(QJsonArray {});
        QTest::newRow("check with an unknown key")
            << u"checks"_s
            << QJsonValue(QJsonArray { QJsonObject { { u"step"_s, u"Look"_s }, { u"tool"_s, u"dig"_s } } });
        QTest::newRow("class not a whole number") << u"classes"_s << QJsonValue(QJsonArray { 5.5 });
        QTest::newRow("seen classes on a basic code") << u"seenClasses"_s << QJsonValue(QJsonArray { 4 });
        QTest::newRow("no references for a standard code") << u"references"_s << QJsonValue(QJsonArray {});
        QTest::newRow("unknown field") << u"severity"_s << QJsonValue(u"high"_s);
        const auto comparison = [](const QString &code, const QString &with, const QString &action) {
            return QJsonValue(QJsonArray { QJsonObject { { u"code"_s, code },
                                                         { u"with"_s, with },
                                                         { u"difference"_s, u"One sentence."_s },
                                                         { u"tellApart"_s, u"Where it comes."_s },
                                                         { u"action"_s, action } } });
        };
        QTest::newRow("comparison of another entry's code") << u"comparisons"_s << comparison(u"421"_s, u"550"_s, u"Act."_s);
        QTest::newRow("comparison with an unknown code") << u"comparisons"_s << comparison(u"550"_s, u"599"_s, u"Act."_s);
        QTest::newRow("comparison with itself") << u"comparisons"_s << comparison(u"550"_s, u"550"_s, u"Act."_s);
        QTest::newRow("comparison without action") << u"comparisons"_s << comparison(u"550"_s, u"421"_s, u" "_s);
    }

    void comparedTwiceIsReported()
    {
        QJsonObject first = basicEntry(u"421"_s);
        QJsonObject second = basicEntry(u"550"_s);
        const auto comparison = [](const QString &code, const QString &with) {
            return QJsonArray { QJsonObject { { u"code"_s, code }, { u"with"_s, with }, { u"difference"_s, u"d"_s },
                                              { u"tellApart"_s, u"t"_s }, { u"action"_s, u"a"_s } } };
        };
        first[u"comparisons"_s] = comparison(u"421"_s, u"550"_s);
        const auto once = load({ document(u"c.json"_s, { first, second }) });
        QVERIFY(once.isEmpty());
        second[u"comparisons"_s] = comparison(u"550"_s, u"421"_s); // the same pair, the other way round
        const auto twice = load({ document(u"c.json"_s, { first, second }) });
        QCOMPARE(twice.size(), 1);
        QCOMPARE(twice.first().field, u"comparisons"_s);
        QVERIFY(twice.first().toString().contains(u"already compared"));
    }

    void entryDamage()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject entry = basicEntry(u"550"_s);
        if (value.isUndefined())
            entry.remove(field);
        else
            entry[field] = value;
        const auto errors = load({ document(u"damaged.json"_s, { entry, basicEntry(u"421"_s) }) });
        QVERIFY2(errors.size() >= 1, "the damage was not reported");
        const CatalogError &error = errors.first();
        QCOMPARE(error.source, u"damaged.json"_s);
        QCOMPARE(error.code, u"550"_s);
        QCOMPARE(error.field, field);
        QVERIFY(error.toString().contains(u"entry 550, field " + field));
    }

    void providerCodeRules_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QJsonObject provider = enhancedEntry(u"X.7.708"_s);
        provider[u"status"_s] = u"provider"_s;
        provider[u"provider"_s] = u"Microsoft 365"_s;
        QJsonObject unnamed = provider;
        unnamed.remove(u"provider"_s);
        QTest::newRow("provider code without provider") << unnamed << u"provider"_s << u"names its provider"_s;
        QJsonObject standard = enhancedEntry(u"X.7.1"_s);
        standard[u"provider"_s] = u"Gmail"_s;
        QTest::newRow("standard code with a provider") << standard << u"provider"_s << u"only a code"_s;
        QJsonObject backwards = provider;
        backwards[u"rangeEnd"_s] = u"X.7.700"_s;
        QTest::newRow("range ending before it starts") << backwards << u"rangeEnd"_s << u"later code"_s;
        QJsonObject otherSubject = provider;
        otherSubject[u"rangeEnd"_s] = u"X.6.900"_s;
        QTest::newRow("range across subjects") << otherSubject << u"rangeEnd"_s << u"same subject"_s;
        QJsonObject standardRange = enhancedEntry(u"X.7.1"_s);
        standardRange[u"rangeEnd"_s] = u"X.7.9"_s;
        QTest::newRow("range of a standard code") << standardRange << u"rangeEnd"_s << u"only a provider"_s;
        QJsonObject tag = provider;
        tag[u"code"_s] = u"TSS04"_s;
        tag[u"kind"_s] = u"tag"_s;
        QJsonObject lowerTag = tag;
        lowerTag[u"code"_s] = u"tss04"_s;
        QTest::newRow("tag in lower case") << lowerTag << u"code"_s << u"capital letters"_s;
        QJsonObject longTag = tag;
        longTag[u"code"_s] = u"TSS0404"_s;
        QTest::newRow("tag with four digits") << longTag << u"code"_s << u"capital letters"_s;
        QJsonObject standardTag = tag;
        standardTag[u"status"_s] = u"standard"_s;
        standardTag.remove(u"provider"_s);
        QTest::newRow("tag of no provider") << standardTag << u"status"_s << u"provider's"_s;
        QJsonObject tagRange = tag;
        tagRange[u"rangeEnd"_s] = u"X.7.800"_s;
        QTest::newRow("tag with a range") << tagRange << u"rangeEnd"_s << u"same subject"_s;
    }

    void providerCodeRules()
    {
        QFETCH(QJsonObject, entry);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto errors = load({ document(u"p.json"_s, { entry }) });
        QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
        QCOMPARE(errors.first().field, field);
        QVERIFY2(errors.first().toString().contains(message), qPrintable(errors.first().toString()));
    }

    void providerCodesAndRangesLoad()
    {
        QJsonObject code = enhancedEntry(u"X.7.708"_s);
        code[u"status"_s] = u"provider"_s;
        code[u"provider"_s] = u"Microsoft 365"_s;
        code[u"classes"_s] = QJsonArray { 5 };
        QJsonObject range = code;
        range[u"code"_s] = u"X.7.700"_s;
        range[u"rangeEnd"_s] = u"X.7.750"_s;
        QJsonObject deferrals = range;
        deferrals[u"code"_s] = u"X.7.500"_s;
        deferrals[u"rangeEnd"_s] = u"X.7.750"_s;
        deferrals[u"classes"_s] = QJsonArray { 4 }; // overlaps in number, not in class
        QJsonObject tag = code;
        tag[u"code"_s] = u"TSS04"_s;
        tag[u"kind"_s] = u"tag"_s;
        tag[u"pairs"_s] = QJsonArray { u"X.7.708"_s };
        Catalog catalog;
        const auto errors = load({ document(u"p.json"_s, { tag, code, range, deferrals }), }, &catalog);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        // Tags come after every code.
        QCOMPARE(catalog.at(catalog.size() - 1).code, u"TSS04"_s);
        QCOMPARE(catalog.at(catalog.indexOfCode(ReplyCode::parse(u"5.7.708"_s))).code, u"X.7.708"_s);
        QCOMPARE(catalog.at(catalog.indexOfCode(ReplyCode::parse(u"5.7.720"_s))).code, u"X.7.700"_s);
        QCOMPARE(catalog.at(catalog.indexOfCode(ReplyCode::parse(u"4.7.708"_s))).code, u"X.7.500"_s);
        QCOMPARE(catalog.indexOfCode(ReplyCode::parse(u"5.7.751"_s)), -1);
        QCOMPARE(catalog.at(catalog.indexOfTag(u"[tss04]")).code, u"TSS04"_s);
        QCOMPARE(catalog.indexOfTag(u"TSS05"), -1);

        QJsonObject overlapping = range;
        overlapping[u"code"_s] = u"X.7.740"_s;
        overlapping[u"rangeEnd"_s] = u"X.7.760"_s;
        const auto overlap = load({ document(u"p.json"_s, { range, overlapping }) });
        QVERIFY2(overlap.size() == 1 && overlap.first().toString().contains(u"overlaps"), qPrintable(describe(overlap)));
    }

    void enhancedClassMustBeTwoFourOrFive()
    {
        QJsonObject entry = enhancedEntry(u"X.7.1"_s);
        entry[u"classes"_s] = QJsonArray { 3 };
        const auto errors = load({ document(u"e.json"_s, { entry }) });
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].field, u"classes"_s);
    }

    void badCodeForms_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("letters") << u"55x"_s;
        QTest::newRow("class 6") << u"650"_s;
        QTest::newRow("four digits") << u"5500"_s;
        QTest::newRow("class digit in enhanced") << u"5.7.1"_s;
        QTest::newRow("leading zero") << u"X.7.01"_s;
    }

    void badCodeForms()
    {
        QFETCH(QString, code);
        QJsonObject entry = basicEntry(u"550"_s);
        entry[u"code"_s] = code;
        const auto errors = load({ document(u"codes.json"_s, { entry }) });
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().code, code);
        QCOMPARE(errors.first().field, u"code"_s);
    }

    void duplicateCodeNamesBothFiles()
    {
        const auto errors = load({ document(u"first.json"_s, { basicEntry(u"550"_s) }),
                                   document(u"second.json"_s, { basicEntry(u"550"_s) }) });
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].code, u"550"_s);
        QCOMPARE(errors[0].field, u"code"_s);
        QVERIFY(errors[0].message.contains(u"first.json"));
        QVERIFY(errors[0].source == u"second.json"_s || errors[0].source == u"first.json"_s);
    }

    void entryWithoutCodeIsNamedByPosition()
    {
        QJsonObject entry = basicEntry(u"550"_s);
        entry.remove(u"code"_s);
        const auto errors = load({ document(u"nocode.json"_s, { basicEntry(u"421"_s), entry }) });
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().code, u"#2"_s);
        QCOMPARE(errors.first().field, u"code"_s);
    }

    void oneBadEntryDoesNotHideTheOthers()
    {
        QJsonObject broken = basicEntry(u"550"_s);
        broken.remove(u"title"_s);
        Catalog catalog;
        const auto errors = load({ document(u"mixed.json"_s, { broken, basicEntry(u"421"_s) }) }, &catalog);
        QCOMPARE(errors.size(), 1);
        QVERIFY(catalog.find(u"421"_s));
        QVERIFY(!catalog.find(u"550"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalogValidation)
#include "tst_catalogvalidation.moc"
