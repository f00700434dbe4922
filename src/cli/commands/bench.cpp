// folio-cli bench [--json] [--runs N]: how fast the composer and the print writer are on the
// seed page, and whether that meets the goals. A tool to run by hand and compare, not a test:
// timings on a shared machine vary, so nothing here fails on a slow figure.

#include "clicommand.h"

#include "benchrunner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>

namespace {

using folio::cli::BenchResult;
using folio::cli::BenchRunner;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli", text);
}

struct Metric
{
    QString key;
    QString description;
};

QList<Metric> metrics()
{
    return {
        {BenchRunner::kShapeFloor, tr("只做 HarfBuzz 整形（空缓存），整版全部文字")},
        {BenchRunner::kComposeCold, tr("冷排整版（整形与排版缓存为空，字体已载入）")},
        {BenchRunner::kRelayoutWarm, tr("一个正文框窄一个字后重排整版")},
        {BenchRunner::kRelayoutUnchanged, tr("未改动时再排整版（全从缓存）")},
        {BenchRunner::kKeystroke, tr("两万字稿件（8 框 2 版）首段输入一字并重排（中位数）")},
        {BenchRunner::kKeystrokeMax, tr("同上，最慢的一次")},
        {BenchRunner::kCompose16Pages, tr("冷排 16 版")},
        {BenchRunner::kLayouts16PagesMb, tr("16 版排版结果与缓存占用的堆内存（MB）")},
        {BenchRunner::kLayouts16PagesItemsMb, tr("其中 PageLayout 条目本身（MB）")},
        {BenchRunner::kExportPage, tr("样版导出 PDF/X-1a 文件")},
        {BenchRunner::kExport16Pages, tr("16 版逐版导出 PDF/X-1a 文件")},
        {BenchRunner::kImport1Mb,
         tr("导入 1 MB 长稿并自动排版（解码、识别、排入对开版、算超出字数）")},
    };
}

struct Goal
{
    QString key;
    QString text;
    double limit = 0.0;
    bool met = false;
};

QList<Goal> goals(const BenchResult &r)
{
    const double floor = r.median(BenchRunner::kShapeFloor);
    QList<Goal> out = {
        {BenchRunner::kComposeCold, QStringLiteral("≤ 3 × shape_floor_ms"), 3 * floor},
        {BenchRunner::kRelayoutWarm, QStringLiteral("≤ shape_floor_ms"), floor},
        {BenchRunner::kKeystroke, QStringLiteral("≤ 1 ms"), 1.0},
        {BenchRunner::kLayouts16PagesMb, QStringLiteral("≤ 100 MB"), 100.0},
        {BenchRunner::kExportPage, QStringLiteral("≤ 100 ms"), 100.0},
        {BenchRunner::kExport16Pages, QStringLiteral("≤ 1500 ms"), 1500.0},
        {BenchRunner::kImport1Mb, QStringLiteral("≤ 3000 ms"), 3000.0},
    };
    for (Goal &g : out)
        g.met = r.median(g.key) <= g.limit;
    return out;
}

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

void printJson(const BenchResult &r, QTextStream &out)
{
    QJsonObject root;
    root.insert(QStringLiteral("runs"), r.runs);
    for (const Metric &m : metrics())
        root.insert(m.key, rounded(r.median(m.key)));
    QJsonObject goalObject;
    for (const Goal &g : goals(r)) {
        QJsonObject o;
        o.insert(QStringLiteral("goal"), g.text);
        o.insert(QStringLiteral("limit"), rounded(g.limit));
        o.insert(QStringLiteral("met"), g.met);
        goalObject.insert(g.key, o);
    }
    root.insert(QStringLiteral("goals"), goalObject);
    root.insert(QStringLiteral("notes"), QJsonObject::fromVariantMap(r.notes));
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void printTable(const BenchResult &r, QTextStream &out)
{
    out << tr("folio-cli bench：%1 次运行的中位数（先做一次不计时的预热）").arg(r.runs) << "\n\n";
    for (const Metric &m : metrics()) {
        out << m.key.leftJustified(28)
            << QString::number(r.median(m.key), 'f', 3).rightJustified(10) << "  " << m.description
            << "\n";
    }
    out << "\n" << tr("目标") << "\n";
    for (const Goal &g : goals(r)) {
        const QString goal = QStringLiteral("%1 (%2)").arg(g.text).arg(g.limit, 0, 'f', 3);
        out << g.key.leftJustified(28) << goal.leftJustified(32)
            << (g.met ? tr("达标") : tr("未达标")) << "\n";
    }
    out << "\n" << tr("说明") << "\n";
    for (auto it = r.notes.cbegin(); it != r.notes.cend(); ++it)
        out << it.key().leftJustified(36) << it.value().toString() << "\n";
}

int runBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    bool json = false;
    int runs = 5;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--runs")) {
            const QString value = i + 1 < args.size() ? args[++i] : QString();
            bool ok = false;
            runs = value.toInt(&ok);
            if (!ok || runs < 1 || runs > 1000) {
                err << tr("folio-cli bench：--runs 需要 1 到 1000 之间的整数，而不是“%1”")
                           .arg(value)
                    << "\n";
                return 2;
            }
        } else {
            err << tr("folio-cli bench：不认识的参数“%1”").arg(a) << "\n"
                << tr("用法：folio-cli bench [--json] [--runs N]") << "\n";
            return 2;
        }
    }
    BenchRunner runner(runs);
    const BenchResult result = runner.run();
    if (!result.ok) {
        err << "folio-cli bench: " << result.error << "\n";
        return 1;
    }
    if (json)
        printJson(result, out);
    else
        printTable(result, out);
    return 0;
}

} // namespace

FOLIO_CLI_COMMAND(bench, QStringLiteral("bench"), QStringLiteral("bench [--json] [--runs N]"),
                  QStringLiteral("time the composer and the PDF writer on the seed page"),
                  &runBench);
