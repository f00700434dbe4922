#pragma once

#include "core/diagnostic.h"
#include "text/fontface.h"
#include "text/textstyle.h"

#include <QList>
#include <QString>
#include <memory>

namespace folio::text {

class FontCatalog;

// A piece of the paragraph shaped in one call: one style, one face, one script.
struct TextItem
{
    int start = 0; // UTF-16 offsets in the paragraph text
    int end = 0;
    int styleIndex = 0;             // into the style runs given to itemize()
    std::shared_ptr<FontFace> face; // nullptr only when no installed font has these glyphs
    quint32 script = 0;             // hb_script_t
    QString language;               // "zh-Hans" for Han runs
    bool isChinese = false;         // shaped as Chinese (Han script, zh-Hans)
    // OpenType features the itemizer chose for parts of the item, in HarfBuzz syntax with
    // ranges relative to the item start ("fwid[3:4]"); shaped after the style's features.
    QStringList features;
};

// Splits a paragraph into items by style, script and font. Chinese (Han, CJK punctuation) is
// shaped as zh-Hans with the style's family; Latin letters and digits inside Chinese text are
// their own items, in the style's Latin family if it has one. A character missing from the
// face falls back per character to another face; a character no font has is a diagnostic.
// Curly quotes in Chinese text are set full width (rule 19): with the face's `fwid` when it
// needs one, else from a fallback face that has such a form; quotes in Latin text keep (or,
// with `pwid`, take) their proportional form. The style's own `pwid` or `fwid` wins.
class Itemizer
{
public:
    explicit Itemizer(FontCatalog *catalog);

    // runs must be sorted, non-overlapping and cover the whole text.
    QList<TextItem> itemize(const QString &text, const QList<StyleRun> &runs,
                            Diagnostics *diagnostics = nullptr) const;

private:
    FontCatalog *m_catalog;
};

} // namespace folio::text
