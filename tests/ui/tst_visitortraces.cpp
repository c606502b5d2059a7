// What one visitor could leave for the next on the real window: typing that
// Ctrl+Z or Ctrl+Y brings back, the clipboard, open popups and dialogs, and
// the editing shortcuts and menus that reach them.
#include "support/shippedkiosk.h"
#include "support/testcallbackqueue.h"
#include "ui/attract/attractscreen.h"
#include "ui/article/articlescreen.h"
#include "ui/callback/callbackscreen.h"
#include "ui/home/homescreen.h"
#include "ui/inputguard.h"
#include "ui/kioskwindow.h"
#include "ui/search/searchscreen.h"
#include "ui/topic/topicscreen.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QLineEdit>
#include <QTest>

namespace {

const QString earlierVisitor = QStringLiteral("3015550142");

void press(QWidget *field, QKeySequence::StandardKey key)
{
    const QKeySequence sequence(key);
    QVERIFY2(!sequence.isEmpty(), "a platform binding for the key");
    const QKeyCombination combination = sequence[0];
    QTest::keyClick(field, combination.key(), combination.keyboardModifiers());
}

} // namespace

class TestVisitorTraces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_shipped.prepare(), "search index"); }

    void init()
    {
        QGuiApplication::clipboard()->clear();
        m_window = m_shipped.showWindow(m_callbacks.intake, QSize(1280, 800));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void wipeLeavesNoTypingToUndoRedoOrPaste()
    {
        const QList<QLineEdit *> fields = visitorFields();
        // The search field and the form's name, phone and note at least.
        QVERIFY2(fields.size() >= 4, qPrintable(QString::number(fields.size())));
        for (QLineEdit *field : fields) {
            QTest::keyClicks(field, earlierVisitor);
            QVERIFY2(!field->text().isEmpty(), qPrintable(field->objectName()));
        }
        QGuiApplication::clipboard()->setText(earlierVisitor);

        m_window->resetForNextVisitor();

        for (QLineEdit *field : fields) {
            const QByteArray name = field->objectName().toUtf8();
            QVERIFY2(field->text().isEmpty(), name);
            for (QKeySequence::StandardKey key : {QKeySequence::Undo, QKeySequence::Undo, QKeySequence::Redo}) {
                press(field, key);
                QVERIFY2(field->text().isEmpty(), name + " brought back: " + field->text().toUtf8());
            }
            QVERIFY2(!field->isUndoAvailable() && !field->isRedoAvailable(), name);
        }
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        for (QLineEdit *field : fields) {
            press(field, QKeySequence::Paste);
            QVERIFY2(field->text().isEmpty(), qPrintable(field->objectName()));
        }
    }

    void wipeClosesPopupsAndDialogs()
    {
        m_window->go({Location::Screen::Callback, {}});
        QComboBox *topic = m_window->callbackScreen()->topicBox();
        topic->showPopup();
        QTRY_VERIFY(QApplication::activePopupWidget());
        auto *dialog = new QDialog(m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        m_window->resetForNextVisitor();

        QVERIFY(!QApplication::activePopupWidget());
        for (QWidget *topLevel : QApplication::topLevelWidgets())
            QVERIFY2(topLevel == m_window.get() || !topLevel->isVisible(), topLevel->metaObject()->className());
    }

    void editingShortcutsAndMenusDoNothingInTextFields()
    {
        InputGuard guard;
        m_window->go({Location::Screen::Search, {}});
        QLineEdit *field = m_window->searchScreen()->field();
        QTest::keyClicks(field, QStringLiteral("knee"));
        for (QKeySequence::StandardKey key : {QKeySequence::SelectAll, QKeySequence::Cut, QKeySequence::Undo,
                                              QKeySequence::Copy, QKeySequence::Redo})
            press(field, key);
        QCOMPARE(field->text(), QStringLiteral("knee"));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        QGuiApplication::clipboard()->setText(earlierVisitor);
        press(field, QKeySequence::Paste);
        QTest::keyClick(field, Qt::Key_Insert, Qt::ShiftModifier);
        QTest::mouseClick(field, Qt::MiddleButton);
        QCOMPARE(field->text(), QStringLiteral("knee"));

        QContextMenuEvent menu(QContextMenuEvent::Mouse, field->rect().center(), field->mapToGlobal(field->rect().center()));
        QApplication::sendEvent(field, &menu);
        QVERIFY(!QApplication::activePopupWidget());
    }

private:
    // Found, not listed: a field added to a visitor screen later is covered.
    QList<QLineEdit *> visitorFields() const
    {
        QList<QLineEdit *> fields;
        for (QWidget *screen : std::initializer_list<QWidget *>{
                 m_window->attractScreen(), m_window->homeScreen(), m_window->topicScreen(), m_window->articleScreen(),
                 m_window->searchScreen(), m_window->callbackScreen()}) {
            for (QLineEdit *field : screen->findChildren<QLineEdit *>()) {
                if (!qobject_cast<QAbstractSpinBox *>(field->parentWidget()) && !field->isReadOnly())
                    fields.append(field);
            }
        }
        return fields;
    }

    ShippedKiosk m_shipped;
    TestCallbackQueue m_callbacks{m_shipped.settings, m_shipped.library};
    std::unique_ptr<KioskWindow> m_window;
};

CAREKIOSK_WEBENGINE_TEST_MAIN(TestVisitorTraces)
#include "tst_visitortraces.moc"
