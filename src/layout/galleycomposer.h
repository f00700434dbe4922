#pragma once

#include "core/diagnostic.h"
#include "layout/breaktoken.h"
#include "layout/pagelayout.h"
#include "layout/storyflow.h"
#include "text/textstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace folio {

class ParagraphCache;

struct GalleyOptions
{
    int columnChars = 12;  // 栏宽 N 字
    double fontSize = 9.0; // pt (小五)
    double leading = 13.5; // pt
    int columns = 1;
    double gutterChars = 2.0; // em between columns
    double indent = 2.0;      // em, first-line indent
    text::Kinsoku kinsoku = text::Kinsoku::Basic;
    QString fontFamily = QStringLiteral("Noto Serif CJK SC");
    QString fontStyle = QStringLiteral("Regular");
    int linesPerColumn = 60; // galley length
    double margin = 36.0;    // pt around the text on each galley page
};

// Composes plain text into galley pages: every line of the input is a paragraph (blank lines
// skipped), set in `columns` columns of `columnChars` characters, as many pages as it takes.
// This is what `folio-cli galley STORY.txt` calls. An instance composes one page at a time
// (nextPage), so that a writer can put each page out before the next is set and a long text
// never has all its pages in memory; compose() returns them all, for short texts and tests.
class GalleyComposer
{
    Q_DECLARE_TR_FUNCTIONS(GalleyComposer)
public:
    // The largest text `folio-cli galley` sets (a text file's bytes): about 350 pages of
    // 12-character columns per MB of Chinese; above it the command refuses the file.
    static constexpr qint64 kMaxTextBytes = 32 * 1024 * 1024;

    GalleyComposer(const QStringList &paragraphs, const GalleyOptions &options);
    ~GalleyComposer();
    GalleyComposer(const GalleyComposer &) = delete;
    GalleyComposer &operator=(const GalleyComposer &) = delete;

    // No page left: every paragraph set, or a page that held nothing (an "overset" error).
    bool atEnd() const;
    // The next page; its diagnostics also go to diagnostics. Empty after the last page.
    PageLayout nextPage(Diagnostics *diagnostics = nullptr);
    int pagesComposed() const { return m_pages; }

    // Lines of a plain text (\n, \r\n or \r), the paragraphs the composer takes.
    static QStringList paragraphsOf(QString text);
    // Reads the file through text::TextDecoder, like page import (UTF-8, UTF-16, GB18030; a
    // few broken bytes become U+FFFD with a warning naming the lines, added to diagnostics).
    // False with an error diagnostic when the path is not a regular file or cannot be read
    // ("file-unreadable", checked before opening) or is not text ("not-text").
    static bool readFile(const QString &path, QString *text, Diagnostics *diagnostics = nullptr);

    static QList<PageLayout> compose(const QStringList &paragraphs, const GalleyOptions &options,
                                     Diagnostics *diagnostics = nullptr);
    static QList<PageLayout> composeText(const QString &text, const GalleyOptions &options,
                                         Diagnostics *diagnostics = nullptr);
    // readFile() then compose(); an unreadable file gives no pages.
    static QList<PageLayout> composeFile(const QString &path, const GalleyOptions &options,
                                         Diagnostics *diagnostics = nullptr);

private:
    GalleyOptions m_options;
    StoryFlow m_story;
    std::unique_ptr<ParagraphCache> m_cache;
    BreakToken m_token;
    double m_width = 0.0;
    double m_height = 0.0;
    double m_gutter = 0.0;
    int m_pages = 0;
    bool m_stuck = false;
};

} // namespace folio
