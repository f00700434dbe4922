#pragma once

#include "core/diagnostic.h"
#include "layout/pagelayout.h"
#include "text/textstyle.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace folio {

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
// This is what `folio-cli galley STORY.txt` calls.
class GalleyComposer
{
public:
    static QList<PageLayout> compose(const QStringList &paragraphs, const GalleyOptions &options,
                                     Diagnostics *diagnostics = nullptr);
    static QList<PageLayout> composeText(const QString &text, const GalleyOptions &options,
                                         Diagnostics *diagnostics = nullptr);
    // Reads UTF-8 (invalid bytes become U+FFFD with a diagnostic); an unreadable file is an
    // "file-unreadable" error diagnostic and no pages.
    static QList<PageLayout> composeFile(const QString &path, const GalleyOptions &options,
                                         Diagnostics *diagnostics = nullptr);
};

} // namespace folio
