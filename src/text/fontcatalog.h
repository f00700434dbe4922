#pragma once

#include "core/diagnostic.h"
#include "text/fontface.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <memory>

namespace folio::text {

// Finds font faces through fontconfig by family and style, loads each face once and keeps it,
// and picks a fallback face per character when a face lacks a glyph. Thread-safe.
class FontCatalog
{
public:
    FontCatalog();
    ~FontCatalog();

    // The process-wide catalog.
    static FontCatalog *instance();

    // The face for family + style ("Regular", "Bold", "Black", ...). When fontconfig offers
    // only another family, that face is returned with a "font-substituted" diagnostic; nullptr
    // with "font-missing" when there is no font at all.
    std::shared_ptr<FontFace> face(const QString &family, const QString &style = {},
                                   Diagnostics *diagnostics = nullptr);
    std::shared_ptr<FontFace> faceFromFile(const QString &file, int index,
                                           Diagnostics *diagnostics = nullptr);

    // A face that has a glyph for c: the fallback families in order, then any installed font.
    // nullptr when no font covers c. The answer, found or not, is kept per character. The
    // installed fonts are listed once; fontconfig sorts them once per coverage class (the set
    // of fonts that have the character), so thousands of distinct rare characters cost a few
    // font searches, and a character no font has costs none.
    std::shared_ptr<FontFace> fallbackFor(char32_t c);
    // How many times fontconfig was asked to sort the installed fonts, and how many
    // characters have a remembered fallback answer (a face or none), for tests.
    int fontSearches() const;
    int cachedFallbacks() const;

    // For a curly quote c in Chinese text set in a face without a full-width form of it (rule
    // 19): the face of the fallback families nearest to `weight` (OpenType, 100-900) that has
    // one. A design choice, not a missing glyph, so no diagnostic. nullptr when none has it.
    std::shared_ptr<FontFace> fullWidthQuoteFace(char32_t c, int weight);

    QStringList fallbackFamilies() const;
    void setFallbackFamilies(const QStringList &families);

private:
    struct Match
    {
        QString file;
        int index = 0;
        FontRef info;
        QStringList families;
    };
    // weight: OpenType weight to come nearest to, or -1 for the style's.
    bool match(const QString &family, const QString &style, Match *out, int weight = -1) const;
    std::shared_ptr<FontFace> loadLocked(const QString &file, int index, const FontRef &info,
                                         Diagnostics *diagnostics);

    struct InstalledFonts;
    std::shared_ptr<FontFace> installedFontFor(char32_t c);

    mutable QMutex m_mutex;
    std::unique_ptr<InstalledFonts> m_installed; // built on the first character no family has
    int m_fontSearches = 0;
    QHash<QString, std::shared_ptr<FontFace>> m_byFile;    // "file#index"
    QHash<QString, std::shared_ptr<FontFace>> m_byRequest; // "family|style"
    QHash<QString, QString> m_substitutions;               // request -> matched family
    QHash<char32_t, std::shared_ptr<FontFace>> m_fallbackByChar;
    QHash<QPair<char32_t, int>, std::shared_ptr<FontFace>> m_quoteFaces; // (quote, weight)
    QStringList m_fallbackFamilies;
};

} // namespace folio::text
