// The binary started for its window where there may be no display: on a Unix desktop without one it
// says so and points to the command line, unless a platform was chosen (QT_QPA_PLATFORM or
// -platform), which is then Qt's to open.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiMain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // where the window keeps its settings

    // The environment of a machine without a display, plus extra.
    QProcessEnvironment withoutDisplay(const QString &extraName = QString(),
                                              const QString &extraValue = QString())
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s })
            environment.remove(name);
        environment.insert(u"HOME"_s, m_home.path());
        if (!extraName.isEmpty())
            environment.insert(extraName, extraValue);
        return environment;
    }

    // Starts the window; true when it is still running after a while (the window opened).
    static bool keepsRunning(QProcess &process, const QStringList &arguments)
    {
        process.start(QStringLiteral(SMTPREF_BINARY), arguments);
        if (!process.waitForStarted())
            return false;
        const bool running = !process.waitForFinished(3000);
        if (!running) {
            // Say why, for the log: the exit code and what it printed.
            qWarning("the window exited early: status %d, code %d, %s", int(process.exitStatus()),
                     process.exitCode(), process.readAllStandardError().constData());
        }
        process.kill();
        process.waitForFinished();
        return running;
    }

private Q_SLOTS:
    void withoutADisplayItPointsToTheCommandLine()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
        process.start(QStringLiteral(SMTPREF_BINARY), {});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(u"no display found"), qPrintable(error));
        QVERIFY(error.contains(u"smtpref 550"));
#else
        // Windows and macOS always have their display: the window opens.
        QVERIFY(keepsRunning(process, {}));
#endif
    }

    void aPlatformChosenWithTheEnvironmentIsQtsToOpen()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay(u"QT_QPA_PLATFORM"_s, u"offscreen"_s));
        QVERIFY(keepsRunning(process, {}));
        QVERIFY(!process.readAllStandardError().contains("no display found"));
    }

    void aPlatformChosenOnTheCommandLineIsQtsToOpen()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        QVERIFY(keepsRunning(process, { u"-platform"_s, u"offscreen"_s }));
        QVERIFY(!process.readAllStandardError().contains("no display found"));
    }

    // --lang without a code opens the window (in that language), not a command-line error.
    void aLanguageWithoutACodeOpensTheWindow()
    {
        for (const QStringList &arguments : { QStringList { u"--lang"_s, u"ja"_s },
                                              QStringList { u"--lang=pt-BR"_s } }) {
            QProcess process;
            process.setProcessEnvironment(withoutDisplay(u"QT_QPA_PLATFORM"_s, u"offscreen"_s));
            QVERIFY(keepsRunning(process, arguments));
            QVERIFY(!process.readAllStandardError().contains("--lang"));
        }
    }

    // A file to open (what a desktop's "Open with smtpref" passes) opens the window on it; a code
    // stays the command line's.
    void aFileOpensTheWindow()
    {
        QTemporaryDir folder;
        const QString bounce = folder.filePath(u"bounce.eml"_s);
        QFile file(bounce);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail\n\n<a@example.com>: host x said: "
                   "550 5.1.1 User unknown\n");
        file.close();
        QProcess process;
        process.setProcessEnvironment(withoutDisplay(u"QT_QPA_PLATFORM"_s, u"offscreen"_s));
        QVERIFY(keepsRunning(process, { bounce }));
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QProcess code;
        code.setProcessEnvironment(withoutDisplay(u"QT_QPA_PLATFORM"_s, u"offscreen"_s));
        code.start(QStringLiteral(SMTPREF_BINARY), { u"550"_s });
        QVERIFY(code.waitForFinished(10000));
        QVERIFY(code.readAllStandardOutput().contains("550"));
    }
};

QTEST_GUILESS_MAIN(TestGuiMain)
#include "tst_guimain.moc"
