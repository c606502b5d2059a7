// Sums /proc figures over the app (the tree's root) and its descendants.
#include "treesample.h"

#include "processtree.h"

TreeSample sampleTree(qint64 root)
{
    TreeSample sample;
    for (const qint64 pid : processTree(root)) {
        const long uss = ussKiB(pid);
        const int fds = openFileDescriptors(pid);
        const int threads = threadCount(pid);
        if (pid == root) {
            sample.appUssKiB = uss;
            sample.appFds = fds;
            sample.appThreads = threads;
        } else {
            sample.webEngineUssKiB += uss;
        }
        sample.allPrivateDirtyKiB += privateDirtyKiB(pid);
        sample.allFds += fds;
        sample.allThreads += threads;
        ++sample.processes;
    }
    return sample;
}
