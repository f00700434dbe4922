#pragma once

#include "app/pageimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace folio::app {

// Asks what 导入版面 needs: the story text file, the page template (对开 8 栏 / 四开 6 栏), the
// new page's section and 版次. It only collects the request; PageImport does the work.
class ImportPageDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPageDialog(const Edition *edition, const QString &section, QWidget *parent = nullptr);

    PageImport::Request request() const;
    void setPath(const QString &path);

private:
    void browse();
    void updateButtons();

    QLineEdit *m_path;
    QComboBox *m_template;
    QLineEdit *m_section;
    QSpinBox *m_number;
    QDialogButtonBox *m_buttons;
};

} // namespace folio::app
