// The yardstick for start-up time and memory: the smallest Qt Widgets program with a window.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>

#include <algorithm>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("bare Qt Widgets window"), &window));
    // The size smtpref opens at without saved settings (MainWindow::restoreSettings), so that both
    // programs fill and send the same number of pixels.
    const QSize available = window.screen()->availableSize();
    window.resize(std::min(1200, available.width() * 9 / 10), std::min(780, available.height() * 9 / 10));
    window.show();
    return QApplication::exec();
}
