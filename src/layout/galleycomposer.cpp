#include "layout/galleycomposer.h"

#include "layout/framecomposer.h"
#include "layout/paragraphcache.h"
#include "text/textsanitizer.h"

#include <QFile>

namespace folio {

QList<PageLayout> GalleyComposer::compose(const QStringList &paragraphs,
                                          const GalleyOptions &options, Diagnostics *diagnostics)
{
    StoryFlow story;
    story.storyId = 1;
    story.bodySize = options.fontSize > 0 ? options.fontSize : 9.0;
    story.bodyLeading = options.leading > 0 ? options.leading : story.bodySize * 1.5;
    text::TextStyle style;
    style.family = options.fontFamily;
    style.style = options.fontStyle;
    style.size = story.bodySize;
    text::ParagraphOptions paragraphOptions;
    paragraphOptions.kinsoku = options.kinsoku;
    paragraphOptions.firstLineIndent = options.indent;
    paragraphOptions.leading = {text::Leading::Mode::Points, story.bodyLeading};
    for (const QString &p : paragraphs) {
        if (p.trimmed().isEmpty())
            continue;
        FlowParagraph fp;
        fp.text = p;
        fp.runs = {{0, int(p.size()), style}};
        fp.options = paragraphOptions;
        story.paragraphs.append(fp);
    }

    const int columns = std::max(1, options.columns);
    const int chars = std::max(1, options.columnChars);
    const double gutter = options.gutterChars * story.bodySize;
    const double width = columns * chars * story.bodySize + (columns - 1) * gutter;
    const int lines = std::max(1, options.linesPerColumn);
    const double height = lines * story.bodyLeading;

    ParagraphCache cache;
    FrameComposer composer(&cache);
    QList<PageLayout> pages;
    BreakToken token;
    const int count = int(story.paragraphs.size());
    while (token.paragraph < count) {
        FlowFrame frame;
        frame.id = pages.size() + 1;
        frame.pageIndex = int(pages.size());
        frame.rect = QRectF(options.margin, options.margin, width, height);
        frame.columns = columns;
        frame.gutter = gutter;
        frame.columnChars = chars;
        FrameLayout layout = composer.compose(story, frame, token);
        PageLayout page;
        page.pageIndex = frame.pageIndex;
        page.pageSize = QSizeF(width + 2 * options.margin, height + 2 * options.margin);
        for (const GlyphRun &run : std::as_const(layout.runs))
            page.items.append(run);
        page.diagnostics = layout.diagnostics;
        for (auto &d : page.diagnostics)
            d.pageIndex = page.pageIndex;
        if (diagnostics)
            *diagnostics += page.diagnostics;
        pages.append(page);
        if (layout.end == token) {
            // Nothing fitted on an empty page: report instead of looping forever.
            if (diagnostics) {
                diagnostics->append({Diagnostic::Severity::Error, QStringLiteral("overset"),
                                     QStringLiteral("Galley too short for one line"), 1, 0,
                                     frame.pageIndex});
            }
            break;
        }
        token = layout.end;
    }
    return pages;
}

QList<PageLayout> GalleyComposer::composeText(const QString &text, const GalleyOptions &options,
                                              Diagnostics *diagnostics)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return compose(t.split(QLatin1Char('\n')), options, diagnostics);
}

QList<PageLayout> GalleyComposer::composeFile(const QString &path, const GalleyOptions &options,
                                              Diagnostics *diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (diagnostics) {
            diagnostics->append({Diagnostic::Severity::Error, QStringLiteral("file-unreadable"),
                                 QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()),
                                 0, 0, -1});
        }
        return {};
    }
    const QString text = text::TextSanitizer::decodeUtf8(file.readAll(), diagnostics);
    return composeText(text, options, diagnostics);
}

} // namespace folio
