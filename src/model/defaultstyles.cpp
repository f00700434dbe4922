#include "model/defaultstyles.h"

#include "model/edition.h"

namespace folio {

namespace {
// One row per standard paragraph style; every style but 正文 is based on 正文.
struct StyleRow
{
    const char16_t *name;
    ParagraphRole role;
    int family; // index into the families below
    const char *face;
    double size;
    double leading;
    Alignment alignment;
    double indent;
};

constexpr int kSerif = 0, kSans = 1, kKai = 2;
constexpr StyleRow kRows[] = {
    {u"正文", ParagraphRole::Body, kSerif, "Regular", 9, 13.5, Alignment::Justify, 2},
    {u"引题", ParagraphRole::Kicker, kKai, "Regular", 16, 22, Alignment::Center, 0},
    {u"主题", ParagraphRole::Headline, kSans, "Black", 26, 34, Alignment::Center, 0},
    {u"副题", ParagraphRole::Subhead, kSans, "Medium", 14, 20, Alignment::Center, 0},
    {u"署名", ParagraphRole::Byline, kKai, "Regular", 9, 13.5, Alignment::Left, 0},
    {u"图片说明", ParagraphRole::Caption, kKai, "Regular", 9, 13.5, Alignment::Justify, 2},
    {u"摄影", ParagraphRole::Credit, kKai, "Regular", 7.5, 11, Alignment::Right, 0},
    {u"栏目", ParagraphRole::Banner, kSans, "Bold", 18, 26, Alignment::Center, 0},
};
} // namespace

void addDefaultStyles(Edition &e)
{
    const QString serif = QStringLiteral("Noto Serif CJK SC");
    const QString sans = QStringLiteral("Noto Sans CJK SC");
    const QString kai = QStringLiteral("LXGW WenKai");
    const QString families[] = {serif, sans, kai};

    ObjectId bodyId = 0;
    for (const StyleRow &row : kRows) {
        ParagraphStyle s;
        s.id = e.newId();
        s.name = QString::fromUtf16(row.name);
        s.role = row.role;
        s.fontFamily = families[row.family];
        s.fontStyle = QString::fromLatin1(row.face);
        s.size = row.size;
        s.leading = row.leading;
        s.alignment = row.alignment;
        s.firstLineIndent = row.indent;
        s.basedOnId = bodyId;
        // A two-line 主题 may end on one character; the banner is set letter-spaced.
        if (row.role == ParagraphRole::Headline)
            s.avoidLoneCharacter = false;
        if (row.role == ParagraphRole::Banner)
            s.letterSpacing = 0.25;
        e.putParagraphStyle(s);
        if (row.role == ParagraphRole::Body)
            bodyId = s.id;
    }

    CharacterStyle runIn;
    runIn.id = e.newId();
    runIn.name = QStringLiteral("电头署名");
    runIn.fontFamily = kai;
    runIn.fontStyle = QStringLiteral("Bold");
    e.putCharacterStyle(runIn);
    CharacterStyle bold;
    bold.id = e.newId();
    bold.name = QStringLiteral("粗体");
    bold.fontFamily = sans;
    bold.fontStyle = QStringLiteral("Bold");
    e.putCharacterStyle(bold);

    e.putSwatch({e.newId(), QStringLiteral("黑"), CmykColor::black()});
    e.putSwatch({e.newId(), QStringLiteral("报头红"), CmykColor{0, 1, 1, 0}});
    e.putSwatch({e.newId(), QStringLiteral("灰 10%"), CmykColor::grey(0.1)});
}

} // namespace folio
