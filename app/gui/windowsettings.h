// What the window remembers between runs (QSettings), read defensively: a value of the wrong type or
// out of range falls back to its default, and an unreadable or corrupt file is kept aside as a backup
// rather than overwritten, so nothing the person had is lost.
#pragma once

#include "catalog/catalogentry.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace smtpref {

class WindowSettings final
{
public:
    static constexpr int minZoom = -4;
    static constexpr int maxZoom = 12;

    // Whether changes reach the file. Without a home folder (HOME unset) Qt's default location is
    // under the file-system root ("/.config"), which is nobody's: nothing is written there. A location
    // that cannot be written (a read-only home) is read but never written either.
    enum class Saving { Saved, NoHomeFolder, NotWritable };

    // The default location (~/.config/smtpref/smtpref.conf), or fileName when given (tests).
    explicit WindowSettings(const QString &fileName = QString());

    // True when the file existed but could not be used: either its content was copied to backupPath()
    // and the defaults replace it, or (unreadable, or no backup possible) it is left untouched.
    bool recoveredFromError() const { return !m_backupPath.isEmpty() || m_readOnly; }
    QString backupPath() const { return m_backupPath; }
    QString fileName() const { return m_settings->fileName(); }
    Saving saving() const { return m_saving; }

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QString lastCode() const;
    void setLastCode(const QString &code);
    // The codes last compared, two to four (empty ones kept in their place), or none.
    QStringList lastComparison() const;
    void setLastComparison(const QStringList &codes);
    int zoom() const;
    void setZoom(int steps);
    int classFilter() const; // one of searchfilters::classes
    void setClassFilter(int cls);
    std::optional<CodeKind> kindFilter() const; // no value: every kind
    QString providerFilter() const; // as SearchPanel keeps it; checked by the panel
    void setProviderFilter(const QString &provider);
    void setKindFilter(std::optional<CodeKind> kind);
    QString language() const; // "" for the system's languages
    void setLanguage(const QString &language);

    void sync();

private:
    QString text(const QString &key) const;
    // Every write goes through here, so a file that is not ours to write is never touched.
    void store(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
    QString m_backupPath;
    bool m_readOnly = false;
    Saving m_saving = Saving::Saved;
};

} // namespace smtpref
