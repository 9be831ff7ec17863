// WindowSettings on a settings file in a temporary directory: defaults, round trip, values that are
// out of range or of the wrong type, and files that are corrupt, unreadable or not ours.
#include "models/searchfilters.h"
#include "windowsettings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace smtpref;

class TestWindowSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString settingsPath() const { return m_dir->filePath(u"smtpref.conf"_s); }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // 4 KiB that no INI reader can make sense of, with NUL bytes; the same on every run.
    static QByteArray garbage(quint32 seed)
    {
        QRandomGenerator random(seed);
        QByteArray bytes(4096, '\0');
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = i % 7 == 0 ? '\0' : static_cast<char>(random.bounded(256));
        return bytes;
    }

    static void verifyDefaults(const WindowSettings &settings)
    {
        QCOMPARE(settings.zoom(), 0);
        QCOMPARE(settings.classFilter(), 0);
        QCOMPARE(settings.kindFilter(), std::nullopt);
        QCOMPARE(settings.lastCode(), QString());
        QVERIFY(settings.lastComparison().isEmpty());
        QVERIFY(settings.geometry().isEmpty());
        QVERIFY(settings.splitterState().isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        if (QFile::exists(settingsPath()))
            QFile::setPermissions(settingsPath(), QFile::ReadOwner | QFile::WriteOwner);
        m_dir.reset();
    }

    void defaultsOnMissingFile()
    {
        const WindowSettings settings(settingsPath());
        QCOMPARE(QFileInfo(settings.fileName()).absoluteFilePath(),
                 QFileInfo(settingsPath()).absoluteFilePath());
        verifyDefaults(settings);
        QVERIFY(!settings.recoveredFromError());
        QVERIFY(settings.backupPath().isEmpty());
        // Reading creates nothing.
        QVERIFY(!QFile::exists(settingsPath()));
    }

    void emptyFileIsNotAnError()
    {
        QVERIFY(writeFile(settingsPath(), QByteArray()));
        const WindowSettings settings(settingsPath());
        verifyDefaults(settings);
        QVERIFY(!settings.recoveredFromError());
        QVERIFY(settings.backupPath().isEmpty());
    }

    void roundTrip()
    {
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00\xff\xfe geometry", 20);
        const QByteArray splitter("\x00\x00\x00\xff\x00\x00\x00\x01 splitter", 17);
        {
            WindowSettings settings(settingsPath());
            settings.setGeometry(geometry);
            settings.setSplitterState(splitter);
            settings.setLastCode(u"550 5.7.26"_s);
            settings.setLastComparison({ u"5.7.26"_s, u"X.7.1"_s, u"550"_s });
            settings.setZoom(-3);
            settings.setClassFilter(4);
            settings.setKindFilter(CodeKind::Enhanced);
            settings.sync();
        }
        QVERIFY(QFile::exists(settingsPath()));
        // Written as earlier versions wrote it, so that their settings still read.
        QVERIFY(QSettings(settingsPath(), QSettings::IniFormat).value(u"view/kindFilter"_s) == u"enhanced"_s);
        const WindowSettings settings(settingsPath());
        QVERIFY(!settings.recoveredFromError());
        QVERIFY(settings.backupPath().isEmpty());
        QCOMPARE(settings.geometry(), geometry);
        QCOMPARE(settings.splitterState(), splitter);
        QCOMPARE(settings.lastCode(), u"550 5.7.26"_s);
        QCOMPARE(settings.lastComparison(), (QStringList { u"5.7.26"_s, u"X.7.1"_s, u"550"_s }));
        QCOMPARE(settings.zoom(), -3);
        QCOMPARE(settings.classFilter(), 4);
        QCOMPARE(settings.kindFilter(), std::optional(CodeKind::Enhanced));
    }

    void roundTripOfEveryFilter()
    {
        for (int cls : searchfilters::classes) {
            for (const std::optional<CodeKind> kind : searchfilters::kinds) {
                {
                    WindowSettings settings(settingsPath());
                    settings.setClassFilter(cls);
                    settings.setKindFilter(kind);
                    settings.setZoom(WindowSettings::maxZoom);
                    settings.sync();
                }
                const WindowSettings settings(settingsPath());
                QCOMPARE(settings.classFilter(), cls);
                QCOMPARE(settings.kindFilter(), kind);
                QCOMPARE(settings.zoom(), WindowSettings::maxZoom);
            }
        }
    }

    void setZoomClamps()
    {
        WindowSettings settings(settingsPath());
        settings.setZoom(100);
        QCOMPARE(settings.zoom(), WindowSettings::maxZoom);
        settings.setZoom(-100);
        QCOMPARE(settings.zoom(), WindowSettings::minZoom);
    }

    void outOfRangeValuesFallBackToDefaults()
    {
        const QByteArray ini = "[view]\nzoom=99\nclassFilter=7\nkindFilter=weird\n"
                               "[session]\nlastCode="
            + QByteArray(5000, '5') + "\ncompareA=" + QByteArray(100, 'x') + "\ncompareB=550\n";
        QVERIFY(writeFile(settingsPath(), ini));
        const WindowSettings settings(settingsPath());
        // The keys are ours: the file is read, not set aside.
        QVERIFY(!settings.recoveredFromError());
        QVERIFY(settings.backupPath().isEmpty());
        verifyDefaults(settings);
    }

    void outOfRangeJustPastTheLimits()
    {
        const QByteArray ini = "[view]\nzoom=" + QByteArray::number(WindowSettings::maxZoom + 1)
            + "\nclassFilter=1\n[session]\nlastCode=" + QByteArray(17, '5') + "\n";
        QVERIFY(writeFile(settingsPath(), ini));
        WindowSettings settings(settingsPath());
        QCOMPARE(settings.zoom(), 0);
        QCOMPARE(settings.classFilter(), 0);
        QCOMPARE(settings.lastCode(), QString());
        QVERIFY(writeFile(settingsPath(),
                          "[view]\nzoom=" + QByteArray::number(WindowSettings::minZoom - 1)
                              + "\nclassFilter=-5\n"));
        QCOMPARE(WindowSettings(settingsPath()).zoom(), 0);
        QCOMPARE(WindowSettings(settingsPath()).classFilter(), 0);
    }

    void wrongTypeValuesFallBackToDefaults()
    {
        // "a, b" reads as a string list; @Rect and @Size are QSettings' own variant syntax.
        const QByteArray ini = "[view]\nzoom=abc\nclassFilter=@Rect(1 2 3 4)\nkindFilter=basic, enhanced\n"
                               "[session]\nlastCode=@Size(10 20)\ncompareA=550, 551\ncompareB=421\n";
        QVERIFY(writeFile(settingsPath(), ini));
        const WindowSettings settings(settingsPath());
        QVERIFY(!settings.recoveredFromError());
        QCOMPARE(settings.zoom(), 0);
        QCOMPARE(settings.classFilter(), 0);
        QCOMPARE(settings.kindFilter(), std::nullopt);
        QCOMPARE(settings.lastCode(), QString());
        QCOMPARE(settings.lastComparison(), (QStringList { QString(), u"421"_s }));
    }

    void corruptFileIsBackedUp()
    {
        const QByteArray original = garbage(20240601);
        QVERIFY(original.contains('\0'));
        QVERIFY(writeFile(settingsPath(), original));

        WindowSettings settings(settingsPath());
        verifyDefaults(settings);
        QVERIFY(settings.recoveredFromError());
        const QString backup = settings.backupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(backup != settingsPath());
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(readFile(backup), original);

        // Writing new settings leaves the backup alone.
        settings.setZoom(2);
        settings.setLastCode(u"5.1.1"_s);
        settings.sync();
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(readFile(backup), original);

        // And the new settings are what the next run reads, without another recovery.
        const WindowSettings next(settingsPath());
        QVERIFY(!next.recoveredFromError());
        QCOMPARE(next.zoom(), 2);
        QCOMPARE(next.lastCode(), u"5.1.1"_s);
    }

    void eachCorruptionGetsItsOwnBackup()
    {
        // Start just after a second boundary so both recoveries fall in the same second, as they do
        // when the program is started twice in quick succession.
        const qint64 start = QDateTime::currentMSecsSinceEpoch() / 1000;
        while (QDateTime::currentMSecsSinceEpoch() / 1000 == start)
            QThread::msleep(5);

        const QByteArray first = garbage(1);
        QVERIFY(writeFile(settingsPath(), first));
        QString firstBackup;
        {
            WindowSettings firstRun(settingsPath());
            QVERIFY(firstRun.recoveredFromError());
            firstBackup = firstRun.backupPath();
            QCOMPARE(readFile(firstBackup), first);
            firstRun.sync();
        }

        const QByteArray second = garbage(2);
        QVERIFY(writeFile(settingsPath(), second));
        WindowSettings secondRun(settingsPath());
        QVERIFY(secondRun.recoveredFromError());
        // The first backup is kept, and the second file is kept as well, under another name.
        QCOMPARE(readFile(firstBackup), first);
        QVERIFY2(secondRun.backupPath() != firstBackup,
                 qPrintable(u"both backups are named %1"_s.arg(firstBackup)));
        QCOMPARE(readFile(secondRun.backupPath()), second);
    }

    void unreadableFileGivesDefaults()
    {
        const QByteArray original = "[view]\nzoom=3\nclassFilter=4\n[session]\nlastCode=550\n";
        QVERIFY(writeFile(settingsPath(), original));
        QVERIFY(QFile::setPermissions(settingsPath(), QFileDevice::Permissions()));
        {
            QFile probe(settingsPath());
            if (probe.open(QIODevice::ReadOnly))
                QSKIP("The file is readable despite mode 000 (running as root)");
        }

        WindowSettings settings(settingsPath());
        verifyDefaults(settings);
        QVERIFY(settings.recoveredFromError());
        // Writing would fail as well; the file is left as it was.
        settings.setZoom(5);
        settings.sync();
        QVERIFY(QFile::setPermissions(settingsPath(), QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(readFile(settingsPath()), original);
    }

    void foreignKeysOnlyAreNotOurs()
    {
        const QByteArray original = "[General]\nfoo=bar\n";
        QVERIFY(writeFile(settingsPath(), original));
        WindowSettings settings(settingsPath());
        verifyDefaults(settings);
        QVERIFY(settings.recoveredFromError());
        QVERIFY(!settings.backupPath().isEmpty());
        QVERIFY(QFileInfo::exists(settings.backupPath()));
        QCOMPARE(readFile(settings.backupPath()), original);

        settings.setZoom(1);
        settings.sync();
        QCOMPARE(readFile(settings.backupPath()), original);
    }

    // A location that cannot be created (a file where its folder should be, as unwritable for root
    // as for anyone): read as empty, never written.
    void unwritableLocationIsNeverWritten()
    {
        const QString blocker = m_dir->filePath(u"notAFolder"_s);
        QVERIFY(writeFile(blocker, "x"));
        WindowSettings settings(blocker + u"/smtpref.conf"_s);
        QCOMPARE(settings.saving(), WindowSettings::Saving::NotWritable);
        verifyDefaults(settings);
        settings.setZoom(3);
        settings.sync();
        QCOMPARE(settings.zoom(), 0);
        QCOMPARE(readFile(blocker), QByteArray("x"));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList { u"notAFolder"_s });

        WindowSettings writable(settingsPath());
        QCOMPARE(writable.saving(), WindowSettings::Saving::Saved);
    }

    // HOME unset: Qt's default location would be "/.config", which is nobody's; nothing is written.
    void withoutAHomeFolderNothingIsWritten()
    {
        const QByteArray home = qgetenv("HOME");
        const QByteArray configHome = qgetenv("XDG_CONFIG_HOME");
        qunsetenv("HOME");
        qunsetenv("XDG_CONFIG_HOME");
        // A name of its own: the default location is the application's.
        QCoreApplication::setOrganizationName(u"smtpref-test-without-home"_s);
        QCoreApplication::setApplicationName(u"smtpref-test-without-home"_s);
        WindowSettings settings;
        const QString fileName = settings.fileName();
        const bool existed = QFileInfo::exists(QFileInfo(fileName).absolutePath());
        settings.setZoom(3);
        settings.setLastCode(u"550"_s);
        settings.sync();
        const WindowSettings::Saving saving = settings.saving();
        const bool exists = QFileInfo::exists(QFileInfo(fileName).absolutePath());
        qputenv("HOME", home);
        if (!configHome.isEmpty())
            qputenv("XDG_CONFIG_HOME", configHome);
        QCOMPARE(saving, WindowSettings::Saving::NoHomeFolder);
        QVERIFY(!existed);
        QVERIFY(!exists);
        QCOMPARE(settings.zoom(), 0);
    }

    void foreignKeysBesideOursAreFine()
    {
        QVERIFY(writeFile(settingsPath(), "[General]\nfoo=bar\n[view]\nzoom=5\n"));
        const WindowSettings settings(settingsPath());
        QVERIFY(!settings.recoveredFromError());
        QVERIFY(settings.backupPath().isEmpty());
        QCOMPARE(settings.zoom(), 5);
    }
};

QTEST_GUILESS_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
