// What the window shows before a code is chosen, described once: the reply classes, the codes
// people look up most, and what the search field understands, in the current language. HtmlReport
// formats it (like EntryPage).
#pragma once

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref {

struct StartPage
{
    Q_DECLARE_TR_FUNCTIONS(StartPage)

public:
    struct ReplyClass
    {
        int cls; // 2 to 5
        QString label; // "5xx"
        QString name; // "Permanent Negative Completion"
        QString meaning; // what a sending server does with it
    };
    struct CommonCode
    {
        QString code; // as people write it: "5.7.26"
        QString title; // the catalog's title, in the current language
        bool operator==(const CommonCode &) const = default;
    };
    struct SearchTip
    {
        QStringList examples; // typed exactly so: "550", "5.7.1"
        QString explanation;
    };

    QString title;
    QString classesIntro;
    QList<ReplyClass> classes;
    QString codesHeading;
    QList<CommonCode> codes; // those of commonCodes() the catalog has, in that order
    QString searchHeading;
    QList<SearchTip> tips;

    // The codes people look up most, as they write them: the mailbox, relay, policy, authentication
    // and capacity failures that fill bounce messages.
    static const QStringList &commonCodes();

    static StartPage build(const Catalog &catalog);
};

} // namespace smtpref
