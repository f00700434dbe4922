#include "preflight/preflight.h"

#include "preflight/contentcheck.h"
#include "preflight/imagecheck.h"
#include "preflight/inkcheck.h"

#include <QCoreApplication>

namespace folio::preflight {

Preflight::Preflight(const ExportSettings &settings) : m_settings(settings) {}

Diagnostics Preflight::checkPage(const PageLayout &layout, const Edition *edition) const
{
    Diagnostics out;
    ContentCheck::check(layout, edition, &out);
    InkCheck::check(layout, m_settings, &out);
    ImageCheck(m_settings, m_iccProfile).check(layout, edition, &out);
    for (auto &d : out) {
        if (d.pageIndex < 0)
            d.pageIndex = layout.pageIndex;
    }
    return out;
}

Diagnostics Preflight::checkPages(const QList<PageLayout> &layouts, const Edition *edition) const
{
    Diagnostics out;
    for (const auto &layout : layouts)
        out += checkPage(layout, edition);
    return out;
}

bool Preflight::hasErrors(const Diagnostics &diagnostics)
{
    for (const auto &d : diagnostics)
        if (d.isError())
            return true;
    return false;
}

QString Preflight::format(const Diagnostic &d)
{
    const char *ctx = "folio::preflight::Preflight";
    QString severity =
        d.severity == Diagnostic::Severity::Error     ? QCoreApplication::translate(ctx, "错误")
        : d.severity == Diagnostic::Severity::Warning ? QCoreApplication::translate(ctx, "警告")
                                                      : QCoreApplication::translate(ctx, "提示");
    QString where;
    if (d.pageIndex >= 0)
        where += QCoreApplication::translate(ctx, " 第 %1 页").arg(d.pageIndex + 1);
    if (d.frameId)
        where += QCoreApplication::translate(ctx, " 框 %1").arg(d.frameId);
    return QStringLiteral("%1%2 [%3] %4").arg(severity, where, d.code, d.message);
}

} // namespace folio::preflight
