#pragma once

#include "model/characterstyle.h"
#include "model/edition.h"
#include "model/imageasset.h"
#include "model/paragraphstyle.h"
#include "model/swatch.h"

#include <QUndoCommand>
#include <optional>
#include <variant>

namespace folio {

// Adds, removes or changes one of the edition's shared resources: a paragraph or character
// style, a swatch, an image asset, the edition's info or its export settings.
class ResourceCommand : public QUndoCommand
{
public:
    using Value = std::variant<ParagraphStyle, CharacterStyle, Swatch, ImageAsset, EditionInfo,
                               ExportSettings>;

    // Inserts or replaces the value (by id for the kinds that have one).
    static ResourceCommand *put(Edition *edition, const Value &value, const QString &text);
    // Removes a style, swatch or image by id; the kind is taken from the example value.
    static ResourceCommand *remove(Edition *edition, const Value &kindAndId, const QString &text);

    void undo() override;
    void redo() override;

private:
    ResourceCommand(Edition *edition, const QString &text);
    std::optional<Value> current(const Value &kindAndId) const;
    int currentIndex(const Value &kindAndId) const;
    void apply(const std::optional<Value> &value, const Value &kindAndId, int index);

    Edition *m_edition;
    std::optional<Value> m_before;
    int m_indexBefore = -1; // place in its list, restored by undo
    std::optional<Value> m_after;
    Value m_key;
};

} // namespace folio
