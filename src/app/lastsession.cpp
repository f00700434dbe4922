#include "app/lastsession.h"

#include "app/editiondocument.h"
#include "app/mainwindow.h"
#include "app/pageview.h"
#include "app/settingsdialog.h"
#include "app/usertemplates.h"
#include "model/edition.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

namespace folio::app {

namespace {
const QString kFile = QStringLiteral("session/file");
const QString kPage = QStringLiteral("session/page");
const QString kStarted = QStringLiteral("session/started");
} // namespace

void LastSession::remember(const QString &filePath, int pageIndex)
{
    QSettings settings;
    settings.setValue(kFile, filePath);
    settings.setValue(kPage, qMax(0, pageIndex));
}

void LastSession::restore(MainWindow *window)
{
    QSettings settings;
    const bool firstStart = !settings.value(kStarted, false).toBool();
    settings.setValue(kStarted, true);
    const QString file = settings.value(kFile).toString();
    if (firstStart) {
        window->openSample();
        return;
    }
    if (file.isEmpty()) {
        window->document()->reset(
            UserTemplates::newEdition(UserTemplates::byKey(SettingsDialog::defaultTemplate())));
        return;
    }
    if (!QFileInfo::exists(file)) {
        window->openSample();
        window->statusBar()->showMessage(
            tr("上次的版面 %1 已不存在，显示的是示例版面").arg(QDir::toNativeSeparators(file)),
            20000);
        return;
    }
    if (!window->openFile(file)) {
        window->openSample(); // openFile said why
        return;
    }
    const QList<Page> &pages = window->document()->edition()->pages();
    const int index = settings.value(kPage, 0).toInt();
    if (index >= 0 && index < pages.size())
        window->pageView()->scrollToPage(pages[index].id);
}

} // namespace folio::app
