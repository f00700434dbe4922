#pragma once

#include "model/frame.h"

#include <QUndoCommand>
#include <optional>

namespace folio {

class Edition;

// Adds, removes or changes one frame. Holds the frame before and after, so undo is exact.
class FrameCommand : public QUndoCommand
{
public:
    static FrameCommand *add(Edition *edition, ObjectId pageId, const Frame &frame);
    static FrameCommand *remove(Edition *edition, ObjectId frameId);
    // Changes the frame with after.id; pageId moves it to another page (0: stays).
    static FrameCommand *change(Edition *edition, const Frame &after, const QString &text,
                                ObjectId pageId = 0);

    void undo() override;
    void redo() override;
    int id() const override { return 1001; }
    bool mergeWith(const QUndoCommand *other) override;
    // Consecutive changes of one frame merge when marked mergeable (arrow-key nudges, drags).
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }

private:
    FrameCommand(Edition *edition, const QString &text);
    static void apply(Edition *e, ObjectId pageId, const std::optional<Frame> &frame, ObjectId id,
                      int index);

    Edition *m_edition;
    ObjectId m_frameId = 0;
    ObjectId m_pageBefore = 0;
    ObjectId m_pageAfter = 0;
    int m_indexBefore = -1; // place in its page's frame list, restored by undo
    std::optional<Frame> m_before;
    std::optional<Frame> m_after;
    bool m_mergeable = false;
};

} // namespace folio
