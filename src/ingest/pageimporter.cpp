#include "ingest/pageimporter.h"

#include "ingest/storybuilder.h"
#include "ingest/storymetrics.h"
#include "ingest/storyparser.h"
#include "model/edition.h"
#include "model/pagecommand.h"
#include "model/resourcecommand.h"
#include "model/storycommand.h"
#include "text/textdecoder.h"

#include "core/units.h"

#include <QBuffer>
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

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder ||
           path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

} // namespace

// Everything is decided from the path and a stat() before the file is opened: opening a named
// pipe blocks until a writer comes, a device such as /dev/zero never ends, and a huge file
// would be read whole into memory.
QString PageImporter::checkPicture(const QString &file, const QString &baseDirectory,
                                   qint64 maxBytes, QString *resolved)
{
    const QString name = QDir::toNativeSeparators(file);
    if (QDir::isAbsolutePath(file))
        return tr("图片 %1 是绝对路径；只接受稿件所在文件夹里的相对路径。").arg(name);
    if (baseDirectory.isEmpty())
        return tr("图片 %1：不知道稿件所在的文件夹，无法查找图片。").arg(name);
    const QString base = QDir::cleanPath(QDir(baseDirectory).absolutePath());
    const QString path = QDir::cleanPath(base + QLatin1Char('/') + file);
    if (!isInside(path, base))
        return tr("图片 %1 不在稿件所在的文件夹里；只接受该文件夹（及其子文件夹）里的图片。")
            .arg(name);
    const QFileInfo info(path);
    if (!info.exists())
        return tr("找不到图片 %1。").arg(name);
    if (info.isDir())
        return tr("图片 %1 是一个文件夹，不是图片文件。").arg(name);
    if (!info.isFile())
        return tr("图片 %1 不是普通文件（设备、管道或套接字），没有读取。").arg(name);
    // A symbolic link inside the folder may still point elsewhere.
    const QString canonicalBase = QDir(base).canonicalPath();
    if (!isInside(info.canonicalFilePath(), canonicalBase))
        return tr("图片 %1 指向稿件所在文件夹之外的文件，没有读取。").arg(name);
    if (info.size() > maxBytes)
        return tr("图片 %1 有 %2 MB，超过 %3 MB 的上限，没有读取。")
            .arg(name, megabytes(info.size()), megabytes(maxBytes));
    if (resolved)
        *resolved = path;
    return QString();
}

QString PageImporter::loadPicture(const QString &file, const QString &baseDirectory,
                                  qint64 maxBytes, ImageAsset *asset)
{
    QString path;
    const QString refused = checkPicture(file, baseDirectory, maxBytes, &path);
    if (!refused.isEmpty())
        return refused;
    const QString name = QDir::toNativeSeparators(file);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("无法读取图片 %1：%2").arg(name, f.errorString());
    // Never more than the limit, even if the file grew since it was checked.
    const QByteArray data = f.read(qMin(f.size(), maxBytes) + 1);
    if (data.size() > maxBytes)
        return tr("图片 %1 超过 %2 MB 的上限，没有读取。").arg(name, megabytes(maxBytes));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid())
        return tr("图片 %1 不是能识别的图片文件。").arg(name);
    asset->data = data;
    asset->name = QFileInfo(path).fileName();
    asset->format = QString::fromLatin1(reader.format());
    asset->pixelSize = size;
    return QString();
}

ImportResult PageImporter::importFile(const QString &path, Edition &edition, ImportOptions options)
{
    ImportResult r;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        r.error = tr("稿件文件 %1 不是普通文件。").arg(QDir::toNativeSeparators(path));
        return r;
    }
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
    r = importBytes(f.readAll(), edition, options);
    if (!r.ok)
        r.error = tr("稿件文件 %1：%2").arg(QDir::toNativeSeparators(path), r.error);
    return r;
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

    bool known = true;
    const PageTemplate pageTemplate = options.pageTemplate
                                          ? *options.pageTemplate
                                          : PageTemplate::byKey(options.templateKey, &known);
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
        const QString refused =
            loadPicture(file, options.baseDirectory, options.maxPictureBytes, &asset);
        if (!refused.isEmpty()) {
            r.report.diagnostics.append(
                {Diagnostic::Severity::Warning, QStringLiteral("image-refused"),
                 tr("%1先用占位框。").arg(refused), sp.storyId, sp.imageFrameId, -1});
            continue;
        }
        asset.id = edition.newId();
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

void PageImporter::pushResources(Edition &edition, const ImportResult &result)
{
    QUndoStack *stack = edition.undoStack();
    for (const ParagraphStyle &style : result.styles)
        stack->push(ResourceCommand::put(&edition, style, tr("导入样式")));
    for (const ImageAsset &image : result.images)
        stack->push(ResourceCommand::put(&edition, image, tr("导入图片")));
    for (const Story &s : result.stories + result.bannerStories)
        stack->push(StoryCommand::add(&edition, s));
}

void PageImporter::apply(Edition &edition, const ImportResult &result)
{
    if (!result.ok)
        return;
    QUndoStack *stack = edition.undoStack();
    stack->beginMacro(tr("导入版面"));
    pushResources(edition, result);
    if (result.hasPage)
        stack->push(PageCommand::add(&edition, int(edition.pages().size()), result.page));
    stack->endMacro();
}

void PageImporter::applyToPage(Edition &edition, const ImportResult &result, ObjectId pageId)
{
    const Page *target = edition.page(pageId);
    if (!result.ok || !result.hasPage || !target)
        return;
    Page page = *target;
    // Stories and pictures used by this page's frames and by no frame of another page.
    QList<ObjectId> stories;
    QList<ObjectId> images;
    for (const Frame &f : page.frames) {
        if (f.storyId != 0 && !stories.contains(f.storyId))
            stories.append(f.storyId);
        if (f.assetId != 0 && !images.contains(f.assetId))
            images.append(f.assetId);
    }
    for (const Page &other : edition.pages()) {
        if (other.id == pageId)
            continue;
        for (const Frame &f : other.frames) {
            stories.removeAll(f.storyId);
            images.removeAll(f.assetId);
        }
    }
    QUndoStack *stack = edition.undoStack();
    stack->beginMacro(tr("导入版面"));
    for (ObjectId id : std::as_const(stories))
        if (edition.story(id))
            stack->push(StoryCommand::remove(&edition, id));
    for (ObjectId id : std::as_const(images)) {
        if (!edition.image(id))
            continue;
        ImageAsset kind;
        kind.id = id;
        stack->push(ResourceCommand::remove(&edition, kind, tr("删除图片")));
    }
    pushResources(edition, result);
    page.frames = result.page.frames;
    stack->push(PageCommand::change(&edition, page, tr("导入版面")));
    stack->endMacro();
}

PageTemplate PageImporter::formatOf(const Page &page)
{
    PageTemplate format;
    format.key = page.templateName;
    format.name = page.templateName;
    format.size = page.size;
    format.margins = page.margins;
    format.grid = page.grid;
    return format;
}

} // namespace folio::ingest
