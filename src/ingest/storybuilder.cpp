#include "ingest/storybuilder.h"

#include "model/edition.h"

namespace folio::ingest {

namespace {
const QString kBylineStyleName = QStringLiteral("电头署名");
}

ObjectId StoryBuilder::bylineCharacterStyle(const Edition &edition)
{
    for (const auto &s : edition.characterStyles())
        if (s.name == kBylineStyleName)
            return s.id;
    return 0;
}

BuiltStories StoryBuilder::build(const ParsedPage &page, Edition &edition)
{
    BuiltStories out;
    const ObjectId bylineStyle = bylineCharacterStyle(edition);
    QList<ParagraphRole> missing;
    const auto styleFor = [&](ParagraphRole role) -> ObjectId {
        if (const ParagraphStyle *s = edition.styleForRole(role))
            return s->id;
        if (!missing.contains(role))
            missing << role;
        // Without a style of its own the paragraph still gets the body style.
        const ParagraphStyle *body = edition.styleForRole(ParagraphRole::Body);
        return body ? body->id : 0;
    };
    bool bylineMissing = false;

    for (const ParsedStory &parsed : page.stories) {
        Story story;
        story.id = edition.newId();
        story.slug = parsed.slug();
        for (const ParsedParagraph &pp : parsed.paragraphs) {
            Paragraph p;
            p.styleId = styleFor(pp.role);
            if (pp.runInLength > 0) {
                bylineMissing = bylineMissing || bylineStyle == 0;
                p.runs.append({pp.text.left(pp.runInLength), bylineStyle});
                if (pp.runInLength < pp.text.size())
                    p.runs.append({pp.text.mid(pp.runInLength), 0});
            } else {
                p.runs.append({pp.text, 0});
            }
            story.paragraphs.append(p);
        }
        out.stories.append(story);
    }
    for (const StoryGroup &group : page.groups) {
        Story banner;
        banner.id = edition.newId();
        banner.slug = tr("栏目：%1").arg(group.banner);
        Paragraph p;
        p.styleId = styleFor(ParagraphRole::Banner);
        p.runs.append({group.banner, 0});
        banner.paragraphs.append(p);
        out.bannerStories.append(banner);
    }
    if (!missing.isEmpty()) {
        out.diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("missing-style"),
                                tr("版面样式中缺少 %n 种段落角色的样式，这些段落暂用正文样式。",
                                   nullptr, int(missing.size())),
                                0, 0, -1});
    }
    if (bylineMissing) {
        out.diagnostics.append(
            {Diagnostic::Severity::Warning, QStringLiteral("missing-style"),
             tr("缺少字符样式“%1”，电头署名暂不区分字体。").arg(kBylineStyleName), 0, 0, -1});
    }
    return out;
}

} // namespace folio::ingest
