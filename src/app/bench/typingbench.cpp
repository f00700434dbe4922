// folio-typing-bench: how long one keystroke takes from the key to the repainted page, typing
// into a long story chained through many frames, with the real window driven offscreen:
// into the 稿件编辑 dock, or with --on-page as key events into the page view in text mode.
// It prints timings; it is not a test and asserts nothing.

#include "app/editiondocument.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/pagetexteditor.h"
#include "app/pageview.h"
#include "app/storyeditor.h"
#include "model/edition.h"
#include "model/pagetemplate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace folio;

namespace {

struct Options
{
    int keys = 200;
    int characters = 20000;
    int frames = 8;
    int pages = 2;
    double zoom = 0; // 0: fit the page, as the window opens
    // The story's first frame selected, as after clicking it: the status bar then shows the
    // story's copyfit count, which must not cost a second layout of the story.
    bool select = true;
    // Key events into the page view in text mode instead of the dock.
    bool onPage = false;
    bool fullRepaint = false;
};

// Body paragraphs of the sample page, repeated until the story has `characters` characters.
QStringList bodyParagraphs(int characters)
{
    QStringList source;
    QFile file(QStringLiteral(":/samples/sample-page.txt"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const QString text = line.trimmed();
            if (text.size() > 40 && !text.startsWith(QStringLiteral("【")))
                source << text;
        }
    }
    if (source.isEmpty())
        source << QStringLiteral(
            "记者近日从区总工会了解到，该区已在街道、园区和商圈建成各类职工服务"
            "驿站，全年服务职工四十余万人次，十分钟职工服务圈初步成形。");
    QStringList out;
    int total = 0;
    for (int i = 0; total < characters; ++i) {
        QString p = source[i % source.size()];
        if (total + p.size() > characters)
            p.truncate(characters - total);
        total += int(p.size());
        out << p;
    }
    return out;
}

// `pages` broadsheet pages; the story runs through `frames` frames spread evenly over them,
// each two grid columns wide and the type area high, set in two columns.
std::unique_ptr<Edition> makeEdition(const Options &o)
{
    auto edition = Edition::createDefault();
    Edition &e = *edition;
    const ObjectId body = e.styleForRole(ParagraphRole::Body)->id;
    Story story;
    story.id = e.newId();
    story.slug = QStringLiteral("长稿");
    for (const QString &text : bodyParagraphs(o.characters))
        story.paragraphs.append({body, {{text, 0}}});
    e.putStory(story);
    const int perPage = (o.frames + o.pages - 1) / o.pages;
    int chain = 0;
    for (int p = 0; p < o.pages; ++p) {
        Page page = PageTemplate::broadsheet8().makePage();
        page.id = e.newId();
        page.number = p + 1;
        e.insertPage(p, page);
        const int span = qMax(1, page.grid.columns / perPage);
        for (int i = 0; i < perPage && chain < o.frames; ++i, ++chain) {
            Frame f;
            f.id = e.newId();
            f.kind = FrameKind::Text;
            f.name = QStringLiteral("正文 %1").arg(chain + 1);
            const double left = page.columnLeft(i * span);
            const double right = page.columnLeft(i * span + span - 1) + page.columnWidth();
            f.rect = QRectF(left, page.typeArea().top(), right - left, page.typeArea().height());
            f.columns = span;
            f.gutter = page.grid.gutter;
            f.storyId = story.id;
            f.chainIndex = chain;
            e.putFrame(page.id, f);
        }
    }
    return edition;
}

// Counts the page view's paint events, so the figures show that every keystroke repainted.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct Stats
{
    double median = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
};

Stats stats(QList<double> ms)
{
    Stats s;
    if (ms.isEmpty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.median = ms[ms.size() / 2];
    s.p90 = ms[qMin(ms.size() - 1, qsizetype(ms.size() * 0.9))];
    s.p99 = ms[qMin(ms.size() - 1, qsizetype(ms.size() * 0.99))];
    s.max = ms.last();
    for (double v : ms)
        s.mean += v;
    s.mean /= ms.size();
    return s;
}

void print(const char *what, const Stats &s)
{
    std::printf("  %-22s median %7.2f  p90 %7.2f  p99 %7.2f  max %7.2f  mean %7.2f ms\n", what,
                s.median, s.p90, s.p99, s.max, s.mean);
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QTemporaryDir> runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtime = std::make_unique<QTemporaryDir>();
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("folio-typing-bench"));
    // Window state and preferences of the real user stay untouched.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times keystrokes in the story editor, from the key to the repainted page view."));
    parser.addHelpOption();
    const QCommandLineOption keysOption(QStringLiteral("keys"), QStringLiteral("Keystrokes timed."),
                                        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption charsOption(QStringLiteral("chars"),
                                         QStringLiteral("Characters in the story."),
                                         QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Frames in the chain."),
                                          QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption pagesOption(QStringLiteral("pages"), QStringLiteral("Pages."),
                                         QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption zoomOption(QStringLiteral("zoom"),
                                        QStringLiteral("Zoom factor (default: fit the page)."),
                                        QStringLiteral("factor"));
    const QCommandLineOption noSelectOption(QStringLiteral("no-select"),
                                            QStringLiteral("Type with no frame selected."));
    const QCommandLineOption onPageOption(
        QStringLiteral("on-page"),
        QStringLiteral("Type key events into the page view in text mode, not the dock."));
    const QCommandLineOption fullRepaintOption(
        QStringLiteral("full-repaint"),
        QStringLiteral("With --on-page, repaint the whole viewport after each key."));
    parser.addOptions({keysOption, charsOption, framesOption, pagesOption, zoomOption,
                       noSelectOption, onPageOption, fullRepaintOption});
    parser.process(app);
    Options o;
    o.keys = qMax(1, parser.value(keysOption).toInt());
    o.characters = qMax(100, parser.value(charsOption).toInt());
    o.frames = qMax(1, parser.value(framesOption).toInt());
    o.pages = qBound(1, parser.value(pagesOption).toInt(), o.frames);
    o.zoom = parser.value(zoomOption).toDouble();
    o.select = !parser.isSet(noSelectOption);
    o.onPage = parser.isSet(onPageOption);
    o.fullRepaint = parser.isSet(fullRepaintOption);

    app::MainWindow window;
    window.document()->reset(makeEdition(o));
    window.resize(1600, 1000);
    window.show();
    if (o.zoom > 0)
        window.pageView()->setZoom(o.zoom);
    Edition *edition = window.document()->edition();
    const Story story = edition->stories().first(); // a copy: typing replaces the stored one
    QApplication::processEvents();

    // The cursor in the middle of a paragraph near the top of the first frame.
    app::StoryEditor *editor = window.storyEditor();
    app::PageView *view = window.pageView();
    if (o.select) {
        const auto chain = edition->storyChain(story.id);
        if (!chain.isEmpty())
            view->setSelection({chain.first()->id});
    }
    editor->setStoryId(story.id);
    QPlainTextEdit *text = editor->textEdit();
    QTextCursor cursor(
        text->document()->findBlockByNumber(qMin(2, int(story.paragraphs.size()) - 1)));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 10);
    QWidget *target = text;
    if (o.onPage) {
        // Text mode at the same place, as a double-click there leaves it.
        view->textEditor()->edit(story.id, cursor.position(), cursor.position());
        view->setFocus();
        target = view;
    } else {
        text->setFocus();
        text->setTextCursor(cursor);
    }
    view->viewport()->repaint();

    // Chinese is typed through an input method: each keystroke commits one character. On the
    // page the keystrokes are key events carrying the character.
    const QString typed = QStringLiteral("职工服务驿站建在哪里要听职工的");
    QList<double> total, edit, events, paint;
    PaintCounter counter;
    view->viewport()->installEventFilter(&counter);
    int unpainted = 0;
    QElapsedTimer timer;
    const int warmUp = 5;
    for (int i = 0; i < o.keys + warmUp; ++i) {
        const QString character = typed.at(i % typed.size());
        timer.start();
        if (o.onPage) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, character);
            QCoreApplication::sendEvent(target, &press);
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, character);
            QCoreApplication::sendEvent(target, &release);
        } else {
            QInputMethodEvent event;
            event.setCommitString(character);
            QCoreApplication::sendEvent(target, &event);
        }
        const qint64 t1 = timer.nsecsElapsed();
        QApplication::processEvents(); // the editor, status bar and panels update as they would
        const qint64 t2 = timer.nsecsElapsed();
        // On the page the view repaints what changed, as the window would on screen; the dock
        // mode (and --full-repaint) repaints the whole viewport.
        if (o.onPage && !o.fullRepaint)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        else
            view->viewport()->repaint();
        const qint64 t3 = timer.nsecsElapsed();
        if (counter.paints == 0)
            ++unpainted;
        counter.paints = 0;
        if (i < warmUp)
            continue;
        edit << t1 / 1e6;
        events << (t2 - t1) / 1e6;
        paint << (t3 - t2) / 1e6;
        total << t3 / 1e6;
    }

