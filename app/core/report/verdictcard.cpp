#include "report/verdictcard.h"

#include "catalog/vocabulary.h"

#include <QStringList>

namespace smtpref {

QString VerdictCard::summary() const
{
    QStringList parts { category };
    if (!codes.isEmpty())
        parts << codes;
    if (!finality.isEmpty())
        parts << finality;
    return parts.join(u" · ");
}

VerdictCard VerdictCard::build(const Verdict &v)
{
    VerdictCard card;
    card.recipient = v.address.isEmpty() ? tr("Recipient not named") : v.address;
    card.category = VerdictCategories::name(v.category);
    card.codes = QStringList { v.basic, v.enhanced }.join(u' ').trimmed();
    const bool outcome = v.category != VerdictCategory::Delivered && v.category != VerdictCategory::AutoReply
        && v.category != VerdictCategory::FeedbackReport;
    if (outcome)
        card.finality = v.permanent ? tr("permanent: the message was returned") : tr("temporary: the server keeps trying");
    card.actor = tr("Who acts: %1").arg(vocabulary::actorName(v.actor));
    card.action = v.action();
    return card;
}

QString VerdictCard::heading(qsizetype count)
{
    return tr("Verdict for %n recipient(s)", nullptr, int(count));
}

} // namespace smtpref
