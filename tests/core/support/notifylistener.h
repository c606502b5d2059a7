// Stands in for systemd's notification socket: an AF_UNIX datagram socket
// that records every sd_notify() message with the time it arrived. It reads
// on its own thread, so a test may block its event loop and still see when
// (and whether) each message came.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <limits>
#include <mutex>
#include <thread>

class NotifyListener
{
public:
    struct Message
    {
        qint64 arrivedMs;  // on elapsedMs()'s clock
        QByteArray text;   // "READY=1\nSTATUS=…"

        bool has(const QByteArray &line) const { return text.split('\n').contains(line); }
    };

    explicit NotifyListener(const QString &path) : m_path(path)
    {
        m_clock.start();
        const QByteArray encoded = path.toLocal8Bit();
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (encoded.size() >= qsizetype(sizeof address.sun_path))
            return;
        std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return;
        if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            ::close(m_fd);
            m_fd = -1;
            return;
        }
        m_reader = std::thread([this] { read(); });
    }

    ~NotifyListener()
    {
        m_stop = true;
        if (m_reader.joinable())
            m_reader.join();
        if (m_fd >= 0)
            ::close(m_fd);
        ::unlink(m_path.toLocal8Bit().constData());
    }

    NotifyListener(const NotifyListener &) = delete;
    NotifyListener &operator=(const NotifyListener &) = delete;

    bool isListening() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    QList<Message> messages() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_messages;
    }

    // Messages holding `line` that arrived in [fromMs, toMs).
    int count(const QByteArray &line, qint64 fromMs = 0, qint64 toMs = std::numeric_limits<qint64>::max()) const
    {
        int found = 0;
        for (const Message &message : messages()) {
            if (message.has(line) && message.arrivedMs >= fromMs && message.arrivedMs < toMs)
                ++found;
        }
        return found;
    }

    // Runs the event loop until a message holding `line` has arrived at or
    // after `fromMs`; its arrival time, or -1.
    qint64 waitFor(const QByteArray &line, int timeoutMs, qint64 fromMs = 0) const
    {
        QElapsedTimer waited;
        waited.start();
        do {
            for (const Message &message : messages()) {
                if (message.has(line) && message.arrivedMs >= fromMs)
                    return message.arrivedMs;
            }
            QTest::qWait(20);
        } while (waited.elapsed() < timeoutMs);
        return -1;
    }

    // Every message, one per line, for a failure's explanation.
    QByteArray transcript() const
    {
        QByteArray text;
        for (const Message &message : messages())
            text += QByteArray::number(message.arrivedMs) + " ms: " + QByteArray(message.text).replace('\n', ' ') + '\n';
        return text;
    }

private:
    void read()
    {
        char buffer[4096];
        while (!m_stop) {
            pollfd ready{m_fd, POLLIN, 0};
            if (::poll(&ready, 1, 50) <= 0)
                continue;
            const ssize_t size = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (size <= 0)
                continue;
            const qint64 arrived = m_clock.elapsed();
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_messages.append({arrived, QByteArray(buffer, qsizetype(size))});
        }
    }

    QString m_path;
    QElapsedTimer m_clock;
    int m_fd = -1;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    QList<Message> m_messages;
    std::thread m_reader;
};
