#include "diagnosis/verdictcategory.h"

#include "code/replycode.h"

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

using C = VerdictCategory;

struct CategoryInfo
{
    const char16_t *id;
    const char *name;
    Actor actor;
    const char *action;
};

// Indexed by VerdictCategory, in its order.
constexpr CategoryInfo infos[] = {
    { u"recipient-unknown", QT_TRANSLATE_NOOP("VerdictCategories", "Recipient unknown"), Actor::Sender,
      QT_TRANSLATE_NOOP("VerdictCategories", "Check the address for typos and ask the recipient for the right one; "
                                             "remove it from lists if it stays unknown.") },
    { u"mailbox-full", QT_TRANSLATE_NOOP("VerdictCategories", "Mailbox full"), Actor::Recipient,
      QT_TRANSLATE_NOOP("VerdictCategories", "Tell the recipient another way that their mailbox is full, and send "
                                             "again once they have made room.") },
    { u"mailbox-disabled", QT_TRANSLATE_NOOP("VerdictCategories", "Mailbox disabled or suspended"), Actor::Recipient,
      QT_TRANSLATE_NOOP("VerdictCategories", "Reach the recipient another way; if the account stays disabled, treat "
                                             "the address as gone.") },
    { u"recipient-moved", QT_TRANSLATE_NOOP("VerdictCategories", "Recipient moved"), Actor::Sender,
      QT_TRANSLATE_NOOP("VerdictCategories", "Send to the recipient's new address, once you have checked that it is "
                                             "genuine.") },
    { u"domain-unknown", QT_TRANSLATE_NOOP("VerdictCategories", "Domain does not exist or has no mail server"),
      Actor::Sender,
      QT_TRANSLATE_NOOP("VerdictCategories", "Check the spelling of the domain after the @; if it is right, its "
                                             "owner has to fix its DNS (MX records).") },
    { u"domain-no-mail", QT_TRANSLATE_NOOP("VerdictCategories", "Domain accepts no mail (null MX)"), Actor::Sender,
      QT_TRANSLATE_NOOP("VerdictCategories", "The domain declares that it receives no mail: ask the recipient for an "
                                             "address at another domain.") },
    { u"message-too-big", QT_TRANSLATE_NOOP("VerdictCategories", "Message too big"), Actor::Sender,
      QT_TRANSLATE_NOOP("VerdictCategories", "Send a smaller message: compress the attachments or share a link "
                                             "instead.") },
    { u"over-limit", QT_TRANSLATE_NOOP("VerdictCategories", "Too many recipients or over a sending limit"),
      Actor::Sender,
      QT_TRANSLATE_NOOP("VerdictCategories", "Split the recipients into smaller batches, or wait until the sending "
                                             "limit resets.") },
    { u"authentication", QT_TRANSLATE_NOOP("VerdictCategories", "Authentication failed (SPF, DKIM, DMARC)"),
      Actor::SenderAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "The sending domain's admin fixes SPF, signs with DKIM and aligns both "
                                             "with the From domain for DMARC.") },
    { u"reverse-dns", QT_TRANSLATE_NOOP("VerdictCategories", "Reverse DNS missing"), Actor::SenderAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "Ask whoever owns the sending IP address for a PTR record whose name "
                                             "resolves back to that address.") },
    { u"blocked", QT_TRANSLATE_NOOP("VerdictCategories", "Sender IP or domain blocked"), Actor::SenderAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "Look the sending IP address and domain up on the named blocklist, fix "
                                             "what got them listed, then ask for delisting.") },
    { u"spam-content", QT_TRANSLATE_NOOP("VerdictCategories", "Spam or content rejected"), Actor::Sender,
      QT_TRANSLATE_NOOP("VerdictCategories", "Review the message's content, links and attachments; if it is "
                                             "legitimate, the sending admin checks the domain's reputation.") },
    { u"virus", QT_TRANSLATE_NOOP("VerdictCategories", "Virus"), Actor::Sender,
      QT_TRANSLATE_NOOP("VerdictCategories", "Scan the sending computer and the attachment; send the file another "
                                             "way if it is clean.") },
    { u"policy", QT_TRANSLATE_NOOP("VerdictCategories", "Refused by local policy"), Actor::RecipientAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "Ask the recipient to have their mail admin allow your messages, "
                                             "quoting the reply line.") },
    { u"relay-denied", QT_TRANSLATE_NOOP("VerdictCategories", "Relaying denied"), Actor::SenderAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "Send through your own mail server with authentication, not through a "
                                             "server that does not handle the recipient's domain.") },
    { u"sender-rejected", QT_TRANSLATE_NOOP("VerdictCategories", "Sender address rejected"), Actor::SenderAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "Send from an address that your account may use and whose domain "
                                             "exists and receives mail.") },
    { u"rate-limited", QT_TRANSLATE_NOOP("VerdictCategories", "Rate limited or too many connections"),
      Actor::SenderAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "Let the queue retry later, and lower the sending rate and the number "
                                             "of parallel connections.") },
    { u"tls", QT_TRANSLATE_NOOP("VerdictCategories", "TLS required or failed"), Actor::RecipientAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "The two servers could not agree on TLS: the receiving side's admin "
                                             "checks its certificate and STARTTLS, the sending side its TLS policy.") },
    { u"expired", QT_TRANSLATE_NOOP("VerdictCategories", "Delivery expired"), Actor::RecipientAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "The recipient's server could not be reached before the queue gave "
                                             "up: tell the recipient another way, and send again once it accepts "
                                             "mail.") },
    { u"network", QT_TRANSLATE_NOOP("VerdictCategories", "Network or connection error"), Actor::RecipientAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "The recipient's mail server did not answer: the queue retries by "
                                             "itself; if it lasts, their admin checks the server and its MX records.") },
    { u"system-error", QT_TRANSLATE_NOOP("VerdictCategories", "Remote system error"), Actor::RecipientAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "Wait for the retries; if it persists, report the reply line to the "
                                             "recipient's mail admin.") },
    { u"protocol-error", QT_TRANSLATE_NOOP("VerdictCategories", "Syntax or protocol error"), Actor::SenderAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "Check the sending software's settings (port, TLS mode, address "
                                             "format) and update it.") },
    { u"auto-reply", QT_TRANSLATE_NOOP("VerdictCategories", "Auto-reply, not a bounce"), Actor::None,
      QT_TRANSLATE_NOOP("VerdictCategories", "Nothing failed: the message was delivered and the recipient's "
                                             "auto-reply answered it.") },
    { u"feedback-report", QT_TRANSLATE_NOOP("VerdictCategories", "Complaint or abuse report"), Actor::Sender,
      QT_TRANSLATE_NOOP("VerdictCategories", "Stop sending to the complaining recipient and check how the address "
                                             "got on your list.") },
    { u"delivered", QT_TRANSLATE_NOOP("VerdictCategories", "Delivered"), Actor::None,
      QT_TRANSLATE_NOOP("VerdictCategories", "Nothing to do: this is a success notice.") },
    { u"unknown", QT_TRANSLATE_NOOP("VerdictCategories", "Not determined"), Actor::SenderAdmin,
      QT_TRANSLATE_NOOP("VerdictCategories", "Read the reply line below and the code's explanation; the bounce does "
                                             "not say more.") },
};
static_assert(std::size(infos) == int(C::Unknown) + 1);

