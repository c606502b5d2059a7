// The bar above every visitor screen: Back, Home, the clinic's name (which
// staff press long to sign in), a button per language, A−/A+ and Contrast.
// It shows the visit's display state and reports what was tapped.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

class TopBar : public QWidget
{
    Q_OBJECT

public:
    // One language button each when there is more than one language.
    TopBar(const QString &clinicName, const QStringList &languages, QWidget *parent = nullptr);

    void setClinicName(const QString &name);
    void setBackEnabled(bool enabled);
    void setLanguage(const QString &language);
    void setTextPercent(int percent);
    // Shows the mode without reporting it back as a tap.
    void setHighContrast(bool on);

    QLabel *clinicNameLabel() const { return m_clinicName; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *homeButton() const { return m_home; }

signals:
    void backRequested();
    void homeRequested();
    void languageChosen(const QString &language);
    void smallerTextRequested();
    void largerTextRequested();
    void highContrastToggled(bool on);

private:
    QLabel *m_clinicName;
    QPushButton *m_back;
    QPushButton *m_home;
    QList<QPushButton *> m_languageButtons;
    QPushButton *m_smallerText;
    QPushButton *m_largerText;
    QPushButton *m_contrast;
};
