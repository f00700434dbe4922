#include "seededition.h"

#include "model/edition.h"
#include "model/pagetemplate.h"

#include <QFile>
#include <QUndoStack>

namespace folio::app::test {

namespace {
Story readSeedStory(Edition &edition)
{
    Story story;
    story.id = edition.newId();
    story.slug = QStringLiteral("昌平工会");
    QFile file(QStringLiteral(FOLIO_APP_TEST_DIR "/data/seed-story.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("seed story missing: %s", qPrintable(file.fileName()));
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

std::unique_ptr<Edition> createSeedEdition()
{
    auto edition = Edition::createDefault();
    Edition &e = *edition;
    e.setInfo({QStringLiteral("种子版面"), QDate(2025, 1, 20), QStringLiteral("北京工人报")});

    Page page = PageTemplate::broadsheet8().makePage();
    page.id = e.newId();
    page.section = QStringLiteral("要闻");
    page.number = 1;
    e.insertPage(0, page);

    const Story story = readSeedStory(e);
    e.putStory(story);

    const QRectF type = page.typeArea();
    const double colW = page.columnWidth();
    const double gutter = page.grid.gutter;
    const double row = page.grid.gridLeading;
    const auto span = [&](int first, int count) {
        return std::pair(page.columnLeft(first), count * colW + (count - 1) * gutter);
    };

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

    e.undoStack()->clear();
    return edition;
}

} // namespace folio::app::test
