#include "i18n/catalogtranslation.h"

#include <QCoreApplication>

#include <atomic>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

std::atomic_bool active = false;

QString key(const CatalogEntry &entry, const QString &field)
{
    return entry.code + u'|' + field;
}

QString indexed(const char16_t *field, qsizetype index, const char16_t *member = nullptr)
{
    QString name = QString::fromUtf16(field) + u'[' + QString::number(index) + u']';
    if (member)
        name += u'.' + QString::fromUtf16(member);
    return name;
}

} // namespace

QList<std::pair<QString, QString>> CatalogTranslation::texts(const CatalogEntry &e)
{
    QList<std::pair<QString, QString>> list {
        { key(e, u"title"_s), e.title },       { key(e, u"summary"_s), e.summary },
        { key(e, u"whenSeen"_s), e.whenSeen }, { key(e, u"howToFix"_s), e.howToFix },
        { key(e, u"retry"_s), e.retry },
    };
    for (qsizetype i = 0; i < e.causes.size(); ++i)
        list.append({ key(e, indexed(u"causes", i)), e.causes[i] });
    for (qsizetype i = 0; i < e.checks.size(); ++i)
        list.append({ key(e, indexed(u"checks", i, u"step")), e.checks[i].step });
    for (qsizetype i = 0; i < e.providers.size(); ++i)
        list.append({ key(e, indexed(u"providers", i, u"meaning")), e.providers[i].meaning });
    return list;
}

QString CatalogTranslation::text(const QString &english, const QString &key)
{
    if (!isActive())
        return english;
    return QCoreApplication::translate(context, english.toUtf8().constData(), key.toUtf8().constData());
}

CatalogEntry CatalogTranslation::localized(const CatalogEntry &entry)
{
    if (!isActive())
        return entry;
    CatalogEntry e = entry;
    e.title = text(e.title, key(e, u"title"_s));
    e.summary = text(e.summary, key(e, u"summary"_s));
    e.whenSeen = text(e.whenSeen, key(e, u"whenSeen"_s));
    e.howToFix = text(e.howToFix, key(e, u"howToFix"_s));
    e.retry = text(e.retry, key(e, u"retry"_s));
    for (qsizetype i = 0; i < e.causes.size(); ++i)
        e.causes[i] = text(e.causes[i], key(e, indexed(u"causes", i)));
    for (qsizetype i = 0; i < e.checks.size(); ++i)
        e.checks[i].step = text(e.checks[i].step, key(e, indexed(u"checks", i, u"step")));
    for (qsizetype i = 0; i < e.providers.size(); ++i)
        e.providers[i].meaning = text(e.providers[i].meaning, key(e, indexed(u"providers", i, u"meaning")));
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
