#include "i18n/translatorset.h"

#include "i18n/catalogtranslation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

const QString translationsFolder = u":/i18n"_s;
const QString filePrefix = u"smtpref_"_s;
const QString catalogPrefix = u"catalog_"_s;

} // namespace

TranslatorSet::TranslatorSet(QObject *parent)
    : QObject(parent)
{ }

TranslatorSet::~TranslatorSet()
{
    removeAll();
}

QStringList TranslatorSet::availableLanguages()
{
    QStringList languages { QString::fromUtf16(sourceLanguage) };
    const QStringList files
        = QDir(translationsFolder).entryList({ filePrefix + u"*.qm" }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(filePrefix.size()).chopped(3);
    return languages;
}

bool TranslatorSet::isAvailable(const QString &language)
{
    return availableLanguages().contains(language);
}

QString TranslatorSet::preferredLanguage(const QStringList &uiLanguages)
{
    const QStringList available = availableLanguages();
    for (const QString &wanted : uiLanguages) {
        // "zh-Hans-CN" -> zh_CN; "pt-BR" -> pt_BR, else pt; "fr-CA" -> fr.
        const QLocale locale(wanted);
        const QString exact = QLocale::languageToCode(locale.language()) + u'_'
            + QLocale::territoryToCode(locale.territory());
        const QString language = QLocale::languageToCode(locale.language());
        for (const QString &candidate : { exact, language }) {
            if (available.contains(candidate))
                return candidate;
        }
        // A Chinese preference without a territory still means simplified Chinese here.
        if (language == u"zh" && locale.script() != QLocale::TraditionalChineseScript
            && available.contains(u"zh_CN"))
            return u"zh_CN"_s;
    }
    return QString::fromUtf16(sourceLanguage);
}

QString TranslatorSet::nativeName(const QString &language)
{
    if (language == QStringView(sourceLanguage))
        return u"English"_s;
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language.contains(u'_'))
        name += u" (" + locale.nativeTerritoryName() + u')';
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

bool TranslatorSet::setLanguage(const QString &language)
{
    if (!isAvailable(language))
        return false;
    removeAll();
    m_language = language;
    if (language == QStringView(sourceLanguage))
        return true;
    m_app = std::make_unique<QTranslator>();
    if (m_app->load(filePrefix + language, translationsFolder))
        QCoreApplication::installTranslator(m_app.get());
    // The catalog's content, where this language has it; each text without one stays English.
    m_catalog = std::make_unique<QTranslator>();
    if (m_catalog->load(catalogPrefix + language, translationsFolder)) {
        QCoreApplication::installTranslator(m_catalog.get());
        CatalogTranslation::setActive(true);
    }
    // Qt's own strings (standard buttons, context menus); a missing catalog just leaves them English.
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    return true;
}

void TranslatorSet::removeAll()
{
    CatalogTranslation::setActive(false);
    for (auto *translator : { &m_app, &m_catalog, &m_qt }) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
}

} // namespace smtpref
