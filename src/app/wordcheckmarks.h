#pragma once

#include "app/hitlocator.h"
#include "core/ids.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QRectF>
#include <memory>

class QPainter;
class QTransform;

namespace folio {
class Edition;
struct PageLayout;
} // namespace folio

namespace folio::app {

class WordCheckPanel;

// The red wavy lines under the word check's hits on the page view (PageView::addPageMarks):
// screen only, drawn over the composed page and never part of its PageLayout, so render/'s
// export, printing and proofs never see them. The glyph boxes of a page are found once per
// layout and list of hits.
class WordCheckMarks
{
public:
    explicit WordCheckMarks(const WordCheckPanel *panel);

    void setEdition(const Edition *edition, LayoutSource layouts);
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // The hits changed: every page's boxes are found again.
    void invalidate();

    // The boxes (page pt) underlined on a page.
    QList<QRectF> boxes(ObjectId pageId);
    void paint(QPainter &p, ObjectId pageId, const QTransform &toDevice);

    static QColor color();

private:
    struct PageBoxes
    {
        std::weak_ptr<const PageLayout> layout;
        QList<QRectF> boxes;
    };

    const WordCheckPanel *m_panel;
    const Edition *m_edition = nullptr;
    LayoutSource m_layouts;
    bool m_enabled = true;
    QHash<ObjectId, PageBoxes> m_pages;
};

} // namespace folio::app
