#include "proof/noteactions.h"
#include "proof/noteanchor.h"
#include "proof/proofcomparer.h"
#include "proof/proofdocument.h"
#include "proof/proofwriter.h"
#include "proof/textdiff.h"
#include "proofseed.h"

#include "model/edition.h"
#include "model/notecommand.h"

#include <QTemporaryDir>
#include <QtTest>
#include <poppler-qt6.h>

using namespace folio;
using namespace folio::proof;

// Compare: the text difference is the edit, character for character, also when the edit
// reflows the rest of its paragraph; the diff PDF marks it on the new page.
class tst_Compare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diff_data();
    void diff();
    void appliedNoteIsExactlyTheChange_data();
    void appliedNoteIsExactlyTheChange();
    void sameProofsDoNotDiffer();
    void diffPdfMarksTheChange();

private:
    struct Proofs
    {
        std::unique_ptr<Edition> edition;
        QByteArray first;
        QByteArray second;
    };
    // Proof 1 of the seed page, a note on `word` applied, proof 2.
    static Proofs proofsAround(const QString &word, NoteKind kind, const QString &replacement);
    QTemporaryDir m_dir;
};

void tst_Compare::diff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("hunks"); // oldStart+oldLength/newStart+newLength ...
    QTest::addColumn<int>("changed");
    QTest::newRow("same") << "北京工人报"
                          << "北京工人报"
                          << "" << 0;
    QTest::newRow("one changed") << "劳模墙上"
                                 << "荣模墙上"
                                 << "0+1/0+1" << 1;
    QTest::newRow("inserted") << "思想政治引领"
                              << "思想政治理论引领"
                              << "4+0/4+2" << 2;
    QTest::newRow("deleted") << "草莓生产集成技术"
                             << "草莓集成技术"
                             << "2+2/2+0" << 2;
    QTest::newRow("two places") << "一二三四五六七八"
                                << "一X三四五六Y八"
                                << "1+1/1+1 6+1/6+1" << 2;
    QTest::newRow("all new") << ""
                             << "新稿"
                             << "0+0/0+2" << 2;
    QTest::newRow("all gone") << "旧稿"
                              << ""
                              << "0+2/0+0" << 2;
    // Every character differs: the search runs to d = n + m, the widest V array.
    QTest::newRow("nothing in common") << "报纸"
                                       << "ABC"
                                       << "0+2/0+3" << 3;
    QTest::newRow("repeated") << "的的的的"
                              << "的的的"
                              << "3+1/3+0" << 1;
}

void tst_Compare::diff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, hunks);
    QFETCH(int, changed);
    const QList<TextDiff::Hunk> result = TextDiff::diff(before, after);
    QStringList spelled;
    for (const TextDiff::Hunk &h : result)
        spelled << QStringLiteral("%1+%2/%3+%4")
                       .arg(h.oldStart)
                       .arg(h.oldLength)
                       .arg(h.newStart)
                       .arg(h.newLength);
    QCOMPARE(spelled.join(QLatin1Char(' ')), hunks);
    QCOMPARE(TextDiff::changedCharacters(result), changed);
    // Applying the hunks to the old text gives the new one.
    QString rebuilt = before;
    for (auto it = result.crbegin(); it != result.crend(); ++it)
        rebuilt.replace(it->oldStart, it->oldLength, after.mid(it->newStart, it->newLength));
    QCOMPARE(rebuilt, after);
}

tst_Compare::Proofs tst_Compare::proofsAround(const QString &word, NoteKind kind,
                                              const QString &replacement)
{
    Proofs p;
    p.edition = test::createSeedEdition();
    Edition &e = *p.edition;
    ProofWriter writer(&e);
    QString error;
    const ProofRecord *first = writer.issue(0, QString(), QDateTime::currentDateTime(), &error);
    if (!first)
        return p;
    p.first = first->pdf;
    for (const Story &story : e.stories()) {
        const int at = story.plainText().indexOf(word);
        if (at < 0)
            continue;
        ProofNote note;
        note.id = e.newId();
        note.pageId = e.pages().first().id;
        note.proofId = first->id;
        note.storyId = story.id;
        note.kind = kind;
        note.replacement = replacement;
        NoteAnchor::anchor(&note, story.plainText(), at, int(word.size()));
        e.undoStack()->push(NoteCommand::add(&e, note));
        if (!NoteActions::apply(&e, note.id, &error))
            return p;
        break;
    }
    const ProofRecord *second = writer.issue(0, QString(), QDateTime::currentDateTime(), &error);
    if (second && second->round == 2)
        p.second = second->pdf;
    return p;
}

