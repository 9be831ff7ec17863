#include "diagnosis/diagnosis.h"

#include "code/replycode.h"
#include "explain/explainer.h"
#include "explain/mailaddress.h"
#include "explain/maillog.h"

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
    // The receiver demands TLS the sender did not start: the sending side's to fix.
    if (category == C::Tls && words.contains(u"must issue", Qt::CaseInsensitive))
        return Actor::SenderAdmin;
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
    else if (action == u"failed" && cls == 4)
        v.category = C::Expired; // a temporary failure that became final: the queue gave up
    else
        v.category = VerdictCategories::classify(words, enhanced, basic);
    // An expired delivery failed for good, but for a temporary cause: like its 4.4.7, not permanent.
    if (v.category == C::Delivered || v.category == C::Expired || action == u"delayed")
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
        // An expired delivery failed for good, but for a temporary cause: like its 4.4.7, not permanent.
        v.permanent = !temporary && category != C::Network && category != C::RateLimited && category != C::Expired;
        v.actor = actorOf(category, line, {}, {});
        verdicts->append(v);
        covered.insert(key(recipient));
    }
}

// A delivery report in prose: sent by the mail system, or titled as one.
bool looksLikeBounce(const MailReading &mail)
{
    for (QStringView sender : { QStringView(u"mailer-daemon"), QStringView(u"postmaster"), QStringView(u"mail delivery") }) {
        if (mail.from.contains(sender, Qt::CaseInsensitive))
            return true;
    }
    static constexpr QStringView subjects[] = {
        u"undeliver", u"not delivered", u"delivery fail", u"failure notice", u"delivery status",
        u"returned mail", u"returning message", u"delivery notification", u"could not be delivered",
        u"non remis", u"unzustellbar", u"nicht zustellbar", u"no entregado", u"não entregue", u"配信",
        u"delayed", u"warning: message",
    };
    for (QStringView words : subjects) {
        if (mail.subject.contains(words, Qt::CaseInsensitive))
            return true;
    }
    return false;
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
    // An auto-reply is no bounce, whatever codes its text quotes; a bounce is auto-submitted too.
    if (mail.autoReply && mail.kind == MailReading::Kind::Message && !looksLikeBounce(mail)) {
        Verdict v;
        v.address = mail.from;
        v.category = C::AutoReply;
        return { v };
    }
    verdicts = ofText(findings);
    // A prose bounce that says the queue gave up ("in the queue too long") makes its temporary
    // failures expired deliveries.
    const QStringView report = QStringView(mail.text).first(mail.reportEnd);
    bool gaveUp = false;
    for (QStringView line : report.split(u'\n'))
        gaveUp = gaveUp || VerdictCategories::fromWords(line) == C::Expired;
    for (Verdict &v : verdicts) {
        if (gaveUp && classOf(v.enhanced, v.basic) == 4) {
            v.category = C::Expired;
            v.actor = VerdictCategories::actor(C::Expired);
        }
    }
    addVerdictsFromWords(report, &verdicts);
    return verdicts;
}

VerdictCollector::VerdictCollector()
    : m_lines([this](QStringView line, qsizetype) { addLine(line); })
{ }

QList<Verdict> Diagnosis::ofData(const Explainer &explainer, QByteArrayView data)
{
    if (MimeReader::looksLikeMessage(data)) {
        const MailReading mail = MimeReader::read(data);
        return ofMail(mail, explainer.explain(QStringView(mail.text).first(mail.reportEnd)));
    }
    const QString text = QString::fromUtf8(data);
    VerdictCollector collector;
    collector.addText(text);
    collector.add(explainer.explain(text));
    return collector.finish();
}

void VerdictCollector::add(const QList<ExplainFinding> &findings)
{
    for (const ExplainFinding &finding : findings) {
        if (const auto verdict = Diagnosis::ofLogLine(finding))
            m_logVerdicts.insert(verdict->line, *verdict); // a code on the line decides, not its words
        else if (!finding.logLine && isOutcome(finding))
            m_prose << finding;
    }
}

void VerdictCollector::addText(QStringView piece)
{
    m_lines.add(piece);
}

// A log line that says what became of a delivery without a reply code ("** bob@...: Unrouteable
// address", "== bob@... defer (110): Connection timed out", "=> bob@... local delivery").
void VerdictCollector::addLine(QStringView line)
{
    ++m_lineNumber;
    if (!maillog::isLogLine(line))
        return;
    const maillog::Delivery delivery = maillog::deliveryOf(line);
    if (delivery.action.isEmpty() || m_logVerdicts.contains(m_lineNumber))
        return;
    Verdict v = verdictOf(delivery.recipient, {}, {}, line.sliced(delivery.wordsStart), delivery.action);
    v.line = m_lineNumber;
    m_wordVerdicts.insert(m_lineNumber, v);
}

QList<Verdict> VerdictCollector::finish()
{
    m_lines.finish();
    QMap<int, Verdict> byLine = m_wordVerdicts;
    for (auto it = m_logVerdicts.cbegin(); it != m_logVerdicts.cend(); ++it)
        byLine.insert(it.key(), it.value());
    return byLine.values() + Diagnosis::ofText(m_prose);
}

} // namespace smtpref
