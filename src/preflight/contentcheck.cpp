#include "preflight/contentcheck.h"

#include "model/edition.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace folio::preflight {

namespace {

const char *kContext = "folio::preflight::ContentCheck";

Diagnostic make(Diagnostic::Severity severity, const char *code, const QString &message,
                ObjectId frameId, ObjectId storyId, int pageIndex)
{
    Diagnostic d;
    d.severity = severity;
    d.code = QString::fromLatin1(code);
    d.message = message;
    d.frameId = frameId;
    d.storyId = storyId;
    d.pageIndex = pageIndex;
    return d;
}

} // namespace

void ContentCheck::check(const PageLayout &layout, const Edition *edition, Diagnostics *out)
{
    const int page = layout.pageIndex;
    // The composer's own findings; what loses text or prints wrong glyphs is an error here.
    static const QSet<QString> errors = {QStringLiteral("overset"), QStringLiteral("missing-glyph"),
                                         QStringLiteral("font-missing"),
                                         QStringLiteral("font-load-failed")};
    QSet<QString> reported;
    for (Diagnostic d : layout.diagnostics) {
        if (errors.contains(d.code))
            d.severity = Diagnostic::Severity::Error;
        if (d.pageIndex < 0)
            d.pageIndex = page;
        reported.insert(d.code + QLatin1Char('#') + QString::number(d.frameId));
        out->append(d);
    }

    QSet<QString> missingFiles;
    QSet<ObjectId> notdefFrames;
    QSet<ObjectId> framesWithText;
    for (const PageItem &item : layout.items) {
        if (const auto *image = std::get_if<ImageItem>(&item);
            image && !edition && image->assetId == 0) {
            out->append(make(Diagnostic::Severity::Warning, "empty-frame",
                             QCoreApplication::translate(kContext, "空图片框"), image->frameId, 0,
                             page));
            continue;
        }
        if (const auto *marker = std::get_if<MarkerItem>(&item)) {
            const QString key = QStringLiteral("overset#") + QString::number(marker->frameId);
            if (marker->kind == MarkerItem::Kind::Overset && !reported.contains(key)) {
                reported.insert(key);
                out->append(
                    make(Diagnostic::Severity::Error, "overset",
                         QCoreApplication::translate(kContext, "文字溢出：%1").arg(marker->text),
                         marker->frameId, marker->storyId, page));
            }
            continue;
        }
        const auto *run = std::get_if<GlyphRun>(&item);
        if (!run)
            continue;
        framesWithText.insert(run->frameId);
        if (!run->font || !QFileInfo(run->font->file).isFile()) {
            const QString name =
                run->font ? run->font->family + QLatin1Char(' ') + run->font->style : QString();
            if (!missingFiles.contains(name)) {
                missingFiles.insert(name);
                out->append(
                    make(Diagnostic::Severity::Error, "font-missing",
                         QCoreApplication::translate(kContext, "缺少字体：%1").arg(name.trimmed()),
                         run->frameId, run->storyId, page));
            }
        }
        if (run->glyphs.contains(0u) && !notdefFrames.contains(run->frameId) &&
            !reported.contains(QStringLiteral("missing-glyph#") + QString::number(run->frameId))) {
            notdefFrames.insert(run->frameId);
            QString missing;
            for (const auto &cluster : run->clusters)
                if (cluster.firstGlyph < run->glyphs.size() && run->glyphs[cluster.firstGlyph] == 0)
                    missing += cluster.text;
            out->append(make(Diagnostic::Severity::Error, "missing-glyph",
                             QCoreApplication::translate(kContext, "字体 %1 缺字：%2")
                                 .arg(run->font ? run->font->family : QString(), missing),
                             run->frameId, run->storyId, page));
        }
    }

    if (!edition || page < 0 || page >= edition->pages().size())
        return;
    for (const Frame &frame : edition->pages().at(page).frames) {
        if (frame.kind == FrameKind::Text) {
            const Story *story = frame.storyId ? edition->story(frame.storyId) : nullptr;
            if (!story || story->characterCount() == 0)
                out->append(
                    make(Diagnostic::Severity::Warning, "empty-frame",
                         QCoreApplication::translate(kContext, "空文字框“%1”").arg(frame.name),
                         frame.id, frame.storyId, page));
            else if (!framesWithText.contains(frame.id))
                out->append(make(Diagnostic::Severity::Warning, "empty-frame",
                                 QCoreApplication::translate(
                                     kContext, "文字框“%1”没有排入文字（稿件在前面的框中已排完）")
                                     .arg(frame.name),
                                 frame.id, frame.storyId, page));
        } else if (frame.kind == FrameKind::Image && frame.assetId == 0) {
            out->append(make(Diagnostic::Severity::Warning, "empty-frame",
                             QCoreApplication::translate(kContext, "空图片框“%1”").arg(frame.name),
                             frame.id, 0, page));
        }
    }
}

} // namespace folio::preflight
