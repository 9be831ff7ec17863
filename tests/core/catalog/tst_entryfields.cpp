// The one description of an entry's fields (entryfields.h): it names every member of the entry and
// its records once, covers every field the shipped catalog writes, and every member survives
// JSON -> entry -> compiled catalog -> entry -> JSON unchanged.
#include "catalog/catalogbinary.h"
#include "catalog/catalogparser.h"
#include "catalog/entryfields.h"
#include "catalog/vocabulary.h"
#include "referencedata.h"
#include "report/jsonexport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cstddef>

using namespace Qt::StringLiterals;
using namespace smtpref;
using entryfields::Field;

namespace {

// The number of members of an aggregate: the most initializers T{...} accepts. Counted by the
// compiler, so a member added to CatalogEntry without a line in entryfields.h fails the test.
struct AnyValue
{
    template<class T> operator T() const; // never defined: only used where nothing is evaluated
};

template<class T, class... Values> constexpr std::size_t memberCount()
{
    if constexpr (requires { T { Values {}..., AnyValue {} }; })
        return memberCount<T, Values..., AnyValue>();
    else
        return sizeof...(Values);
}

struct DescribedField
{
    QString name;
    entryfields::Flags flags;
    enum class Type { Text, Texts, Numbers, Enumeration, Records } type;
};

// Every field of an entry or record, in order, with the type of its member.
struct Describe
{
    QList<DescribedField> fields;

    template<class Member> void operator()(Field field, const Member &)
    {
        using Type = DescribedField::Type;
        Type type = Type::Records;
        if constexpr (std::same_as<Member, QString>)
            type = Type::Text;
        else if constexpr (std::same_as<Member, QStringList>)
            type = Type::Texts;
        else if constexpr (std::same_as<Member, QList<int>>)
            type = Type::Numbers;
        else if constexpr (entryfields::isEnumeration<Member>)
            type = Type::Enumeration;
        fields.append({ field.name.toString(), field.flags, type });
    }
};

template<class Record> QList<DescribedField> recordFields()
{
    Describe describe;
    const Record record;
    entryfields::visitRecordFields(describe, record);
    return describe.fields;
}

QList<DescribedField> entryFields()
{
    Describe describe;
    const CatalogEntry entry;
    entryfields::visitEntryFields(describe, entry);
    return describe.fields;
}

// The record fields of the entry field called name, or nothing when it is not a list of records.
QList<DescribedField> recordFieldsOf(const QString &name)
{
    QHash<QString, QList<DescribedField>> records {
        { u"checks"_s, recordFields<DiagnosticCheck>() },
        { u"references"_s, recordFields<DocumentReference>() },
        { u"providers"_s, recordFields<ProviderUsage>() },
        { u"comparisons"_s, recordFields<CuratedComparison>() },
    };
    return records.value(name);
}

QStringList namesOf(const QList<DescribedField> &fields)
{
    QStringList names;
    for (const DescribedField &field : fields)
        names << field.name;
    return names;
}

// Gives every member a value other than its default: a distinct text, the last id of an enumeration,
// a stage id where only those are allowed, two items in every list.
class FillEveryMember
{
public:
    template<class Member> void operator()(Field field, Member &member)
    {
        if constexpr (std::same_as<Member, QString>) {
            member = field.name + u' ' + QString::number(++m_counter);
        } else if constexpr (std::same_as<Member, QStringList>) {
            member = field.has(entryfields::StageIds)
                ? vocabulary::stageIds().mid(1, 2)
                : QStringList { field.name + u" a"_s, field.name + u" b"_s };
        } else if constexpr (std::same_as<Member, QList<int>>) {
            member = { 4, 5 };
        } else if constexpr (entryfields::isEnumeration<Member>) {
            member = lastValue(member);
        } else {
            member.resize(2);
            for (auto &record : member)
                entryfields::visitRecordFields(*this, record);
        }
    }

private:
    static CodeKind lastValue(CodeKind) { return CodeKind::Enhanced; }
    static CodeStatus lastValue(CodeStatus) { return CodeStatus::Deprecated; }
    static Actor lastValue(Actor) { return Actor::ClientSoftware; }

    int m_counter = 0;
};

QList<CatalogEntry> parsed(const QJsonObject &entry)
{
    QList<CatalogEntry> entries;
    QList<CatalogError> errors;
    const QByteArray json = QJsonDocument(QJsonObject { { u"entries"_s, QJsonArray { entry } } }).toJson();
    CatalogParser(u"test.json"_s).parse(json, &entries, &errors);
    for (const CatalogError &error : std::as_const(errors))
        qWarning("%s", qPrintable(error.toString()));
    return entries;
}

CatalogEntry throughBinary(const CatalogEntry &entry)
{
    QList<CatalogEntry> read;
    QString problem;
    if (!CatalogBinary::read(CatalogBinary::write({ entry }), &read, &problem) || read.size() != 1)
        qFatal("the compiled entry does not read back: %s", qPrintable(problem));
    return read.first();
}

// Every entry object of the JSON files in resources/catalog, with the file it is in.
QList<std::pair<QString, QJsonObject>> shippedJsonEntries()
{
    const QDir folder(test::ReferenceData::sourcePath(u"resources/catalog"_s));
    QList<std::pair<QString, QJsonObject>> entries;
    for (const QString &name : folder.entryList({ u"*.json"_s }, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        for (const QJsonValue &entry : QJsonDocument::fromJson(file.readAll())[u"entries"].toArray())
            entries.append({ name, entry.toObject() });
    }
    return entries;
}

} // namespace

class TestEntryFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMemberIsDescribedOnce()
    {
        QCOMPARE(entryFields().size(), qsizetype(memberCount<CatalogEntry>()));
        QCOMPARE(recordFields<DiagnosticCheck>().size(), qsizetype(memberCount<DiagnosticCheck>()));
        QCOMPARE(recordFields<DocumentReference>().size(), qsizetype(memberCount<DocumentReference>()));
        QCOMPARE(recordFields<ProviderUsage>().size(), qsizetype(memberCount<ProviderUsage>()));
        const QStringList names = namesOf(entryFields());
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    }

