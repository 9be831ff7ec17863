// Why a delivery failed, from a fixed list: what a bounce's verdict says first. Each category has a
// stable id (the JSON), a translated name, who usually acts and the first thing to do.
#pragma once

#include "catalog/catalogentry.h"

#include <QCoreApplication>
#include <QString>

namespace smtpref {

enum class VerdictCategory {
    RecipientUnknown,
    MailboxFull,
    MailboxDisabled,
    RecipientMoved,
    DomainUnknown,
    DomainNoMail,
    MessageTooBig,
    OverLimit,
    Authentication,
    ReverseDns,
    Blocked,
    SpamContent,
    Virus,
    Policy,
    RelayDenied,
    SenderRejected,
    RateLimited,
    Tls,
    Expired,
    Network,
    SystemError,
    ProtocolError,
    AutoReply,
    FeedbackReport,
    Delivered,
    Unknown,
};

class VerdictCategories final
{
    Q_DECLARE_TR_FUNCTIONS(VerdictCategories)

public:
    static QString id(VerdictCategory category); // "recipient-unknown"
    static QString name(VerdictCategory category); // translated: "Recipient unknown"
    static Actor actor(VerdictCategory category);
    // The first thing to do, in one sentence, translated.
    static QString action(VerdictCategory category);

    // The category a reply's words decide, else its enhanced code, else its basic code; Unknown when
    // none of them does. The words win: a "550 5.1.1" whose text says the mailbox is full is a full
    // mailbox.
    static VerdictCategory classify(QStringView words, QStringView enhanced, QStringView basic);
    // The category the words alone decide (a bounce without a code), or Unknown.
    static VerdictCategory fromWords(QStringView words);
};

} // namespace smtpref
