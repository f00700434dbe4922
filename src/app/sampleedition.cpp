#include "app/sampleedition.h"

#include "model/edition.h"
#include "model/pagetemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QUndoStack>

namespace folio::app {

namespace {
// Each line of the sample text is "style name<TAB>paragraph text".
Story readSampleStory(Edition &edition)
{
    Story story;
    story.id = edition.newId();
    story.slug = QStringLiteral("昌平工会");
    QFile file(QStringLiteral(":/sample/sample-story.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return story;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        const QString styleName = tab < 0 ? QString() : line.left(tab);
        Paragraph paragraph;
        for (const auto &style : edition.paragraphStyles())
            if (style.name == styleName)
                paragraph.styleId = style.id;
        if (!paragraph.styleId)
            if (const ParagraphStyle *body = edition.styleForRole(ParagraphRole::Body))
                paragraph.styleId = body->id;
        paragraph.runs.append({line.mid(tab + 1).trimmed(), 0});
        story.paragraphs.append(paragraph);
    }
    return story;
}
} // namespace

std::unique_ptr<Edition> createSampleEdition()
{
    auto edition = Edition::createDefault();
    Edition &e = *edition;
    e.setInfo({QCoreApplication::translate("folio::app::SampleEdition", "示例版面"),
               QDate::currentDate(), QStringLiteral("北京工人报")});

    Page page = PageTemplate::broadsheet8().makePage();
    page.id = e.newId();
    page.section = QStringLiteral("要闻");
    page.number = 1;
    e.insertPage(0, page);

    const Story story = readSampleStory(e);
    e.putStory(story);

    const QRectF type = page.typeArea();
    const double colW = page.columnWidth();
    const double gutter = page.grid.gutter;
    const double row = page.grid.gridLeading;
    const auto span = [&](int first, int count) {
        return std::pair(page.columnLeft(first), count * colW + (count - 1) * gutter);
    };

    // Headline block and body across columns 1-5, continued in columns 6-8 under the picture.
    Frame body;
    body.id = e.newId();
    body.kind = FrameKind::Text;
    body.name = QStringLiteral("正文 1");
    const auto [bodyX, bodyW] = span(0, 5);
    body.rect = QRectF(bodyX, type.top(), bodyW, 40 * row);
    body.columns = 5;
    body.gutter = gutter;
    body.storyId = story.id;
    body.chainIndex = 0;
    e.putFrame(page.id, body);

    Frame picture;
    picture.id = e.newId();
    picture.kind = FrameKind::Image;
    picture.name = QStringLiteral("图片 1");
    const auto [picX, picW] = span(5, 3);
    picture.rect = QRectF(picX, type.top(), picW, 20 * row);
    picture.z = 1;
    e.putFrame(page.id, picture);

    Frame more = body;
    more.id = e.newId();
    more.name = QStringLiteral("正文 2");
    more.rect = QRectF(picX, type.top() + 21 * row, picW, 19 * row);
    more.columns = 3;
    more.chainIndex = 1;
    more.z = 2;
    e.putFrame(page.id, more);

    Frame rule;
    rule.id = e.newId();
    rule.kind = FrameKind::Rule;
    rule.name = QStringLiteral("线 1");
    const double ruleY = type.top() + 40.5 * row;
    rule.rect = QRectF(QPointF(type.left(), ruleY), QPointF(type.right(), ruleY));
    rule.strokeWidth = 1.0;
    rule.z = 3;
    e.putFrame(page.id, rule);

    // Building the sample is not an edit the user can undo.
    e.undoStack()->clear();
    return edition;
}

} // namespace folio::app
