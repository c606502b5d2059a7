// Any touch (or key) on the attract screen starts a visit.
#include "ui/attract/attractscreen.h"

#include "ui/widgets/languagewatch.h"
#include "ui/widgets/plainlabel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

AttractScreen::AttractScreen(QWidget *parent)
    : QWidget(parent), m_clinic(plainLabel(this)), m_featureTitle(plainLabel(this)), m_featureSummary(plainLabel(this))
{
    setObjectName(QStringLiteral("attractScreen"));
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    m_clinic->setObjectName(QStringLiteral("attractClinic"));
    m_featureTitle->setObjectName(QStringLiteral("attractFeatureTitle"));
    m_featureSummary->setObjectName(QStringLiteral("attractFeatureSummary"));
    QLabel *touch = m_touch = plainLabel(this);
    touch->setObjectName(QStringLiteral("attractTouch"));
    QLabel *inviting = m_inviting = plainLabel(this);
    inviting->setObjectName(QStringLiteral("attractFeatureSummary"));
    for (QLabel *label : {m_clinic, inviting, m_featureTitle, m_featureSummary, touch}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(label != touch);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(120, 60, 120, 60);
    layout->setSpacing(16);
    layout->addStretch(2);
    layout->addWidget(m_clinic);
    layout->addWidget(inviting);
    layout->addStretch(2);
    layout->addWidget(m_featureTitle);
    layout->addWidget(m_featureSummary);
    layout->addStretch(3);
    layout->addWidget(touch, 0, Qt::AlignHCenter);
    layout->addStretch(1);

    m_rotation.setInterval(rotationIntervalMs);
    connect(&m_rotation, &QTimer::timeout, this, &AttractScreen::showNextFeature);
    retranslate();
    LanguageWatch::onChange(this, [this] { retranslate(); });
}

void AttractScreen::retranslate()
{
    setAccessibleName(tr("Welcome screen: touch to start"));
    m_touch->setText(tr("Touch the screen to start"));
    m_inviting->setText(tr("Learn about your care while you wait"));
}

void AttractScreen::setClinicName(const QString &name)
{
    m_clinic->setText(name);
}

void AttractScreen::setFeatures(const QList<Feature> &features)
{
    m_features = features;
    m_current = -1;
    showNextFeature();
}

void AttractScreen::showNextFeature()
{
    if (m_features.isEmpty()) {
        m_featureTitle->clear();
        m_featureSummary->clear();
        return;
    }
    m_current = (m_current + 1) % int(m_features.size());
    m_featureTitle->setText(m_features.at(m_current).title);
    m_featureSummary->setText(m_features.at(m_current).summary);
}

void AttractScreen::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    emit started();
}

void AttractScreen::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    emit started();
}

void AttractScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_rotation.start();
    setFocus();
}

void AttractScreen::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_rotation.stop();
}
