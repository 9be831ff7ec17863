#include "report/startpage.h"

#include "catalog/vocabulary.h"
#include "code/codelookup.h"
#include "i18n/catalogtranslation.h"

using namespace Qt::StringLiterals;

namespace smtpref {

const QStringList &StartPage::commonCodes()
{
    static const QStringList codes { u"550"_s, u"5.1.1"_s, u"5.7.1"_s, u"5.7.26"_s, u"421"_s, u"4.7.0"_s,
                                     u"451"_s, u"552"_s,   u"5.2.2"_s, u"554"_s,    u"535"_s, u"5.7.8"_s };
    return codes;
}

StartPage StartPage::build(const Catalog &catalog)
{
    StartPage page;
    page.title = tr("SMTP reply codes");
    page.classesIntro = tr("The first digit of a reply code is its class. An enhanced status code such as "
                           "5.7.1 starts with the same digit.");
    for (int cls : { 2, 3, 4, 5 })
        page.classes.append(
            { cls, vocabulary::classLabel(cls), vocabulary::className(cls), vocabulary::retryPolicy(cls) });

    page.codesHeading = tr("Codes people look up most");
    for (const QString &code : commonCodes()) {
        const CodeLookup lookup = CodeLookup::resolve(catalog, code);
        if (lookup.found.size() == 1)
            page.codes.append({ code, CatalogTranslation::title(*lookup.found.first().entry) });
    }

    page.searchHeading = tr("What you can type in the search field");
    page.tips = {
        { { u"550"_s, u"5.7.1"_s, u"550 5.7.1"_s }, tr("A reply code, an enhanced status code, or both") },
        { { u"4.7"_s, u"55"_s, u"5xx"_s }, tr("The start of a code, or a whole class: every code that begins so") },
        { { u"mailbox full"_s, u"blocklist"_s },
          CatalogTranslation::isActive() ? tr("Words, in the interface language or in English")
                                         : tr("Words, in English") },
        { { u"550 5.1.1 <user@example.com>: Recipient address rejected: User unknown"_s },
          tr("A line pasted from a bounce: its codes come first, then the codes its words describe") },
    };
    // Words in the interface language where the codes' texts are translated into it.
    if (CatalogTranslation::isActive()) {
        //: Words a person might type to find the code for a full mailbox, in your language
        const QString example = tr("mailbox full");
        if (example != u"mailbox full")
            page.tips[2].examples.prepend(example);
    }
    page.tips.append({ {}, tr("Enter opens the first result; Up and Down move in the list.") });
    return page;
}

} // namespace smtpref