    void everyTextIsEitherTranslatableOrVerbatim()
    {
        QList<DescribedField> all = entryFields();
        for (const QString &name : namesOf(entryFields()))
            all += recordFieldsOf(name);
        using Type = DescribedField::Type;
        for (const DescribedField &field : std::as_const(all)) {
            const bool translatable = field.flags.testFlag(entryfields::Translatable);
            const bool verbatim = field.flags.testFlag(entryfields::Verbatim);
            if (field.type == Type::Text || field.type == Type::Texts)
                QVERIFY2(translatable != verbatim, qPrintable(field.name));
            else
                QVERIFY2(!translatable && !verbatim, qPrintable(field.name));
            // An id is no text to find an entry by; a list of ids other than stages is not checked.
            if (field.type == Type::Enumeration)
                QVERIFY2(!(field.flags & (entryfields::Searchable | entryfields::SearchTitle)),
                         qPrintable(field.name));
            if (field.flags.testFlag(entryfields::StageIds))
                QCOMPARE(field.type, Type::Texts);
        }
    }

    void describesEveryFieldTheShippedCatalogWrites()
    {
        const QStringList fields = namesOf(entryFields());
        const QList<std::pair<QString, QJsonObject>> entries = shippedJsonEntries();
        QVERIFY(entries.size() > 100);
        for (const auto &[file, entry] : entries) {
            for (auto it = entry.begin(); it != entry.end(); ++it) {
                const QString where = file + u": "_s + entry[u"code"].toString() + u", "_s + it.key();
                QVERIFY2(fields.contains(it.key()), qPrintable(where));
                // A list of objects is a list of records, whose every key the description names too.
                const QStringList recordNames = namesOf(recordFieldsOf(it.key()));
                for (const QJsonValue &item : it.value().toArray()) {
                    QCOMPARE(item.isObject(), !recordNames.isEmpty());
                    const QJsonObject record = item.toObject();
                    for (auto key = record.begin(); key != record.end(); ++key)
                        QVERIFY2(recordNames.contains(key.key()), qPrintable(where + u'.' + key.key()));
                }
            }
        }
    }

    void shippedEntriesRoundTripUnchanged()
    {
        const QList<DescribedField> fields = entryFields();
        for (const auto &[file, json] : shippedJsonEntries()) {
            const QString code = json[u"code"].toString();
            const QList<CatalogEntry> entries = parsed(json);
            QVERIFY2(entries.size() == 1, qPrintable(code));
            const CatalogEntry compiled = throughBinary(entries.first());
            QVERIFY2(compiled == entries.first(), qPrintable(code));
            const QJsonObject exported = entryToJson(compiled);
            for (const DescribedField &field : fields) {
                const QJsonValue written = json.value(field.name);
                const QJsonValue back = exported.value(field.name);
                if (written.isUndefined()) {
                    // Only an optional field may be left out, and then it is empty.
                    QVERIFY2(field.flags.testFlag(entryfields::Optional),
                             qPrintable(code + u' ' + field.name));
                    QVERIFY2(back.isUndefined() || back.toArray().isEmpty() || back.toString().isEmpty(),
                             qPrintable(code + u' ' + field.name));
                } else {
                    QVERIFY2(back == written, qPrintable(file + u": "_s + code + u' ' + field.name));
                }
            }
        }
    }

    void everyMemberSurvivesEveryForm()
    {
        CatalogEntry entry;
        FillEveryMember fill;
        entryfields::visitEntryFields(fill, entry);
        QVERIFY(entry != CatalogEntry());
        QVERIFY(entry.isEnhanced()); // so that the export keeps the fields only enhanced entries have

        const CatalogEntry compiled = throughBinary(entry);
        QVERIFY(compiled == entry);
        const QJsonObject exported = entryToJson(compiled);
        QCOMPARE(exported.size(), entryFields().size());
        const QList<CatalogEntry> back = parsed(exported);
        QCOMPARE(back.size(), 1);
        QVERIFY(back.first() == entry);
        QCOMPARE(entryToJson(back.first()), exported);
    }

    void exportLeavesOutWhatAnEntryCannotHave()
    {
        CatalogEntry entry;
        FillEveryMember fill;
        entryfields::visitEntryFields(fill, entry);
        entry.kind = CodeKind::Basic;
        entry.checks.first().command.clear();
        const QJsonObject exported = entryToJson(entry);
        for (const DescribedField &field : entryFields())
            QCOMPARE(exported.contains(field.name), !field.flags.testFlag(entryfields::EnhancedOnly));
        const QJsonObject check = exported[u"checks"].toArray().first().toObject();
        QVERIFY(!check.contains(u"command"));
        QCOMPARE(check[u"step"].toString(), entry.checks.first().step);
    }
};

QTEST_GUILESS_MAIN(TestEntryFields)
#include "tst_entryfields.moc"
