#include "text/itemizer.h"

#include "text/charclass.h"
#include "text/fontcatalog.h"

#include <hb.h>
#include <unicode/uscript.h>

#include <QSet>
#include <vector>

namespace folio::text {

namespace {
enum class ScriptClass : quint8 { Common, WeakChinese, Chinese, Other };

struct CodePoint
{
    int offset;
    int length;
    char32_t c;
    ScriptClass cls;
    quint32 script; // hb_script_t for Other
};

quint32 hbScriptFor(char32_t c)
{
    UErrorCode err = U_ZERO_ERROR;
    const UScriptCode code = uscript_getScript(UChar32(c), &err);
    if (U_FAILURE(err))
        return HB_SCRIPT_COMMON;
    return hb_script_from_string(uscript_getShortName(code), -1);
}

ScriptClass classify(char32_t c, quint32 *script)
{
    *script = HB_SCRIPT_LATIN;
    if (charclass::isCurlyQuote(c) || c == 0x00B7 || charclass::isDashChar(c) ||
        charclass::isEllipsisChar(c))
        return ScriptClass::WeakChinese;
    if (charclass::isHanLike(c) || charclass::isChinesePunctuation(c) || charclass::isWide(c) ||
        c == 0x3000)
        return ScriptClass::Chinese;
    if (c >= '0' && c <= '9')
        return ScriptClass::Other;
    const quint32 s = hbScriptFor(c);
    if (s == HB_SCRIPT_COMMON || s == HB_SCRIPT_INHERITED || s == HB_SCRIPT_UNKNOWN)
        return ScriptClass::Common;
    *script = s;
    return ScriptClass::Other;
}
} // namespace

Itemizer::Itemizer(FontCatalog *catalog) : m_catalog(catalog) {}

QList<TextItem> Itemizer::itemize(const QString &text, const QList<StyleRun> &runs,
                                  Diagnostics *diagnostics) const
{
    QList<TextItem> items;
    if (text.isEmpty() || runs.isEmpty())
        return items;

    std::vector<CodePoint> cps;
    cps.reserve(size_t(text.size()));
    for (int i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        int len = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            len = 2;
        }
        quint32 script = 0;
        const ScriptClass cls = classify(c, &script);
        cps.push_back({i, len, c, cls, script});
        i += len;
    }

    // Resolve Common and weak characters from their strong neighbours. Weak Chinese marks
    // (curly quotes, ·, ——, ……) are Chinese unless both sides are another script.
    const size_t n = cps.size();
    std::vector<int> prevStrong(n, -1);
    std::vector<int> nextStrong(n, -1);
    int last = -1;
    for (size_t i = 0; i < n; ++i) {
        prevStrong[i] = last;
        if (cps[i].cls == ScriptClass::Chinese || cps[i].cls == ScriptClass::Other)
            last = int(i);
    }
    last = -1;
    for (size_t i = n; i-- > 0;) {
        nextStrong[i] = last;
        if (cps[i].cls == ScriptClass::Chinese || cps[i].cls == ScriptClass::Other)
            last = int(i);
    }
    std::vector<bool> chinese(n, false);
    std::vector<quint32> script(n, HB_SCRIPT_HAN);
    for (size_t i = 0; i < n; ++i) {
        const CodePoint &cp = cps[i];
        const int p = prevStrong[i];
        const int q = nextStrong[i];
        switch (cp.cls) {
        case ScriptClass::Chinese:
            chinese[i] = true;
            break;
        case ScriptClass::Other:
            script[i] = cp.script;
            break;
        case ScriptClass::WeakChinese: {
            const bool pOther = p >= 0 && cps[size_t(p)].cls == ScriptClass::Other;
            const bool qOther = q >= 0 && cps[size_t(q)].cls == ScriptClass::Other;
            chinese[i] = !(pOther && qOther);
            if (!chinese[i])
                script[i] = cps[size_t(p)].script;
            break;
        }
        case ScriptClass::Common: {
            // Marks and joiners stay with their base; others follow the previous strong one.
            const int from = (charclass::isMark(cp.c) && i > 0) ? int(i) - 1 : (p >= 0 ? p : q);
            if (from < 0) {
                chinese[i] = true;
            } else if (size_t(from) < i) {
                chinese[i] = chinese[size_t(from)];
                script[i] = script[size_t(from)];
            } else {
                chinese[i] = cps[size_t(from)].cls == ScriptClass::Chinese;
                script[i] = chinese[i] ? quint32(HB_SCRIPT_HAN) : cps[size_t(from)].script;
            }
            break;
        }
        }
        if (chinese[i])
            script[i] = HB_SCRIPT_HAN;
    }

    // Faces per style: the Chinese face and the Latin face.
    struct StyleFaces
    {
        std::shared_ptr<FontFace> chinese;
        std::shared_ptr<FontFace> latin;
    };
    QList<StyleFaces> faces;
    for (const StyleRun &run : runs) {
        StyleFaces f;
        f.chinese = m_catalog->face(run.style.family, run.style.style, diagnostics);
        f.latin = f.chinese;
        if (!run.style.latinFamily.isEmpty()) {
            const QString style =
                run.style.latinStyle.isEmpty() ? run.style.style : run.style.latinStyle;
            if (auto latin = m_catalog->face(run.style.latinFamily, style, diagnostics))
                f.latin = latin;
        }
        faces.append(f);
    }

    QSet<char32_t> missing;
    int runIndex = 0;
    std::shared_ptr<FontFace> prevFace;
    for (size_t i = 0; i < n; ++i) {
        const CodePoint &cp = cps[i];
        while (runIndex + 1 < runs.size() &&
               cp.offset >= runs[runIndex].start + runs[runIndex].length)
            ++runIndex;
        const StyleFaces &sf = faces[runIndex];
        std::shared_ptr<FontFace> face = chinese[i] ? sf.chinese : sf.latin;
        const bool isMark = charclass::isMark(cp.c);
        if (isMark && prevFace && i > 0) {
            face = prevFace;
        } else if (!face || !face->hasGlyph(cp.c)) {
            const bool invisible = cp.c == ' ' || cp.c == 0xA0 || cp.c == 0x200B;
            auto fallback = invisible ? nullptr : m_catalog->fallbackFor(cp.c);
            if (fallback)
                face = fallback;
            else if (!invisible)
                missing.insert(cp.c);
            if (!face)
                face = sf.chinese ? sf.chinese : fallback;
        }
        prevFace = face;

        const bool extend = !items.isEmpty() && items.last().end == cp.offset &&
                            items.last().styleIndex == runIndex && items.last().face == face &&
                            items.last().script == script[i] &&
                            items.last().isChinese == chinese[i];
        if (extend) {
            items.last().end = cp.offset + cp.length;
        } else {
            TextItem item;
            item.start = cp.offset;
            item.end = cp.offset + cp.length;
            item.styleIndex = runIndex;
            item.face = face;
            item.script = script[i];
            item.isChinese = chinese[i];
            item.language = chinese[i]                     ? QStringLiteral("zh-Hans")
                            : script[i] == HB_SCRIPT_LATIN ? QStringLiteral("en")
                                                           : QString();
            items.append(item);
        }
    }
    if (diagnostics && !missing.isEmpty()) {
        QStringList codes;
        for (char32_t c : std::as_const(missing))
            codes.append(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
        codes.sort();
        diagnostics->append({Diagnostic::Severity::Error, QStringLiteral("missing-glyph"),
                             QStringLiteral("No installed font has a glyph for %1")
                                 .arg(codes.join(QStringLiteral(", "))),
                             0, 0, -1});
    }
    return items;
}

} // namespace folio::text
