// A fresh copy of the shipped sample configuration that a test may edit,
// readable and writable by its owner only, as IT's real file would be.
#pragma once

#include <QFile>
#include <QList>
#include <QPair>
#include <QTemporaryDir>

// The copy's path, or an empty string when it could not be made.
inline QString editableSampleConfig(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("carekiosk.conf"));
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(CAREKIOSK_SAMPLE_CONFIG), path)
        || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return {};
    return path;
}

// What IT might change in the sample: the name, time-outs, an office closed,
// the thank-you words, the retention and the restart time. Empty when the
// file was edited, else what went wrong.
inline QString editLikeIt(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("can't read ") + path;
    QByteArray text = file.readAll();
    file.close();
    const QList<QPair<QByteArray, QByteArray>> edits = {
        {"\nname=Orthopedic & Wellness\n", "\nname=Lakeside Clinic\n"},
        {"\nidle_timeout_seconds=90\n", "\nidle_timeout_seconds=45\nrestart_at=4:15\n"},
        {"\nidle_timeout_seconds=120\n", "\nidle_timeout_seconds=60\n"},
        {"\nretention_days=90\n", "\nretention_days=30\n"},
        {"\n;confirmation=", "\nconfirmation=\"Thank you, we will call.\"\n;"},
        {"\n[office.frederick]\n", "\n[closed.frederick]\n"},
    };
    for (const auto &[before, after] : edits) {
        if (text.count(before) != 1)
            return QStringLiteral("the sample no longer holds exactly one ") + QString::fromUtf8(before).trimmed();
        text.replace(before, after);
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return QStringLiteral("can't write ") + path;
    return {};
}

// A kiosk's own folders for one test: an editable copy of the sample
// configuration and an empty data folder, both gone after the test.
struct KioskFolders
{
    QTemporaryDir dir;
    QString config = editableSampleConfig(dir);
    QTemporaryDir data;

    bool isReady() const { return dir.isValid() && data.isValid() && !config.isEmpty(); }
};
