#include "preflight/inkcheck.h"

#include "preflight/preflight.h"

#include <QCoreApplication>
#include <QSet>

namespace folio::preflight {

namespace {

const char *kContext = "folio::preflight::InkCheck";

int inkCount(const CmykColor &c)
{
    return int(c.c > 0) + int(c.m > 0) + int(c.y > 0) + int(c.k > 0);
}

} // namespace

void InkCheck::check(const PageLayout &layout, const ExportSettings &settings, Diagnostics *out)
{
    // One finding per frame and kind: a story in one colour should not give a hundred lines.
    QSet<QString> seen;
    const auto add = [&](const char *code, ObjectId frameId, ObjectId storyId,
                         const QString &message) {
        const QString key = QString::fromLatin1(code) + QLatin1Char('#') + QString::number(frameId);
        if (seen.contains(key))
            return;
        seen.insert(key);
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.code = QString::fromLatin1(code);
        d.message = message;
        d.frameId = frameId;
        d.storyId = storyId;
        d.pageIndex = layout.pageIndex;
        out->append(d);
    };
    const auto checkInk = [&](const CmykColor &color, ObjectId frameId, ObjectId storyId) {
        if (color.inkPercent() > settings.inkLimit + 1e-6)
            add("ink-limit", frameId, storyId,
                QCoreApplication::translate(kContext, "颜色 %1 总墨量 %2% 超过上限 %3%")
                    .arg(color.toString())
                    .arg(color.inkPercent(), 0, 'f', 0)
                    .arg(settings.inkLimit, 0, 'f', 0));
    };

    for (const PageItem &item : layout.items) {
        if (const auto *run = std::get_if<GlyphRun>(&item)) {
            checkInk(run->color, run->frameId, run->storyId);
            if (run->size < Preflight::kMultiInkTextSize && inkCount(run->color) > 1)
                add("small-multi-ink-text", run->frameId, run->storyId,
                    QCoreApplication::translate(kContext,
                                                "%1 pt 文字使用 %2 色墨（%3），小于 10 pt "
                                                "的文字应只用一色")
                        .arg(run->size)
                        .arg(inkCount(run->color))
                        .arg(run->color.toString()));
        } else if (const auto *rule = std::get_if<RuleItem>(&item)) {
            checkInk(rule->color, rule->frameId, 0);
        } else if (const auto *box = std::get_if<BoxItem>(&item)) {
            if (box->hasFill)
                checkInk(box->fill, box->frameId, 0);
            if (box->hasStroke)
                checkInk(box->stroke, box->frameId, 0);
        }
    }
}

} // namespace folio::preflight
