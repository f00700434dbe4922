#pragma once

#include "core/ids.h"
#include "layout/pagelayout.h"
#include "model/edition.h"
#include "text/fontface.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <memory>

namespace folio {
class LayoutEngine;
}

namespace folio::cli {

// What one bench run measured: every metric once per run, and facts about what was measured.
struct BenchResult
{
    bool ok = false;
    QString error;
    int runs = 0;
    QMap<QString, QList<double>> samples; // metric key -> one value per timed run
    QVariantMap notes;                    // counts and methods, for the report

    double median(const QString &key) const;
    double maximum(const QString &key) const;
};

// Runs the composer and print-writer benchmarks of `folio-cli bench` on editions built from
// the seed page. Each run measures every metric once; one untimed warm-up run comes first so
// that fonts, ICU data and code are loaded (shaping and layout caches are emptied where a
// metric says "cold").
class BenchRunner
{
public:
    // Metric keys, the JSON names.
    static const QString kShapeFloor;
    static const QString kComposeCold;
    static const QString kRelayoutWarm;
    static const QString kRelayoutUnchanged;
    static const QString kKeystroke;
    static const QString kKeystrokeMax;
    static const QString kCompose16Pages;
    static const QString kLayouts16PagesMb;
    static const QString kLayouts16PagesItemsMb;
    static const QString kExportPage;
    static const QString kExport16Pages;
    static const QString kImport1Mb;

    explicit BenchRunner(int runs);
    ~BenchRunner();

    BenchResult run();

private:
    struct ShapeJob
    {
        std::shared_ptr<text::FontFace> face;
        double size = 9.0;
        QString text;
        quint32 script = 0;
        QString language;
        QStringList features;
    };

    bool prepare(QString *error);
    void prepareShapeJobs();
    ObjectId pickRelayoutFrame();
    bool runOnce(BenchResult *result, bool record);
    double measureShapeFloor() const;
    bool measureSeedPage(QMap<QString, double> *values, QString *error);
    void measureKeystrokes(QMap<QString, double> *values);
    bool measureSixteenPages(QMap<QString, double> *values, QString *error);
    bool measureImport(QMap<QString, double> *values, QString *error);
    void noteMaximum(const QString &key, double value);
    bool exportPages(const Edition &edition, const QList<PageLayout> &pages, const QString &prefix,
                     QString *error);

    int m_runs = 5;
    QByteArray m_seed;
    QByteArray m_importText;
    std::unique_ptr<Edition> m_seedEdition;
    std::unique_ptr<Edition> m_longEdition;
    std::unique_ptr<Edition> m_edition16;
    ObjectId m_longStoryId = 0;
    ObjectId m_relayoutFrameId = 0;
    QList<ShapeJob> m_shapeJobs;
    QTemporaryDir m_outDir;
    QVariantMap m_notes;
};

} // namespace folio::cli
