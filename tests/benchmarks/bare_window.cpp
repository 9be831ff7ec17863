// The yardstick for start-up time and memory: the smallest Qt Widgets program with a window.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("bare Qt Widgets window"), &window));
    window.resize(1100, 700);
    window.show();
    return QApplication::exec();
}
