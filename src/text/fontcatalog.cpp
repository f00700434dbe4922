#include "text/fontcatalog.h"

#include <fontconfig/fontconfig.h>

#include <QMutexLocker>

namespace folio::text {

namespace {
QString fcString(FcPattern *pattern, const char *object, int n = 0)
{
    FcChar8 *value = nullptr;
    if (FcPatternGetString(pattern, object, n, &value) == FcResultMatch && value)
        return QString::fromUtf8(reinterpret_cast<const char *>(value));
    return {};
}

FontRef refFromPattern(FcPattern *pattern)
{
    FontRef ref;
    ref.file = fcString(pattern, FC_FILE);
    int index = 0;
    FcPatternGetInteger(pattern, FC_INDEX, 0, &index);
    ref.faceIndex = index;
    ref.family = fcString(pattern, FC_FAMILY);
    // fontconfig lists the specific style first ("Black,Regular").
    ref.style = fcString(pattern, FC_STYLE);
    ref.postscriptName = fcString(pattern, FC_POSTSCRIPT_NAME);
    double weight = FC_WEIGHT_REGULAR;
    if (FcPatternGetDouble(pattern, FC_WEIGHT, 0, &weight) != FcResultMatch) {
        int w = FC_WEIGHT_REGULAR;
        if (FcPatternGetInteger(pattern, FC_WEIGHT, 0, &w) == FcResultMatch)
            weight = w;
    }
    ref.weight = int(FcWeightToOpenTypeDouble(weight) + 0.5);
    return ref;
}

void addDiagnostic(Diagnostics *diagnostics, Diagnostic::Severity severity, const char *code,
                   const QString &message)
{
    if (diagnostics)
        diagnostics->append({severity, QString::fromLatin1(code), message, 0, 0, -1});
}
} // namespace

// Every installed font with its coverage, and per coverage class (which of those fonts have
// a character) the fonts of the class in fontconfig's order for that character.
struct FontCatalog::InstalledFonts
{
    FcFontSet *set = nullptr;
    QHash<QByteArray, QList<FontRef>> byCoverage;
    ~InstalledFonts()
    {
        if (set)
            FcFontSetDestroy(set);
    }
};

FontCatalog::FontCatalog()
    : m_fallbackFamilies{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                         QStringLiteral("DejaVu Serif"), QStringLiteral("DejaVu Sans")}
{
    FcInit();
}

FontCatalog::~FontCatalog() = default;

FontCatalog *FontCatalog::instance()
{
    static FontCatalog catalog;
    return &catalog;
}

bool FontCatalog::match(const QString &family, const QString &style, Match *out, int weight) const
{
    FcPattern *pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY,
                       reinterpret_cast<const FcChar8 *>(family.toUtf8().constData()));
    if (!style.isEmpty()) {
        FcPatternAddString(pattern, FC_STYLE,
                           reinterpret_cast<const FcChar8 *>(style.toUtf8().constData()));
    }
    if (weight > 0)
        FcPatternAddDouble(pattern, FC_WEIGHT, FcWeightFromOpenTypeDouble(weight));
    // Chinese faces of a CJK collection (Noto CJK SC is face 2 of the .ttc).
    FcPatternAddString(pattern, FC_LANG, reinterpret_cast<const FcChar8 *>("zh-cn"));
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern *found = FcFontMatch(nullptr, pattern, &result);
    FcPatternDestroy(pattern);
    if (!found)
        return false;
    out->info = refFromPattern(found);
    out->file = out->info.file;
    out->index = out->info.faceIndex;
    out->families.clear();
    for (int i = 0;; ++i) {
        const QString f = fcString(found, FC_FAMILY, i);
        if (f.isEmpty())
            break;
        out->families.append(f);
    }
    FcPatternDestroy(found);
    return !out->file.isEmpty();
}

