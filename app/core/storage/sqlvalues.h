// How values are written to and read from the kiosk database.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace SqlValues {
// ISO 8601 in UTC with milliseconds ("2026-11-25T22:40:01.123Z"): sorts as text.
inline QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QDateTime utcFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

// QtSql binds a null QString as SQL NULL; an empty text must stay text.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// A NULL of text type, for an optional time.
inline QVariant optionalUtc(const QDateTime &time)
{
    return time.isValid() ? QVariant(utcText(time)) : QVariant(QMetaType::fromType<QString>());
}
} // namespace SqlValues
