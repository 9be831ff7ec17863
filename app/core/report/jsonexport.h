// What `smtpref --json` prints: a catalog entry with the field names of the catalog files
// (docs/catalog.md), and a comparison with the keys a, b, intro, differences, whenToUseWhich.
#pragma once

#include "explain/explainfinding.h"
#include "catalog/catalogentry.h"
#include "compare/comparison.h"
#include "diagnosis/diagnosis.h"

#include <QJsonObject>

namespace smtpref {

QJsonObject entryToJson(const CatalogEntry &entry);
// The entry, with the code as it was asked for ("5.7.26" for X.7.26) under displayCode.
QJsonObject resolvedToJson(const ResolvedCode &code);
QJsonObject comparisonToJson(const Comparison &comparison);
// {"basic", "enhanced", "line", "start", "length", "stage", "remoteHost", "provider", "code", "notes"}
QJsonObject findingToJson(const ExplainFinding &finding);
// {"address", "basic", "enhanced", "category", "permanent", "actor", "action", "code"}: ids for the
// category and the actor, the action sentence in the current language.
QJsonObject verdictToJson(const Verdict &verdict);

} // namespace smtpref
