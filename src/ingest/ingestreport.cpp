#include "ingest/ingestreport.h"

#include "text/textdecoder.h"

namespace folio::ingest {

IngestReport IngestReport::fromParsedPage(const ParsedPage &page)
{
    IngestReport r;
    for (const auto &g : page.groups)
        r.banners << g.banner;
    for (const ParsedStory &s : page.stories) {
        StoryReport e;
        e.slug = s.slug();
        e.line = s.line;
        e.banner = s.group >= 0 ? page.groups[s.group].banner : QString();
        e.kicker = s.text(ParagraphRole::Kicker);
        e.headline = s.text(ParagraphRole::Headline);
        e.subhead = s.text(ParagraphRole::Subhead);
        e.byline = s.byline();
        e.caption = s.text(ParagraphRole::Caption);
        e.credit = s.text(ParagraphRole::Credit);
        e.bodyParagraphs = s.count(ParagraphRole::Body);
        e.rejoinedSplits = s.rejoinedSplits();
        for (const auto &p : s.paragraphs)
            e.characters += int(p.text.size());
        e.photo = s.photo;
        e.photoStory = s.photoStory;
        e.notes = s.notes;
        r.stories.append(e);
    }
    r.diagnostics = page.diagnostics;
    return r;
}

void IngestReport::setSource(const text::DecodedText &decoded)
{
    encoding = decoded.encoding;
    hadBom = decoded.hadBom;
    hadCrLf = decoded.hadCrLf;
    diagnostics = decoded.diagnostics + diagnostics;
}

int IngestReport::rejoinedSplits() const
{
    int n = 0;
    for (const auto &s : stories)
        n += s.rejoinedSplits;
    return n;
}

QString IngestReport::copyfitText(int copyfit)
{
    if (copyfit > 0)
        return tr("剩余 %1 字").arg(copyfit);
    if (copyfit < 0)
        return tr("超出 %1 字").arg(-copyfit);
    return tr("正好排满");
}

QString IngestReport::toText() const
{
    QStringList lines;
    QString source = tr("编码 %1").arg(encoding.isEmpty() ? QStringLiteral("UTF-8") : encoding);
    if (hadBom)
        source += tr("，去掉了 BOM");
    if (hadCrLf)
        source += tr("，Windows 换行");
    lines << tr("共 %n 篇稿件", nullptr, int(stories.size())) +
                 tr("，%n 个栏目", nullptr, int(banners.size())) +
                 tr("，接回分栏断开的段落 %n 处", nullptr, rejoinedSplits()) + u'；' + source +
                 u'。';
    const auto field = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << QStringLiteral("  %1：%2").arg(label, QString(value).replace(u'\n', u'／'));
    };
    for (int i = 0; i < stories.size(); ++i) {
        const StoryReport &s = stories[i];
        lines << QString();
        QString head = tr("稿件 %1（第 %2 行）").arg(i + 1).arg(s.line);
        if (s.photoStory)
            head += tr("，图片新闻");
        lines << head;
        field(tr("栏目"), s.banner);
        field(tr("引题"), s.kicker);
        field(tr("主题"), s.headline);
        field(tr("副题"), s.subhead);
        field(tr("电头署名"), s.byline);
        field(tr("图片说明"), s.caption.size() > 40 ? s.caption.left(40) + u'…' : s.caption);
        field(tr("摄影"), s.credit);
        QString counts =
            tr("正文 %n 段", nullptr, s.bodyParagraphs) + tr("，%n 字", nullptr, s.characters);
        if (s.rejoinedSplits > 0)
            counts += tr("，接回 %n 处分栏断开", nullptr, s.rejoinedSplits);
        lines << QStringLiteral("  ") + counts;
        if (s.placed)
            lines << QStringLiteral("  ") + tr("排入 %n 栏，", nullptr, s.columns) +
                         copyfitText(s.copyfit);
        for (const auto &n : s.notes)
            lines << QStringLiteral("  ※ ") + n;
    }
    if (!diagnostics.isEmpty()) {
        lines << QString();
        for (const auto &d : diagnostics)
            lines << (d.isError() ? tr("错误：") : tr("提示：")) + d.message;
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace folio::ingest