std::shared_ptr<FontFace> FontCatalog::loadLocked(const QString &file, int index,
                                                  const FontRef &info, Diagnostics *diagnostics)
{
    const QString key = file + QLatin1Char('#') + QString::number(index);
    auto it = m_byFile.constFind(key);
    if (it != m_byFile.constEnd())
        return it.value();
    auto face = FontFace::load(file, index, info, diagnostics);
    if (face)
        m_byFile.insert(key, face);
    return face;
}

std::shared_ptr<FontFace> FontCatalog::face(const QString &family, const QString &style,
                                            Diagnostics *diagnostics)
{
    const QString key = family + QLatin1Char('|') + style;
    QMutexLocker lock(&m_mutex);
    auto it = m_byRequest.constFind(key);
    if (it != m_byRequest.constEnd()) {
        // Report a substitution to every caller, not only the first.
        const QString sub = m_substitutions.value(key);
        if (!sub.isEmpty()) {
            addDiagnostic(diagnostics, Diagnostic::Severity::Warning, "font-substituted",
                          QStringLiteral("Font \"%1 %2\" not installed; using \"%3\"")
                              .arg(family, style, sub));
        }
        return it.value();
    }
    Match m;
    if (!match(family, style, &m)) {
        addDiagnostic(diagnostics, Diagnostic::Severity::Error, "font-missing",
                      QStringLiteral("No font found for \"%1 %2\"").arg(family, style));
        return nullptr;
    }
    bool familyFound = false;
    for (const QString &f : std::as_const(m.families))
        familyFound = familyFound || f.compare(family, Qt::CaseInsensitive) == 0;
    FontRef info = m.info;
    if (familyFound)
        info.family = family;
    auto face = loadLocked(m.file, m.index, info, diagnostics);
    if (!face)
        return nullptr;
    // "Regular" also names a face that calls itself Book, Roman or Normal.
    static const QStringList regularNames{QStringLiteral("Regular"), QStringLiteral("Book"),
                                          QStringLiteral("Roman"), QStringLiteral("Normal")};
    const bool styleFound = style.isEmpty() ||
                            face->style().compare(style, Qt::CaseInsensitive) == 0 ||
                            (regularNames.contains(style, Qt::CaseInsensitive) &&
                             regularNames.contains(face->style(), Qt::CaseInsensitive));
    if (!familyFound || !styleFound) {
        const QString sub = face->family() + QLatin1Char(' ') + face->style();
        m_substitutions.insert(key, sub);
        addDiagnostic(
            diagnostics, Diagnostic::Severity::Warning, "font-substituted",
            QStringLiteral("Font \"%1 %2\" not installed; using \"%3\"").arg(family, style, sub));
    }
    m_byRequest.insert(key, face);
    return face;
}

std::shared_ptr<FontFace> FontCatalog::faceFromFile(const QString &file, int index,
                                                    Diagnostics *diagnostics)
{
    QMutexLocker lock(&m_mutex);
    return loadLocked(file, index, FontRef{}, diagnostics);
}

std::shared_ptr<FontFace> FontCatalog::fallbackFor(char32_t c)
{
    QStringList families;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_fallbackByChar.constFind(c);
        if (it != m_fallbackByChar.constEnd())
            return it.value();
        families = m_fallbackFamilies;
    }
    for (const QString &family : std::as_const(families)) {
        auto f = face(family, QStringLiteral("Regular"));
        if (f && f->hasGlyph(c)) {
            QMutexLocker lock(&m_mutex);
            m_fallbackByChar.insert(c, f);
            return f;
        }
    }
    // Any installed font covering c, best match first.
    std::shared_ptr<FontFace> result = installedFontFor(c);
    QMutexLocker lock(&m_mutex);
    m_fallbackByChar.insert(c, result);
    return result;
}

