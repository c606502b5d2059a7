// Export benchmark: the time to write 100,000 call-back requests as CSV, JSON and a PDF list (A4), and the sizes.
// Usage: carekiosk-bench-export [COUNT [FOLDER]]
#include "core/export/csvexport.h"
#include "core/export/jsonexport.h"
#include "core/export/pdfexport.h"
#include "benchfolder.h"
#include "support/samplerequest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

namespace {
QTextStream out(stdout);

// Distinct numbers, a tenth of them from abroad, and every fifth note long enough to wrap: the sample
// request alone repeats 100 numbers and short notes, which would flatter the phone formatting and the PDF.
QList<CallbackRequest> requests(int total)
{
    QList<CallbackRequest> list;
    list.reserve(total);
    for (int i = 0; i < total; ++i) {
        CallbackRequest request = sampleRequest(i);
        request.phoneE164 = i % 10 == 9 ? QStringLiteral("+4420794%1").arg(i % 100'000, 5, 10, QLatin1Char('0'))
                                        : QStringLiteral("+1301%1").arg(2'000'000 + i);
        if (i % 5 == 0)
            request.note = QStringLiteral("Please call after 5 pm on weekdays; leave a message with my daughter if I "
                                          "don't pick up, she knows about the appointment. Request %1, thank you so much.")
                               .arg(i);
        list.append(request);
    }
    return list;
}

bool measure(const char *format, const QString &path, const std::function<std::optional<QString>()> &write)
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<QString> failure = write();
    const double seconds = timer.elapsed() / 1000.0;
    if (failure) {
        out << format << ": failed: " << *failure << Qt::endl;
        return false;
    }
    out << format << ": " << seconds << " s, " << QFileInfo(path).size() / 1024.0 / 1024.0 << " MiB" << Qt::endl;
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    // Fonts for the PDF need the GUI part of Qt; no screen is needed.
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication application(argc, argv);
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    // A folder given as the second argument keeps the files, to look at them.
    QTemporaryDir temporary;
    const std::optional<QString> folder = benchFolder(argc, argv, 2, temporary.path());
    if (!folder)
        return 1;
    const QDir dir(*folder);

    ExportContext context;
    context.clinicName = QStringLiteral("Southern Maryland Pain & Wellness");
    context.phoneRegion = QStringLiteral("US");
    context.officeNames.insert(QStringLiteral("waldorf"), QStringLiteral("Waldorf"));
    context.topicTitles.insert(QStringLiteral("botox-for-pain"), QStringLiteral("How Botox can relieve pain"));
    context.selectionDescription = QStringLiteral("Every request");
    const QList<CallbackRequest> list = requests(total);
    out << total << " requests" << Qt::endl;

    const QString csv = dir.filePath(QStringLiteral("callbacks.csv"));
    const QString json = dir.filePath(QStringLiteral("callbacks.json"));
    const QString pdf = dir.filePath(QStringLiteral("callbacks.pdf"));
    const bool written = measure("CSV", csv, [&] { return writeCallbackCsv(csv, list, context); })
        && measure("JSON", json, [&] { return writeCallbackJson(json, list, context); })
        && measure("PDF (A4)", pdf, [&] { return writeCallbackPdf(pdf, list, context, QPageSize(QPageSize::A4)); });
    return written ? 0 : 1;
}
