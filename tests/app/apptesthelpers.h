#pragma once

#include <QPoint>
#include <QPointF>
#include <QString>
#include <QtCore/qnamespace.h>

class QWidget;

namespace folio {
class Edition;
struct Frame;
} // namespace folio

namespace folio::app {
class PageView;
}

namespace folio::app::test {

// The first frame of the edition called name, or nullptr.
const Frame *frameNamed(const Edition *edition, const QString &name);

// Scrolls so that page point pt is in the middle of the viewport; returns its pixel.
QPoint reveal(PageView *view, const QPointF &pt);

// A left-button drag from one pixel to another through the midpoint, the modifiers held at
// press and release.
void drag(QWidget *w, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {});

// Keeps the test's settings (recent files, window state, preferences) in settingsDir as an INI
// file, away from the user's, under the organisation FolioTest and the given application name.
void isolateSettings(const QString &settingsDir, const QString &applicationName);

} // namespace folio::app::test
