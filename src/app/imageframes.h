#pragma once

#include "core/ids.h"
#include "layout/pagelayout.h"
#include "model/frame.h"
#include "model/imageasset.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace folio {
class Edition;
}

namespace folio::app {

// Pictures in image frames: placing a JPEG or PNG (its bytes become an ImageAsset of the
// edition), fit modes, cropping by moving the picture inside its frame, the effective
// resolution at the placed size and the caption frame under a photo. Each edit is one undo
// step; on refusal nothing changes and the returned sentence says why.
class ImageFrames
{
    Q_DECLARE_TR_FUNCTIONS(ImageFrames)
public:
    // Pictures under this many pixels per inch at their placed size print soft (PRINT-PDF.md).
    static constexpr double kMinimumPpi = 150.0;

    // Checks and measures a picture file's bytes. Only JPEG and PNG are accepted; the bytes
    // must decode completely. On failure returns nullopt and a sentence in *error.
    static std::optional<ImageAsset> readAsset(const QByteArray &data, const QString &name,
                                               QString *error);
    // Places the picture in image frame `frameId` on `pageId`; without an image frame there,
    // a new frame at the picture's size (at most the type area) goes at the type area's top
    // left. *placedFrame receives the frame that holds the picture.
    static QString placeFile(Edition *edition, ObjectId pageId, ObjectId frameId,
                             const QString &path, ObjectId *placedFrame = nullptr);
    static QString placeData(Edition *edition, ObjectId pageId, ObjectId frameId,
                             const QByteArray &data, const QString &name,
                             ObjectId *placedFrame = nullptr);

    // Where the layout drew the picture of a frame (the layout is the one source of truth).
    static std::optional<QRectF> placedRect(const PageLayout &layout, ObjectId frameId);
    // Pixels per inch of the picture as placed (the lower of the two directions), 0 if none.
    static double effectivePpi(const ImageAsset &asset, const QRectF &placed);

    // Changes the fit mode. Switching to manual keeps the picture where it is now.
    static void setFit(Edition *edition, ObjectId frameId, ImageFit fit, const QRectF &placed);
    // Manual scale in percent of the picture's own size, about the frame's top left.
    static void setScale(Edition *edition, ObjectId frameId, double scale, const QRectF &placed);
    // Crops by moving the picture inside the frame by `delta` pt; the frame turns to manual
    // fit at the picture's current size so the move is exact.
    static void moveContent(Edition *edition, ObjectId frameId, const QPointF &delta,
                            const QRectF &placed);
    // A text frame under the photo with a new, empty caption story in the caption style,
    // recorded as the photo's captionFrameId. *captionFrame receives the new frame's id.
    static QString addCaption(Edition *edition, ObjectId imageFrameId,
                              ObjectId *captionFrame = nullptr);

private:
    static Frame manualAt(const Frame &frame, const ImageAsset &asset, const QRectF &placed);
};

} // namespace folio::app
