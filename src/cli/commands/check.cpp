// folio-cli check EDITION.folio [--words FILE]... [--no-default]: 用字检查 from the command
// line. Runs model/'s WordList (Folio's default list and every --words file) over the stories
// and prints one line per hit, tab-separated: 版, story, offset in the story's text, the word
// found, the suggestion (- when the word is only flagged). Exit 0 no hits, 1 hits, 2 bad input.

#include "clicommand.h"

#include "layout/layoutengine.h"
#include "layout/textplacement.h"
#include "model/edition.h"
#include "model/wordlist.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <map>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::check", text);
}

// Tabs and line ends would break a line into more fields.
QString field(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

// The 版 that shows the hit's first character, from the pages holding the story's frames.
class PageFinder
{
public:
    explicit PageFinder(const Edition &edition) : m_edition(edition), m_engine(&edition) {}

    QString pageOf(const StoryHit &hit)
    {
        const Story *story = m_edition.story(hit.storyId);
        const auto &pages = m_edition.pages();
        for (int i = 0; story && i < pages.size(); ++i) {
            bool holds = false;
            for (const Frame &f : pages[i].frames)
                holds = holds || (f.kind == FrameKind::Text && f.storyId == hit.storyId);
            if (!holds)
                continue;
            auto it = m_layouts.find(i);
            if (it == m_layouts.end())
                it = m_layouts.emplace(i, m_engine.layoutPage(i)).first;
            if (TextPlacement::boxes(it->second, *story, hit.offset, 1).isEmpty())
                continue;
            const QString number = tr("第%1版").arg(pages[i].number);
            return pages[i].section.isEmpty() ? number
                                              : number + QLatin1Char(' ') + pages[i].section;
        }
        return tr("未排出");
    }

private:
    const Edition &m_edition;
    LayoutEngine m_engine;
    std::map<int, PageLayout> m_layouts;
};

int runCheck(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString input;
    QStringList lists;
    bool withDefault = true;
    bool usage = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--words") && i + 1 < args.size())
            lists << args[++i];
        else if (args[i] == QLatin1String("--no-default"))
            withDefault = false;
        else if (!args[i].startsWith(QLatin1Char('-')) && input.isEmpty())
            input = args[i];
        else
            usage = true;
    }
    if (usage || input.isEmpty()) {
        err << tr("用法：folio-cli check EDITION.folio [--words FILE]... [--no-default]") << "\n";
        return 2;
    }
    WordList words = withDefault ? WordList::defaultList() : WordList();
    for (const QString &file : lists) {
        QString error;
        if (!words.load(file, &error)) {
            err << "folio-cli check: " << error << "\n";
            return 2;
        }
    }
    if (words.isEmpty()) {
        err << "folio-cli check: " << tr("词表是空的：没有可查的词") << "\n";
        return 2;
    }
    const OpenResult opened = EditionStore::open(input, EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk()) {
        err << "folio-cli check: " << opened.error << "\n";
        return 2;
    }
    const Edition &edition = *opened.edition;
    const QList<StoryHit> hits = words.check(edition);
    PageFinder pages(edition);
    for (const StoryHit &hit : hits) {
        const Story *story = edition.story(hit.storyId);
        out << field(pages.pageOf(hit)) << '\t' << field(story ? story->slug : QString()) << '\t'
            << hit.offset << '\t' << field(hit.found) << '\t'
            << (hit.replacement.isEmpty() ? QStringLiteral("-") : field(hit.replacement)) << "\n";
    }
    err << tr("用字检查：%1 篇稿件，%2 处").arg(edition.stories().size()).arg(hits.size()) << "\n";
    return hits.isEmpty() ? 0 : 1;
}

} // namespace

FOLIO_CLI_COMMAND(check, QStringLiteral("check"),
                  QStringLiteral("check EDITION.folio [--words FILE]... [--no-default]"),
                  QStringLiteral("word check: one line per wrong or flagged word, exit 1 on hits"),
                  &runCheck);
