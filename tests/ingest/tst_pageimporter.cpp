#include "ingest/pageimporter.h"
#include "model/edition.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace folio;
using namespace folio::ingest;

namespace {

const QString kJpeg = QStringLiteral(FOLIO_TEST_DATA_DIR "/cmyk-cyan-yellow.jpg");

// A photo story naming its picture, then a story with body text.
QByteArray pageText(const QString &picture)
{
    return QStringLiteral("【主题】工会驿站开进园区\n【图片】%1\n"
                          "【图片说明】驿站里，职工在午休时间看书。\n"
                          "【摄影】通讯员 黄思亮 摄影报道\n===\n"
                          "【主题】园区驿站开放\n本报讯（记者 林晓雯）近日，园区驿站开放，"
                          "为职工提供热饭、充电和休息服务。\n")
        .arg(picture)
        .toUtf8();
}

} // namespace

// 【图片】 paths are bounded inputs: only regular files inside the text's folder, under a
// size limit, each decided before the file is opened.
class tst_PageImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pictures_data();
    void pictures();
    void textFileNotRegular();

private:
    QTemporaryDir m_dir;
    QString m_stories; // the text files' folder, inside m_dir
};

void tst_PageImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_stories = m_dir.filePath(QStringLiteral("稿件"));
    QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("稿件/photos")));
    QVERIFY(dir.mkpath(QStringLiteral("稿件/folder.jpg")));
    const auto copy = [](const QString &to) { QVERIFY(QFile::copy(kJpeg, to)); };
    copy(m_stories + QStringLiteral("/photo.jpg"));
    copy(m_stories + QStringLiteral("/photos/photo.jpg"));
    copy(m_dir.filePath(QStringLiteral("x.jpg"))); // outside the text's folder
    QVERIFY(::mkfifo(QFile::encodeName(m_stories + QStringLiteral("/pipe.jpg")).constData(),
                     0600) == 0);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), m_stories + QStringLiteral("/zero.jpg")));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("x.jpg")),
                        m_stories + QStringLiteral("/link.jpg")));
    // 300 MB without using the disk: a sparse file.
    QFile huge(m_stories + QStringLiteral("/huge.jpg"));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(qint64(300) * 1024 * 1024));
    huge.close();
    QFile text(m_stories + QStringLiteral("/notimage.jpg"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("本报讯 这不是图片。\n");
}

void tst_PageImporter::pictures_data()
{
    QTest::addColumn<QString>("picture");     // as written after 【图片】
    QTest::addColumn<qint64>("maxBytes");     // 0: the default limit
    QTest::addColumn<QString>("refusedWith"); // part of the report line; empty: accepted
    const qint64 def = 0;
    QTest::newRow("relative jpg") << "photo.jpg" << def << QString();
    QTest::newRow("jpg in a subfolder") << "photos/photo.jpg" << def << QString();
    QTest::newRow("/dev/zero") << "/dev/zero" << def << "是绝对路径";
    QTest::newRow("absolute path to a real jpg")
        << m_dir.filePath(QStringLiteral("x.jpg")) << def << "是绝对路径";
    QTest::newRow("named pipe") << "pipe.jpg" << def << "不是普通文件";
    QTest::newRow("link to /dev/zero") << "zero.jpg" << def << "不是普通文件";
    QTest::newRow("300 MB sparse file") << "huge.jpg" << def << "有 300 MB，超过 200 MB 的上限";
    QTest::newRow("directory") << "folder.jpg" << def << "是一个文件夹";
    QTest::newRow("../x.jpg") << "../x.jpg" << def << "不在稿件所在的文件夹里";
    QTest::newRow("photos/../../x.jpg") << "photos/../../x.jpg" << def << "不在稿件所在的文件夹里";
    QTest::newRow("link out of the folder") << "link.jpg" << def << "指向稿件所在文件夹之外";
    QTest::newRow("missing") << "none.jpg" << def << "找不到图片";
    QTest::newRow("not a picture") << "notimage.jpg" << def << "不是能识别的图片";
    QTest::newRow("over a smaller limit") << "photo.jpg" << qint64(100) << "超过 0.0 MB 的上限";
}

void tst_PageImporter::pictures()
{
    QFETCH(QString, picture);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, refusedWith);
    QString tag = QString::fromUtf8(QTest::currentDataTag());
    tag.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString path = m_stories + QStringLiteral("/page-%1.txt").arg(tag);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pageText(picture));
    f.close();

    auto edition = Edition::createDefault();
    ImportOptions options;
    if (maxBytes > 0)
        options.maxPictureBytes = maxBytes;
    const ImportResult r = PageImporter::importFile(path, *edition, options);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.hasPage);
    QCOMPARE(r.stories.size(), 2);

    const auto pictureFrame =
        std::find_if(r.page.frames.begin(), r.page.frames.end(),
                     [](const Frame &x) { return x.kind == FrameKind::Image; });
    QVERIFY(pictureFrame != r.page.frames.end());
    const auto note = std::find_if(r.report.diagnostics.begin(), r.report.diagnostics.end(),
                                   [](const Diagnostic &d) { return d.code == "image-refused"; });
    if (refusedWith.isEmpty()) {
        QVERIFY2(note == r.report.diagnostics.end(), qPrintable(r.report.toText()));
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.images.first().name, QStringLiteral("photo.jpg"));
        QCOMPARE(r.images.first().pixelSize.isValid(), true);
        QCOMPARE(pictureFrame->assetId, r.images.first().id);
        return;
    }
    // Refused: a line in the report naming the file and the reason, the placeholder stays.
    QVERIFY(r.images.isEmpty());
    QCOMPARE(pictureFrame->assetId, ObjectId(0));
    QVERIFY(note != r.report.diagnostics.end());
    QVERIFY2(note->message.contains(refusedWith), qPrintable(note->message));
    QVERIFY2(note->message.contains(QDir::toNativeSeparators(picture)), qPrintable(note->message));
    QCOMPARE(note->frameId, pictureFrame->id);
    QVERIFY2(r.report.toText().contains(note->message), qPrintable(r.report.toText()));
}

// The text file itself is checked the same way: a named pipe is refused, not opened.
void tst_PageImporter::textFileNotRegular()
{
    auto edition = Edition::createDefault();
    for (const char *name : {"/pipe.jpg", "/folder.jpg"}) {
        const QString path = m_stories + QLatin1String(name);
        const ImportResult r = PageImporter::importFile(path, *edition);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("不是普通文件")), qPrintable(r.error));
    }
}

QTEST_GUILESS_MAIN(tst_PageImporter)
#include "tst_pageimporter.moc"
