// OnScreenKeyboard: real key clicks type into the real line edit.
#include "ui/widgets/onscreenkeyboard.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

class TestOnScreenKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_field = new QLineEdit(m_window.get());
        m_keyboard = new OnScreenKeyboard(m_window.get());
        layout->addWidget(m_field);
        layout->addWidget(m_keyboard);
        m_keyboard->setTarget(m_field);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_field->setFocus();
    }

    void cleanup() { m_window.reset(); }

    void typesLetters()
    {
        type("knee");
        QCOMPARE(m_field->text(), QStringLiteral("knee"));
        QVERIFY(m_field->hasFocus());
    }

    void backspaceSpaceAndClear()
    {
        type("kneex");
        press("key_backspace");
        QCOMPARE(m_field->text(), QStringLiteral("knee"));
        press("key_space");
        type("pain");
        QCOMPARE(m_field->text(), QStringLiteral("knee pain"));
        press("key_clear");
        QVERIFY(m_field->text().isEmpty());
    }

    void insertsAtTheCursor()
    {
        m_field->setText(QStringLiteral("kee"));
        m_field->setCursorPosition(1);
        type("n");
        QCOMPARE(m_field->text(), QStringLiteral("knee"));
    }

    void respectsMaxLength()
    {
        m_field->setMaxLength(3);
        type("knee");
        QCOMPARE(m_field->text(), QStringLiteral("kne"));
    }

    void enterIsReported()
    {
        QSignalSpy entered(m_keyboard, &OnScreenKeyboard::enterPressed);
        press("key_enter");
        QCOMPARE(entered.size(), 1);
    }

    void spanishLayoutHasAccents()
    {
        QVERIFY(!m_keyboard->findChild<QPushButton *>(QStringLiteral("key_ñ")));
        m_keyboard->setLayoutLanguage(QStringLiteral("es"));
        QTRY_VERIFY(m_keyboard->findChild<QPushButton *>(QStringLiteral("key_ñ")));
        type("ni");
        press("key_ñ");
        press("key_o");
        press("key_á");
        QCOMPARE(m_field->text(), QStringLiteral("niñoá"));
        m_keyboard->setLayoutLanguage(QStringLiteral("en"));
        QTRY_VERIFY(!m_keyboard->findChild<QPushButton *>(QStringLiteral("key_ñ")));
    }

    void keysAreLargeNamedAndNeverTakeFocus()
    {
        const QList<QPushButton *> keys = m_keyboard->findChildren<QPushButton *>();
        QVERIFY(keys.size() >= 40);
        for (const QPushButton *key : keys) {
            QVERIFY2(key->width() >= 44 && key->height() >= 44, qPrintable(key->objectName()));
            QVERIFY2(!key->accessibleName().isEmpty(), qPrintable(key->objectName()));
            QCOMPARE(key->focusPolicy(), Qt::NoFocus);
        }
    }

    void noTargetTypesNothing()
    {
        m_keyboard->setTarget(nullptr);
        type("abc");
        press("key_backspace");
        press("key_clear");
        QVERIFY(m_field->text().isEmpty());
    }

private:
    void press(const char *objectName)
    {
        auto *key = m_keyboard->findChild<QPushButton *>(QString::fromUtf8(objectName));
        QVERIFY2(key, objectName);
        QTest::mouseClick(key, Qt::LeftButton);
    }

    void type(const char *letters)
    {
        for (const QChar letter : QString::fromUtf8(letters))
            press(QStringLiteral("key_%1").arg(letter).toUtf8().constData());
    }

    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_field = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
};

QTEST_MAIN(TestOnScreenKeyboard)
#include "tst_onscreenkeyboard.moc"
