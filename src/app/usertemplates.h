#pragma once

#include "model/pagetemplate.h"

#include <QList>
#include <QString>
#include <memory>

namespace folio {
class Edition;
}

namespace folio::app {

// Page templates made in 版面 → 版式模板…, kept in QSettings (`templates/user`) beside the
// built-in ones (对开 8 栏, 四开 6 栏), which cannot be changed. User keys start with "user-".
class UserTemplates
{
public:
    static QList<PageTemplate> load();
    // Replaces the stored list; templates without a name or a size are skipped.
    static void save(const QList<PageTemplate> &templates);
    // The built-ins first, then the user's, as 新建版面 offers them.
    static QList<PageTemplate> all();
    // A built-in or user template; unknown keys give the broadsheet and *ok = false.
    static PageTemplate byKey(const QString &key, bool *ok = nullptr);
    static bool isUserKey(const QString &key);
    // A new edition with the standard styles and one empty page of the template (新建).
    static std::unique_ptr<Edition> newEdition(const PageTemplate &pageTemplate);
    static QString newKey();
};

} // namespace folio::app
