#include "model/wordlist.h"

#include "model/edition.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>

namespace folio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::WordList", text);
}

// The arrows a list may use between the wrong word and its correction.
const QStringList &arrows()
{
    static const QStringList list{QStringLiteral("->"), QStringLiteral("=>"),
                                  QString(QChar(0x2192))};
    return list;
}

// A comment starts at '#' at the beginning of a line or after whitespace.
QString withoutComment(const QString &line)
{
    for (int i = 0; i < line.size(); ++i)
        if (line.at(i) == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace()))
            return line.left(i);
    return line;
}

} // namespace

WordList WordList::defaultList()
{
    WordList list;
    QFile file(QStringLiteral(":/folio/wordcheck/default.txt"));
    QString error;
    if (file.open(QIODevice::ReadOnly))
        list.parse(file.readAll(), tr("内置词表"), &error);
    return list;
}

bool WordList::load(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("用字检查词表 %1 不存在").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("用字检查词表 %1 不是文件").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("无法读取用字检查词表 %1：%2").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), path, error);
}

bool WordList::parse(const QByteArray &bytes, const QString &source, QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.contains('\0')) {
        *error = tr("用字检查词表 %1 不是 UTF-8 文本").arg(source);
        return false;
    }
    QList<WordEntry> added;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = withoutComment(lines[i]).trimmed();
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line = line.mid(1).trimmed();
        if (line.isEmpty())
            continue;
        WordEntry entry;
        entry.source = source;
        entry.line = i + 1;
        qsizetype at = -1;
        QString arrow;
        for (const QString &a : arrows()) {
            at = line.indexOf(a);
            if (at >= 0) {
                arrow = a;
                break;
            }
        }
        if (at >= 0) {
            entry.word = line.left(at).trimmed();
            entry.suggestion = line.mid(at + arrow.size()).trimmed();
            if (entry.word.isEmpty() || entry.suggestion.isEmpty()) {
                *error = tr("用字检查词表 %1 第 %2 行：“%3”两边都要有词（错词 -> 正词）")
                             .arg(source)
                             .arg(i + 1)
                             .arg(line);
                return false;
            }
        } else {
            entry.word = line;
        }
        if (entry.word.contains(QLatin1Char('\t')) ||
            entry.suggestion.contains(QLatin1Char('\t'))) {
            *error = tr("用字检查词表 %1 第 %2 行：词里不能有制表符").arg(source).arg(i + 1);
            return false;
        }
        added.append(entry);
    }
    m_entries += added;
    index();
    return true;
}

void WordList::index()
{
    m_byFirst.clear();
    for (int i = 0; i < m_entries.size(); ++i)
        m_byFirst[m_entries[i].word.at(0)].append(i);
    for (auto &list : m_byFirst)
        std::stable_sort(list.begin(), list.end(), [this](int a, int b) {
            return m_entries[a].word.size() > m_entries[b].word.size();
        });
}

QList<StoryHit> WordList::check(const QString &text, ObjectId storyId) const
{
    QList<StoryHit> hits;
    if (m_byFirst.isEmpty())
        return hits;
    for (int i = 0; i < text.size();) {
        const auto it = m_byFirst.constFind(text.at(i));
        int advance = 1;
        if (it != m_byFirst.constEnd()) {
            for (int e : *it) {
                const WordEntry &entry = m_entries[e];
                if (QStringView(text).mid(i).startsWith(entry.word)) {
                    hits.append(
                        StoryHit{storyId, i, int(entry.word.size()), entry.word, entry.suggestion});
                    advance = int(entry.word.size());
                    break;
                }
            }
        }
        i += advance;
    }
    return hits;
}

QList<StoryHit> WordList::check(const Story &story) const
{
    return check(story.plainText(), story.id);
}

QList<StoryHit> WordList::check(const Edition &edition) const
{
    QList<StoryHit> hits;
    for (const Story &story : edition.stories())
        hits += check(story);
    return hits;
}

} // namespace folio
