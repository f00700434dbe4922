#pragma once

#include "model/edition.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <memory>

// Editions for the store tests: one where every field of every struct differs from its default
// (so a field the store forgets comes back as the default and fails the comparison) and where
// every enum value appears at least once.
namespace fixture {

using namespace folio;

inline QByteArray pngBytes(int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.drawLine(0, 0, width - 1, height - 1);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline Frame fullFrame(ObjectId id, FrameKind kind, int i)
{
    Frame f;
    f.id = id;
    f.kind = kind;
    f.name = QStringLiteral("框 %1").arg(i);
    f.rect = QRectF(36.5 + i, 72.25, 0.1 + 0.2, 1.0 / 3.0 + i);
    f.z = -3 + i;
    f.locked = true;
    f.groupId = 900 + i;
    f.columns = 3;
    f.gutter = 13.5;
    f.columnChars = 12;
    f.insets = QMarginsF(1.5, 2.5, 3.5, 4.5);
    f.storyId = 301;
    f.chainIndex = 7 - i;
    f.assetId = 401;
    f.fit = ImageFit(i % 4);
    f.imageOffset = QPointF(-12.125, 8.0625);
    f.imageScale = 0.4375;
    f.captionFrameId = 555;
    f.textWrap = true;
    f.wrapOffset = 6.75;
    f.hasStroke = true;
    f.strokeColor = CmykColor{0.07, 1.0 / 3.0, 0.0, 0.9};
    f.strokeWidth = 0.25;
    f.hasFill = true;
    f.fillColor = CmykColor{0.0, 0.15, 0.6, 0.05};
    return f;
}

inline std::unique_ptr<Edition> fullEdition()
{
    auto e = std::make_unique<Edition>();
    e->setInfo({QStringLiteral("北京工人报 2025-01-20"), QDate(2025, 1, 20),
                QStringLiteral("北京工人报")});

    for (int i = 0; i < 9; ++i) {
        ParagraphStyle s;
        s.id = 101 + i;
        s.name = QStringLiteral("样式 %1").arg(i);
        s.basedOnId = i ? 101 : 0;
        s.role = ParagraphRole(i);
        s.fontFamily = QStringLiteral("LXGW WenKai");
        s.fontStyle = QStringLiteral("Bold");
        s.size = 10.5 + i;
        s.leadingMode = LeadingMode(1 - i % 2);
        s.leading = 1.6 + i;
        s.firstLineIndent = 1.5;
        s.spaceBefore = 3.25;
        s.spaceAfter = 4.75;
        s.alignment = Alignment(4 - i % 5);
        s.letterSpacing = 0.05;
        s.kinsoku = KinsokuLevel(2 - i % 3);
        s.punctuation = PunctuationStyle(2 - i % 3);
        s.lineEndTrim = LineEndTrim(1 - i % 2);
        s.lineStartTrim = true;
        s.hanLatinSpacing = 0.125;
        s.hangingPunctuation = true;
        s.avoidLoneCharacter = false;
        s.color = CmykColor{0.1, 0.2, 0.3, 0.4};
        e->putParagraphStyle(s);
    }
    CharacterStyle c;
    c.id = 151;
    c.name = QStringLiteral("电头署名");
    c.basedOnId = 152;
    c.fontFamily = QStringLiteral("Noto Sans CJK SC");
    c.fontStyle = QStringLiteral("Black");
    c.size = 7.5;
    c.hasColor = true;
    c.color = CmykColor{0.0, 1.0, 1.0, 0.0};
    c.letterSpacing = -0.02;
    e->putCharacterStyle(c);
    CharacterStyle plain;
    plain.id = 152;
    e->putCharacterStyle(plain);

    e->putSwatch({201, QStringLiteral("报头红"), CmykColor{0.0, 1.0, 1.0, 0.0}});
    e->putSwatch({202, QStringLiteral("灰 7%"), CmykColor{0.0, 0.0, 0.0, 0.07}});

    ImageAsset photo;
    photo.id = 401;
    photo.name = QStringLiteral("图一 劳模工作室.png");
    photo.format = QStringLiteral("png");
    photo.data = pngBytes(64, 48, Qt::darkCyan);
    photo.pixelSize = QSize(64, 48);
    photo.dpi = 300;
    e->putImage(photo);
    ImageAsset empty;
    empty.id = 402;
    e->putImage(empty);

    for (int i = 0; i < 4; ++i) {
        Story story;
        story.id = 301 + i;
        story.slug = QStringLiteral("稿件-%1").arg(i);
        story.status = StoryStatus(3 - i);
        if (i == 0) {
            story.paragraphs = {
                {103, {{QStringLiteral("昌平区总工会全方位激发产业工人创新创造潜能"), 0}}},
                {101,
                 {{QStringLiteral("本报讯（记者 周美玉）"), 151},
                  {QStringLiteral("近日，“三个基地”建设……\tTab 与 Latin text 😀"), 0},
                  {QString(), 152}}},
                {101, {}},
            };
        } else if (i == 1) {
            story.paragraphs = {{102, {{QStringLiteral("深入学习贯彻党的二十大精神"), 0}}}};
        }
        e->putStory(story);
    }

    for (int i = 0; i < 4; ++i) {
        Page page;
        page.id = 501 + i;
        page.section = QStringLiteral("要闻");
        page.number = 3 + i;
        page.templateName = QStringLiteral("broadsheet8");
        page.size = QSizeF(1105.5118110236222, 1544.8818897637796);
        page.margins = QMarginsF(53.25, 79.37007874015748, 53.5, 58.75);
        page.grid = {6, 10.5, true, 10.5, 15.75};
        page.status = PageStatus(3 - i);
        if (i == 0)
            for (int k = 0; k < 4; ++k)
                page.frames.append(fullFrame(601 + k, FrameKind(k), k));
        if (i == 2)
            page.frames.append(fullFrame(611, FrameKind::Text, 5));
        e->insertPage(i, page);
    }

    ExportSettings x;
    x.standard = PdfxStandard::X4;
    x.outputConditionIdentifier = QStringLiteral("FOGRA39");
    x.outputCondition = QStringLiteral("Coated FOGRA39");
    x.iccProfilePath = QStringLiteral("profiles/报纸.icc");
    x.bleed = 8.503937007874017;
    x.cropMarks = true;
    x.slugLine = true;
    x.fileNamePattern = QStringLiteral("{paper}-{page}.pdf");
    x.version = 4;
    x.inkLimit = 220.5;
    e->setExportSettings(x);
    e->setLastId(1000);
    return e;
}

inline QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace fixture
