// Home screen layout: search on top, categories on the left, featured on the right.
#include "ui/home/homescreen.h"

#include "ui/widgets/languagewatch.h"
#include "ui/widgets/plainlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

HomeScreen::HomeScreen(QWidget *parent)
    : QWidget(parent),
      m_welcome(plainLabel(this)),
      m_categoriesTitle(plainLabel(this)),
      m_featuredTitle(plainLabel(this)),
      m_searchLauncher(new QPushButton(this)),
      m_callback(new QPushButton(this)),
      m_categories(new CardList(2, this)),
      m_featured(new CardList(1, this))
{
    m_welcome->setObjectName(QStringLiteral("screenTitle"));
    m_welcome->setWordWrap(true);
    m_categoriesTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_featuredTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_searchLauncher->setObjectName(QStringLiteral("searchLauncher"));
    m_callback->setObjectName(QStringLiteral("homeCallback"));
    m_callback->setProperty("primary", true);
    m_callback->setMinimumHeight(72);

    auto *categories = new QVBoxLayout;
    categories->addWidget(m_categoriesTitle);
    categories->addWidget(m_categories, 1);
    auto *featured = new QVBoxLayout;
    featured->addWidget(m_featuredTitle);
    featured->addWidget(m_featured, 1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(36);
    columns->addLayout(categories, 5);
    columns->addLayout(featured, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(20);
    layout->addWidget(m_welcome);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(24);
    actions->addWidget(m_searchLauncher, 1);
    actions->addWidget(m_callback);
    layout->addLayout(actions);
    layout->addLayout(columns, 1);

    connect(m_searchLauncher, &QPushButton::clicked, this, &HomeScreen::searchRequested);
    connect(m_callback, &QPushButton::clicked, this, &HomeScreen::callbackRequested);
    connect(m_featured, &CardList::chosen, this, &HomeScreen::articleChosen);
    connect(m_categories, &CardList::chosen, this, &HomeScreen::categoryChosen);
    retranslate();
    LanguageWatch::onChange(this, [this] { retranslate(); });
}

void HomeScreen::setContent(const QString &clinicName, const QList<CardList::Entry> &categories,
                            const QList<CardList::Entry> &featured)
{
    m_clinicName = clinicName;
    m_categories->setEntries(categories);
    m_featured->setEntries(featured);
    m_featuredTitle->setVisible(!featured.isEmpty());
    retranslate();
}


void HomeScreen::retranslate()
{
    m_welcome->setText(tr("Welcome to %1. What would you like to read about?").arg(m_clinicName));
    m_categoriesTitle->setText(tr("Topics"));
    m_featuredTitle->setText(tr("Featured"));
    m_searchLauncher->setText(tr("Search articles…"));
    m_searchLauncher->setAccessibleName(tr("Search articles"));
    m_callback->setText(tr("Ask us to call you"));
    m_callback->setAccessibleName(tr("Ask us to call you back"));
}
