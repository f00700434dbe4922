#include "proof/textdiff.h"

#include <algorithm>
#include <vector>

namespace folio::proof {

QList<TextDiff::Hunk> TextDiff::diff(QStringView a, QStringView b)
{
    // Common prefix and suffix first: most proofs differ in a few places.
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const QStringView x = a.mid(prefix, a.size() - prefix - suffix);
    const QStringView y = b.mid(prefix, b.size() - prefix - suffix);
    const int n = int(x.size());
    const int m = int(y.size());
    const int max = n + m;
    if (max == 0)
        return {};

    // Forward search; the V array of every step is kept for the backtrack (D² ints in all).
    // Step d keeps k = -d-1 .. d+1, so at d = max (nothing in common) V needs 2·max + 3 slots.
    std::vector<std::vector<int>> trace;
    std::vector<int> v(size_t(2 * max + 3), 0);
    const int offset = max + 1;
    int steps = -1;
    for (int d = 0; d <= max && steps < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (int k = -d; k <= d; k += 2) {
            int px;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                px = v[size_t(offset + k + 1)]; // down: an insertion
            else
                px = v[size_t(offset + k - 1)] + 1; // right: a deletion
            int py = px - k;
            while (px < n && py < m && x[px] == y[py])
                ++px, ++py;
            v[size_t(offset + k)] = px;
            if (px >= n && py >= m) {
                steps = d;
                break;
            }
        }
    }

    // Backtrack into single edits, then join neighbours into hunks.
    struct Edit
    {
        bool insert;
        int oldAt;
        int newAt;
    };
    std::vector<Edit> edits;
    int px = n;
    int py = m;
    // Each step back: the snake (equal characters) back to the edit, then the edit itself.
    for (int d = steps; d > 0; --d) {
        const std::vector<int> &vd = trace[size_t(d)]; // V before step d, indexed k + d + 1
        const auto at = [&](int k) { return vd[size_t(k + d + 1)]; };
        const int k = px - py;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        edits.push_back(down ? Edit{true, prevX, prevY} : Edit{false, prevX, prevY});
        px = prevX;
        py = prevY;
    }
    std::reverse(edits.begin(), edits.end());
    QList<Hunk> hunks;
    for (const Edit &e : edits) {
        Hunk h{prefix + e.oldAt, e.insert ? 0 : 1, prefix + e.newAt, e.insert ? 1 : 0};
        if (!hunks.isEmpty()) {
            Hunk &last = hunks.last();
            if (last.oldStart + last.oldLength == h.oldStart &&
                last.newStart + last.newLength == h.newStart) {
                last.oldLength += h.oldLength;
                last.newLength += h.newLength;
                continue;
            }
        }
        hunks.append(h);
    }
    return hunks;
}

int TextDiff::changedCharacters(const QList<Hunk> &hunks)
{
    int n = 0;
    for (const Hunk &h : hunks)
        n += std::max(h.oldLength, h.newLength);
    return n;
}

} // namespace folio::proof
