#include "i18n/catalogtranslation.h"

#include "catalog/entryfields.h"

#include <QCoreApplication>

#include <atomic>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

using entryfields::Field;

std::atomic_bool active = false;

// Calls visit(key, text) for every Translatable text of an entry, with the text as a reference into
// entry (const or not). Keys name the field, never a position in a list: a list item is told apart
// by its English text, so reordering a list keeps its translations.
template<class Visit> class TranslatableTexts
{
public:
    TranslatableTexts(const QString &code, Visit visit)
        : m_code(code)
        , m_visit(std::move(visit))
    { }

    template<class Member> void operator()(Field field, Member &member)
    {
        using Plain = std::remove_const_t<Member>;
        if constexpr (entryfields::isRecordList<Member>) {
            const QString outer = m_prefix;
            m_prefix = field.name + u'.';
            for (auto &record : member)
                entryfields::visitRecordFields(*this, record);
            m_prefix = outer;
        } else if constexpr (std::same_as<Plain, QString> || std::same_as<Plain, QStringList>) {
            if (!field.has(entryfields::Translatable))
                return;
            const QString key = m_code + u'|' + m_prefix + field.name;
            if constexpr (std::same_as<Plain, QString>) {
                m_visit(key, member);
            } else {
                for (auto &item : member)
                    m_visit(key, item);
            }
        }
    }

private:
    const QString m_code; // a copy: the visit may change the entry's texts, never its code
    Visit m_visit;
    QString m_prefix; // "checks." inside a record of checks
};

template<class Entry, class Visit> void forEachTranslatable(Entry &entry, Visit visit)
{
    TranslatableTexts<Visit> texts(entry.code, std::move(visit));
    entryfields::visitEntryFields(texts, entry);
}

} // namespace

QString CatalogTranslation::key(const CatalogEntry &entry, QStringView field)
{
    return entry.code + u'|' + field;
}

QList<std::pair<QString, QString>> CatalogTranslation::texts(const CatalogEntry &entry)
{
    QList<std::pair<QString, QString>> list;
    forEachTranslatable(entry, [&list](const QString &key, const QString &text) {
        // An empty text has nothing to translate, and an empty source would be no message to lupdate.
        if (!text.isEmpty())
            list.append({ key, text });
    });
    return list;
}

QString CatalogTranslation::text(const QString &english, const QString &key)
{
    if (!isActive() || english.isEmpty())
        return english;
    return QCoreApplication::translate(context, english.toUtf8().constData(), key.toUtf8().constData());
}

CatalogEntry CatalogTranslation::localized(const CatalogEntry &entry)
{
    if (!isActive())
        return entry;
    CatalogEntry e = entry;
    forEachTranslatable(
        e, [](const QString &key, QString &text) { text = CatalogTranslation::text(text, key); });
    return e;
}

void CatalogTranslation::setActive(bool isOn)
{
    active = isOn;
}

bool CatalogTranslation::isActive()
{
    return active;
}

} // namespace smtpref
