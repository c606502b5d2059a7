// The reference for the kiosk benchmark: a bare QWebEngineView that loads one
// HTML string, timed the same way as the kiosk (start to first page shown).
#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QWebEngineView>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication application(argc, argv);
    QWebEngineView view;
    view.resize(1280, 800);
    QObject::connect(&view, &QWebEngineView::loadFinished, &view, [&](bool) {
        // One more frame so that the page has been painted, as for the kiosk.
        view.page()->runJavaScript(QStringLiteral("new Promise(r => requestAnimationFrame(() => r(1)))"),
                                   [&](const QVariant &) {
                                       QTextStream(stdout) << "shown after " << sinceStart.elapsed() << " ms\n";
                                       QApplication::quit();
                                   });
    });
    view.setHtml(QStringLiteral("<!DOCTYPE html><html><body><h1>Hello</h1><p>A bare view.</p></body></html>"));
    view.show();
    return application.exec();
}
