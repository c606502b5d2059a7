// An on-screen keyboard for a touch kiosk with no physical keyboard.
#pragma once

#include <QWidget>

class QGridLayout;
class QLineEdit;
class QPushButton;

class OnScreenKeyboard : public QWidget
{
    Q_OBJECT

public:
    explicit OnScreenKeyboard(QWidget *parent = nullptr);

    // Keys type into this line edit (nullptr: none).
    void setTarget(QLineEdit *target);
    QLineEdit *target() const;
    // "en" (default) or "es": Spanish adds ñ and the accented vowels.
    void setLayoutLanguage(const QString &language);
    QString layoutLanguage() const { return m_language; }
    void setEnterText(const QString &text);
    // Letters that start a word are typed as capitals (for names).
    void setCapitalizeWords(bool on);

signals:
    // The visitor pressed the big Enter key.
    void enterPressed();

private:
    QPushButton *addKey(const QString &objectName, const QString &label, const QString &accessibleName, int row,
                        int column, int columnSpan = 2);
    void addLetterRow(const QString &letters, int row, int firstColumn);
    void rebuildExtraRow();
    void type(const QString &text);
    void retranslate();

    QGridLayout *m_grid;
    QLineEdit *m_target = nullptr;
    QString m_language = QStringLiteral("en");
    QList<QPushButton *> m_extraKeys;
    QList<QPushButton *> m_signKeys;
    QPushButton *m_backspace = nullptr;
    QPushButton *m_space = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_enter = nullptr;
    QString m_enterText;
    bool m_capitalizeWords = false;
};
