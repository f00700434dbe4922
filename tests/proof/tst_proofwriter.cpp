#include "proof/proofdocument.h"
#include "proof/proofwriter.h"
#include "proofseed.h"

#include "model/edition.h"
#include "store/editionstore.h"

#include <QTemporaryDir>
#include <QtTest>
#include <poppler-qt6.h>

using namespace folio;
using namespace folio::proof;

// Proofs as versions: the PDF's text layer says what the stories say, the text map ties each
// place on the proof to its story characters, 校次 counts per page, and all of it is kept in
// the edition file.
class tst_ProofWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textLayerAndMapAreTheStoryText();
    void slugLineNamesTheProof();
    void roundsCountPerPage();
    void proofSurvivesSaveAndReopen();
    void missingPageRefused();

private:
    std::unique_ptr<Edition> m_seed;
    QTemporaryDir m_dir;
};

void tst_ProofWriter::initTestCase()
{
    m_seed = test::createSeedEdition();
    QVERIFY(m_seed);
    QVERIFY(m_dir.isValid());
}

namespace {
QString withoutSpace(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}
} // namespace

void tst_ProofWriter::textLayerAndMapAreTheStoryText()
{
    ProofWriter writer(m_seed.get());
    QString error;
    const ProofRecord *proof =
        writer.issue(0, QStringLiteral("校对甲"), QDateTime::currentDateTime(), &error);
    QVERIFY2(proof, qPrintable(error));
    QVERIFY(!proof->textMap.isEmpty());
    const auto doc = ProofDocument::fromData(proof->pdf, QStringLiteral("proof.pdf"), &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->identity().proofId, proof->id);
    QCOMPARE(doc->identity().round, proof->round);
    const QList<ProofDocument::Character> chars = doc->characters(0);

    // Every cluster: the map's characters are the story's, and the text layer has those
    // characters where the cluster's box is (a trimmed punctuation mark's em box is wider than
    // its cluster, so "where" means overlapping). Each character of the layer is used once.
    QList<bool> used(chars.size(), false);
    QHash<ObjectId, QString> mapped;
    QHash<ObjectId, int> covered;
    for (const TextMapEntry &e : proof->textMap) {
        const Story *story = m_seed->story(e.storyId);
        QVERIFY(story);
        const QString expected = story->plainText().mid(e.offset, e.length);
        QCOMPARE(expected.size(), e.length);
        QCOMPARE(e.text, expected);
        for (const QString &part : withoutSpace(expected).split(QString(), Qt::SkipEmptyParts)) {
            int found = -1;
            for (int i = 0; i < chars.size() && found < 0; ++i)
                if (!used[i] && chars[i].text == part && chars[i].box.intersects(e.box))
                    found = i;
            if (found < 0)
                QFAIL(qPrintable(QStringLiteral("story %1 offset %2: “%3” is not in the PDF at %4")
                                     .arg(e.storyId)
                                     .arg(e.offset)
                                     .arg(part)
                                     .arg(QStringLiteral("%1,%2").arg(e.box.x()).arg(e.box.y()))));
            used[found] = true;
        }
        mapped[e.storyId] += expected;
        covered[e.storyId] += e.length;
    }
    // Nothing on the page but what the map accounts for (the slug line lies outside it).
    const QRectF page(ProofWriter::pageOrigin(), m_seed->pages().first().size);
    for (int i = 0; i < chars.size(); ++i)
        if (!used[i] && page.contains(chars[i].box.center()))
            QFAIL(qPrintable(QStringLiteral("“%1” at %2,%3 is not in the text map")
                                 .arg(chars[i].text)
                                 .arg(chars[i].box.x())
                                 .arg(chars[i].box.y())));
    // Every story placed on the page without overset reads whole, in order, from the map.
    int whole = 0;
    for (const Story &story : m_seed->stories()) {
        if (!mapped.contains(story.id))
            continue;
        QString text = story.plainText();
        text.remove(QLatin1Char('\n'));
        if (covered[story.id] == text.size()) {
            QCOMPARE(mapped[story.id], text);
            ++whole;
        } else {
            QVERIFY(text.startsWith(mapped[story.id]));
        }
    }
    QVERIFY(whole >= 2);
}

