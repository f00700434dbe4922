#pragma once

#include <QCoreApplication>
#include <QString>

namespace folio::app {

class MainWindow;

// Where `folio` started without a file picks up: the edition the last window closed on, at
// the page it showed (the zoom is the window's `view/zoom`). QSettings `session/file` (empty:
// the edition was never saved), `session/page` (0-based) and `session/started`.
class LastSession
{
    Q_DECLARE_TR_FUNCTIONS(LastSession)
public:
    // Called when the window closes on purpose.
    static void remember(const QString &filePath, int pageIndex);
    // The very first start shows the sample edition; later starts reopen the last file at its
    // page, or show the sample and say so when that file is gone, or a new empty edition
    // when the last one was never saved.
    static void restore(MainWindow *window);
};

} // namespace folio::app
