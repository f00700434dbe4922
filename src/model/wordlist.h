#pragma once

#include "model/textsearch.h"

#include <QHash>
#include <QList>
#include <QString>

namespace folio {

class Edition;
struct Story;

// One entry of a word-check list: a wrong word and its correction, or a word only to flag
// (suggestion empty), with the file and line it came from.
struct WordEntry
{
    QString word;
    QString suggestion;
    QString source;
    int line = 0;
};

// 用字检查: the newsroom's lists of wrong → right pairs and words to flag, in plain UTF-8 files,
// one entry per line (docs/word-check.md):
//   按装 -> 安装        a wrong word and what replaces it (→ or => work too)
//   一股作气 → 一鼓作气
//   有关部门            a word only flagged
//   # a comment         whole-line or after whitespace
// Checking finds every entry in a story, the longest entry first at each place, hits not
// overlapping. Shared by the app's 用字检查 dock and `folio-cli check`.
class WordList
{
public:
    // The list Folio ships (resources/wordcheck/default.txt, compiled in).
    static WordList defaultList();

    // Reads a list file and adds its entries. False with error naming the file (and the line)
    // when it is missing, unreadable, not UTF-8 text or has a malformed line; nothing is added
    // then.
    bool load(const QString &path, QString *error);
    // The same for bytes already read; source names them in messages.
    bool parse(const QByteArray &bytes, const QString &source, QString *error);

    const QList<WordEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Every hit in the text (plainText() offsets), ordered by offset; hit.replacement is the
    // suggestion, empty for a flagged word.
    QList<StoryHit> check(const QString &text, ObjectId storyId = 0) const;
    QList<StoryHit> check(const Story &story) const;
    // Every story of the edition, in its order.
    QList<StoryHit> check(const Edition &edition) const;

private:
    void index();

    QList<WordEntry> m_entries;
    // Entries by first character, longest first; rebuilt when entries are added.
    QHash<QChar, QList<int>> m_byFirst;
};

} // namespace folio
