#include "translatorset.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

const QString translationsFolder = u":/i18n"_s;
const QString filePrefix = u"smtpref_"_s;

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
    // Qt's own strings (standard buttons, context menus); a missing catalog just leaves them English.
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    return true;
}

void TranslatorSet::removeAll()
{
    for (auto *translator : { &m_app, &m_qt }) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
}

} // namespace smtpref
