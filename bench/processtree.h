// What /proc says about the kiosk's process and its descendants (the WebEngine
// zygote, renderers, GPU and utility processes), for the benchmarks.
#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

// `root` first, then every living descendant of it.
QList<qint64> processTree(qint64 root);

// Proportional set size in KiB: shared pages split between their users.
long pssKiB(qint64 pid);
// Unique set size in KiB (Private_Clean + Private_Dirty): what only this
// process holds, so other processes starting or ending don't move it.
long ussKiB(qint64 pid);
// Private_Dirty alone: USS without the clean pages of libraries that only
// this process maps for now, which turn shared (and leave USS) as soon as
// another process maps the same library.
long privateDirtyKiB(qint64 pid);
int openFileDescriptors(qint64 pid);
int threadCount(qint64 pid);

// PSS in KiB of `root` and all its descendants.
long totalPssKiB(qint64 root);
