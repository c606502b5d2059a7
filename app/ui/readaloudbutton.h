// "Read aloud" for a native screen where the visitor must act (the call-back
// form's instructions and consent, the "Still there?" prompt): one touch
// reads the screen's words in the visitor's language, the next stops. It
// stops when the screen goes and when the language changes.
#pragma once

#include <QPushButton>
#include <QStringList>

#include <functional>

class ReadAloud;

class ReadAloudButton : public QPushButton
{
    Q_OBJECT

public:
    // `words` gives the texts to read, in order, at the moment of the touch.
    explicit ReadAloudButton(std::function<QStringList()> words, QWidget *parent = nullptr);

    ReadAloud *readAloud() const { return m_readAloud; }
    void stop();
    // The screens' language now ("en", "es").
    static QString screensLanguage();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void onTapped();
    void retranslate();

    std::function<QStringList()> m_words;
    ReadAloud *m_readAloud;
    QString m_language;  // of the reading under way
};
