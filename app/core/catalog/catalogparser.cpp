#include "catalog/catalogparser.h"

#include "catalog/entryfields.h"
#include "catalog/vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

using entryfields::Field;

// Line and column of a byte offset, for a JSON syntax error a person can find in an editor.
QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = static_cast<int>(before.count('\n')) + 1;
    const int column = offset - static_cast<int>(before.lastIndexOf('\n'));
    return QCoreApplication::translate("CatalogParser", "line %1, column %2").arg(line).arg(column);
}

// The JSON names a visited entry or record has.
struct FieldNames
{
    QStringList names;
    void operator()(Field field, const auto &) { names << field.name.toString(); }
};

template<class Record> QStringList recordFieldNames()
{
    FieldNames visitor;
    Record record;
    entryfields::visitRecordFields(visitor, record);
    return visitor.names;
}

// Fills one record from a JSON object: every key a field of the record, every value a string, every
// field not Optional present.
class RecordFromJson
{
public:
    explicit RecordFromJson(const QJsonObject &object)
        : m_object(object)
    { }

    bool ok() const { return m_ok; }

    void operator()(Field field, QString &member)
    {
        const QJsonValue value = m_object.value(field.name);
        if (value.isUndefined() && field.has(entryfields::Optional))
            return;
        m_ok = m_ok && value.isString()
            && !(field.has(entryfields::NonEmpty) && value.toString().trimmed().isEmpty());
        member = value.toString();
    }

private:
    const QJsonObject &m_object;
    bool m_ok = true;
};

// Fills an entry from its JSON object, field by field as entryfields.h describes them, and reports
// each field that does not have the shape the description asks for.
class EntryFromJson
{
    Q_DECLARE_TR_FUNCTIONS(CatalogParser)

public:
    struct Problem
    {
        QString field;
        QString message;
    };

    explicit EntryFromJson(const QJsonObject &object)
        : m_object(object)
    { }

    const QList<Problem> &problems() const { return m_problems; }

    template<class Member> void operator()(Field field, Member &member)
    {
        const QString name = field.name.toString();
        const QJsonValue value = m_object.value(field.name);
        if (value.isUndefined() && field.has(entryfields::Optional))
            return;
        if constexpr (std::same_as<Member, QString>) {
            member = text(name, value, field.has(entryfields::NonEmpty));
        } else if constexpr (entryfields::isEnumeration<Member>) {
            const QString id = text(name, value, true);
            if (const auto parsed = vocabulary::fromId(id, member))
                member = *parsed;
            else if (!id.isEmpty())
                report(name, unknownId(member, id));
        } else if constexpr (std::same_as<Member, QList<int>>) {
            for (const QJsonValue &item : array(field, value)) {
                if (!item.isDouble() || item.toDouble() != item.toInt())
                    report(name, tr("every item must be a whole number"));
                else
                    member << item.toInt();
            }
        } else if constexpr (std::same_as<Member, QStringList>) {
            for (const QJsonValue &item : array(field, value)) {
                if (!item.isString() || item.toString().trimmed().isEmpty())
                    report(name, tr("every item must be a non-empty string"));
                else if (field.has(entryfields::StageIds) && !vocabulary::isStageId(item.toString()))
                    report(name, tr("\"%1\" is not a known stage").arg(item.toString()));
                else
                    member << item.toString();
            }
        } else {
            static_assert(entryfields::isRecordList<Member>, "a field type entryfields.h does not describe");
            using Record = typename entryfields::RecordListOf<Member>::Record;
            const QStringList names = recordFieldNames<Record>();
            for (const QJsonValue &item : array(field, value)) {
                const QJsonObject object = item.toObject();
                Record record;
                RecordFromJson fill(object);
                entryfields::visitRecordFields(fill, record);
                bool ok = item.isObject() && fill.ok();
                for (auto it = object.begin(); ok && it != object.end(); ++it)
                    ok = names.contains(it.key());
                if (ok)
                    member.append(std::move(record));
                else
                    report(
                        name,
                        tr("every item must be an object with the string fields %1").arg(names.join(u", ")));
            }
        }
    }

private:
    void report(const QString &field, const QString &message) { m_problems.append({ field, message }); }

    QString text(const QString &name, const QJsonValue &value, bool nonEmpty)
    {
        if (!value.isString() || (nonEmpty && value.toString().trimmed().isEmpty())) {
            report(name, tr("missing, or not a non-empty string"));
            return {};
        }
        return value.toString();
    }

    QJsonArray array(Field field, const QJsonValue &value)
    {
        const QString name = field.name.toString();
        if (!value.isArray())
            report(name, tr("missing, or not an array"));
        else if (field.has(entryfields::NonEmpty) && value.toArray().isEmpty())
            report(name, tr("at least one item is needed"));
        return value.toArray();
    }

    static QString unknownId(CodeKind, const QString &id)
    {
        return tr("\"%1\" is not basic or enhanced").arg(id);
    }
    static QString unknownId(CodeStatus, const QString &id)
    {
        return tr("\"%1\" is not a known status").arg(id);
    }
    static QString unknownId(Actor, const QString &id) { return tr("\"%1\" is not a known actor").arg(id); }

    const QJsonObject &m_object;
    QList<Problem> m_problems;
};

} // namespace

CatalogParser::CatalogParser(QString sourceName)
    : m_source(std::move(sourceName))
{ }

void CatalogParser::addError(const QString &code, const QString &field, const QString &message)
{
    m_errors->append({ m_source, code, field, message });
}

void CatalogParser::parse(const QByteArray &json, QList<CatalogEntry> *entries, QList<CatalogError> *errors)
{
    m_errors = errors;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        addError({}, {},
                 tr("malformed JSON at %1: %2")
                     .arg(lineAndColumn(json, parseError.offset), parseError.errorString()));
        return;
    }
    const QJsonValue list = document.object().value(u"entries");
    if (!document.isObject() || !list.isArray()) {
        addError({}, {}, tr("the document must be an object with an \"entries\" array"));
        return;
    }
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString position = u'#' + QString::number(i + 1);
        if (!array.at(i).isObject()) {
            addError(position, {}, tr("the entry is not a JSON object"));
            continue;
        }
        CatalogEntry entry;
        if (parseEntry(array.at(i).toObject(), position, &entry))
            entries->append(std::move(entry));
    }
}

bool CatalogParser::parseEntry(const QJsonObject &object, const QString &position, CatalogEntry *entry)
{
    const qsizetype errorsBefore = m_errors->size();
    // The entry is named by its code in every message, or by its position when the code is unusable.
    const QJsonValue codeValue = object.value(u"code");
    const QString name
        = codeValue.isString() && !codeValue.toString().trimmed().isEmpty() ? codeValue.toString() : position;

    FieldNames known;
    entryfields::visitEntryFields(known, *entry);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.names.contains(it.key()))
            addError(name, it.key(), tr("unknown field"));
    }
    EntryFromJson fill(object);
    entryfields::visitEntryFields(fill, *entry);
    for (const EntryFromJson::Problem &problem : fill.problems())
        addError(name, problem.field, problem.message);
    return m_errors->size() == errorsBefore;
}

} // namespace smtpref