// The first installed font that has c, in the order fontconfig sorts the fonts for a pattern
// asking for c. That order depends on c only through which fonts cover it (the charset score
// is "has it or not"; the rest of the pattern is the same), so one sort per coverage class
// answers every character of the class: a text of thousands of distinct rare ideographs
// costs a few sorts instead of one (several milliseconds) per character.
std::shared_ptr<FontFace> FontCatalog::installedFontFor(char32_t c)
{
    QMutexLocker lock(&m_mutex);
    if (!m_installed) {
        m_installed = std::make_unique<InstalledFonts>();
        FcPattern *pattern = FcPatternCreate();
        FcResult r = FcResultNoMatch;
        m_installed->set = FcFontSort(nullptr, pattern, FcFalse, nullptr, &r);
        FcPatternDestroy(pattern);
        ++m_fontSearches;
    }
    const FcFontSet *all = m_installed->set;
    const int count = all ? all->nfont : 0;
    QByteArray coverage(count, '0');
    bool any = false;
    for (int i = 0; i < count; ++i) {
        FcCharSet *cs = nullptr;
        if (FcPatternGetCharSet(all->fonts[i], FC_CHARSET, 0, &cs) == FcResultMatch &&
            FcCharSetHasChar(cs, FcChar32(c))) {
            coverage[i] = '1';
            any = true;
        }
    }
    if (!any)
        return nullptr;
    auto it = m_installed->byCoverage.find(coverage);
    if (it == m_installed->byCoverage.end()) {
        QList<FontRef> fonts;
        FcPattern *pattern = FcPatternCreate();
        FcCharSet *charset = FcCharSetCreate();
        FcCharSetAddChar(charset, FcChar32(c));
        FcPatternAddCharSet(pattern, FC_CHARSET, charset);
        FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
        FcDefaultSubstitute(pattern);
        FcResult r = FcResultNoMatch;
        FcFontSet *set = FcFontSort(nullptr, pattern, FcFalse, nullptr, &r);
        ++m_fontSearches;
        for (int i = 0; set && i < set->nfont; ++i) {
            FcCharSet *cs = nullptr;
            if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &cs) == FcResultMatch &&
                FcCharSetHasChar(cs, FcChar32(c)))
                fonts.append(refFromPattern(set->fonts[i]));
        }
        if (set)
            FcFontSetDestroy(set);
        FcCharSetDestroy(charset);
        FcPatternDestroy(pattern);
        it = m_installed->byCoverage.insert(coverage, fonts);
    }
    for (const FontRef &ref : std::as_const(*it)) {
        auto f = loadLocked(ref.file, ref.faceIndex, ref, nullptr);
        if (f && f->hasGlyph(c))
            return f;
    }
    return nullptr;
}

int FontCatalog::fontSearches() const
{
    QMutexLocker lock(&m_mutex);
    return m_fontSearches;
}

int FontCatalog::cachedFallbacks() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_fallbackByChar.size());
}

std::shared_ptr<FontFace> FontCatalog::fullWidthQuoteFace(char32_t c, int weight)
{
    const QPair<char32_t, int> key(c, weight);
    QStringList families;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_quoteFaces.constFind(key);
        if (it != m_quoteFaces.constEnd())
            return it.value();
        families = m_fallbackFamilies;
    }
    std::shared_ptr<FontFace> result;
    for (const QString &family : std::as_const(families)) {
        Match m;
        if (!match(family, {}, &m, weight) || !m.families.contains(family, Qt::CaseInsensitive))
            continue;
        FontRef info = m.info;
        info.family = family;
        std::shared_ptr<FontFace> f;
        {
            QMutexLocker lock(&m_mutex);
            f = loadLocked(m.file, m.index, info, nullptr);
        }
        // Shaping the quotes happens outside the lock: it builds the face's layout tables.
        if (f && f->quoteForms(c).fullWidth != QuoteWidth::Unavailable) {
            result = f;
            break;
        }
    }
    QMutexLocker lock(&m_mutex);
    m_quoteFaces.insert(key, result);
    return result;
}

QStringList FontCatalog::fallbackFamilies() const
{
    QMutexLocker lock(&m_mutex);
    return m_fallbackFamilies;
}

void FontCatalog::setFallbackFamilies(const QStringList &families)
{
    QMutexLocker lock(&m_mutex);
    m_fallbackFamilies = families;
    m_fallbackByChar.clear();
    m_quoteFaces.clear();
}

} // namespace folio::text
