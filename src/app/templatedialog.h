#pragma once

#include "model/pagetemplate.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace folio::app {

// 版面 → 版式模板…: the built-in templates (read only) and the user's, whose size and
// margins (mm), columns, gutter (mm or 字) and character grid can be edited. 确定 stores the
// user templates in QSettings (UserTemplates); 新建版面 and the preferences offer them.
class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateDialog(QWidget *parent = nullptr);

    // The user templates as edited so far (what 确定 saves).
    QList<PageTemplate> userTemplates() const;
    // Adds a copy of the current template as a new user template and selects it.
    void addCopy();
    void removeCurrent();
    void selectTemplate(const QString &key);
    QString currentKey() const;

    void accept() override;

private:
    void rebuildList(const QString &select);
    void showTemplate(const PageTemplate &t);
    void updateSummary(const PageTemplate &t);
    PageTemplate formTemplate() const;
    void storeForm();
    void updateGutterUnit();
    PageTemplate *current();

    QList<PageTemplate> m_builtIns;
    QList<PageTemplate> m_user;
    QString m_currentKey;
    bool m_loading = false;
    bool m_gutterInCharacters = false;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_hint;
    QLineEdit *m_name;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QDoubleSpinBox *m_top;
    QDoubleSpinBox *m_bottom;
    QDoubleSpinBox *m_left;
    QDoubleSpinBox *m_right;
    QSpinBox *m_columns;
    QDoubleSpinBox *m_gutter;
    QComboBox *m_gutterUnit;
    QCheckBox *m_characterGrid;
    QDoubleSpinBox *m_gridFontSize;
    QDoubleSpinBox *m_gridLeading;
    QLabel *m_summary;
};

} // namespace folio::app
