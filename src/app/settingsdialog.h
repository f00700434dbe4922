#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace folio::app {

// 编辑 → 首选项: the units of the panels (mm or pt), when autosave writes a recovery copy, the
// page template a new edition starts from and the user name others see while this user edits
// an edition, all kept in QSettings (keys `units`, `autosave/interval` in seconds with 0 = off,
// `autosave/edits` in undo-stack changes with 0 = only the interval, `newEdition/template`
// with a template key, `user/name` with empty = the login name), and the newsroom's own
// 用字检查 lists read besides Folio's default one (`wordCheck/files`, a list of paths).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The stored values, with their defaults.
    static bool usesPoints();
    static int autosaveInterval();
    static int autosaveEdits();
    static QString defaultTemplate();
    static QString userName();
    static QStringList wordListFiles();
    static void setWordListFiles(const QStringList &files);

    // Writes the fields to QSettings (the dialog calls it when accepted).
    void save() const;

    QComboBox *unitsBox() const { return m_units; }
    QSpinBox *autosaveField() const { return m_autosave; }
    QSpinBox *autosaveEditsField() const { return m_autosaveEdits; }
    QComboBox *templateBox() const { return m_template; }
    QLineEdit *userNameField() const { return m_userName; }
    QListWidget *wordListsField() const { return m_wordLists; }

private:
    QComboBox *m_units;
    QSpinBox *m_autosave;
    QSpinBox *m_autosaveEdits;
    QComboBox *m_template;
    QLineEdit *m_userName;
    QListWidget *m_wordLists;
};

} // namespace folio::app
