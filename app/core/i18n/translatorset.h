// The translators of one interface language: smtpref's interface and catalog content (embedded
// under :/i18n) and Qt's own qtbase catalog. Switching removes the previous ones first, so a language change
// needs no restart.
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace smtpref {

class TranslatorSet final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char16_t *sourceLanguage = u"en";

    explicit TranslatorSet(QObject *parent = nullptr);
    ~TranslatorSet() override;

    // "en" and every language smtpref has a translation for, as BCP 47 names ("pt_BR").
    static QStringList availableLanguages();
    static bool isAvailable(const QString &language);
    // The first of the system's preferred languages (QLocale::uiLanguages(), "fr-CA", "pt-BR",
    // "zh-Hans-CN") that smtpref has, else English.
    static QString preferredLanguage(const QStringList &uiLanguages);
    // The language's name in itself: "Français", "日本語", "Português (Brasil)".
    static QString nativeName(const QString &language);

    // Installs the translators of language ("en" removes them all). Returns false, and changes
    // nothing, when the language is not available.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

private:
    void removeAll();

    QString m_language = QString::fromUtf16(sourceLanguage);
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_catalog;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace smtpref
