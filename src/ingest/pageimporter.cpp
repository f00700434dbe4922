#include "ingest/pageimporter.h"

#include "ingest/storybuilder.h"
#include "ingest/storymetrics.h"
#include "ingest/storyparser.h"
#include "text/textdecoder.h"
#include "model/edition.h"
#include "model/pagecommand.h"
#include "model/resourcecommand.h"
#include "model/storycommand.h"

#include "core/units.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSet>
#include <QUndoStack>
#include <algorithm>

namespace folio::ingest {

namespace {

// The largest text file an editor would call a page of stories; bigger files are refused
// before they are read into memory.
constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

bool loadImage(const QString &path, ImageAsset *asset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    asset->data = f.readAll();
    QImageReader reader(path);
    const QSize size = reader.size();
    if (!size.isValid())
        return false;
    asset->name = QFileInfo(path).fileName();
    asset->format = QString::fromLatin1(reader.format());
    asset->pixelSize = size;
    return true;
}

} // namespace

ImportResult PageImporter::importFile(const QString &path, Edition &edition, ImportOptions options)
{
    ImportResult r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error =
            tr("无法打开稿件文件 %1：%2").arg(QDir::toNativeSeparators(path), f.errorString());
        return r;
    }
    if (f.size() > kMaxFileSize) {
        r.error = tr("稿件文件 %1 太大（%2 MB），不像一版稿件。")
                      .arg(QDir::toNativeSeparators(path))
                      .arg(f.size() / (1024 * 1024));
        return r;
    }
    if (options.baseDirectory.isEmpty())
        options.baseDirectory = QFileInfo(path).absolutePath();
    return importBytes(f.readAll(), edition, options);
}

ImportResult PageImporter::importBytes(const QByteArray &bytes, Edition &edition,
                                       const ImportOptions &options)
{
    ImportResult r;
    const text::DecodedText decoded = text::TextDecoder::decode(bytes);
    if (!decoded.ok) {
        r.error = decoded.error;
        return r;
    }
    const ParsedPage parsed = StoryParser::parse(decoded.text);
    r.report = IngestReport::fromParsedPage(parsed);
    r.report.setSource(decoded);
    if (parsed.stories.isEmpty()) {
        r.error = tr("文件中没有可导入的稿件文字。");
        return r;
    }
    BuiltStories built = StoryBuilder::build(parsed, edition);
    r.report.diagnostics += built.diagnostics;
    for (int i = 0; i < built.stories.size(); ++i)
        r.report.stories[i].storyId = built.stories[i].id;
    r.stories = built.stories;
    r.bannerStories = built.bannerStories;
    r.ok = true;
    if (!options.place)
        return r;

    bool known = false;
    const PageTemplate pageTemplate = PageTemplate::byKey(options.templateKey, &known);
    if (!known) {
        r.report.diagnostics.append(
            {Diagnostic::Severity::Warning, QStringLiteral("unknown-template"),
             tr("没有版式模板“%1”，改用%2。").arg(options.templateKey, pageTemplate.name), 0, 0,
             -1});
    }
    QList<ParagraphStyle> created;
    const QList<ParagraphStyle> heads = headlineStyles(edition, &created);
    StoryMetrics metrics(edition, built, heads);
    PagePlacer placer(metrics);
    r.placement = placer.place(pageTemplate, parsed, built, edition);
    r.page = r.placement.page;
    r.page.id = edition.newId();
    r.page.section = options.section;
    r.page.number = options.pageNumber;
    r.hasPage = true;
    r.report.diagnostics += r.placement.diagnostics;

    // Pictures named in the text: loaded into the edition, else the grey placeholder stays.
    for (const StoryPlacement &sp : r.placement.stories) {
        const QString file = parsed.stories[sp.story].imageFile;
        if (file.isEmpty() || sp.imageFrameId == 0)
            continue;
        ImageAsset asset;
        asset.id = edition.newId();
        const QString path = QDir(options.baseDirectory).absoluteFilePath(file);
        if (!loadImage(path, &asset)) {
            r.report.diagnostics.append({Diagnostic::Severity::Warning,
                                         QStringLiteral("image-missing"),
                                         tr("找不到或无法读取图片 %1，先用占位框。").arg(file),
                                         sp.storyId, sp.imageFrameId, -1});
            continue;
        }
        r.images.append(asset);
        for (Frame &f : r.page.frames)
            if (f.id == sp.imageFrameId)
                f.assetId = asset.id;
    }
    // Narrow modules set their 主题 in a smaller variant of the style.
    QSet<ObjectId> used;
    for (const StoryPlacement &sp : r.placement.stories) {
        if (sp.headlineVariant <= 0 || sp.headlineVariant >= heads.size())
            continue;
        used.insert(heads[sp.headlineVariant].id);
        for (Paragraph &p : r.stories[sp.story].paragraphs)
            if (p.styleId == heads.first().id)
                p.styleId = heads[sp.headlineVariant].id;
    }
    for (const ParagraphStyle &s : created)
        if (used.contains(s.id))
            r.styles.append(s);
    for (const StoryPlacement &sp : r.placement.stories) {
        StoryReport &e = r.report.stories[sp.story];
        e.placed = sp.placed;
        e.columns = sp.columns;
        e.copyfit = sp.copyfit;
    }
    return r;
}

QList<ParagraphStyle> PageImporter::headlineStyles(Edition &edition, QList<ParagraphStyle> *created)
{
    QList<ParagraphStyle> out;
    const ParagraphStyle *base = edition.styleForRole(ParagraphRole::Headline);
    if (!base)
        return out;
    out.append(*base);
    for (const double size : {22.0, 18.0}) {
        if (size >= base->size)
            continue;
        const QString name = tr("%1（%2）").arg(base->name, units::chineseSizeName(size));
        const auto &styles = edition.paragraphStyles();
        const auto it = std::find_if(styles.begin(), styles.end(),
                                     [&](const ParagraphStyle &s) { return s.name == name; });
        if (it != styles.end()) {
            out.append(*it);
            continue;
        }
        ParagraphStyle s = *base;
        s.id = edition.newId();
        s.name = name;
        s.basedOnId = base->id;
        s.size = size;
        if (s.leadingMode == LeadingMode::Absolute)
            s.leading = base->leading * size / base->size;
        out.append(s);
        if (created)
            created->append(s);
    }
    return out;
}

void PageImporter::apply(Edition &edition, const ImportResult &result)
{
    if (!result.ok)
        return;
    QUndoStack *stack = edition.undoStack();
    stack->beginMacro(tr("导入版面"));
    for (const ParagraphStyle &style : result.styles)
        stack->push(ResourceCommand::put(&edition, style, tr("导入样式")));
    for (const ImageAsset &image : result.images)
        stack->push(ResourceCommand::put(&edition, image, tr("导入图片")));
    for (const Story &s : result.stories + result.bannerStories)
        stack->push(StoryCommand::add(&edition, s));
    if (result.hasPage)
        stack->push(PageCommand::add(&edition, int(edition.pages().size()), result.page));
    stack->endMacro();
}

} // namespace folio::ingest
