#pragma once

#include <QList>
#include <QStringView>

namespace folio::proof {

// Myers' O((N+M)·D) difference of two texts, character by character (UTF-16 units): the
// shortest edit script as hunks of deleted and inserted characters, in order.
class TextDiff
{
public:
    struct Hunk
    {
        int oldStart = 0;
        int oldLength = 0; // characters deleted from the old text
        int newStart = 0;
        int newLength = 0; // characters inserted in the new text
        bool operator==(const Hunk &) const = default;
    };

    static QList<Hunk> diff(QStringView oldText, QStringView newText);
    // Characters changed in a hunk: a replaced character counts once.
    static int changedCharacters(const QList<Hunk> &hunks);
};

} // namespace folio::proof
