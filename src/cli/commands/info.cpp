// folio-cli info EDITION.folio: one line per page, frame and story, for scripts and for a quick
// look at a file. Opens the file read-only: looking never upgrades or changes it.

#include "clicommand.h"

#include "model/edition.h"
#include "store/editionstore.h"
#include "store/valuecodec.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

using namespace folio;

QString pt(double v)
{
    return QString::number(v, 'f', 2);
}

// Slugs and names may hold spaces; quote them so every line splits on spaces.
QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    q.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void printFrame(QTextStream &out, const Page &page, const Frame &f)
{
    out << "frame id=" << f.id << " page=" << page.id << " kind=" << store::toKey(f.kind)
        << " x=" << pt(f.rect.x()) << " y=" << pt(f.rect.y()) << " w=" << pt(f.rect.width())
        << " h=" << pt(f.rect.height()) << " z=" << f.z;
    if (!f.name.isEmpty())
        out << " name=" << quoted(f.name);
    switch (f.kind) {
    case FrameKind::Text:
        out << " story=" << f.storyId << " chain=" << f.chainIndex << " columns=" << f.columns
            << " gutter=" << pt(f.gutter);
        if (f.columnChars > 0)
            out << " column-chars=" << f.columnChars;
        break;
    case FrameKind::Image:
        out << " asset=" << f.assetId << " fit=" << store::toKey(f.fit);
        break;
    case FrameKind::Rule:
    case FrameKind::Box:
        out << " stroke=" << (f.hasStroke ? pt(f.strokeWidth) : QStringLiteral("none"));
        break;
    }
    if (f.locked)
        out << " locked";
    out << "\n";
}

int runInfo(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 1) {
        err << QCoreApplication::translate("folio::cli", "用法：folio-cli info EDITION.folio")
            << "\n";
        return 2;
    }
    const OpenResult opened = EditionStore::open(args.first(), EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk()) {
        err << "folio-cli info: " << opened.error << "\n";
        return 1;
    }
    const Edition &e = *opened.edition;
    const auto &pages = e.pages();
    for (int i = 0; i < pages.size(); ++i) {
        const Page &p = pages[i];
        out << "page id=" << p.id << " index=" << i << " number=" << p.number
            << " section=" << quoted(p.section) << " status=" << store::toKey(p.status)
            << " size=" << pt(p.size.width()) << "x" << pt(p.size.height())
            << " columns=" << p.grid.columns << " frames=" << p.frames.size();
        if (!p.templateName.isEmpty())
            out << " template=" << p.templateName;
        out << "\n";
        for (const Frame &f : p.frames)
            printFrame(out, p, f);
    }
    for (const Story &s : e.stories()) {
        QStringList chain;
        for (const Frame *f : e.storyChain(s.id))
            chain << QString::number(f->id);
        out << "story id=" << s.id << " slug=" << quoted(s.slug)
            << " status=" << store::toKey(s.status) << " paragraphs=" << s.paragraphs.size()
            << " chars=" << s.characterCount()
            << " chain=" << (chain.isEmpty() ? QStringLiteral("-") : chain.join(QLatin1Char(',')))
            << "\n";
    }
    return 0;
}

} // namespace

FOLIO_CLI_COMMAND(info, QStringLiteral("info"), QStringLiteral("info EDITION.folio"),
                  QStringLiteral("list the pages, frames and stories of an edition"), &runInfo);
