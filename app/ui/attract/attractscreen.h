// Shown when nobody is using the kiosk: the clinic's name, a slow rotation of
// featured topics, and "Touch to start".
#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;

class AttractScreen : public QWidget
{
    Q_OBJECT

public:
    struct Feature
    {
        QString title;
        QString summary;
    };

    explicit AttractScreen(QWidget *parent = nullptr);

    void setClinicName(const QString &name);
    void setFeatures(const QList<Feature> &features);
    int currentFeature() const { return m_current; }
    void showNextFeature();

    static constexpr int rotationIntervalMs = 8000;

signals:
    void started();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();

    QLabel *m_clinic;
    QLabel *m_touch;
    QLabel *m_inviting;
    QLabel *m_featureTitle;
    QLabel *m_featureSummary;
    QList<Feature> m_features;
    int m_current = -1;
    QTimer m_rotation;
};
