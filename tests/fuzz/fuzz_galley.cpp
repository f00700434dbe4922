// A galley proof of the bytes: GalleyComposer with options taken from the first two bytes
// (column width, columns, kinsoku level, typeface), the rest as UTF-8 text.
#include "fuzzsupport.h"
#include "layout/galleycomposer.h"

#include <QString>

using namespace folio;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    GalleyOptions options;
    options.columnChars = 1 + data[0] % 40;
    options.columns = 1 + data[1] % 4;
    options.kinsoku = static_cast<text::Kinsoku>((data[1] >> 2) % 3);
    if (data[1] & 0x10)
        options.fontFamily = QStringLiteral("LXGW WenKai");
    options.indent = (data[1] & 0x20) ? 0.0 : 2.0;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    Diagnostics diagnostics;
    GalleyComposer::composeText(text, options, &diagnostics);
    return 0;
}
