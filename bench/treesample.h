// The kiosk's process tree at one moment: private memory, open files and
// threads of the app and of its WebEngine helpers, for the soak benchmark.
#pragma once

#include <QtGlobal>

struct TreeSample
{
    long appUssKiB = 0;
    long webEngineUssKiB = 0;  // every descendant: zygotes, renderers, GPU, utilities
    long allPrivateDirtyKiB = 0;
    int appFds = 0;
    int allFds = 0;
    int appThreads = 0;
    int allThreads = 0;
    int processes = 0;

    long totalUssKiB() const { return appUssKiB + webEngineUssKiB; }
};

TreeSample sampleTree(qint64 root);
