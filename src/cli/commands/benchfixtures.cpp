#include "benchfixtures.h"

#include "ingest/pageimporter.h"
#include "model/pagetemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringList>

namespace folio::cli {

namespace {
const char *const kSeedResource = ":/folio/bench/seed-page.txt";

// Body-length lines of the seed (headlines and banners are short); their order is kept.
QStringList bodyParagraphs(const QByteArray &seed)
{
    QStringList out;
    const QStringList lines = QString::fromUtf8(seed).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.size() >= 60)
            out.append(t);
    }
    return out;
}
// Replaces the last Han character of each paragraph with `han` (same width, same breaks).
Story variantOf(Story story, QChar han)
{
    for (Paragraph &p : story.paragraphs) {
        for (int r = int(p.runs.size()) - 1; r >= 0; --r) {
            QString &text = p.runs[r].text;
            int i = int(text.size()) - 1;
            while (i >= 0 && text.at(i).script() != QChar::Script_Han)
                --i;
            if (i >= 0) {
                text[i] = han;
                break;
            }
        }
    }
    return story;
}
} // namespace

QByteArray BenchFixtures::seedText()
{
    QFile file(QString::fromLatin1(kSeedResource));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::unique_ptr<Edition> BenchFixtures::seedEdition(const QByteArray &seed, QString *error)
{
    auto edition = Edition::createDefault();
    ingest::ImportOptions options;
    options.templateKey = QStringLiteral("broadsheet8");
    options.section = QStringLiteral("A");
    options.pageNumber = 1;
    const ingest::ImportResult result = ingest::PageImporter::importBytes(seed, *edition, options);
    if (!result.ok || !result.hasPage) {
        if (error)
            *error = result.error.isEmpty()
                         ? QCoreApplication::translate("folio::cli", "样版稿件没有排出版面")
                         : result.error;
        return nullptr;
    }
    ingest::PageImporter::apply(*edition, result);
    return edition;
}

void BenchFixtures::appendPageCopies(Edition &edition, int pageIndex, int copies)
{
    const Page source = edition.pages().value(pageIndex);
    int number = 0;
    for (const Page &p : edition.pages())
        number = std::max(number, p.number);
    const QString hans = QStringLiteral("一二三四五六七八九十百千万亿甲乙丙丁戊己庚辛壬癸");
    for (int copy = 0; copy < copies; ++copy) {
        const QChar han = hans.at(copy % hans.size());
        QHash<ObjectId, ObjectId> ids; // old id -> new id, for frames, groups and stories
        auto mapped = [&](ObjectId old) {
            if (old == 0)
                return ObjectId(0);
            auto it = ids.find(old);
            if (it == ids.end())
                it = ids.insert(old, edition.newId());
            return it.value();
        };
        Page page = source;
        page.id = edition.newId();
        page.number = ++number;
        for (Frame &f : page.frames) {
            f.id = mapped(f.id);
            f.groupId = mapped(f.groupId);
            f.captionFrameId = mapped(f.captionFrameId);
            if (f.kind != FrameKind::Text || f.storyId == 0)
                continue;
            const ObjectId oldStory = f.storyId;
            const bool known = ids.contains(oldStory);
            f.storyId = mapped(oldStory);
            if (!known) {
                if (const Story *s = edition.story(oldStory)) {
                    Story story = variantOf(*s, han);
                    story.id = f.storyId;
                    edition.putStory(story);
                }
            }
        }
        edition.insertPage(int(edition.pages().size()), page);
    }
}

QByteArray BenchFixtures::longStoryPageText(const QByteArray &seed, int bytes)
{
    // Without the paragraphs that open with a dateline: each would start a story of its own.
    QStringList source;
    for (const QString &p : bodyParagraphs(seed))
        if (!p.startsWith(QStringLiteral("本报")) && !p.startsWith(QStringLiteral("新华社")))
            source.append(p);
    QByteArray text = QStringLiteral("【主题】一篇比整个版面还长的稿件\n").toUtf8();
    for (int i = 0; text.size() < bytes && !source.isEmpty(); ++i) {
        // Each repeat starts elsewhere in its paragraph: no two paragraphs, and hardly any two
        // runs of Han text, are the same.
        const QString &p = source[i % source.size()];
        const int k = int((qint64(i) * 7) % p.size());
        text +=
            QStringLiteral("【正文】%1%2（第%3段）\n").arg(p.mid(k), p.left(k)).arg(i + 1).toUtf8();
    }
    return text;
}

std::unique_ptr<Edition> BenchFixtures::longStoryEdition(const QByteArray &seed, int characters,
                                                         int frames, ObjectId *storyId)
{
    auto edition = Edition::createDefault();
    Edition &e = *edition;
    const PageTemplate tpl = PageTemplate::broadsheet8();
    constexpr int kFramesPerPage = 4;
    const int pageCount = (frames + kFramesPerPage - 1) / kFramesPerPage;
    for (int i = 0; i < pageCount; ++i) {
        Page page = tpl.makePage();
        page.id = e.newId();
        page.number = i + 1;
        e.insertPage(i, page);
    }

    Story story;
    story.id = e.newId();
    story.slug = QStringLiteral("长稿");
    const ParagraphStyle *body = e.styleForRole(ParagraphRole::Body);
    const QStringList source = bodyParagraphs(seed);
    int total = 0;
    for (int i = 0; total < characters && !source.isEmpty(); ++i) {
        const QString text = source[i % source.size()].left(characters - total);
        Paragraph p;
        p.styleId = body ? body->id : 0;
        p.runs = {{text, 0}};
        story.paragraphs.append(p);
        total += int(text.size());
    }
    e.putStory(story);

    for (int i = 0; i < frames; ++i) {
        const Page &page = e.pages()[i / kFramesPerPage];
        const int firstColumn = (i % kFramesPerPage) * 2;
        Frame f;
        f.id = e.newId();
        f.name = QStringLiteral("正文 %1").arg(i + 1);
        f.rect = QRectF(page.columnLeft(firstColumn), page.typeArea().top(),
                        2 * page.columnWidth() + page.grid.gutter, page.typeArea().height());
        f.columns = 2;
        f.gutter = page.grid.gutter;
        f.storyId = story.id;
        f.chainIndex = i;
        e.putFrame(page.id, f);
    }
    if (storyId)
        *storyId = story.id;
    return edition;
}

} // namespace folio::cli
