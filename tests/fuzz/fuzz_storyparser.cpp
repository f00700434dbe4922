// Decoding and story recognition of a page of text: TextDecoder, StoryParser, StoryBuilder.
#include "fuzzsupport.h"
#include "ingest/storybuilder.h"
#include "ingest/storyparser.h"
#include "model/edition.h"
#include "text/textdecoder.h"

#include <QByteArray>

using namespace folio;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const text::DecodedText decoded = text::TextDecoder::decode(bytes);
    if (!decoded.ok)
        return 0;
    const ingest::ParsedPage page = ingest::StoryParser::parse(decoded.text);
    auto edition = Edition::createDefault();
    const ingest::BuiltStories built = ingest::StoryBuilder::build(page, *edition);
    // Every parsed story becomes one model story.
    if (built.stories.size() != page.stories.size())
        __builtin_trap();
    return 0;
}
