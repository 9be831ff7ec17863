#include "diagnosis/diagnosis.h"

#include "code/replycode.h"
#include "explain/mailaddress.h"

#include <QHash>
#include <QSet>

#include <variant>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

using C = VerdictCategory;

// The class the codes give: the enhanced code's, else the basic code's; 0 without a code.
int classOf(QStringView enhanced, QStringView basic)
{
    const ReplyCode e = ReplyCode::parse(enhanced);
    if (e.isEnhanced() && ReplyCode::isEnhancedClass(e.classDigit()))
        return e.classDigit();
    const ReplyCode b = ReplyCode::parse(basic);
    return b.isBasic() ? b.classDigit() : 0;
}

bool isSuccessAction(QStringView action)
{
    return action == u"delivered" || action == u"relayed" || action == u"expanded";
}

// SMTP AUTH refusing a password is the sender's to fix; SPF, DKIM and DMARC the domain admin's.
Actor actorOf(C category, QStringView words, QStringView enhanced, QStringView basic)
{
    if (category == C::Authentication
        && (enhanced.endsWith(u".7.8") || basic == u"535" || words.contains(u"password", Qt::CaseInsensitive)
            || words.contains(u"credentials", Qt::CaseInsensitive)))
        return Actor::Sender;
    return VerdictCategories::actor(category);
}

Verdict verdictOf(const QString &address, const QString &basic, const QString &enhanced, QStringView words,
                  QStringView action)
{
    Verdict v;
    v.address = address;
    v.basic = basic;
    v.enhanced = enhanced;
    const int cls = classOf(enhanced, basic);
    if (isSuccessAction(action) || (cls == 2 && action.isEmpty()))
        v.category = C::Delivered;
    else
        v.category = VerdictCategories::classify(words, enhanced, basic);
    if (v.category == C::Delivered || action == u"delayed")
        v.permanent = false;
    else if (cls != 0)
        v.permanent = cls == 5;
    else
        v.permanent = action == u"failed";
    v.actor = actorOf(v.category, words, enhanced, basic);
    return v;
}

void linkTo(Verdict *v, const ExplainFinding &f)
{
    v->catalogCode = f.catalogCode;
    v->line = f.line;
    v->start = f.start;
    v->length = f.length;
}

// A delivery outcome: a 4xx or 5xx reply, or one a DSN block or a log line says what became of.
bool isOutcome(const ExplainFinding &f)
{
    const int cls = classOf(f.enhanced, f.basic);
    return cls == 4 || cls == 5 || !f.action.isEmpty();
}

// The findings of one recipient, merged: both codes where one finding has them, every finding's words.
struct Group
{
    QString address;
    QList<const ExplainFinding *> findings;

    Verdict verdict() const
    {
        const ExplainFinding *best = findings.first();
        for (const ExplainFinding *f : findings) {
            if (!f->basic.isEmpty() && !f->enhanced.isEmpty()) {
                best = f;
                break;
            }
        }
        QString words;
        QString action;
        for (const ExplainFinding *f : findings) {
            words += f->replyText + u' ';
            if (action.isEmpty())
                action = f->action;
        }
        Verdict v = verdictOf(address, best->basic, best->enhanced, words, action);
        linkTo(&v, *best);
        return v;
    }
};

QString key(const QString &address)
{
    return address.toLower();
}

// Bounces that carry no code say what happened in words: "retry time not reached for any host",
// "Host or domain name not found". Each recipient that has no verdict yet gets one from the first
// such line under its address.
void addVerdictsFromWords(QStringView report, QList<Verdict> *verdicts)
{
    QSet<QString> covered;
    for (const Verdict &v : std::as_const(*verdicts))
        covered.insert(key(v.address));
    const bool temporary = report.contains(u"temporar", Qt::CaseInsensitive)
        || report.contains(u"will keep trying", Qt::CaseInsensitive)
        || report.contains(u"still trying", Qt::CaseInsensitive)
        || report.contains(u"warning only", Qt::CaseInsensitive)
        || report.contains(u"delayed", Qt::CaseInsensitive);
    QString recipient;
    for (QStringView line : report.split(u'\n')) {
        if (const QString address = mailaddress::leading(line); !address.isEmpty())
            recipient = address;
        const C category = VerdictCategories::fromWords(line);
        if (category == C::Unknown || category == C::Delivered || covered.contains(key(recipient)))
            continue;
        if (recipient.isEmpty() && !verdicts->isEmpty())
            continue; // a stray phrase beside verdicts with addresses
        Verdict v;
        v.address = recipient;
        v.category = category;
        v.permanent = category == C::Expired || (!temporary && category != C::Network && category != C::RateLimited);
        v.actor = actorOf(category, line, {}, {});
        verdicts->append(v);
        covered.insert(key(recipient));
    }
}

} // namespace

