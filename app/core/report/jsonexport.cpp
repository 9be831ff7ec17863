#include "report/jsonexport.h"

#include "i18n/catalogtranslation.h"
#include "catalog/vocabulary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

template<typename List, typename Convert> QJsonArray arrayOf(const List &items, Convert convert)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(convert(item));
    return array;
}

QJsonValue same(const auto &value)
{
    return QJsonValue(value);
}

} // namespace

QJsonObject entryToJson(const CatalogEntry &original)
{
    const CatalogEntry entry = CatalogTranslation::localized(original);
    QJsonObject object {
        { u"code"_s, entry.code },
        { u"kind"_s, vocabulary::kindId(entry.kind) },
        { u"classes"_s, arrayOf(entry.classes, same<int>) },
        { u"status"_s, vocabulary::statusId(entry.status) },
        { u"title"_s, entry.title },
        { u"summary"_s, entry.summary },
        { u"whenSeen"_s, entry.whenSeen },
        { u"howToFix"_s, entry.howToFix },
        { u"causes"_s, QJsonArray::fromStringList(entry.causes) },
        { u"checks"_s,
          arrayOf(entry.checks,
                  [](const DiagnosticCheck &check) {
                      QJsonObject item { { u"step"_s, check.step } };
                      if (!check.command.isEmpty())
                          item.insert(u"command"_s, check.command);
                      return item;
                  }) },
        { u"related"_s, QJsonArray::fromStringList(entry.related) },
        { u"pairs"_s, QJsonArray::fromStringList(entry.pairs) },
        { u"references"_s,
          arrayOf(entry.references,
                  [](const DocumentReference &reference) {
                      return QJsonObject { { u"document"_s, reference.document },
                                           { u"section"_s, reference.section } };
                  }) },
        { u"retry"_s, entry.retry },
        { u"actor"_s, vocabulary::actorId(entry.actor) },
        { u"stages"_s, QJsonArray::fromStringList(entry.stages) },
        { u"providers"_s,
          arrayOf(entry.providers,
                  [](const ProviderUsage &usage) {
                      return QJsonObject { { u"provider"_s, usage.provider },
                                           { u"sample"_s, usage.sample },
                                           { u"meaning"_s, usage.meaning } };
                  }) },
    };
    if (entry.isEnhanced())
        object.insert(u"seenClasses"_s, arrayOf(entry.seenClasses, same<int>));
    return object;
}

QJsonObject resolvedToJson(const ResolvedCode &code)
{
    QJsonObject object = entryToJson(*code.entry);
    object.insert(u"displayCode"_s, code.displayCode());
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

QJsonObject comparisonToJson(const Comparison &comparison)
{
    return {
        { u"a"_s, resolvedToJson(comparison.a) },
        { u"b"_s, resolvedToJson(comparison.b) },
        { u"sameCode"_s, comparison.sameCode },
        { u"intro"_s, comparison.intro },
        { u"differences"_s,
          arrayOf(comparison.differences,
                  [](const ComparisonDifference &difference) {
                      return QJsonObject { { u"aspect"_s, difference.aspect },
                                           { u"label"_s, difference.label },
                                           { u"a"_s, difference.a },
                                           { u"b"_s, difference.b } };
                  }) },
        { u"whenToUseWhich"_s, comparison.whenToUseWhich },
    };
}

} // namespace smtpref
