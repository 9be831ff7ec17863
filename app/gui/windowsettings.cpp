#include "windowsettings.h"

#include "models/searchfilters.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace smtpref {
namespace {

constexpr qsizetype maxCodeLength = 16; // "550 5.7.26" and the like; anything longer is not ours

// Whether path can be written, or created: the nearest folder on its way that exists must be a
// writable folder (a read-only home, or a file where a folder should be, are not).
bool canWrite(const QString &path)
{
    const QFileInfo file(path);
    if (file.exists())
        return file.isFile() && file.isWritable();
    QFileInfo folder(file.absolutePath());
    while (!folder.exists() && !folder.isRoot())
        folder = QFileInfo(folder.absolutePath());
    return folder.isDir() && folder.isWritable();
}

} // namespace

WindowSettings::WindowSettings(const QString &fileName)
    : m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    const QString path = m_settings->fileName();
    // Qt answers the root folder for a home it does not know (HOME unset), unless the configuration
    // folder is named (XDG_CONFIG_HOME).
    if (fileName.isEmpty() && QDir(QDir::homePath()) == QDir::root()
        && qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"))
        m_saving = Saving::NoHomeFolder;
    else if (!canWrite(path))
        m_saving = Saving::NotWritable;
    const QFileInfo file(path);
    // Qt's INI reader is lenient: garbage often reads as "no error" with keys that are not ours.
    const QStringList keys = m_settings->allKeys();
    const bool ours = std::any_of(keys.cbegin(), keys.cend(), [](const QString &key) {
        return key.startsWith(u"window/") || key.startsWith(u"session/") || key.startsWith(u"view/")
            || key.startsWith(u"ui/");
    });
    const bool looksCorrupt = file.exists() && file.size() > 0 && !ours;
    if (m_settings->status() == QSettings::NoError && !looksCorrupt && (!file.exists() || file.isReadable()))
        return;
    if (file.exists() && !file.isReadable()) {
        // Unreadable: use defaults for this run; writing would fail as well, so leave the file alone.
        m_readOnly = true;
        return;
    }
    if (m_saving != Saving::Saved) {
        // No backup either where nothing may be written: defaults for this run.
        m_readOnly = true;
        return;
    }
    // Keep the damaged file under a name no earlier recovery took; only then may it be overwritten.
    const QString base
        = path + u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
    QString backup = base;
    for (int n = 2; QFile::exists(backup); ++n)
        backup = base + u'-' + QString::number(n);
    if (QFile::copy(path, backup)) {
        m_backupPath = backup;
        m_settings->clear();
    } else {
        m_readOnly = true;
    }
}

void WindowSettings::store(const QString &key, const QVariant &value)
{
    if (!m_readOnly && m_saving == Saving::Saved)
        m_settings->setValue(key, value);
}

QString WindowSettings::text(const QString &key) const
{
    const QVariant value = m_settings->value(key);
    return value.canConvert<QString>() ? value.toString() : QString();
}

QByteArray WindowSettings::geometry() const
{
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

void WindowSettings::setGeometry(const QByteArray &geometry)
{
    store(u"window/geometry"_s, geometry);
}

QByteArray WindowSettings::splitterState() const
{
    return m_settings->value(u"window/splitter"_s).toByteArray();
}

void WindowSettings::setSplitterState(const QByteArray &state)
{
    store(u"window/splitter"_s, state);
}

QString WindowSettings::lastCode() const
{
    const QString code = text(u"session/lastCode"_s).trimmed();
    return code.size() <= maxCodeLength ? code : QString();
}

void WindowSettings::setLastCode(const QString &code)
{
    store(u"session/lastCode"_s, code);
}

QStringList WindowSettings::lastComparison() const
{
    QStringList codes;
    for (const QChar letter : u"ABCD") {
        const QString code = text(u"session/compare"_s + letter).trimmed();
        if (code.size() > maxCodeLength)
            return {};
        codes << code;
    }
    while (codes.size() > 2 && codes.last().isEmpty())
        codes.removeLast();
    if (codes.join(QString()).isEmpty())
        return {};
    return codes;
}

void WindowSettings::setLastComparison(const QStringList &codes)
{
    for (qsizetype i = 0; i < 4; ++i)
        store(u"session/compare"_s + QChar(char16_t(u'A' + i)), codes.value(i));
}

int WindowSettings::zoom() const
{
    bool ok = false;
    const int steps = m_settings->value(u"view/zoom"_s).toInt(&ok);
    return ok && steps >= minZoom && steps <= maxZoom ? steps : 0;
}

void WindowSettings::setZoom(int steps)
{
    store(u"view/zoom"_s, std::clamp(steps, minZoom, maxZoom));
}

int WindowSettings::classFilter() const
{
    bool ok = false;
    const int cls = m_settings->value(u"view/classFilter"_s).toInt(&ok);
    return ok && searchfilters::isClassFilter(cls) ? cls : 0;
}

void WindowSettings::setClassFilter(int cls)
{
    store(u"view/classFilter"_s, cls);
}

std::optional<CodeKind> WindowSettings::kindFilter() const
{
    return searchfilters::kindFromId(text(u"view/kindFilter"_s));
}

void WindowSettings::setKindFilter(std::optional<CodeKind> kind)
{
    store(u"view/kindFilter"_s, searchfilters::kindId(kind));
}

QString WindowSettings::providerFilter() const
{
    const QString provider = text(u"view/providerFilter"_s);
    return provider.size() <= maxCodeLength ? provider : QString();
}

void WindowSettings::setProviderFilter(const QString &provider)
{
    store(u"view/providerFilter"_s, provider);
}

QString WindowSettings::language() const
{
    const QString language = text(u"ui/language"_s);
    return language.size() <= maxCodeLength ? language : QString();
}

void WindowSettings::setLanguage(const QString &language)
{
    store(u"ui/language"_s, language);
}

void WindowSettings::sync()
{
    if (!m_readOnly && m_saving == Saving::Saved)
        m_settings->sync();
}

} // namespace smtpref
