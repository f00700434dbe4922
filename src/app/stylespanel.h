#pragma once

#include "core/ids.h"

#include <QWidget>

class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace folio {
class Edition;
}

namespace folio::app {

class CharacterStyleForm;
class ParagraphStyleForm;

// The 样式 dock: the edition's paragraph and character styles as based-on trees, with new,
// delete and apply, and the form of the current style. Every change is one undo step of
// ResourceCommands (StyleActions); applying asks the story editor to set the style on its
// current paragraph or selection.
class StylesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StylesPanel(QWidget *parent = nullptr);

    void setEdition(Edition *edition);
    ObjectId currentParagraphStyle() const;
    ObjectId currentCharacterStyle() const;
    void setCurrentParagraphStyle(ObjectId id);
    void setCurrentCharacterStyle(ObjectId id);

    ParagraphStyleForm *paragraphForm() const { return m_paragraphForm; }
    CharacterStyleForm *characterForm() const { return m_characterForm; }
    QTreeWidget *paragraphTree() const { return m_paragraphs; }
    QTreeWidget *characterTree() const { return m_characters; }

    // The buttons' work, for keyboard users and tests.
    ObjectId newParagraphStyle();
    ObjectId newCharacterStyle();
    void removeCurrentStyle();
    void applyCurrentStyle();

Q_SIGNALS:
    void applyParagraphStyle(folio::ObjectId styleId);
    void applyCharacterStyle(folio::ObjectId styleId);
    void message(const QString &text);

private:
    void reload();
    void showCurrent();
    void report(const QString &problem);
    bool paragraphTab() const;

    Edition *m_edition = nullptr;
    QTabWidget *m_tabs;
    QTreeWidget *m_paragraphs;
    QTreeWidget *m_characters;
    ParagraphStyleForm *m_paragraphForm;
    CharacterStyleForm *m_characterForm;
    QPushButton *m_new;
    QPushButton *m_remove;
    QPushButton *m_apply;
};

} // namespace folio::app