const CategoryInfo &info(C category)
{
    return infos[int(category)];
}

struct Words
{
    const char16_t *text; // lower case
    C category;
};

// What replies and bounces say, most specific first: a full mailbox before a rejected address, a
// public blocklist before content, DMARC before policy, a missing domain before a missing address.
// Matched in lower case.
constexpr Words phrases[] = {
    { u"virus", C::Virus }, { u"malware", C::Virus }, { u"infected", C::Virus },
    { u"null mx", C::DomainNoMail }, { u"indicated no smtp service", C::DomainNoMail }, { u"nullmx", C::DomainNoMail }, { u"does not accept mail", C::DomainNoMail },
    { u"accepts no mail", C::DomainNoMail },
    { u"sending quota", C::OverLimit }, { u"submission quota", C::OverLimit },
    { u"submissionquotaexceeded", C::OverLimit }, { u"sending limit", C::OverLimit },
    { u"mailbox full", C::MailboxFull }, { u"mailbox is full", C::MailboxFull }, { u"over quota", C::MailboxFull },
    { u"overquota", C::MailboxFull }, { u"quota exceeded", C::MailboxFull }, { u"exceeded storage", C::MailboxFull },
    { u"mailbox size limit", C::MailboxFull }, { u"insufficient storage", C::MailboxFull },
    { u"out of storage", C::MailboxFull }, { u"storage quota", C::MailboxFull }, { u"disk quota", C::MailboxFull },
    { u"mailbox voll", C::MailboxFull }, { u"postfach voll", C::MailboxFull }, { u"boîte pleine", C::MailboxFull },
    { u"too many recipients", C::OverLimit }, { u"recipient limit", C::OverLimit },
    { u"daily limit", C::OverLimit }, { u"message limit", C::OverLimit },
    { u"retry time not reached", C::Expired }, { u"in the queue too long", C::Expired },
    { u"gave up", C::Expired }, { u"given up", C::Expired }, { u"giving up", C::Expired }, { u"retry timeout exceeded", C::Expired },
    { u"delivery time expired", C::Expired }, { u"message expired", C::Expired }, { u"too long in queue", C::Expired },
    { u"queue lifetime", C::Expired }, { u"could not be delivered within", C::Expired },
    { u"was not delivered within", C::Expired }, { u"delivery has been delayed", C::Expired },
    { u"relay access denied", C::RelayDenied }, { u"relaying denied", C::RelayDenied },
    { u"unable to relay", C::RelayDenied }, { u"relay not permitted", C::RelayDenied },
    { u"relaying not allowed", C::RelayDenied }, { u"not permitted to relay", C::RelayDenied },
    { u"we do not relay", C::RelayDenied }, { u"relay denied", C::RelayDenied },
    { u"spf", C::Authentication }, { u"dkim", C::Authentication }, { u"dmarc", C::Authentication },
    { u"unauthenticated", C::Authentication }, { u"authentication-results", C::Authentication },
    { u"username and password not accepted", C::Authentication }, { u"authentication failed", C::Authentication },
    { u"authentication credentials invalid", C::Authentication }, { u"authentication unsuccessful", C::Authentication },
    { u"reverse dns", C::ReverseDns }, { u"cannot find your hostname", C::ReverseDns },
    { u"cannot find your reverse hostname", C::ReverseDns }, { u"ptr record", C::ReverseDns }, { u"rdns", C::ReverseDns },
    { u"reverse lookup", C::ReverseDns }, { u"reverse-dns", C::ReverseDns },
    { u"spamhaus", C::Blocked }, { u"spamcop", C::Blocked }, { u"barracuda", C::Blocked }, { u"sorbs", C::Blocked },
    { u"uceprotect", C::Blocked }, { u"blocklist", C::Blocked }, { u"blacklist", C::Blocked },
    { u"block list", C::Blocked }, { u"dnsbl", C::Blocked }, { u"rbl", C::Blocked }, { u"blocked using", C::Blocked },
    { u"reputation", C::Blocked }, { u"[tss09]", C::Blocked }, { u"permanently deferred", C::Blocked },
    { u"not accepted from this ip", C::Blocked }, { u"traffic not accepted", C::Blocked }, { u"banned sending ip", C::Blocked }, { u"listed at", C::Blocked },
    { u"unusual rate", C::RateLimited }, { u"rate limit", C::RateLimited }, { u"rate-limit", C::RateLimited },
    { u"ratelimit", C::RateLimited }, { u"too many connections", C::RateLimited },
    { u"too many messages", C::RateLimited }, { u"too many concurrent", C::RateLimited },
    { u"throttl", C::RateLimited }, { u"unexpected volume", C::RateLimited }, { u"[tss04]", C::RateLimited },
    { u"temporarily deferred", C::RateLimited }, { u"connection limit", C::RateLimited },
    { u"starttls", C::Tls }, { u"tls", C::Tls }, { u"encryption required", C::Tls }, { u"certificate", C::Tls },
    { u"ssl", C::Tls },
    { u"sender address rejected", C::SenderRejected }, { u"sender rejected", C::SenderRejected },
    { u"sender denied", C::SenderRejected }, { u"not owned by", C::SenderRejected },
    { u"sender verify failed", C::SenderRejected }, { u"domain of sender address", C::SenderRejected },
    { u"sender domain", C::SenderRejected }, { u"sender address is not", C::SenderRejected },
    { u"disabled", C::MailboxDisabled }, { u"deactivated", C::MailboxDisabled }, { u"inactive", C::MailboxDisabled },
    { u"account has been suspended", C::MailboxDisabled }, { u"account is suspended", C::MailboxDisabled },
    { u"mailbox is suspended", C::MailboxDisabled }, { u"is not active", C::MailboxDisabled },
    { u"user not local", C::RecipientMoved }, { u"has moved", C::RecipientMoved },
    { u"no longer at", C::RecipientMoved }, { u"address has changed", C::RecipientMoved },
    { u"host or domain name not found", C::DomainUnknown }, { u"host not found", C::DomainUnknown },
    { u"domain not found", C::DomainUnknown }, { u"name service error", C::DomainUnknown },
    { u"nxdomain", C::DomainUnknown }, { u"unrouteable address", C::DomainUnknown },
    { u"couldn't find any host", C::DomainUnknown }, { u"no mx", C::DomainUnknown },
    { u"domain does not exist", C::DomainUnknown }, { u"no such domain", C::DomainUnknown },
    { u"non-existent host", C::DomainUnknown }, { u"recipient domain", C::DomainUnknown },
    { u"user unknown", C::RecipientUnknown }, { u"unknown user", C::RecipientUnknown },
    { u"no such user", C::RecipientUnknown }, { u"does not exist", C::RecipientUnknown },
    { u"doesn't exist", C::RecipientUnknown }, { u"doesn't have a", C::RecipientUnknown },
    { u"recipient not found", C::RecipientUnknown }, { u"recipientnotfound", C::RecipientUnknown },
    { u"invalid recipient", C::RecipientUnknown }, { u"unknown recipient", C::RecipientUnknown },
    { u"no such recipient", C::RecipientUnknown }, { u"mailbox not found", C::RecipientUnknown },
    { u"user not found", C::RecipientUnknown }, { u"address not found", C::RecipientUnknown },
    { u"address couldn't be found", C::RecipientUnknown }, { u"invalid mailbox", C::RecipientUnknown },
    { u"no mailbox", C::RecipientUnknown }, { u"unknown or illegal alias", C::RecipientUnknown },
    { u"not our customer", C::RecipientUnknown }, { u"unknown local part", C::RecipientUnknown },
    { u"too big", C::MessageTooBig }, { u"too large", C::MessageTooBig }, { u"size limit", C::MessageTooBig },
    { u"message size", C::MessageTooBig }, { u"exceeds the maximum size", C::MessageTooBig },
    { u"message length exceeds", C::MessageTooBig }, { u"maximum message size", C::MessageTooBig },
    { u"rfc 5322 compliant", C::ProtocolError }, { u"bare lf", C::ProtocolError },
    { u"bare linefeed", C::ProtocolError }, { u"bare line feed", C::ProtocolError },
    { u"spam", C::SpamContent }, { u"unsolicited", C::SpamContent }, { u"junk", C::SpamContent },
    { u"phishing", C::SpamContent }, { u"suspicious", C::SpamContent }, { u"message content", C::SpamContent },
    { u"content rejected", C::SpamContent }, { u"bulk mail", C::SpamContent },
    { u"connection timed out", C::Network }, { u"connection refused", C::Network },
    { u"network is unreachable", C::Network }, { u"no route to host", C::Network },
    { u"lost connection", C::Network }, { u"connection reset", C::Network }, { u"timed out", C::Network },
    { u"delivery temporarily suspended", C::Network }, { u"connect to", C::Network },
    { u"syntax error", C::ProtocolError }, { u"command unrecognized", C::ProtocolError },
    { u"bad sequence", C::ProtocolError }, { u"command not implemented", C::ProtocolError },
    { u"line too long", C::ProtocolError }, { u"protocol violation", C::ProtocolError },
    { u"local error", C::SystemError }, { u"temporary local problem", C::SystemError },
    { u"internal error", C::SystemError }, { u"system error", C::SystemError },
    { u"insufficient system storage", C::SystemError }, { u"server error", C::SystemError },
    { u"policy", C::Policy }, { u"policies", C::Policy }, { u"suppression list", C::Policy }, { u"not authorized", C::Policy }, { u"access denied", C::Policy },
    { u"administrative prohibition", C::Policy }, { u"prohibited", C::Policy }, { u"not allowed", C::Policy },
    { u"rejected by", C::Policy }, { u"blocked", C::Policy },
};

