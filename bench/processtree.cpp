// Reads /proc; a process that ends while it is read counts as empty.
#include "processtree.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <initializer_list>

namespace {

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    // /proc files report size 0: read until the end, not by size.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The sum of the "Name:   123 kB" lines of smaps_rollup named in `fields`.
long rollupKiB(qint64 pid, std::initializer_list<const char *> fields)
{
    long total = 0;
    for (const QByteArray &line : procFile(pid, "smaps_rollup").split('\n')) {
        for (const char *field : fields) {
            if (line.startsWith(field))
                total += line.mid(qstrlen(field)).trimmed().split(' ').first().toLong();
        }
    }
    return total;
}

QHash<qint64, qint64> parentsOfAllProcesses()
{
    QHash<qint64, qint64> parentOf;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QByteArray stat = procFile(pid, "stat");
        if (stat.isEmpty())
            continue;
        // The command name in parentheses may itself hold spaces and parentheses.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        parentOf.insert(pid, fields.value(1).toLongLong());
    }
    return parentOf;
}

} // namespace

QList<qint64> processTree(qint64 root)
{
    const QHash<qint64, qint64> parentOf = parentsOfAllProcesses();
    QList<qint64> tree{root};
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        qint64 ancestor = it.value();
        while (ancestor > 1 && ancestor != root)
            ancestor = parentOf.value(ancestor, 0);
        if (ancestor == root)
            tree.append(it.key());
    }
    return tree;
}

long pssKiB(qint64 pid)
{
    return rollupKiB(pid, {"Pss:"});
}

long ussKiB(qint64 pid)
{
    return rollupKiB(pid, {"Private_Clean:", "Private_Dirty:"});
}

long privateDirtyKiB(qint64 pid)
{
    return rollupKiB(pid, {"Private_Dirty:"});
}

int openFileDescriptors(qint64 pid)
{
    // Sockets and pipes are links to nothing: System lists them too.
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    return int(fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size());
}

int threadCount(qint64 pid)
{
    for (const QByteArray &line : procFile(pid, "status").split('\n')) {
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    }
    return 0;
}

long totalPssKiB(qint64 root)
{
    long total = 0;
    for (const qint64 pid : processTree(root))
        total += pssKiB(pid);
    return total;
}