void tst_Compare::appliedNoteIsExactlyTheChange_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<int>("changed");
    // Two more characters early in a long paragraph push every later line along.
    QTest::newRow("insertion reflows the paragraph")
        << "思想政治" << int(NoteKind::Replace) << "思想政治理论"
        << ""
        << "理论" << 2;
    QTest::newRow("deletion reflows the paragraph")
        << "草莓生产集成技术" << int(NoteKind::Replace) << "草莓集成技术"
        << "生产"
        << "" << 2;
    QTest::newRow("one character") << "劳模墙" << int(NoteKind::Replace) << "荣誉墙"
                                   << "劳模"
                                   << "荣誉" << 2;
}

void tst_Compare::appliedNoteIsExactlyTheChange()
{
    QFETCH(QString, word);
    QFETCH(int, kind);
    QFETCH(QString, replacement);
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(int, changed);
    const Proofs p = proofsAround(word, NoteKind(kind), replacement);
    QVERIFY(!p.second.isEmpty());
    QString error;
    const auto before = ProofDocument::fromData(p.first, QStringLiteral("校1.pdf"), &error);
    const auto after = ProofDocument::fromData(p.second, QStringLiteral("校2.pdf"), &error);
    QVERIFY2(before && after, qPrintable(error));

    const ProofComparer::Result result = ProofComparer::compare(*before, *after, p.edition.get());
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.throughTextMaps);
    QCOMPARE(result.changes.size(), 1);
    QCOMPARE(result.changes[0].oldText, oldText);
    QCOMPARE(result.changes[0].newText, newText);
    QCOMPARE(result.changedCharacters, changed);
    QVERIFY(!result.changes[0].boxes.isEmpty());
    QVERIFY(result.differs());
    QCOMPARE(ProofComparer::summary(result).left(12),
             QStringLiteral("%1 个字符改动，共 1 处").arg(changed).left(12));
}

void tst_Compare::sameProofsDoNotDiffer()
{
    auto edition = test::createSeedEdition();
    ProofWriter writer(edition.get());
    QString error;
    const QByteArray first = writer.issue(0, QString(), QDateTime::currentDateTime(), &error)->pdf;
    const QByteArray second = writer.issue(0, QString(), QDateTime::currentDateTime(), &error)->pdf;
    const auto a = ProofDocument::fromData(first, QStringLiteral("a.pdf"), &error);
    const auto b = ProofDocument::fromData(second, QStringLiteral("b.pdf"), &error);
    QVERIFY(a && b);
    // Through the text maps and through the text layers alone: the slug lines differ (校次),
    // the pages do not.
    for (const Edition *e :
         {static_cast<const Edition *>(edition.get()), static_cast<const Edition *>(nullptr)}) {
        const ProofComparer::Result result = ProofComparer::compare(*a, *b, e);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.throughTextMaps, e != nullptr);
        QVERIFY(result.changes.isEmpty());
        QCOMPARE(result.differingPixels, 0);
        QVERIFY(!result.differs());
    }
}

void tst_Compare::diffPdfMarksTheChange()
{
    const Proofs p =
        proofsAround(QStringLiteral("劳模墙"), NoteKind::Replace, QStringLiteral("荣誉墙"));
    QVERIFY(!p.second.isEmpty());
    QString error;
    const auto before = ProofDocument::fromData(p.first, QStringLiteral("校1.pdf"), &error);
    const auto after = ProofDocument::fromData(p.second, QStringLiteral("校2.pdf"), &error);
    const ProofComparer::Result result = ProofComparer::compare(*before, *after, p.edition.get());
    QVERIFY(result.differingPixels > 0);
    const QString path = m_dir.filePath(QStringLiteral("diff.pdf"));
    QVERIFY2(ProofComparer::writeDiff(p.second, result, path, &error), qPrintable(error));

    const auto diff = Poppler::Document::load(path);
    QVERIFY(diff);
    const auto page = diff->page(0);
    int marks = 0;
    bool stamp = false;
    for (const auto &a : page->annotations()) {
        // Proof 2 also carries the applied note; the compare marks are Folio's own.
        if (!a->uniqueName().startsWith(QLatin1String("folio-compare")))
            continue;
        if (a->subType() == Poppler::Annotation::AHighlight) {
            ++marks;
            QCOMPARE(a->contents(), QStringLiteral("原文：劳模 → 现为：荣誉"));
            // The box lies on the new text.
            const QRectF b = a->boundary();
            const QSizeF size = page->pageSizeF();
            const QRectF box(b.x() * size.width(), b.y() * size.height(), b.width() * size.width(),
                             b.height() * size.height());
            QCOMPARE(page->text(box).remove(QLatin1Char(' ')).left(2), QStringLiteral("荣誉"));
        } else if (a->subType() == Poppler::Annotation::AStamp) {
            stamp = true;
        }
    }
    QCOMPARE(marks, 1);
    QVERIFY(stamp);
}

QTEST_MAIN(tst_Compare)
#include "tst_compare.moc"
