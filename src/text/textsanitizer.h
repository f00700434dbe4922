#pragma once

#include "core/diagnostic.h"
#include "text/textstyle.h"

#include <QList>
#include <QString>

namespace folio::text {

// Turns untrusted input into text the composer can rely on: valid UTF-16, no control
// characters (bytes from a file are decoded by TextDecoder first). Every repair is reported
// as a Diagnostic, never done silently.
class TextSanitizer
{
public:
    // Drops control characters (a tab becomes a space) and replaces lone surrogates with
    // U+FFFD. When runs are given they are remapped to the cleaned text.
    static QString sanitize(const QString &text, QList<StyleRun> *runs = nullptr,
                            Diagnostics *diagnostics = nullptr);
};

} // namespace folio::text
