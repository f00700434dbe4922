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

bool isApostrophe(const std::vector<CodePoint> &cps, size_t i)
{
    return cps[i].c == 0x2019 && i > 0 && i + 1 < cps.size() &&
           charclass::isLatinAlnum(cps[i - 1].c) && charclass::isLatinAlnum(cps[i + 1].c);
}

// The two quotes of a pair take one form: Chinese if either is, for a quotation inside Chinese
// text is set with Chinese quotes whatever its language. An apostrophe pairs with nothing.
void pairQuotes(const std::vector<CodePoint> &cps, std::vector<bool> *chinese,
                std::vector<quint32> *script)
{
    std::vector<size_t> open;
    for (size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i].c;
        if (c == 0x201C || c == 0x2018) {
            open.push_back(i);
            continue;
        }
        if ((c != 0x201D && c != 0x2019) || isApostrophe(cps, i))
            continue;
        const char32_t opening = c == 0x201D ? 0x201C : 0x2018;
        if (open.empty() || cps[open.back()].c != opening)
            continue;
        const size_t o = open.back();
        open.pop_back();
        if ((*chinese)[o] != (*chinese)[i]) {
            (*chinese)[o] = (*chinese)[i] = true;
            (*script)[o] = (*script)[i] = HB_SCRIPT_HAN;
        }
    }
}

// The faces of one style run and what its features say about quote widths.
struct StyleFaces
{
    std::shared_ptr<FontFace> chinese;
    std::shared_ptr<FontFace> latin;
    int pwid = -1; // the style's own `pwid` and `fwid` values, -1 when it has none
    int fwid = -1;
};

// The value the style's features give tag: -1 when they do not mention it.
int styleFeatureValue(const QStringList &features, hb_tag_t tag)
{
    int value = -1;
    for (const QString &f : features) {
        const QByteArray b = f.toLatin1();
        hb_feature_t feature;
        if (hb_feature_from_string(b.constData(), int(b.size()), &feature) && feature.tag == tag)
            value = int(feature.value);
    }
    return value;
}

// Rule 19: a curly quote in Chinese text is an em wide with its ink on its own half; in Latin
// text it is proportional. Returns the feature to shape it with (nullptr: none) and may swap
// *face for a face that has a full-width form when the style's face has none.
const char *chooseQuoteForm(FontCatalog *catalog, char32_t c, bool chinese, const StyleFaces &sf,
                            std::shared_ptr<FontFace> *face)
{
    if (chinese) {
        if (sf.pwid > 0)
            return nullptr; // the style asks for proportional quotes
        QuoteForms forms = (*face)->quoteForms(c);
        if (forms.fullWidth == QuoteWidth::Unavailable) {
            auto other = catalog->fullWidthQuoteFace(c, (*face)->fontRef()->weight);
            if (!other)
                return nullptr;
            *face = other;
            forms = other->quoteForms(c);
        }
        return forms.fullWidth == QuoteWidth::ByFeature ? "fwid" : nullptr;
    }
    if (sf.pwid >= 0 || sf.fwid > 0)
        return nullptr; // the style decides
    return (*face)->quoteForms(c).proportional == QuoteWidth::ByFeature ? "pwid" : nullptr;
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
            bool pOther = p >= 0 && cps[size_t(p)].cls == ScriptClass::Other;
            bool qOther = q >= 0 && cps[size_t(q)].cls == ScriptClass::Other;
            // A quote at the paragraph's edge goes with the text on its other side, so that
            // an English paragraph's quotes stay Latin.
            if (charclass::isCurlyQuote(cp.c) && (p < 0) != (q < 0)) {
                pOther = pOther || (p < 0 && qOther);
                qOther = qOther || (q < 0 && pOther);
            }
            chinese[i] = !(pOther && qOther);
            if (!chinese[i])
                script[i] = cps[size_t(p >= 0 ? p : q)].script;
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
    pairQuotes(cps, &chinese, &script);

    // Faces per style: the Chinese face and the Latin face.
    QList<StyleFaces> faces;
    for (const StyleRun &run : runs) {
        StyleFaces f;
        f.pwid = styleFeatureValue(run.style.features, HB_TAG('p', 'w', 'i', 'd'));
        f.fwid = styleFeatureValue(run.style.features, HB_TAG('f', 'w', 'i', 'd'));
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
        const char *quoteFeature = nullptr;
        if (charclass::isCurlyQuote(cp.c) && face && !isMark)
            quoteFeature = chooseQuoteForm(m_catalog, cp.c, chinese[i], sf, &face);
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
        if (quoteFeature) {
            const int from = cp.offset - items.last().start;
            items.last().features.append(QStringLiteral("%1[%2:%3]")
                                             .arg(QLatin1String(quoteFeature))
                                             .arg(from)
                                             .arg(from + cp.length));
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
