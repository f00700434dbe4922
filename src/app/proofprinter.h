#pragma once

#include <QPageLayout>
#include <QSizeF>
#include <QString>

class QPrinter;

namespace folio {
class Edition;
struct ProofRecord;
} // namespace folio

namespace folio::app {

// 大样 for proofreaders who mark paper: a proof printed on an office printer either at full
// size (1:1) in tiles of the printer's paper (A3, A4) that overlap, each with crop marks at the
// proof's edges, the overlap marked and a label (版, 校次, row and column), or scaled to fit
// one A3 sheet. The proof's own slug line is printed with it.
class ProofPrinter
{
public:
    enum class Mode { Tiled, ScaledToA3 };
    struct Plan
    {
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        int columns = 1;
        int rows = 1;
        int tiles() const { return columns * rows; }
    };
    static constexpr double kMarginMm = 10.0;  // room on each sheet for marks and the label
    static constexpr double kOverlapMm = 10.0; // printed on both neighbouring tiles

    // The tiles a proof page of the given size (pt) takes on a paper at 1:1: the orientation
    // that needs fewer sheets (portrait when equal).
    static Plan plan(const QSizeF &proofPage, const QPageSize &paper);

    // Prints the proof; dpi: the resolution the proof is rendered at for the printer.
    // False with error when the proof cannot be read or the printer refuses.
    static bool print(QPrinter *printer, const Edition &edition, const ProofRecord &proof,
                      Mode mode, QString *error, double dpi = 300);
};

} // namespace folio::app
