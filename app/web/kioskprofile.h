// The reader's browser profile: off the record, our scheme only, nothing
// downloaded, nothing kept after a visitor leaves.
#pragma once

#include <QObject>

#include <optional>

class ArticleLibrary;
class ContentSchemeHandler;
class KioskSettings;
class QWebEngineProfile;

class KioskProfile : public QObject
{
    Q_OBJECT

public:
    // Pages are made from `library` and `settings` (the offices, the booking
    // page); both must outlive the profile.
    KioskProfile(const ArticleLibrary &library, const KioskSettings &settings, QObject *parent = nullptr);

    QWebEngineProfile *profile() const { return m_profile; }
    // The article page at `url`, made as a request for it would be answered.
    std::optional<QString> articlePage(const QUrl &url) const;

    // Drops caches, cookies, storage and visited links: nothing of the last
    // visitor may reach the next one.
    void wipe();

signals:
    // The app has no page at `url` (a main page, a stylesheet or an image).
    void pageNotFound(const QUrl &url);

private:
    QWebEngineProfile *m_profile;
    ContentSchemeHandler *m_pages;
};
