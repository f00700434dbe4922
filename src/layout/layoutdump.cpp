#include "layout/layoutdump.h"

#include <QMap>
#include <QStringList>
#include <cmath>
#include <tuple>

namespace folio {

namespace {
QString num(double v)
{
    return QString::number(std::round(v * 1000) / 1000, 'f', 3);
}

struct TextLine
{
    double left = 0;
    double right = 0;
    QString text;
};
} // namespace

QString LayoutDump::dump(const PageLayout &page)
{
    QStringList out;
    out.append(QStringLiteral("page=%1 size=%2x%3")
                   .arg(page.pageIndex)
                   .arg(num(page.pageSize.width()), num(page.pageSize.height())));
    // Runs of one frame, column and baseline make one line; the key sorts them.
    QMap<std::tuple<ObjectId, int, qint64>, TextLine> lines;
    QStringList others;
    for (const PageItem &item : page.items) {
        if (const auto *run = std::get_if<GlyphRun>(&item)) {
            const auto key = std::make_tuple(run->frameId, run->column,
                                             qint64(std::llround(run->origin.y() * 1000)));
            auto it = lines.find(key);
            if (it == lines.end()) {
                it = lines.insert(key, {run->origin.x(), run->origin.x(), QString()});
            }
            it->left = std::min(it->left, run->origin.x());
            it->right = std::max(it->right, run->origin.x() + run->width());
            it->text += run->text();
        } else if (const auto *rule = std::get_if<RuleItem>(&item)) {
            others.append(QStringLiteral("rule frame=%1 %2,%3 -> %4,%5 w=%6")
                              .arg(rule->frameId)
                              .arg(num(rule->from.x()), num(rule->from.y()), num(rule->to.x()),
                                   num(rule->to.y()), num(rule->width)));
        } else if (const auto *box = std::get_if<BoxItem>(&item)) {
            others.append(QStringLiteral("box frame=%1 %2,%3 %4x%5")
                              .arg(box->frameId)
                              .arg(num(box->rect.x()), num(box->rect.y()), num(box->rect.width()),
                                   num(box->rect.height())));
        } else if (const auto *image = std::get_if<ImageItem>(&item)) {
            others.append(QStringLiteral("image frame=%1 asset=%2 %3,%4 %5x%6")
                              .arg(image->frameId)
                              .arg(image->assetId)
                              .arg(num(image->clipRect.x()), num(image->clipRect.y()),
                                   num(image->clipRect.width()), num(image->clipRect.height())));
        } else if (const auto *marker = std::get_if<MarkerItem>(&item)) {
            static const char *kinds[] = {"overset", "copyfit", "placeholder"};
            others.append(QStringLiteral("marker %1 frame=%2 |%3|")
                              .arg(QLatin1String(kinds[int(marker->kind)]))
                              .arg(marker->frameId)
                              .arg(marker->text));
        }
    }
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        out.append(QStringLiteral("frame=%1 col=%2 y=%3 x=%4 w=%5 |%6|")
                       .arg(std::get<0>(it.key()))
                       .arg(std::get<1>(it.key()))
                       .arg(num(std::get<2>(it.key()) / 1000.0), num(it->left),
                            num(it->right - it->left), it->text));
    }
    out += others;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace folio
