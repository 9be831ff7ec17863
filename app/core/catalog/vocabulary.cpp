#include "catalog/vocabulary.h"

#include <QCoreApplication>

#include <iterator>

namespace smtpref::vocabulary {
namespace {

struct Term
{
    const char16_t *id;
    const char *name; // source text for translation, context "Vocabulary"
};

// Each table is indexed by the enum's value, so the order must follow the enum declaration.
constexpr Term kindTerms[] = {
    { u"basic", QT_TRANSLATE_NOOP("Vocabulary", "basic code") },
    { u"enhanced", QT_TRANSLATE_NOOP("Vocabulary", "enhanced status code") },
    { u"tag", QT_TRANSLATE_NOOP("Vocabulary", "provider tag") },
};

constexpr Term statusTerms[] = {
    { u"standard", QT_TRANSLATE_NOOP("Vocabulary", "standard") },
    { u"extension", QT_TRANSLATE_NOOP("Vocabulary", "SMTP extension") },
    { u"registry-only", QT_TRANSLATE_NOOP("Vocabulary", "registry association only") },
    { u"historic", QT_TRANSLATE_NOOP("Vocabulary", "historic") },
    { u"draft", QT_TRANSLATE_NOOP("Vocabulary", "draft, never standardized") },
    { u"nonstandard", QT_TRANSLATE_NOOP("Vocabulary", "nonstandard, in no RFC") },
    { u"deprecated", QT_TRANSLATE_NOOP("Vocabulary", "deprecated") },
    { u"provider", QT_TRANSLATE_NOOP("Vocabulary", "defined by a mail provider") },
};

constexpr Term actorTerms[] = {
    { u"none", QT_TRANSLATE_NOOP("Vocabulary", "nobody, nothing to fix") },
    { u"sender", QT_TRANSLATE_NOOP("Vocabulary", "the sender") },
    { u"sender-admin", QT_TRANSLATE_NOOP("Vocabulary", "the sender's mail administrator") },
    { u"recipient", QT_TRANSLATE_NOOP("Vocabulary", "the recipient") },
    { u"recipient-admin", QT_TRANSLATE_NOOP("Vocabulary", "the recipient's mail administrator") },
    { u"client-software", QT_TRANSLATE_NOOP("Vocabulary", "the client software") },
};

// Stages whose id is a protocol word are shown verbatim; the others have a translatable name.
constexpr Term stageTerms[] = {
    { u"connection", QT_TRANSLATE_NOOP("Vocabulary", "connection") },
    { u"greeting", QT_TRANSLATE_NOOP("Vocabulary", "greeting") },
    { u"EHLO", nullptr },
    { u"STARTTLS", nullptr },
    { u"AUTH", nullptr },
    { u"MAIL FROM", nullptr },
    { u"RCPT TO", nullptr },
    { u"DATA", nullptr },
    { u"end of data", QT_TRANSLATE_NOOP("Vocabulary", "end of data") },
    { u"BDAT", nullptr },
    { u"VRFY", nullptr },
    { u"EXPN", nullptr },
    { u"HELP", nullptr },
    { u"NOOP", nullptr },
    { u"RSET", nullptr },
    { u"QUIT", nullptr },
    { u"ETRN", nullptr },
    { u"ATRN", nullptr },
    { u"any", QT_TRANSLATE_NOOP("Vocabulary", "any command") },
    { u"DSN", QT_TRANSLATE_NOOP("Vocabulary", "bounce report (DSN)") },
};

QString translated(const char *source)
{
    return QCoreApplication::translate("Vocabulary", source);
}

template<typename Enum, std::size_t N> QString idOf(const Term (&terms)[N], Enum value)
{
    return QString::fromUtf16(terms[static_cast<std::size_t>(value)].id);
}

template<typename Enum, std::size_t N> std::optional<Enum> fromId(const Term (&terms)[N], QStringView id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (id == QStringView(terms[i].id))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N> QString nameOf(const Term (&terms)[N], Enum value)
{
    return translated(terms[static_cast<std::size_t>(value)].name);
}

} // namespace

QString kindId(CodeKind kind)
{
    return idOf(kindTerms, kind);
}
std::optional<CodeKind> kindFromId(QStringView id)
{
    return fromId<CodeKind>(kindTerms, id);
}
QString kindName(CodeKind kind)
{
    return nameOf(kindTerms, kind);
}

QString statusId(CodeStatus status)
{
    return idOf(statusTerms, status);
}
std::optional<CodeStatus> statusFromId(QStringView id)
{
    return fromId<CodeStatus>(statusTerms, id);
}
QString statusName(CodeStatus status)
{
    return nameOf(statusTerms, status);
}

QString actorId(Actor actor)
{
    return idOf(actorTerms, actor);
}
std::optional<Actor> actorFromId(QStringView id)
{
    return fromId<Actor>(actorTerms, id);
}
QString actorName(Actor actor)
{
    return nameOf(actorTerms, actor);
}

const QStringList &stageIds()
{
    static const QStringList ids = [] {
        QStringList list;
        for (const Term &term : stageTerms)
            list << QString::fromUtf16(term.id);
        return list;
    }();
    return ids;
}

bool isStageId(QStringView id)
{
    return stageIds().contains(id);
}

QString stageName(const QString &id)
{
    for (const Term &term : stageTerms) {
        if (QStringView(term.id) == id)
            return term.name ? translated(term.name) : id;
    }
    return id;
}

QString heading(Heading heading)
{
    // Indexed by Heading: the order follows the enum declaration.
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("Sections", "What it means"),
        QT_TRANSLATE_NOOP("Sections", "When you see it"),
        QT_TRANSLATE_NOOP("Sections", "How to fix it"),
        QT_TRANSLATE_NOOP("Sections", "Causes"),
        QT_TRANSLATE_NOOP("Sections", "Typical error texts"),
        QT_TRANSLATE_NOOP("Sections", "Checks"),
        QT_TRANSLATE_NOOP("Sections", "Retry"),
        QT_TRANSLATE_NOOP("Sections", "Who acts"),
        QT_TRANSLATE_NOOP("Sections", "Where in the session"),
        QT_TRANSLATE_NOOP("Sections", "Sent with basic codes"),
        QT_TRANSLATE_NOOP("Sections", "Usual enhanced codes"),
        QT_TRANSLATE_NOOP("Sections", "Related codes"),
        QT_TRANSLATE_NOOP("Sections", "Often confused with"),
        QT_TRANSLATE_NOOP("Sections", "References"),
        QT_TRANSLATE_NOOP("Sections", "As %1 uses it"),
        QT_TRANSLATE_NOOP("Sections", "Key differences"),
        QT_TRANSLATE_NOOP("Sections", "When to use which"),
        QT_TRANSLATE_NOOP("Sections", "Note"),
        QT_TRANSLATE_NOOP("Sections", "%1 compared with %2"),
        QT_TRANSLATE_NOOP("Sections", "%1 section %2"),
        QT_TRANSLATE_NOOP("Sections", "What tells them apart"),
        QT_TRANSLATE_NOOP("Sections", "The difference"),
        QT_TRANSLATE_NOOP("Sections", "How to tell which one you have"),
        QT_TRANSLATE_NOOP("Sections", "What to do differently"),
        QT_TRANSLATE_NOOP("Sections", "%1 and %2"),
    };
    return QCoreApplication::translate("Sections", texts[static_cast<int>(heading)]);
}

QString classLabel(int cls)
{
    return QString::number(cls) + u"xx";
}

QString classLabels(const QList<int> &classes)
{
    QStringList labels;
    for (int cls : classes)
        labels << classLabel(cls);
    return labels.join(u", ");
}

QString className(int cls)
{
    switch (cls) {
    case 1:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Not an SMTP reply (client-side error)"));
    case 2:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Positive Completion"));
    case 3:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Positive Intermediate"));
    case 4:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Transient Negative Completion"));
    case 5:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Permanent Negative Completion"));
    default:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Unknown class"));
    }
}

QString subjectName(int subject)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Vocabulary", "Other or undefined status"),
        QT_TRANSLATE_NOOP("Vocabulary", "Addressing status"),
        QT_TRANSLATE_NOOP("Vocabulary", "Mailbox status"),
        QT_TRANSLATE_NOOP("Vocabulary", "Mail system status"),
        QT_TRANSLATE_NOOP("Vocabulary", "Network and routing status"),
        QT_TRANSLATE_NOOP("Vocabulary", "Mail delivery protocol status"),
        QT_TRANSLATE_NOOP("Vocabulary", "Message content or media status"),
        QT_TRANSLATE_NOOP("Vocabulary", "Security or policy status"),
    };
    if (subject < 0 || subject >= static_cast<int>(std::size(names)))
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Unknown subject"));
    return translated(names[subject]);
}

QString basicCategoryName(int digit)
{
    switch (digit) {
    case 0:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Syntax"));
    case 1:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Information"));
    case 2:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Connections"));
    case 5:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Mail system"));
    default:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Unspecified category"));
    }
}

QString retryPolicy(int cls)
{
    switch (cls) {
    case 2:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Nothing to retry: the step succeeded"));
    case 3:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Go on: the server waits for more input"));
    case 4:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "Retry later: the failure is temporary"));
    case 5:
        return translated(
            QT_TRANSLATE_NOOP("Vocabulary", "Do not retry unchanged: the failure is permanent"));
    default:
        return translated(QT_TRANSLATE_NOOP("Vocabulary", "No SMTP reply: check the connection"));
    }
}

} // namespace smtpref::vocabulary