std::optional<Verdict> Diagnosis::ofLogLine(const ExplainFinding &f)
{
    if (!f.logLine || !isOutcome(f))
        return std::nullopt;
    Verdict v = verdictOf(f.recipient, f.basic, f.enhanced, f.replyText, f.action);
    linkTo(&v, f);
    return v;
}

QList<Verdict> Diagnosis::ofText(const QList<ExplainFinding> &findings)
{
    // In the order the text gives them: a log line's verdict, or a recipient's group of findings.
    QList<std::variant<Verdict, qsizetype>> order;
    QList<Group> groups;
    QHash<QString, qsizetype> groupOf; // recipient, or "|basic|enhanced" for replies that name none
    int lastLogLine = 0;
    for (const ExplainFinding &f : findings) {
        if (f.logLine) {
            const auto v = f.line == lastLogLine ? std::nullopt : ofLogLine(f); // one verdict a log line
            if (v) {
                lastLogLine = f.line;
                order << *v;
            }
            continue;
        }
        if (!isOutcome(f))
            continue;
        const QString group = f.recipient.isEmpty() ? u'|' + f.basic + u'|' + f.enhanced : key(f.recipient);
        if (const auto it = groupOf.constFind(group); it != groupOf.cend()) {
            groups[*it].findings << &f;
            continue;
        }
        groupOf.insert(group, groups.size());
        order << groups.size();
        groups.append({ f.recipient, { &f } });
    }
    QList<Verdict> verdicts;
    for (const auto &item : std::as_const(order))
        verdicts << (std::holds_alternative<Verdict>(item) ? std::get<Verdict>(item) : groups[std::get<qsizetype>(item)].verdict());
    return verdicts;
}

QList<Verdict> Diagnosis::ofMail(const MailReading &mail, const QList<ExplainFinding> &findings)
{
    if (mail.kind == MailReading::Kind::FeedbackReport) {
        Verdict v;
        v.address = mail.feedbackRecipient;
        v.category = C::FeedbackReport;
        v.actor = VerdictCategories::actor(C::FeedbackReport);
        return { v };
    }
    QList<Verdict> verdicts;
    if (!mail.recipients.isEmpty()) {
        for (const DeliveryStatusRecipient &r : mail.recipients) {
            const QString address = r.finalRecipient.isEmpty() ? r.originalRecipient : r.finalRecipient;
            QString basic;
            if (const ReplyCode code = ReplyCode::parse(r.diagnosticCode.left(3)); code.isBasic())
                basic = r.diagnosticCode.left(3);
            QString words = r.diagnosticCode;
            const ExplainFinding *link = nullptr;
            for (const ExplainFinding &f : findings) {
                if (key(f.recipient) != key(address))
                    continue;
                words += u' ' + f.replyText;
                if (!link || (link->basic.isEmpty() && !f.basic.isEmpty()))
                    link = &f;
            }
            if (basic.isEmpty() && link)
                basic = link->basic;
            const QString enhanced = ReplyCode::parse(r.status).isEnhanced() ? r.status : QString();
            Verdict v = verdictOf(address, basic, enhanced, words, r.action);
            if (link)
                linkTo(&v, *link);
            verdicts << v;
        }
        return verdicts;
    }
    verdicts = ofText(findings);
    if (verdicts.isEmpty() && mail.autoReply && mail.kind == MailReading::Kind::Message) {
        Verdict v;
        v.address = mail.from;
        v.category = C::AutoReply;
        return { v };
    }
    addVerdictsFromWords(QStringView(mail.text).first(mail.reportEnd), &verdicts);
    return verdicts;
}

} // namespace smtpref
