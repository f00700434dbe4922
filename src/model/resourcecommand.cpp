#include "model/resourcecommand.h"

namespace folio {

namespace {
template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;
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
    c->m_after = value;
    return c;
}

ResourceCommand *ResourceCommand::remove(Edition *edition, const Value &kindAndId,
                                         const QString &text)
{
    auto *c = new ResourceCommand(edition, text);
    c->m_key = kindAndId;
    c->m_before = c->current(kindAndId);
    return c;
}

void ResourceCommand::apply(const std::optional<Value> &value, const Value &key)
{
    Edition *e = m_edition;
    if (value) {
        std::visit(Overloaded{
                       [e](const ParagraphStyle &v) { e->putParagraphStyle(v); },
                       [e](const CharacterStyle &v) { e->putCharacterStyle(v); },
                       [e](const Swatch &v) { e->putSwatch(v); },
                       [e](const ImageAsset &v) { e->putImage(v); },
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
    apply(m_after, m_key);
}

void ResourceCommand::undo()
{
    apply(m_before, m_key);
}

} // namespace folio
