#include "layout/galleycomposer.h"

#include "layout/framecomposer.h"
#include "layout/paragraphcache.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace folio {

namespace {
constexpr qint64 kCacheBytes = 16 * 1024 * 1024;
}

GalleyComposer::GalleyComposer(const QStringList &paragraphs, const GalleyOptions &options)
    : m_options(options), m_cache(std::make_unique<ParagraphCache>())
{
    // Composition only moves forward: the paragraphs behind the current page are not set
    // again, so the cache needs to hold little more than the page's paragraphs.
    m_cache->setMemoryLimit(kCacheBytes);
    m_story.storyId = 1;
    m_story.bodySize = options.fontSize > 0 ? options.fontSize : 9.0;
    m_story.bodyLeading = options.leading > 0 ? options.leading : m_story.bodySize * 1.5;
    text::TextStyle style;
    style.family = options.fontFamily;
    style.style = options.fontStyle;
    style.size = m_story.bodySize;
    text::ParagraphOptions paragraphOptions;
    paragraphOptions.kinsoku = options.kinsoku;
    paragraphOptions.firstLineIndent = options.indent;
    paragraphOptions.leading = {text::Leading::Mode::Points, m_story.bodyLeading};
    for (const QString &p : paragraphs) {
        if (p.trimmed().isEmpty())
            continue;
        FlowParagraph fp;
        fp.text = p;
        fp.runs = {{0, int(p.size()), style}};
        fp.options = paragraphOptions;
        m_story.paragraphs.append(fp);
    }

    const int columns = std::max(1, options.columns);
    const int chars = std::max(1, options.columnChars);
    m_gutter = options.gutterChars * m_story.bodySize;
    m_width = columns * chars * m_story.bodySize + (columns - 1) * m_gutter;
    m_height = std::max(1, options.linesPerColumn) * m_story.bodyLeading;
}

GalleyComposer::~GalleyComposer() = default;

bool GalleyComposer::atEnd() const
{
    return m_stuck || m_token.paragraph >= m_story.paragraphs.size();
}

PageLayout GalleyComposer::nextPage(Diagnostics *diagnostics)
{
    if (atEnd())
        return {};
    FlowFrame frame;
    frame.id = m_pages + 1;
    frame.pageIndex = m_pages;
    frame.rect = QRectF(m_options.margin, m_options.margin, m_width, m_height);
    frame.columns = std::max(1, m_options.columns);
    frame.gutter = m_gutter;
    frame.columnChars = std::max(1, m_options.columnChars);
    FrameComposer composer(m_cache.get());
    const FrameLayout layout = composer.compose(m_story, frame, m_token);
    PageLayout page;
    page.pageIndex = frame.pageIndex;
    page.pageSize = QSizeF(m_width + 2 * m_options.margin, m_height + 2 * m_options.margin);
    for (const GlyphRun &run : layout.runs)
        page.items.append(run);
    page.diagnostics = layout.diagnostics;
    for (auto &d : page.diagnostics)
        d.pageIndex = page.pageIndex;
    if (diagnostics)
        *diagnostics += page.diagnostics;
    ++m_pages;
    if (layout.end == m_token) {
        // Nothing fitted on an empty page: report instead of looping forever.
        m_stuck = true;
        if (diagnostics) {
            diagnostics->append({Diagnostic::Severity::Error, QStringLiteral("overset"),
                                 QStringLiteral("Galley too short for one line"), 1, 0,
                                 frame.pageIndex});
        }
        return page;
    }
    m_token = layout.end;
    return page;
}

QStringList GalleyComposer::paragraphsOf(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.split(QLatin1Char('\n'));
}

bool GalleyComposer::readFile(const QString &path, QString *text, Diagnostics *diagnostics)
{
    const auto fail = [&](const char *code, const QString &message) {
        if (diagnostics)
            diagnostics->append(
                {Diagnostic::Severity::Error, QString::fromLatin1(code), message, 0, 0, -1});
        return false;
    };
    const QString name = QDir::toNativeSeparators(path);
    // Checked before opening: opening a named pipe blocks, and a device never ends.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail("file-unreadable", tr("%1 不是普通文件。").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail("file-unreadable", tr("无法读取 %1：%2").arg(name, file.errorString()));
    text::DecodedText decoded = text::TextDecoder::decode(file.readAll());
    if (!decoded.ok)
        return fail("not-text", tr("%1：%2").arg(name, decoded.error));
    if (diagnostics)
        *diagnostics += decoded.diagnostics;
    *text = std::move(decoded.text);
    return true;
}

QList<PageLayout> GalleyComposer::compose(const QStringList &paragraphs,
                                          const GalleyOptions &options, Diagnostics *diagnostics)
{
    GalleyComposer composer(paragraphs, options);
    QList<PageLayout> pages;
    while (!composer.atEnd())
        pages.append(composer.nextPage(diagnostics));
    return pages;
}

QList<PageLayout> GalleyComposer::composeText(const QString &text, const GalleyOptions &options,
                                              Diagnostics *diagnostics)
{
    return compose(paragraphsOf(text), options, diagnostics);
}

QList<PageLayout> GalleyComposer::composeFile(const QString &path, const GalleyOptions &options,
                                              Diagnostics *diagnostics)
{
    QString text;
    if (!readFile(path, &text, diagnostics))
        return {};
    return composeText(text, options, diagnostics);
}

} // namespace folio
