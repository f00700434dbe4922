#include "model/defaultstyles.h"

#include "model/edition.h"

namespace folio {

namespace {
ParagraphStyle makeStyle(Edition &e, const QString &name, ParagraphRole role, const QString &family,
                         const QString &face, double size, double leading, Alignment align,
                         double indent)
{
    ParagraphStyle s;
    s.id = e.newId();
    s.name = name;
    s.role = role;
    s.fontFamily = family;
    s.fontStyle = face;
    s.size = size;
    s.leading = leading;
    s.alignment = align;
    s.firstLineIndent = indent;
    return s;
}
} // namespace

void addDefaultStyles(Edition &e)
{
    const QString serif = QStringLiteral("Noto Serif CJK SC");
    const QString sans = QStringLiteral("Noto Sans CJK SC");
    const QString kai = QStringLiteral("LXGW WenKai");

    const auto body = makeStyle(e, QStringLiteral("正文"), ParagraphRole::Body, serif,
                                QStringLiteral("Regular"), 9, 13.5, Alignment::Justify, 2);
    e.putParagraphStyle(body);
    auto kicker = makeStyle(e, QStringLiteral("引题"), ParagraphRole::Kicker, kai,
                            QStringLiteral("Regular"), 16, 22, Alignment::Center, 0);
    kicker.basedOnId = body.id;
    e.putParagraphStyle(kicker);
    auto headline = makeStyle(e, QStringLiteral("主题"), ParagraphRole::Headline, sans,
                              QStringLiteral("Black"), 26, 34, Alignment::Center, 0);
    headline.basedOnId = body.id;
    headline.avoidLoneCharacter = false;
    e.putParagraphStyle(headline);
    auto subhead = makeStyle(e, QStringLiteral("副题"), ParagraphRole::Subhead, sans,
                             QStringLiteral("Medium"), 14, 20, Alignment::Center, 0);
    subhead.basedOnId = body.id;
    e.putParagraphStyle(subhead);
    auto byline = makeStyle(e, QStringLiteral("署名"), ParagraphRole::Byline, kai,
                            QStringLiteral("Regular"), 9, 13.5, Alignment::Left, 0);
    byline.basedOnId = body.id;
    e.putParagraphStyle(byline);
    auto caption = makeStyle(e, QStringLiteral("图片说明"), ParagraphRole::Caption, kai,
                             QStringLiteral("Regular"), 9, 13.5, Alignment::Justify, 2);
    caption.basedOnId = body.id;
    e.putParagraphStyle(caption);
    auto credit = makeStyle(e, QStringLiteral("摄影"), ParagraphRole::Credit, kai,
                            QStringLiteral("Regular"), 7.5, 11, Alignment::Right, 0);
    credit.basedOnId = body.id;
    e.putParagraphStyle(credit);
    auto banner = makeStyle(e, QStringLiteral("栏目"), ParagraphRole::Banner, sans,
                            QStringLiteral("Bold"), 18, 26, Alignment::Center, 0);
    banner.basedOnId = body.id;
    banner.letterSpacing = 0.25;
    e.putParagraphStyle(banner);

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
