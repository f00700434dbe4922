#include "clitestbase.h"

#include "model/edition.h"
#include "model/pagetemplate.h"
#include "store/editionstore.h"

#include <QFile>
#include <QProcess>

using namespace folio;

CliTestBase::Run CliTestBase::run(const QStringList &args, int timeoutMs, bool withoutRuntimeDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (withoutRuntimeDir)
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FOLIO_CLI_BINARY), args);
    Run r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("folio-cli %1 did not finish in %2 ms")
                    .arg(args.join(QLatin1Char(' ')))
                    .arg(timeoutMs);
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// An edition with `pages` broadsheet pages of `framesPerPage` frames each (text frames of the
// stories in turn, every third frame a rule) and `stories` stories.
QString CliTestBase::saveEdition(const QString &name, int pages, int framesPerPage, int stories)
{
    auto edition = Edition::createDefault();
    Edition &e = *edition;
    const ParagraphStyle *body = e.styleForRole(ParagraphRole::Body);
    QList<ObjectId> storyIds;
    for (int s = 0; s < stories; ++s) {
        Story story;
        story.id = e.newId();
        story.slug = QStringLiteral("稿件 %1").arg(s + 1);
        for (int p = 0; p <= s; ++p)
            story.paragraphs.append(
                {body->id, {{QStringLiteral("本报讯 第%1段。").arg(p + 1), 0}}});
        e.putStory(story);
        storyIds.append(story.id);
    }
    const PageTemplate tpl = PageTemplate::broadsheet8();
    int chainIndex = 0;
    for (int i = 0; i < pages; ++i) {
        Page page = tpl.makePage();
        page.id = e.newId();
        page.number = i + 1;
        for (int f = 0; f < framesPerPage; ++f) {
            Frame frame;
            frame.id = e.newId();
            frame.rect = QRectF(page.columnLeft(f % 8), 100 + 40 * f, page.columnWidth(), 30);
            if (f % 3 == 2 || storyIds.isEmpty()) {
                frame.kind = FrameKind::Rule;
            } else {
                frame.storyId = storyIds[(i * framesPerPage + f) % storyIds.size()];
                frame.chainIndex = chainIndex++;
            }
            page.frames.append(frame);
        }
        e.insertPage(i, page);
    }
    const QString path = m_dir.filePath(name);
    QString error;
    if (!EditionStore::save(e, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

QString CliTestBase::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

// Two broadsheet pages. Page 1: a frame of story 只在第一版, the first frame of 两版都有's chain
// and a rule. Page 2: the second frame of 两版都有, or nothing. Story 未上版 is on no page.
QString CliTestBase::saveTwoPageEdition(const QString &name, bool page2Empty)
{
    auto edition = Edition::createDefault();
    Edition &e = *edition;
    const ParagraphStyle *body = e.styleForRole(ParagraphRole::Body);
    QList<ObjectId> stories;
    for (const char *slug : {"只在第一版", "两版都有", "未上版"}) {
        Story story;
        story.id = e.newId();
        story.slug = QString::fromUtf8(slug);
        story.paragraphs.append({body->id, {{QStringLiteral("本报讯 %1。").arg(story.slug), 0}}});
        e.putStory(story);
        stories.append(story.id);
    }
    const PageTemplate tpl = PageTemplate::broadsheet8();
    for (int i = 0; i < 2; ++i) {
        Page page = tpl.makePage();
        page.id = e.newId();
        page.number = i + 1;
        page.section = QStringLiteral("要闻");
        const auto add = [&](FrameKind kind, ObjectId story, int chainIndex, int column) {
            Frame frame;
            frame.id = e.newId();
            frame.kind = kind;
            frame.storyId = story;
            frame.chainIndex = chainIndex;
            frame.rect = QRectF(page.columnLeft(column), 200, page.columnWidth(), 300);
            page.frames.append(frame);
        };
        if (i == 0) {
            add(FrameKind::Text, stories[0], 0, 0);
            add(FrameKind::Text, stories[1], 0, 1);
            add(FrameKind::Rule, 0, 0, 2);
        } else if (!page2Empty) {
            add(FrameKind::Text, stories[1], 1, 0);
        }
        e.insertPage(i, page);
    }
    const QString path = m_dir.filePath(name);
    QString error;
    if (!EditionStore::save(e, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}
