#include "layout/layoutengine.h"
#include "model/edition.h"
#include "model/pagetemplate.h"

#include <QFile>
#include <QtTest>

using namespace folio;

// 挤字/扩字: a paragraph's tracking (1/100 em, Paragraph::tracking) reaches the composer
// through the model adapter, and the layout caches key on it.
class tst_ParagraphTracking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void squeezePullsBackLoneLastLine();
    void advancesChangeByTrackingPerCharacter_data();
    void advancesChangeByTrackingPerCharacter();

private:
    // One page, one story of one paragraph in one single-column frame of `width` pt.
    void setUp(const QString &text, double width);
    void setTracking(int tracking);
    QList<PlacedLine> lines();
    static bool isLoneCharacterLine(const QString &line);

    QStringList m_paragraphs;
    std::unique_ptr<Edition> m_edition;
    std::unique_ptr<LayoutEngine> m_engine;
    ObjectId m_storyId = 0;
    ObjectId m_frameId = 0;
};

void tst_ParagraphTracking::initTestCase()
{
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-paragraphs.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_paragraphs = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(m_paragraphs.size() > 10);
}

void tst_ParagraphTracking::setUp(const QString &text, double width)
{
    m_engine.reset();
    m_edition = Edition::createDefault();
    Edition &e = *m_edition;
    // The composer's own rule 18 would pull a lone last character back by itself; the night
    // editor's tracking is for pages set without it (and for the cases it cannot help).
    ParagraphStyle body = *e.styleForRole(ParagraphRole::Body);
    body.avoidLoneCharacter = false;
    e.putParagraphStyle(body);
    Page page = PageTemplate::broadsheet8().makePage();
    page.id = e.newId();
    e.insertPage(0, page);
    Story story;
    story.id = e.newId();
    m_storyId = story.id;
    Paragraph p;
    p.styleId = body.id;
    p.runs = {{text, 0}};
    story.paragraphs = {p};
    e.putStory(story);
    Frame f;
    f.id = e.newId();
    m_frameId = f.id;
    f.rect = QRectF(page.margins.left(), page.margins.top(), width, page.typeArea().height());
    f.storyId = story.id;
    e.putFrame(page.id, f);
    m_engine = std::make_unique<LayoutEngine>(m_edition.get());
}

void tst_ParagraphTracking::setTracking(int tracking)
{
    Story story = *m_edition->story(m_storyId);
    story.paragraphs[0].tracking = tracking;
    m_edition->putStory(story);
}

QList<PlacedLine> tst_ParagraphTracking::lines()
{
    const StoryLayout layout = m_engine->storyLayout(m_storyId);
    return layout.frames.isEmpty() || layout.overset ? QList<PlacedLine>()
                                                     : layout.frames.first().lines;
}

bool tst_ParagraphTracking::isLoneCharacterLine(const QString &line)
{
    // One character, and at most the closing marks that may not start a line (rule 18's lone
    // character).
    int letters = 0;
    for (const QChar c : line)
        letters += c.isPunct() || c.isSpace() ? 0 : 1;
    return letters == 1;
}

void tst_ParagraphTracking::squeezePullsBackLoneLastLine()
{
    // Search the seed's body paragraphs and measures (whole and quarter ems of the 9 pt body)
    // for a paragraph of a few lines whose last line is one character.
    const double em = 9.0;
    QString found;
    double foundWidth = 0;
    int before = 0;
    for (int i = 3; i < m_paragraphs.size() && found.isEmpty(); ++i) {
        const QString &text = m_paragraphs[i];
        if (text.size() < 60)
            continue;
        for (double chars = 24; chars <= 40 && found.isEmpty(); chars += 0.25) {
            setUp(text, chars * em);
            const QList<PlacedLine> l = lines();
            // Short enough that 5/100 em per character cannot pull back more than one line.
            if (l.size() < 3 || l.size() > 12 || !isLoneCharacterLine(l.last().text))
                continue;
            found = text;
            foundWidth = chars * em;
            before = int(l.size());
        }
    }
    QVERIFY2(!found.isEmpty(), "no seed paragraph leaves one character on its last line");
    setUp(found, foundWidth);
    QCOMPARE(lines().size(), before);
    setTracking(-5);
    const QList<PlacedLine> squeezed = lines();
    QCOMPARE(squeezed.size(), before - 1);
    QVERIFY(!isLoneCharacterLine(squeezed.last().text));
    QString joined;
    for (const PlacedLine &line : squeezed)
        joined += line.text;
    QCOMPARE(joined, found);
    // Back to no tracking: the same engine (its caches warm) gives the lone line again.
    setTracking(0);
    QCOMPARE(lines().size(), before);
}

void tst_ParagraphTracking::advancesChangeByTrackingPerCharacter_data()
{
    QTest::addColumn<int>("tracking");
    QTest::newRow("挤 5") << -5;
    QTest::newRow("挤 1") << -1;
    QTest::newRow("扩 3") << 3;
}

void tst_ParagraphTracking::advancesChangeByTrackingPerCharacter()
{
    // One short line (the paragraph's last, so never justified): every character but the
    // line's last moves the pen by tracking/100 em more.
    QFETCH(int, tracking);
    const QString text = QStringLiteral("昌平区总工会全方位激发产业工人创新创造潜能");
    setUp(text, 40 * 9.0);
    const auto advancesOf = [this] {
        QList<double> out;
        const PageLayout page = m_engine->layoutPage(0);
        for (const PageItem &item : page.items)
            if (const auto *run = std::get_if<GlyphRun>(&item))
                out += run->advances;
        return out;
    };
    const QList<double> plain = advancesOf();
    QCOMPARE(plain.size(), text.size());
    setTracking(tracking);
    const QList<double> tracked = advancesOf();
    QCOMPARE(tracked.size(), plain.size());
    const double em = 9.0;
    for (int i = 0; i < plain.size(); ++i) {
        const double expected = i + 1 < plain.size() ? tracking / 100.0 * em : 0.0;
        QVERIFY2(qAbs(tracked[i] - plain[i] - expected) < 1e-9,
                 qPrintable(QStringLiteral("glyph %1: %2 → %3, expected a change of %4")
                                .arg(i)
                                .arg(plain[i])
                                .arg(tracked[i])
                                .arg(expected)));
    }
}

QTEST_MAIN(tst_ParagraphTracking)
#include "tst_paragraphtracking.moc"
