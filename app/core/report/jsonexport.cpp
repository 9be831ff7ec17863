#include "report/jsonexport.h"

#include "catalog/entryfields.h"
#include "catalog/vocabulary.h"
#include "i18n/catalogtranslation.h"
#include "report/comparisonpage.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

using entryfields::Field;

template<typename List, typename Convert> QJsonArray arrayOf(const List &items, Convert convert)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(convert(item));
    return array;
}

// Every field under its catalog name, as entryfields.h describes it: enumerations as their ids, an
// empty Optional text left out, an EnhancedOnly field left out of a basic entry.
class FieldsToJson
{
public:
    explicit FieldsToJson(bool enhanced)
        : m_enhanced(enhanced)
    { }

    template<typename Member> void operator()(Field field, const Member &member)
    {
        if (field.has(entryfields::EnhancedOnly) && !m_enhanced)
            return;
        if constexpr (std::same_as<Member, QString>) {
            if (!(field.has(entryfields::Optional) && member.isEmpty()))
                m_object.insert(field.name, member);
        } else if constexpr (entryfields::isEnumeration<Member>) {
            m_object.insert(field.name, vocabulary::idOf(member));
        } else if constexpr (std::same_as<Member, QList<int>>) {
            m_object.insert(field.name, arrayOf(member, [](int n) { return QJsonValue(n); }));
        } else if constexpr (std::same_as<Member, QStringList>) {
            m_object.insert(field.name, QJsonArray::fromStringList(member));
        } else {
            static_assert(entryfields::isRecordList<Member>, "a field type entryfields.h does not describe");
            m_object.insert(field.name, arrayOf(member, [](const auto &record) {
                                FieldsToJson fields(true);
                                entryfields::visitRecordFields(fields, record);
                                return fields.m_object;
                            }));
        }
    }

    QJsonObject object() const { return m_object; }

private:
    bool m_enhanced;
    QJsonObject m_object;
};

} // namespace

QJsonObject entryToJson(const CatalogEntry &original)
{
    const CatalogEntry entry = CatalogTranslation::localized(original);
    FieldsToJson fields(entry.isEnhanced());
    entryfields::visitEntryFields(fields, entry);
    return fields.object();
}

QJsonObject resolvedToJson(const ResolvedCode &code)
{
    QJsonObject object = entryToJson(*code.entry);
    object.insert(u"displayCode"_s, code.displayCode());
    if (const QString note = rangeNote(code); !note.isEmpty())
        object.insert(u"rangeNote"_s, note);
    return object;
}

QJsonObject findingToJson(const ExplainFinding &f)
{
    return {
        { u"basic"_s, f.basic },
        { u"enhanced"_s, f.enhanced },
        { u"line"_s, f.line },
        { u"start"_s, f.start },
        { u"length"_s, f.length },
        { u"stage"_s, f.stage },
        { u"remoteHost"_s, f.remoteHost },
        { u"provider"_s, f.provider },
        { u"code"_s, f.catalogCode },
        { u"notes"_s, QJsonArray::fromStringList(f.notes) },
    };
}

QJsonObject verdictToJson(const Verdict &v)
{
    return {
        { u"address"_s, v.address },
        { u"basic"_s, v.basic },
        { u"enhanced"_s, v.enhanced },
        { u"category"_s, VerdictCategories::id(v.category) },
        { u"permanent"_s, v.permanent },
        { u"actor"_s, vocabulary::actorId(v.actor) },
        { u"action"_s, v.action() },
        { u"code"_s, v.catalogCode },
    };
}

QJsonObject comparisonToJson(const Comparison &comparison)
{
    const ComparisonPage page = ComparisonPage::build(comparison);
    QJsonObject json {
        { u"a"_s, resolvedToJson(comparison.codes.value(0)) },
        { u"b"_s, resolvedToJson(comparison.codes.value(1)) },
        { u"codes"_s, arrayOf(comparison.codes, resolvedToJson) },
        { u"sameCode"_s, comparison.sameCode },
        { u"intro"_s, comparison.intro },
        { u"differences"_s,
          arrayOf(comparison.differences,
                  [](const ComparisonDifference &difference) {
                      return QJsonObject { { u"aspect"_s, difference.aspect },
                                           { u"label"_s, difference.label },
                                           { u"a"_s, difference.values.value(0) },
                                           { u"b"_s, difference.values.value(1) },
                                           { u"values"_s, QJsonArray::fromStringList(difference.values) } };
                  }) },
        { u"whenToUseWhich"_s, comparison.whenToUseWhich },
    };
    QJsonArray shared;
    for (const ComparisonRow &row : page.texts) {
        if (row.values.isEmpty())
            shared.append(QJsonObject { { u"label"_s, row.label }, { u"text"_s, row.shared } });
    }
    json.insert(u"shared"_s, shared);
    const auto curatedToJson = [](const CuratedDifference &c) {
        return QJsonObject { { u"codes"_s, QJsonArray { c.first, c.second } },
                             { u"difference"_s, c.difference },
                             { u"tellApart"_s, c.tellApart },
                             { u"action"_s, c.action } };
    };
    // Two codes: the pair's texts, absent when the catalog does not compare them by hand.
    if (comparison.codes.size() == 2 && !comparison.curated.isEmpty())
        json.insert(u"curated"_s, curatedToJson(comparison.curated.first()));
    json.insert(u"curatedPairs"_s, arrayOf(comparison.curated, curatedToJson));
    return json;
}

} // namespace smtpref
