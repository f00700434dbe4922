#include "model/resourcecommand.h"

namespace folio {

namespace {
template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

template <typename T> int indexIn(const QList<T> &list, ObjectId id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}
} // namespace

ResourceCommand::ResourceCommand(Edition *edition, const QString &text)
    : QUndoCommand(text), m_edition(edition)
{}

std::optional<ResourceCommand::Value> ResourceCommand::current(const Value &key) const
{
    const Edition *e = m_edition;
    return std::visit(
        Overloaded{
            [e](const ParagraphStyle &v) -> std::optional<Value> {
                if (auto *s = e->paragraphStyle(v.id))
                    return Value(*s);
                return std::nullopt;
            },
            [e](const CharacterStyle &v) -> std::optional<Value> {
                if (auto *s = e->characterStyle(v.id))
                    return Value(*s);
                return std::nullopt;
            },
            [e](const Swatch &v) -> std::optional<Value> {
                if (auto *s = e->swatch(v.id))
                    return Value(*s);
                return std::nullopt;
            },
            [e](const ImageAsset &v) -> std::optional<Value> {
                if (auto *s = e->image(v.id))
                    return Value(*s);
                return std::nullopt;
            },
            [e](const EditionInfo &) -> std::optional<Value> { return Value(e->info()); },
            [e](const ExportSettings &) -> std::optional<Value> {
                return Value(e->exportSettings());
            },
        },
        key);
}

ResourceCommand *ResourceCommand::put(Edition *edition, const Value &value, const QString &text)
{
    auto *c = new ResourceCommand(edition, text);
    c->m_key = value;
    c->m_before = c->current(value);
    c->m_indexBefore = c->currentIndex(value);
    c->m_after = value;
    return c;
}

ResourceCommand *ResourceCommand::remove(Edition *edition, const Value &kindAndId,
                                         const QString &text)
{
    auto *c = new ResourceCommand(edition, text);
    c->m_key = kindAndId;
    c->m_before = c->current(kindAndId);
    c->m_indexBefore = c->currentIndex(kindAndId);
    return c;
}

int ResourceCommand::currentIndex(const Value &key) const
{
    const Edition *e = m_edition;
    return std::visit(
        Overloaded{
            [e](const ParagraphStyle &v) { return indexIn(e->paragraphStyles(), v.id); },
            [e](const CharacterStyle &v) { return indexIn(e->characterStyles(), v.id); },
            [e](const Swatch &v) { return indexIn(e->swatches(), v.id); },
            [e](const ImageAsset &v) { return indexIn(e->images(), v.id); },
            [](const EditionInfo &) { return -1; },
            [](const ExportSettings &) { return -1; },
        },
        key);
}

void ResourceCommand::apply(const std::optional<Value> &value, const Value &key, int index)
{
    Edition *e = m_edition;
    if (value) {
        std::visit(Overloaded{
                       [e, index](const ParagraphStyle &v) { e->putParagraphStyle(v, index); },
                       [e, index](const CharacterStyle &v) { e->putCharacterStyle(v, index); },
                       [e, index](const Swatch &v) { e->putSwatch(v, index); },
                       [e, index](const ImageAsset &v) { e->putImage(v, index); },
                       [e](const EditionInfo &v) { e->setInfo(v); },
                       [e](const ExportSettings &v) { e->setExportSettings(v); },
                   },
                   *value);
        return;
    }
    std::visit(Overloaded{
                   [e](const ParagraphStyle &v) { e->eraseParagraphStyle(v.id); },
                   [e](const CharacterStyle &v) { e->eraseCharacterStyle(v.id); },
                   [e](const Swatch &v) { e->eraseSwatch(v.id); },
                   [e](const ImageAsset &v) { e->eraseImage(v.id); },
                   [](const EditionInfo &) {},
                   [](const ExportSettings &) {},
               },
               key);
}

void ResourceCommand::redo()
{
    apply(m_after, m_key, -1);
}

void ResourceCommand::undo()
{
    apply(m_before, m_key, m_indexBefore);
}

} // namespace folio
