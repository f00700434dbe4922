#include "app/usertemplates.h"

#include "core/units.h"
#include "model/edition.h"

#include <QSettings>
#include <QUuid>

namespace folio::app {

namespace {
const QString kGroup = QStringLiteral("templates/user");
const QString kPrefix = QStringLiteral("user-");
} // namespace

std::unique_ptr<Edition> UserTemplates::newEdition(const PageTemplate &pageTemplate)
{
    auto edition = Edition::createDefault();
    Page page = pageTemplate.makePage();
    page.id = edition->newId();
    edition->insertPage(0, page);
    return edition;
}

bool UserTemplates::isUserKey(const QString &key)
{
    return key.startsWith(kPrefix);
}

QString UserTemplates::newKey()
{
    return kPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<PageTemplate> UserTemplates::load()
{
    QList<PageTemplate> out;
    QSettings settings;
    const int n = settings.beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        PageTemplate t;
        t.key = settings.value(QStringLiteral("key")).toString();
        t.name = settings.value(QStringLiteral("name")).toString();
        // Sizes are stored in pt, as the model keeps them: no rounding through mm.
        t.size = QSizeF(settings.value(QStringLiteral("width")).toDouble(),
                        settings.value(QStringLiteral("height")).toDouble());
        t.margins = QMarginsF(settings.value(QStringLiteral("marginLeft")).toDouble(),
                              settings.value(QStringLiteral("marginTop")).toDouble(),
                              settings.value(QStringLiteral("marginRight")).toDouble(),
                              settings.value(QStringLiteral("marginBottom")).toDouble());
        t.grid.columns = settings.value(QStringLiteral("columns"), 1).toInt();
        t.grid.gutter = settings.value(QStringLiteral("gutter"), 9.0).toDouble();
        t.grid.characterGrid = settings.value(QStringLiteral("characterGrid"), false).toBool();
        t.grid.gridFontSize = settings.value(QStringLiteral("gridFontSize"), 9.0).toDouble();
        t.grid.gridLeading = settings.value(QStringLiteral("gridLeading"), 13.5).toDouble();
        // A damaged entry is left out rather than offered as a page nobody can use.
        if (!isUserKey(t.key) || t.name.isEmpty() || t.size.isEmpty() || t.grid.columns < 1 ||
            t.grid.gridFontSize <= 0 || t.grid.gridLeading <= 0)
            continue;
        out.append(t);
    }
    settings.endArray();
    return out;
}

void UserTemplates::save(const QList<PageTemplate> &templates)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup);
    int i = 0;
    for (const PageTemplate &t : templates) {
        if (t.name.trimmed().isEmpty() || t.size.isEmpty() || !isUserKey(t.key))
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(QStringLiteral("key"), t.key);
        settings.setValue(QStringLiteral("name"), t.name.trimmed());
        settings.setValue(QStringLiteral("width"), t.size.width());
        settings.setValue(QStringLiteral("height"), t.size.height());
        settings.setValue(QStringLiteral("marginLeft"), t.margins.left());
        settings.setValue(QStringLiteral("marginTop"), t.margins.top());
        settings.setValue(QStringLiteral("marginRight"), t.margins.right());
        settings.setValue(QStringLiteral("marginBottom"), t.margins.bottom());
        settings.setValue(QStringLiteral("columns"), t.grid.columns);
        settings.setValue(QStringLiteral("gutter"), t.grid.gutter);
        settings.setValue(QStringLiteral("characterGrid"), t.grid.characterGrid);
        settings.setValue(QStringLiteral("gridFontSize"), t.grid.gridFontSize);
        settings.setValue(QStringLiteral("gridLeading"), t.grid.gridLeading);
    }
    settings.endArray();
}

QList<PageTemplate> UserTemplates::all()
{
    return PageTemplate::builtIns() + load();
}

PageTemplate UserTemplates::byKey(const QString &key, bool *ok)
{
    for (const PageTemplate &t : all()) {
        if (t.key == key) {
            if (ok)
                *ok = true;
            return t;
        }
    }
    return PageTemplate::byKey(key, ok);
}

} // namespace folio::app
