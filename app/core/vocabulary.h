// The fixed words of the catalog: the ids used in the JSON for kinds, statuses, actors and stages,
// and their display names, translated at call time (context "Vocabulary").
#pragma once

#include "catalogentry.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace smtpref::vocabulary {

QString kindId(CodeKind kind);
std::optional<CodeKind> kindFromId(QStringView id);
QString kindName(CodeKind kind);

QString statusId(CodeStatus status);
std::optional<CodeStatus> statusFromId(QStringView id);
QString statusName(CodeStatus status);

QString actorId(Actor actor);
std::optional<Actor> actorFromId(QStringView id);
QString actorName(Actor actor);

// Stage ids are protocol words ("RCPT TO") except a few ("greeting", "end of data", "any", "DSN").
const QStringList &stageIds();
bool isStageId(QStringView id);
QString stageName(const QString &id);

// Reply classes: 1..5 for basic codes (1 only for folklore codes), 2, 4, 5 for enhanced ones.
QString classLabel(int cls); // "5xx"
QString classLabels(const QList<int> &classes); // "4xx, 5xx"
QString className(int cls); // "Permanent Negative Completion"
// The subject digit of an enhanced code: 1 -> "Addressing status".
QString subjectName(int subject);
// The second digit of a basic code (RFC 5321 4.2.1): 5 -> "Mail system".
QString basicCategoryName(int digit);
// What a sending server does with a reply of this class: 4 -> "Retry later".
QString retryPolicy(int cls);

} // namespace smtpref::vocabulary
