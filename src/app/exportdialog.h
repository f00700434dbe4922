#pragma once

#include "core/diagnostic.h"
#include "core/ids.h"
#include "model/exportsettings.h"

#include <QDialog>
#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace folio {
class Edition;
}

namespace folio::app {

class LayoutCache;

// 文件 → 导出 PDF/X: the print export's options (standard, output condition, bleed, crop marks,
// slug line, file name pattern and version, pages, target folder), kept in the edition's
// ExportSettings as one undoable step when they change. Exporting runs preflight first, asks
// before writing over errors, then writes one file per page with a progress dialog.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Pages { All, Current, Range };

    ExportDialog(Edition *edition, LayoutCache *layouts, ObjectId currentPageId,
                 QWidget *parent = nullptr);

    ExportSettings settings() const;
    void setSettings(const ExportSettings &settings);
    Pages pages() const;
    void setPages(Pages pages, const QString &range = {});
    QString folder() const;
    void setFolder(const QString &folder);

    // Puts the dialog's settings into the edition (one ResourceCommand) when they differ;
    // true when a command was pushed.
    bool storeSettings();
    // The whole export: checks, stores the settings, preflight, asks, writes. True when every
    // chosen page was written; message() says what happened either way.
    bool exportPages();
    QString message() const;
    const QStringList &writtenFiles() const { return m_written; }

    // Asked when preflight finds errors; true writes anyway. The default asks the user (and
    // refuses where no one can answer, offscreen).
    using ErrorConfirmation = std::function<bool(const Diagnostics &findings)>;
    void setErrorConfirmation(ErrorConfirmation confirm) { m_confirmErrors = std::move(confirm); }

    void accept() override;

private:
    QWidget *createStandardGroup();
    QWidget *createMarksGroup();
    QWidget *createFilesGroup();
    QWidget *createPagesGroup();
    void browseProfile();
    void browseFolder();
    void updateState();
    void setMessage(const QString &text, bool error);
    bool askToOverwrite(const QStringList &existing);
    // Pages that may not go to the plant: asks for an override reason; false to stop.
    bool askAboutSignOff(const QStringList &problems, QString *reason);
    bool askAboutErrors(const Diagnostics &findings);
    QList<ObjectId> chosenPages(QString *error) const;

    Edition *m_edition;
    LayoutCache *m_layouts;
    ObjectId m_currentPageId;
    ExportSettings m_base; // fields the dialog does not show (ink limit) pass through
    ErrorConfirmation m_confirmErrors;
    QStringList m_written;

    QComboBox *m_standard;
    QRadioButton *m_registered;
    QRadioButton *m_profile;
    QLineEdit *m_conditionId;
    QLineEdit *m_condition;
    QLineEdit *m_profilePath;
    QPushButton *m_profileBrowse;
    QLabel *m_standardHint;
    QDoubleSpinBox *m_bleed;
    QCheckBox *m_cropMarks;
    QCheckBox *m_slugLine;
    QLineEdit *m_pattern;
    QSpinBox *m_version;
    QLabel *m_preview;
    QLineEdit *m_folder;
    QButtonGroup *m_pageGroup;
    QLineEdit *m_range;
    QLabel *m_message;
    QPushButton *m_exportButton;
};

} // namespace folio::app
