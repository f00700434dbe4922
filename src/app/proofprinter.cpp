#include "app/proofprinter.h"

#include "core/units.h"
#include "model/edition.h"
#include "proof/noteformat.h"
#include "proof/proofdocument.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>
#include <cmath>

namespace folio::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::app::ProofPrinter", text);
}

bool failWith(QString *error, const QString &problem)
{
    if (error)
        *error = problem;
    return false;
}

int tilesAlong(double length, double room, double overlap)
{
    return length <= room ? 1 : int(std::ceil((length - overlap) / (room - overlap)));
}

// Short lines outside a corner of the proof page, 3 mm off it, as on a print.
void cropMarks(QPainter &p, const QRectF &page, double ptToDevice)
{
    const double gap = units::ptFromMm(2) * ptToDevice;
    const double len = units::ptFromMm(6) * ptToDevice;
    const QPointF corners[] = {page.topLeft(), page.topRight(), page.bottomLeft(),
                               page.bottomRight()};
    for (const QPointF &c : corners) {
        const double sx = c.x() == page.left() ? -1 : 1;
        const double sy = c.y() == page.top() ? -1 : 1;
        p.drawLine(QPointF(c.x() + sx * gap, c.y()), QPointF(c.x() + sx * (gap + len), c.y()));
        p.drawLine(QPointF(c.x(), c.y() + sy * gap), QPointF(c.x(), c.y() + sy * (gap + len)));
    }
}

} // namespace

ProofPrinter::Plan ProofPrinter::plan(const QSizeF &proofPage, const QPageSize &paper)
{
    const QSizeF sheet = paper.size(QPageSize::Point);
    const double margin = units::ptFromMm(kMarginMm);
    const double overlap = units::ptFromMm(kOverlapMm);
    const auto make = [&](QPageLayout::Orientation orientation, QSizeF size) {
        const QSizeF room = size - QSizeF(2 * margin, 2 * margin);
        return Plan{orientation, tilesAlong(proofPage.width(), room.width(), overlap),
                    tilesAlong(proofPage.height(), room.height(), overlap)};
    };
    const Plan portrait = make(QPageLayout::Portrait, sheet);
    const Plan landscape = make(QPageLayout::Landscape, sheet.transposed());
    return landscape.tiles() < portrait.tiles() ? landscape : portrait;
}

bool ProofPrinter::print(QPrinter *printer, const Edition &edition, const ProofRecord &proof,
                         Mode mode, QString *error, double dpi)
{
    QString problem;
    const auto document =
        proof::ProofDocument::fromData(proof.pdf, tr("第%1校").arg(proof.round), &problem);
    if (!document)
        return failWith(error, problem);
    const QSizeF pageSize = document->pageSize(0);
    const QString name = proof::NoteFormat::pageName(edition, proof.pageId);

    if (mode == Mode::ScaledToA3)
        printer->setPageSize(QPageSize(QPageSize::A3));
    const QPageSize paper = printer->pageLayout().pageSize();
    const Plan tiles = mode == Mode::Tiled ? plan(pageSize, paper) : Plan{};
    const bool wide = pageSize.width() > pageSize.height();
    printer->setPageOrientation(mode == Mode::Tiled ? tiles.orientation
                                : wide              ? QPageLayout::Landscape
                                                    : QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                            QPageLayout::Millimeter);
    printer->setDocName(tr("%1 第%2校 大样").arg(name).arg(proof.round));

    QPainter p;
    if (!p.begin(printer))
        return failWith(error, tr("无法开始打印。"));
    const double ptToDevice = printer->resolution() / 72.0;
    const QRectF room = printer->pageRect(QPrinter::DevicePixel);
    // The painter's origin is the printable area's corner; the label goes in the margin above.
    QFont font = p.font();
    font.setPixelSize(std::max(1, int(7 * ptToDevice)));
    p.setFont(font);
    const double margin = units::ptFromMm(kMarginMm) * ptToDevice;
    const auto label = [&](const QString &text) {
        p.setPen(Qt::black);
        p.drawText(QRectF(0, -margin, room.width(), margin), Qt::AlignLeft | Qt::AlignVCenter,
                   text);
    };

    if (mode == Mode::ScaledToA3) {
        const double scale = std::min(room.width() / (pageSize.width() * ptToDevice),
                                      room.height() / (pageSize.height() * ptToDevice));
        const QSizeF drawn = pageSize * ptToDevice * scale;
        const QImage image = document->render(0, dpi * std::min(1.0, scale));
        p.drawImage(QRectF(QPointF((room.width() - drawn.width()) / 2, 0), drawn), image);
        label(tr("%1  第%2校  大样（缩至 A3，%3%）")
                  .arg(name)
                  .arg(proof.round)
                  .arg(qRound(scale * 100)));
        p.end();
        return true;
    }

    const double overlap = units::ptFromMm(kOverlapMm);
    const QSizeF tilePt = room.size() / ptToDevice;
    for (int row = 0; row < tiles.rows; ++row) {
        for (int column = 0; column < tiles.columns; ++column) {
            if ((row || column) && !printer->newPage()) {
                p.end();
                return failWith(error, tr("打印机拒绝了新的一页。"));
            }
            const QPointF from(column * (tilePt.width() - overlap),
                               row * (tilePt.height() - overlap));
            const QRectF region = QRectF(from, tilePt).intersected(QRectF(QPointF(), pageSize));
            const QImage image = document->render(0, dpi, region);
            p.drawImage(QRectF(QPointF(), region.size() * ptToDevice), image);
            p.setPen(QPen(Qt::black, 0));
            // The proof page's edges where this tile has them.
            cropMarks(p, QRectF(-from * ptToDevice, pageSize * ptToDevice), ptToDevice);
            // Where the neighbours' tiles begin: glue or lay the sheets up to this line.
            p.setPen(QPen(Qt::gray, 0, Qt::DashLine));
            const double edge = (tilePt.width() - overlap) * ptToDevice;
            if (column + 1 < tiles.columns)
                p.drawLine(QPointF(edge, 0), QPointF(edge, region.height() * ptToDevice));
            const double bottom = (tilePt.height() - overlap) * ptToDevice;
            if (row + 1 < tiles.rows)
                p.drawLine(QPointF(0, bottom), QPointF(region.width() * ptToDevice, bottom));
            label(tr("%1  第%2校  大样 1:1  第 %3 行 第 %4 列（共 %5 × %6 张，重叠 %7 毫米）")
                      .arg(name)
                      .arg(proof.round)
                      .arg(row + 1)
                      .arg(column + 1)
                      .arg(tiles.rows)
                      .arg(tiles.columns)
                      .arg(kOverlapMm));
        }
    }
    p.end();
    return true;
}

} // namespace folio::app
