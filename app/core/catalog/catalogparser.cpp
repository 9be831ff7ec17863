#include "catalog/catalogparser.h"

#include "catalog/vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

const QSet<QString> &knownFields()
{
    static const QSet<QString> fields = {
        u"code"_s,    u"kind"_s,       u"classes"_s,  u"seenClasses"_s, u"status"_s, u"title"_s,
        u"summary"_s, u"whenSeen"_s,   u"howToFix"_s, u"causes"_s,      u"checks"_s, u"related"_s,
        u"pairs"_s,   u"references"_s, u"retry"_s,    u"actor"_s,       u"stages"_s, u"providers"_s,
    };
    return fields;
}

// Line and column of a byte offset, for a JSON syntax error a person can find in an editor.
QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = static_cast<int>(before.count('\n')) + 1;
    const int column = offset - static_cast<int>(before.lastIndexOf('\n'));
    return QCoreApplication::translate("CatalogParser", "line %1, column %2").arg(line).arg(column);
}

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
    const QJsonValue codeValue = object.value(u"code");
    const QString code
        = codeValue.isString() && !codeValue.toString().isEmpty() ? codeValue.toString() : position;
    if (code == position)
        addError(position, u"code"_s, tr("missing, or not a non-empty string"));

    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownFields().contains(it.key()))
            addError(code, it.key(), tr("unknown field"));
    }

    auto text = [&](const QString &field) {
        const QJsonValue value = object.value(field);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            addError(code, field, tr("missing, or not a non-empty string"));
            return QString();
        }
        return value.toString();
    };
    auto array = [&](const QString &field, bool required = true) {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() && !required)
            return QJsonArray();
        if (!value.isArray())
            addError(code, field, tr("missing, or not an array"));
        return value.toArray();
    };
    auto texts = [&](const QString &field) {
        QStringList result;
        for (const QJsonValue &item : array(field)) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                addError(code, field, tr("every item must be a non-empty string"));
            else
                result << item.toString();
        }
        return result;
    };
    auto numbers = [&](const QString &field, bool required) {
        QList<int> result;
        for (const QJsonValue &item : array(field, required)) {
            if (!item.isDouble() || item.toDouble() != item.toInt())
                addError(code, field, tr("every item must be a whole number"));
            else
                result << item.toInt();
        }
        return result;
    };
    // Reads an object item of an array: every key in `keys` must be a string; `optionalKey` may be absent.
    auto record = [&](const QString &field, const QJsonValue &item, const QStringList &keys,
                      const QString &optionalKey, auto &&store) {
        const QJsonObject fields = item.toObject();
        bool ok = item.isObject();
        for (auto it = fields.begin(); ok && it != fields.end(); ++it)
            ok = keys.contains(it.key()) && it.value().isString();
        for (const QString &key : keys)
            ok = ok && (fields.contains(key) || key == optionalKey);
        if (!ok) {
            addError(code, field,
                     tr("every item must be an object with the string fields %1").arg(keys.join(u", ")));
            return;
        }
        store(fields);
    };
    auto textOf = [](const QJsonObject &fields, const char16_t *key) { return fields.value(key).toString(); };

    entry->code = code;
    const QString kind = text(u"kind"_s);
    if (const auto parsed = vocabulary::kindFromId(kind))
        entry->kind = *parsed;
    else if (!kind.isEmpty())
        addError(code, u"kind"_s, tr("\"%1\" is not basic or enhanced").arg(kind));
    entry->classes = numbers(u"classes"_s, true);
    entry->seenClasses = numbers(u"seenClasses"_s, false);
    const QString status = text(u"status"_s);
    if (const auto parsed = vocabulary::statusFromId(status))
        entry->status = *parsed;
    else if (!status.isEmpty())
        addError(code, u"status"_s, tr("\"%1\" is not a known status").arg(status));
    entry->title = text(u"title"_s);
    entry->summary = text(u"summary"_s);
    entry->whenSeen = text(u"whenSeen"_s);
    entry->howToFix = text(u"howToFix"_s);
    entry->causes = texts(u"causes"_s);
    for (const QJsonValue &item : array(u"checks"_s)) {
        record(u"checks"_s, item, { u"step"_s, u"command"_s }, u"command"_s, [&](const QJsonObject &fields) {
            entry->checks.append({ textOf(fields, u"step"), textOf(fields, u"command") });
        });
    }
    entry->related = texts(u"related"_s);
    entry->pairs = texts(u"pairs"_s);
    for (const QJsonValue &item : array(u"references"_s)) {
        record(u"references"_s, item, { u"document"_s, u"section"_s }, QString(),
               [&](const QJsonObject &fields) {
                   entry->references.append({ textOf(fields, u"document"), textOf(fields, u"section") });
               });
    }
    entry->retry = text(u"retry"_s);
    const QString actor = text(u"actor"_s);
    if (const auto parsed = vocabulary::actorFromId(actor))
        entry->actor = *parsed;
    else if (!actor.isEmpty())
        addError(code, u"actor"_s, tr("\"%1\" is not a known actor").arg(actor));
    entry->stages = texts(u"stages"_s);
    for (const QString &stage : std::as_const(entry->stages)) {
        if (!vocabulary::isStageId(stage))
            addError(code, u"stages"_s, tr("\"%1\" is not a known stage").arg(stage));
    }
    for (const QJsonValue &item : array(u"providers"_s)) {
        record(u"providers"_s, item, { u"provider"_s, u"sample"_s, u"meaning"_s }, QString(),
               [&](const QJsonObject &fields) {
                   entry->providers.append({ textOf(fields, u"provider"), textOf(fields, u"sample"),
                                             textOf(fields, u"meaning") });
               });
    }
    return m_errors->size() == errorsBefore;
}

} // namespace smtpref