// The enhanced codes' own meanings, by subject and detail, when the words decide nothing.
C fromEnhanced(const ReplyCode &code)
{
    const int subject = code.subject();
    const int detail = code.detail();
    switch (subject) {
    case 1:
        switch (detail) {
        case 1: case 3: case 0: return C::RecipientUnknown;
        case 2: return C::DomainUnknown;
        case 6: return C::RecipientMoved;
        case 7: case 8: return C::SenderRejected;
        case 10: return C::DomainNoMail;
        default: return C::Unknown;
        }
    case 2:
        switch (detail) {
        case 1: return C::MailboxDisabled;
        case 2: return C::MailboxFull;
        case 3: return C::MessageTooBig;
        default: return C::Unknown;
        }
    case 3:
        return detail == 4 ? C::MessageTooBig : C::SystemError;
    case 4:
        switch (detail) {
        case 1: case 2: return C::Network;
        case 3: case 4: return C::DomainUnknown;
        case 7: return C::Expired;
        default: return C::SystemError;
        }
    case 5:
        return detail == 3 ? C::OverLimit : C::ProtocolError;
    case 6:
        return C::Policy;
    case 7:
        switch (detail) {
        case 8: case 9: case 23: case 24: case 26: return C::Authentication;
        case 10: case 11: return C::Tls;
        case 25: return C::ReverseDns;
        case 27: return C::SenderRejected;
        case 0: return C::Unknown;
        default: return C::Policy;
        }
    default:
        return C::Unknown;
    }
}

