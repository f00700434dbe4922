#pragma once

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

// Every fuzz target defines these two; the libFuzzer driver (FOLIO_FUZZ builds) or the replay
// driver (fuzzreplay.cpp, ordinary builds) calls them.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace folio::fuzz {

// Fonts, codecs and the SQLite plugin need an application object; one for the whole process.
inline void ensureApplication(int *argc, char ***argv)
{
    if (QCoreApplication::instance())
        return;
    static int count = 1;
    static char name[] = "folio-fuzz";
    static char *args[] = {name, nullptr};
    (void)argc;
    (void)argv;
    new QCoreApplication(count, args);
}

} // namespace folio::fuzz
