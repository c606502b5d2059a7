// Taps are mouse clicks at a widget's centre and typing is key events, sent
// through the application like a visitor's, so the idle watcher and the input
// guard see them too.
#include "simulatedvisitor.h"

#include "pagepaint.h"
#include "ui/article/articlescreen.h"
#include "ui/callback/callbackscreen.h"
#include "ui/idlewatcher.h"
#include "ui/kioskwindow.h"
#include "ui/search/searchscreen.h"
#include "ui/touchcard.h"
#include "web/articleview.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int pageTimeoutMs = 30000;
constexpr int screenTimeoutMs = 5000;
// Short enough for 200 wipes in one run; the countdown after it still runs
// its real one-second ticks.
constexpr int walkAwayIdleMs = 50;

bool tap(QWidget *widget)
{
    if (!widget || !QTest::qWaitFor([widget] { return widget->isVisible(); }, screenTimeoutMs))
        return false;
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    return true;
}

// Types into a field as a visitor whose keys go to the focused widget.
bool type(QLineEdit *field, const QString &text)
{
    if (!tap(field))
        return false;
    QTest::keyClicks(field, text);
    return field->text().compare(text, Qt::CaseInsensitive) == 0;
}

} // namespace

SimulatedVisitor::SimulatedVisitor(KioskWindow &window) : m_window(window) {}

bool SimulatedVisitor::openArticle(const QString &slug)
{
    m_window.go({Location::Screen::Article, slug});
    ArticleView &view = *m_window.articleScreen()->view();
    return m_window.location().screen == Location::Screen::Article
        && waitForPaintedArticle(view, view.currentUrl(), pageTimeoutMs);
}

bool SimulatedVisitor::search(const QString &words)
{
    m_window.go({Location::Screen::Search, {}});
    SearchScreen &screen = *m_window.searchScreen();
    QLineEdit *field = screen.field();
    // The words of the search before, taken back one key at a time.
    for (qsizetype left = field->text().size(); left > 0; --left)
        QTest::keyClick(field, Qt::Key_Backspace);
    if (!field->text().isEmpty() || !type(field, words))
        return false;
    return QTest::qWaitFor(
        [&screen] {
            const QList<TouchCard *> cards = screen.results()->cards();
            return !cards.isEmpty() && cards.first()->isVisible();
        },
        screenTimeoutMs);
}

bool SimulatedVisitor::requestCallback(const QString &slug, int number)
{
    m_window.go({Location::Screen::Callback, slug});
    CallbackScreen &form = *m_window.callbackScreen();
    // 555-0100 to 555-0199: numbers set aside for fiction, never a real person's.
    const QString phone = QStringLiteral("301555%1").arg(100 + number % 100, 4, 10, QLatin1Char('0'));
    const bool filledIn = type(form.firstNameField(), QStringLiteral("Soak")) && type(form.phoneField(), phone)
        && !form.officeButtons().isEmpty() && tap(form.officeButtons().first()) && tap(form.consentBox());
    if (!filledIn || !tap(form.sendButton()) || !form.isConfirming())
        return false;
    return tap(form.doneButton()) && m_window.location().screen == Location::Screen::Home;
}

bool SimulatedVisitor::walkAway()
{
    IdleWatcher &idle = *m_window.idleWatcher();
    const int usualIdleMs = idle.timeout();
    QSignalSpy waiting(&m_window, &KioskWindow::waitingForVisitor);
    idle.setTimeout(walkAwayIdleMs);
    const bool wiped = waiting.wait(pageTimeoutMs);
    idle.setTimeout(usualIdleMs);
    return wiped && m_window.isWaitingForVisitor();
}