C fromBasic(int number)
{
    switch (number) {
    case 535: case 534: return C::Authentication;
    case 500: case 501: case 502: case 503: case 504: case 555: return C::ProtocolError;
    case 551: return C::RecipientMoved;
    case 521: case 556: return C::DomainNoMail;
    case 452: return C::OverLimit;
    case 451: return C::SystemError;
    case 530: case 454: return C::Tls;
    default: return C::Unknown;
    }
}

} // namespace

QString VerdictCategories::id(VerdictCategory category)
{
    return QString::fromUtf16(info(category).id);
}

QString VerdictCategories::name(VerdictCategory category)
{
    return tr(info(category).name);
}

Actor VerdictCategories::actor(VerdictCategory category)
{
    return info(category).actor;
}

QString VerdictCategories::action(VerdictCategory category)
{
    return tr(info(category).action);
}

VerdictCategory VerdictCategories::fromWords(QStringView words)
{
    if (words.isEmpty())
        return C::Unknown;
    const QString lower = words.toString().toLower();
    for (const Words &phrase : phrases) {
        if (lower.contains(QStringView(phrase.text)))
            return phrase.category;
    }
    return C::Unknown;
}

VerdictCategory VerdictCategories::classify(QStringView words, QStringView enhanced, QStringView basic)
{
    // Exchange Online refuses an address its directory lacks with 5.4.1 "Access denied" (directory
    // based edge blocking): the words alone would read as a policy.
    if (enhanced.endsWith(u".4.1") && words.contains(u"access denied", Qt::CaseInsensitive))
        return C::RecipientUnknown;
    if (const C byWords = fromWords(words); byWords != C::Unknown)
        return byWords;
    const ReplyCode enhancedCode = ReplyCode::parse(enhanced);
    if (enhancedCode.isEnhanced()) {
        if (const C byCode = fromEnhanced(enhancedCode); byCode != C::Unknown)
            return byCode;
    }
    const ReplyCode basicCode = ReplyCode::parse(basic);
    return basicCode.isBasic() ? fromBasic(basicCode.number()) : C::Unknown;
}

} // namespace smtpref
