#include "model/edition.h"
#include "store/autosaver.h"
#include "store/editionstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

namespace {
Story storyWith(ObjectId id, const QString &text)
{
    Story story;
    story.id = id;
    story.slug = QStringLiteral("稿件");
    story.paragraphs = {{0, {{text, 0}}}};
    return story;
}

QString storyText(const QString &path, ObjectId id)
{
    const OpenResult opened = EditionStore::open(path);
    if (!opened.isOk())
        return opened.error;
    const Story *story = opened.edition->story(id);
    return story ? story->plainText() : QString();
}
} // namespace

class tst_Autosaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void savesOnlyWhenModified();
    void timerSavesAfterInterval();
    void crashLosesOnlyEditsSinceLastAutosave();
    void failedSaveReportsErrorAndStaysModified();
    void markSavedClearsModified();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_Autosaver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("自动保存.folio"));
}

void tst_Autosaver::savesOnlyWhenModified()
{
    Edition edition;
    edition.putStory(storyWith(1, QStringLiteral("初稿")));
    QVERIFY(EditionStore::save(edition, m_path));
    Autosaver autosaver(&edition, m_path);
    QSignalSpy saved(&autosaver, &Autosaver::saved);
    QVERIFY(!autosaver.isModified());
    QVERIFY(!autosaver.lastSaved().isValid());
    QVERIFY(autosaver.saveIfModified());
    QCOMPARE(saved.count(), 0);

    edition.putStory(storyWith(1, QStringLiteral("改稿")));
    QVERIFY(autosaver.isModified());
    QVERIFY(autosaver.saveIfModified());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!autosaver.isModified());
    QVERIFY(autosaver.lastSaved().isValid());
    QCOMPARE(saved.first().first().toDateTime(), autosaver.lastSaved());
    QCOMPARE(storyText(m_path, 1), QStringLiteral("改稿"));

    QVERIFY(autosaver.saveIfModified());
    QCOMPARE(saved.count(), 1);
}

void tst_Autosaver::timerSavesAfterInterval()
{
    Edition edition;
    Autosaver autosaver(&edition, m_path);
    autosaver.setInterval(0); // clamped: at least one second
    QCOMPARE(autosaver.interval(), 1);
    QSignalSpy saved(&autosaver, &Autosaver::saved);
    autosaver.start();
    QVERIFY(autosaver.isActive());
    edition.putStory(storyWith(7, QStringLiteral("定时保存")));
    QVERIFY(saved.wait(3000));
    QCOMPARE(storyText(m_path, 7), QStringLiteral("定时保存"));
    autosaver.stop();
    QVERIFY(!autosaver.isActive());
}

void tst_Autosaver::crashLosesOnlyEditsSinceLastAutosave()
{
    {
        auto edition = std::make_unique<Edition>();
        Autosaver autosaver(edition.get(), m_path);
        edition->putStory(storyWith(1, QStringLiteral("第一版")));
        QVERIFY(autosaver.saveIfModified());
        edition->putStory(storyWith(1, QStringLiteral("第二版")));
        QVERIFY(autosaver.saveIfModified());
        // Edits after the last autosave, then the program dies without saving.
        edition->putStory(storyWith(1, QStringLiteral("第三版（未保存）")));
        edition->putStory(storyWith(2, QStringLiteral("新稿（未保存）")));
    }
    const OpenResult reopened = EditionStore::open(m_path);
    QVERIFY2(reopened.isOk(), qPrintable(reopened.error));
    QCOMPARE(reopened.edition->story(1)->plainText(), QStringLiteral("第二版"));
    QVERIFY(!reopened.edition->story(2));
}

void tst_Autosaver::failedSaveReportsErrorAndStaysModified()
{
    Edition edition;
    const QString badPath = m_dir->filePath(QStringLiteral("不存在的文件夹/a.folio"));
    Autosaver autosaver(&edition, badPath);
    QSignalSpy errors(&autosaver, &Autosaver::errorOccurred);
    QSignalSpy saved(&autosaver, &Autosaver::saved);
    edition.putStory(storyWith(1, QStringLiteral("稿")));
    QVERIFY(!autosaver.saveIfModified());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(saved.count(), 0);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(badPath)), qPrintable(message));
    QCOMPARE(autosaver.lastError(), message);
    QVERIFY(autosaver.isModified());

    // After "save as" to a good path the pending edits are saved.
    autosaver.setPath(m_path);
    QVERIFY(autosaver.saveIfModified());
    QCOMPARE(saved.count(), 1);
    QVERIFY(autosaver.lastError().isEmpty());
    QCOMPARE(storyText(m_path, 1), QStringLiteral("稿"));

    // A file made read-only under it fails with a message too, and is left alone.
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner));
    edition.putStory(storyWith(1, QStringLiteral("改")));
    QVERIFY(!autosaver.saveIfModified());
    QCOMPARE(errors.count(), 2);
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(storyText(m_path, 1), QStringLiteral("稿"));
}

void tst_Autosaver::markSavedClearsModified()
{
    Edition edition;
    Autosaver autosaver(&edition, m_path);
    QSignalSpy saved(&autosaver, &Autosaver::saved);
    edition.putStory(storyWith(1, QStringLiteral("稿")));
    QVERIFY(EditionStore::save(edition, m_path));
    autosaver.markSaved();
    QVERIFY(!autosaver.isModified());
    QVERIFY(autosaver.lastSaved().isValid());
    QVERIFY(autosaver.saveIfModified());
    QCOMPARE(saved.count(), 0);
}

QTEST_GUILESS_MAIN(tst_Autosaver)
#include "tst_autosaver.moc"
