// folio-proof-bench: how long the 校对 view takes to render a broadsheet proof page at fit
// width, through the same call the view makes (ProofDocument::render at the fit-width
// resolution). It prints timings; it is not a test and asserts nothing.

#include "app/sampleedition.h"
#include "model/edition.h"
#include "proof/proofdocument.h"
#include "proof/proofwriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>

using namespace folio;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders the sample page's proof at fit width"));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("renders timed"),
                                        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption widthOption(QStringLiteral("width"),
                                         QStringLiteral("page width on screen in pixels"),
                                         QStringLiteral("PX"), QStringLiteral("1400"));
    parser.addOption(runsOption);
    parser.addOption(widthOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int width = std::max(100, parser.value(widthOption).toInt());

    auto edition = app::createSampleEdition();
    QString error;
    const ProofRecord *proof =
        proof::ProofWriter(edition.get())
            .issue(0, QStringLiteral("bench"), QDateTime::currentDateTime(), &error);
    if (!proof) {
        std::fprintf(stderr, "folio-proof-bench: %s\n", qPrintable(error));
        return 1;
    }
    // Opening is part of showing a proof the first time; timed once.
    QElapsedTimer open;
    open.start();
    const auto document =
        proof::ProofDocument::fromData(proof->pdf, QStringLiteral("proof"), &error);
    const double openMs = open.nsecsElapsed() / 1e6;
    if (!document) {
        std::fprintf(stderr, "folio-proof-bench: %s\n", qPrintable(error));
        return 1;
    }
    const QSizeF page = document->pageSize(0);
    const double dpi = 72.0 * width / page.width();
    QList<double> times;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QImage image = document->render(0, dpi);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (image.isNull()) {
            std::fprintf(stderr, "folio-proof-bench: the page did not render\n");
            return 1;
        }
        if (i == 0)
            std::printf("first render      %8.1f ms\n", ms);
        else
            times << ms;
    }
    std::sort(times.begin(), times.end());
    double load[3] = {0, 0, 0};
    if (QFile f(QStringLiteral("/proc/loadavg")); f.open(QIODevice::ReadOnly))
        std::sscanf(f.readAll().constData(), "%lf %lf %lf", &load[0], &load[1], &load[2]);
    std::printf("proof page        %.0f x %.0f mm, %d px wide (%.1f dpi)\n",
                page.width() / 72 * 25.4, page.height() / 72 * 25.4, width, dpi);
    std::printf("open              %8.1f ms\n", openMs);
    std::printf("render median     %8.1f ms  (goal: under 200 ms)\n", times[times.size() / 2]);
    std::printf("render worst      %8.1f ms  (%lld runs, load %.2f)\n", times.last(),
                qlonglong(times.size()), load[0]);
    return 0;
}
