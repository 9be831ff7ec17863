// The fixed words of the catalog: the ids used in the JSON for kinds, statuses, actors and stages,
// and their display names, translated at call time (context "Vocabulary").
#pragma once

#include "catalog/catalogentry.h"

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

// The same by overload, for code that treats every enumeration of an entry alike (entryfields.h).
inline QString idOf(CodeKind kind)
{
    return kindId(kind);
}
inline QString idOf(CodeStatus status)
{
    return statusId(status);
}
inline QString idOf(Actor actor)
{
    return actorId(actor);
}
inline std::optional<CodeKind> fromId(QStringView id, CodeKind)
{
    return kindFromId(id);
}
inline std::optional<CodeStatus> fromId(QStringView id, CodeStatus)
{
    return statusFromId(id);
}
inline std::optional<Actor> fromId(QStringView id, Actor)
{
    return actorFromId(id);
}

// Stage ids are protocol words ("RCPT TO") except a few ("greeting", "end of data", "any", "DSN").
const QStringList &stageIds();
bool isStageId(QStringView id);
QString stageName(const QString &id);

// The headings of a code's page and of a comparison, shared by the window, the text and Markdown
// reports and the comparison (context "Sections"), so that each is translated once.
enum class Heading {
    Meaning, // What it means
    WhenSeen, // When you see it
    HowToFix, // How to fix it
    Causes, // Causes
    ErrorTexts, // Typical error texts
    Checks, // Checks
    Retry, // Retry
    WhoActs, // Who acts
    Stages, // Where in the session
    SentWithBasic, // Sent with basic codes
    UsualEnhanced, // Usual enhanced codes
    Related, // Related codes
    OftenConfused, // Often confused with
    References, // References
    ProviderUsage, // As %1 uses it
    KeyDifferences, // Key differences
    WhenToUseWhich, // When to use which
    Note, // Note
    ComparedWith, // %1 compared with %2
    DocumentSection, // %1 section %2
    TellingApart, // What tells them apart
    Difference, // The difference
    HowToTell, // How to tell which one you have
    WhatToDo, // What to do differently
    CodePair, // %1 and %2
};
QString heading(Heading heading);

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
