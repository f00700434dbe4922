#include "editiondiff.h"

#include "model/edition.h"

#include <QDate>
#include <QMarginsF>
#include <QRectF>
#include <type_traits>

namespace folio::app::test {

namespace {

QString show(const QString &v)
{
    return QLatin1Char('"') + v + QLatin1Char('"');
}
QString show(double v)
{
    return QString::number(v, 'g', 17);
}
QString show(int v)
{
    return QString::number(v);
}
QString show(qint64 v)
{
    return QString::number(v);
}
QString show(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}
QString show(const QRectF &r)
{
    return QStringLiteral("(%1, %2, %3×%4)")
        .arg(show(r.x()), show(r.y()), show(r.width()), show(r.height()));
}
QString show(const QSizeF &s)
{
    return show(s.width()) + QStringLiteral("×") + show(s.height());
}
QString show(const QSize &s)
{
    return show(s.width()) + QStringLiteral("×") + show(s.height());
}
QString show(const QPointF &p)
{
    return QStringLiteral("(%1, %2)").arg(show(p.x()), show(p.y()));
}
QString show(const QMarginsF &m)
{
    return QStringLiteral("(%1, %2, %3, %4)")
        .arg(show(m.left()), show(m.top()), show(m.right()), show(m.bottom()));
}
QString show(const CmykColor &c)
{
    return c.toString();
}
QString show(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
QString show(const QByteArray &b)
{
    return QStringLiteral("%1 bytes").arg(b.size());
}
template <typename E>
requires std::is_enum_v<E> QString show(E e)
{
    return QString::number(int(e));
}

// Collects "where: field expected ≠ actual" lines.
class Differ
{
public:
    explicit Differ(QStringList *out) : m_out(out) {}

    template <typename T>
    void field(const QString &where, const char *name, const T &expected, const T &actual)
    {
        if (!(expected == actual))
            m_out->append(QStringLiteral("%1: %2 %3 ≠ %4")
                              .arg(where, QLatin1String(name), show(expected), show(actual)));
    }
    void note(const QString &line) { m_out->append(line); }
    qsizetype count() const { return m_out->size(); }

private:
    QStringList *m_out;
};

#define FIELD(where, name) d.field(where, #name, e.name, a.name)

void diffFrame(Differ &d, const QString &where, const Frame &e, const Frame &a)
{
    const qsizetype listed = d.count();
    FIELD(where, kind);
    FIELD(where, name);
    FIELD(where, rect);
    FIELD(where, z);
    FIELD(where, locked);
    FIELD(where, groupId);
    FIELD(where, columns);
    FIELD(where, gutter);
    FIELD(where, columnChars);
    FIELD(where, insets);
    FIELD(where, storyId);
    FIELD(where, chainIndex);
    FIELD(where, assetId);
    FIELD(where, fit);
    FIELD(where, imageOffset);
    FIELD(where, imageScale);
    FIELD(where, captionFrameId);
    FIELD(where, textWrap);
    FIELD(where, wrapOffset);
    FIELD(where, hasStroke);
    FIELD(where, strokeColor);
    FIELD(where, strokeWidth);
    FIELD(where, hasFill);
    FIELD(where, fillColor);
    if (d.count() == listed && !(e == a))
        d.note(where + QStringLiteral(": differs in a field this comparison does not list"));
}

void diffPage(Differ &d, const QString &where, const Page &e, const Page &a)
{
    FIELD(where, id);
    FIELD(where, section);
    FIELD(where, number);
    FIELD(where, templateName);
    FIELD(where, size);
    FIELD(where, margins);
    FIELD(where, grid.columns);
    FIELD(where, grid.gutter);
    FIELD(where, grid.characterGrid);
    FIELD(where, grid.gridFontSize);
    FIELD(where, grid.gridLeading);
    FIELD(where, status);
    d.field(where, "frame count", int(e.frames.size()), int(a.frames.size()));
    for (int i = 0; i < qMin(e.frames.size(), a.frames.size()); ++i)
        diffFrame(d, where + QStringLiteral(", frame %1 (%2)").arg(i).arg(e.frames[i].name),
                  e.frames[i], a.frames[i]);
}

void diffStory(Differ &d, const QString &where, const Story &e, const Story &a)
{
    FIELD(where, id);
    FIELD(where, slug);
    FIELD(where, status);
    d.field(where, "paragraph count", int(e.paragraphs.size()), int(a.paragraphs.size()));
    for (int p = 0; p < qMin(e.paragraphs.size(), a.paragraphs.size()); ++p) {
        const Paragraph &ep = e.paragraphs[p];
        const Paragraph &ap = a.paragraphs[p];
        const QString at = where + QStringLiteral(", paragraph %1").arg(p);
        d.field(at, "styleId", ep.styleId, ap.styleId);
        d.field(at, "tracking", ep.tracking, ap.tracking);
        d.field(at, "run count", int(ep.runs.size()), int(ap.runs.size()));
        for (int r = 0; r < qMin(ep.runs.size(), ap.runs.size()); ++r) {
            const QString run = at + QStringLiteral(", run %1").arg(r);
            d.field(run, "text", ep.runs[r].text, ap.runs[r].text);
            d.field(run, "characterStyleId", ep.runs[r].characterStyleId,
                    ap.runs[r].characterStyleId);
        }
    }
}

void diffParagraphStyle(Differ &d, const QString &where, const ParagraphStyle &e,
                        const ParagraphStyle &a)
{
    const qsizetype listed = d.count();
    FIELD(where, id);
    FIELD(where, name);
    FIELD(where, basedOnId);
    FIELD(where, role);
    FIELD(where, fontFamily);
    FIELD(where, fontStyle);
    FIELD(where, size);
    FIELD(where, leadingMode);
    FIELD(where, leading);
    FIELD(where, firstLineIndent);
    FIELD(where, spaceBefore);
    FIELD(where, spaceAfter);
    FIELD(where, alignment);
    FIELD(where, letterSpacing);
    FIELD(where, kinsoku);
    FIELD(where, punctuation);
    FIELD(where, lineEndTrim);
    FIELD(where, lineStartTrim);
    FIELD(where, hanLatinSpacing);
    FIELD(where, hangingPunctuation);
    FIELD(where, avoidLoneCharacter);
    FIELD(where, color);
    if (d.count() == listed && !(e == a))
        d.note(where + QStringLiteral(": differs in a field this comparison does not list"));
}

void diffCharacterStyle(Differ &d, const QString &where, const CharacterStyle &e,
                        const CharacterStyle &a)
{
    const qsizetype listed = d.count();
    FIELD(where, id);
    FIELD(where, name);
    FIELD(where, basedOnId);
    FIELD(where, fontFamily);
    FIELD(where, fontStyle);
    FIELD(where, size);
    FIELD(where, hasColor);
    FIELD(where, color);
    FIELD(where, letterSpacing);
    if (d.count() == listed && !(e == a))
        d.note(where + QStringLiteral(": differs in a field this comparison does not list"));
}

#undef FIELD

} // namespace

QStringList editionDifferences(const Edition &expected, const Edition &actual)
{
    QStringList out;
    Differ d(&out);
    d.field(QStringLiteral("info"), "name", expected.info().name, actual.info().name);
    d.field(QStringLiteral("info"), "date", expected.info().date, actual.info().date);
    d.field(QStringLiteral("info"), "paperName", expected.info().paperName,
            actual.info().paperName);
    if (!(expected.exportSettings() == actual.exportSettings()))
        d.note(QStringLiteral("export settings differ"));

    d.field(QStringLiteral("edition"), "page count", int(expected.pages().size()),
            int(actual.pages().size()));
    for (int i = 0; i < qMin(expected.pages().size(), actual.pages().size()); ++i) {
        const Page &p = expected.pages()[i];
        diffPage(d, QStringLiteral("page %1 (%2 %3)").arg(i).arg(p.section).arg(p.number), p,
                 actual.pages()[i]);
    }
    d.field(QStringLiteral("edition"), "story count", int(expected.stories().size()),
            int(actual.stories().size()));
    for (int i = 0; i < qMin(expected.stories().size(), actual.stories().size()); ++i)
        diffStory(d, QStringLiteral("story %1 (%2)").arg(i).arg(expected.stories()[i].slug),
                  expected.stories()[i], actual.stories()[i]);
    d.field(QStringLiteral("edition"), "paragraph style count",
            int(expected.paragraphStyles().size()), int(actual.paragraphStyles().size()));
    for (int i = 0; i < qMin(expected.paragraphStyles().size(), actual.paragraphStyles().size());
         ++i)
        diffParagraphStyle(d,
                           QStringLiteral("paragraph style %1 (%2)")
                               .arg(i)
                               .arg(expected.paragraphStyles()[i].name),
                           expected.paragraphStyles()[i], actual.paragraphStyles()[i]);
    d.field(QStringLiteral("edition"), "character style count",
            int(expected.characterStyles().size()), int(actual.characterStyles().size()));
    for (int i = 0; i < qMin(expected.characterStyles().size(), actual.characterStyles().size());
         ++i)
        diffCharacterStyle(d,
                           QStringLiteral("character style %1 (%2)")
                               .arg(i)
                               .arg(expected.characterStyles()[i].name),
                           expected.characterStyles()[i], actual.characterStyles()[i]);
    d.field(QStringLiteral("edition"), "swatch count", int(expected.swatches().size()),
            int(actual.swatches().size()));
    for (int i = 0; i < qMin(expected.swatches().size(), actual.swatches().size()); ++i) {
        const Swatch &e = expected.swatches()[i];
        const Swatch &a = actual.swatches()[i];
        const QString where = QStringLiteral("swatch %1 (%2)").arg(i).arg(e.name);
        d.field(where, "id", e.id, a.id);
        d.field(where, "name", e.name, a.name);
        d.field(where, "color", e.color, a.color);
    }
    d.field(QStringLiteral("edition"), "picture count", int(expected.images().size()),
            int(actual.images().size()));
    for (int i = 0; i < qMin(expected.images().size(), actual.images().size()); ++i) {
        const ImageAsset &e = expected.images()[i];
        const ImageAsset &a = actual.images()[i];
        const QString where = QStringLiteral("picture %1 (%2)").arg(i).arg(e.name);
        d.field(where, "id", e.id, a.id);
        d.field(where, "name", e.name, a.name);
        d.field(where, "format", e.format, a.format);
        d.field(where, "data", e.data, a.data);
        d.field(where, "pixelSize", e.pixelSize, a.pixelSize);
        d.field(where, "dpi", e.dpi, a.dpi);
    }
    // Whatever the lines above miss, the model's own equality still sees.
    if (out.isEmpty() && !expected.contentEquals(actual))
        out << QStringLiteral("the editions differ in content this comparison does not list");
    return out;
}

} // namespace folio::app::test