    const Story &after = *edition->story(story.id);
    std::printf("folio-typing-bench: %d keystrokes into a %d-character story in %d frames on %d "
                "pages (%s; page view %s, %dx%d px, %s)\n",
                o.keys, story.characterCount(), o.frames, o.pages,
                !o.onPage       ? "input method in the dock, whole view repainted"
                : o.fullRepaint ? "key events on the page in text mode, whole view repainted"
                                : "key events on the page in text mode, changed area repainted",
                o.zoom > 0 ? qPrintable(QStringLiteral("at %1 %").arg(o.zoom * 100))
                           : "fitting the page",
                window.pageView()->viewport()->width(), window.pageView()->viewport()->height(),
                o.select ? "first frame selected" : "no frame selected");
    print("key to repaint", stats(total));
    print("edit (key, command)", stats(edit));
    print("pending events", stats(events));
    print("page view repaint", stats(paint));
    const Stats s = stats(total);
    const auto over =
        std::count_if(total.begin(), total.end(), [](double ms) { return ms > 16.0; });
    std::printf("  keystrokes without a repaint of the page view: %d\n", unpainted);
    std::printf("  over 16 ms: %lld of %lld keystrokes (p99 %.2f ms: %s)\n", qint64(over),
                qint64(total.size()), s.p99, s.p99 <= 16.0 ? "within budget" : "over budget");
    std::printf("  typed %lld characters; budget 16 ms: %s\n",
                qint64(after.characterCount() - story.characterCount()),
                s.median <= 16.0 && s.max <= 16.0 ? "met (median and max)"
                : s.median <= 16.0                ? "met by the median, not by the maximum"
                                                  : "NOT met");
    return 0;
}
