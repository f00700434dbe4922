#pragma once

#include "model/page.h"

#include <QUndoCommand>
#include <optional>

namespace folio {

class Edition;

// Adds, removes, changes (status, grid, size) or moves a page, with its frames.
class PageCommand : public QUndoCommand
{
public:
    static PageCommand *add(Edition *edition, int index, const Page &page);
    static PageCommand *remove(Edition *edition, ObjectId pageId);
    static PageCommand *change(Edition *edition, const Page &after, const QString &text);
    static PageCommand *move(Edition *edition, int from, int to);

    void undo() override;
    void redo() override;

private:
    enum class Kind { Put, Move };
    PageCommand(Edition *edition, Kind kind, const QString &text);
    void apply(int index, const std::optional<Page> &page);

    Edition *m_edition;
    Kind m_kind;
    ObjectId m_pageId = 0;
    int m_indexBefore = -1;
    int m_indexAfter = -1;
    std::optional<Page> m_before;
    std::optional<Page> m_after;
};

} // namespace folio