void tst_ProofWriter::slugLineNamesTheProof()
{
    ProofWriter writer(m_seed.get());
    QString error;
    const ProofRecord *proof = writer.issue(0, QStringLiteral("校对乙"),
                                            QDateTime(QDate(2025, 1, 19), QTime(21, 30)), &error);
    QVERIFY2(proof, qPrintable(error));
    const auto doc = ProofDocument::fromData(proof->pdf, QStringLiteral("proof.pdf"), &error);
    QVERIFY2(doc, qPrintable(error));
    const std::unique_ptr<Poppler::Page> page = doc->document()->page(0);
    const QSizeF size = doc->pageSize(0);
    const QPointF origin = ProofWriter::pageOrigin();
    // The slug line lies below the page, outside the area of the stories.
    const QString slug =
        withoutSpace(page->text(QRectF(0, size.height() - origin.y(), size.width(), origin.y())));
    const QString expected = withoutSpace(QStringLiteral("北京工人报 2025-01-20 第1版 A 第%1校 "
                                                         "2025-01-19 21:30 排版中 校对乙")
                                              .arg(proof->round));
    QCOMPARE(slug, expected);
}

void tst_ProofWriter::roundsCountPerPage()
{
    auto edition = test::createSeedEdition();
    Page second = edition->pages().first();
    second.id = edition->newId();
    second.number = 2;
    second.frames.clear();
    edition->insertPage(1, second);

    ProofWriter writer(edition.get());
    QString error;
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(writer.issue(0, QString(), now, &error)->round, 1);
    QCOMPARE(writer.issue(0, QString(), now, &error)->round, 2);
    QCOMPARE(writer.issue(1, QString(), now, &error)->round, 1);
    QCOMPARE(writer.issue(0, QString(), now, &error)->round, 3);
    QCOMPARE(edition->proofs().size(), 4);
    QCOMPARE(edition->latestProof(edition->pages()[0].id)->round, 3);
    QVERIFY(edition->latestProof(edition->pages()[1].id)->textMap.isEmpty());
}

void tst_ProofWriter::proofSurvivesSaveAndReopen()
{
    auto edition = test::createSeedEdition();
    ProofWriter writer(edition.get());
    QString error;
    const ProofRecord *first =
        writer.issue(0, QStringLiteral("校对甲"), QDateTime::currentDateTime(), &error);
    QVERIFY2(first, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("proofs.folio"));
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));

    OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.edition->contentEquals(*edition));
    const ProofRecord &back = opened.edition->proofs().first();
    QCOMPARE(back.textMap, edition->proofs().first().textMap);
    QCOMPARE(back.pdf, edition->proofs().first().pdf);
    QCOMPARE(back.user, QStringLiteral("校对甲"));
    QCOMPARE(back.time, edition->proofs().first().time);

    // The next proof of the reopened edition is 校次 2, and saving in place keeps both.
    ProofWriter again(opened.edition.get());
    QCOMPARE(again.issue(0, QStringLiteral("校对乙"), QDateTime::currentDateTime(), &error)->round,
             2);
    QVERIFY2(EditionStore::save(*opened.edition, path, &error), qPrintable(error));
    const OpenResult third = EditionStore::open(path);
    QVERIFY2(third.isOk(), qPrintable(third.error));
    QCOMPARE(third.edition->proofs().size(), 2);
    QVERIFY(third.edition->contentEquals(*opened.edition));
}

void tst_ProofWriter::missingPageRefused()
{
    auto edition = test::createSeedEdition();
    const ObjectId lastId = edition->lastId();
    ProofWriter writer(edition.get());
    QString error;
    QVERIFY(!writer.issue(5, QString(), QDateTime::currentDateTime(), &error));
    QVERIFY(error.contains(QStringLiteral("第 6 页")));
    QVERIFY(edition->proofs().isEmpty());
    QCOMPARE(edition->lastId(), lastId);
}

QTEST_MAIN(tst_ProofWriter)
#include "tst_proofwriter.moc"
