#include "pdf/fontembedder.h"

#include "pdf/cffcharset.h"
#include "pdf/pdfobjectwriter.h"
#include "pdf/pdfsyntax.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <vector>

namespace folio::pdf {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("folio::pdf", text);
}
} // namespace

namespace {

constexpr hb_tag_t kCffTag = HB_TAG('C', 'F', 'F', ' ');
constexpr hb_tag_t kGlyfTag = HB_TAG('g', 'l', 'y', 'f');
constexpr hb_tag_t kHeadTag = HB_TAG('h', 'e', 'a', 'd');

QByteArray tableBytes(hb_face_t *face, hb_tag_t tag)
{
    hb_blob_t *blob = hb_face_reference_table(face, tag);
    unsigned int length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    QByteArray bytes(data, qsizetype(length));
    hb_blob_destroy(blob);
    return bytes;
}

bool hasTable(hb_face_t *face, hb_tag_t tag)
{
    hb_blob_t *blob = hb_face_reference_table(face, tag);
    const bool has = hb_blob_get_length(blob) > 0;
    hb_blob_destroy(blob);
    return has;
}

// The charset of a CFF face, parsed once per process: the table is megabytes (23 MB in Noto
// CJK) and every export embeds the same few faces. The key has the file's size and time, so
// a font file replaced on disk is read again.
std::shared_ptr<const CffCharset> sharedCharset(const FontRef &font, hb_face_t *face)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const CffCharset>> charsets;
    const QFileInfo info(font.file);
    const QString key = QStringLiteral("%1#%2#%3#%4")
                            .arg(font.file)
                            .arg(font.faceIndex)
                            .arg(info.size())
                            .arg(info.lastModified().toMSecsSinceEpoch());
    {
        QMutexLocker lock(&mutex);
        if (auto it = charsets.constFind(key); it != charsets.constEnd())
            return it.value();
    }
    hb_blob_t *blob = hb_face_reference_table(face, kCffTag);
    unsigned int length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    // Read in place: the parser keeps no reference to the bytes.
    auto charset =
        std::make_shared<const CffCharset>(QByteArray::fromRawData(data, qsizetype(length)));
    hb_blob_destroy(blob);
    if (charset->isValid()) {
        QMutexLocker lock(&mutex);
        charsets.insert(key, charset);
    }
    return charset;
}

QByteArray utf16Hex(const QString &text)
{
    QByteArray out;
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

QByteArray hex4(quint32 v)
{
    return QByteArray::number(v, 16).rightJustified(4, '0').toUpper();
}

} // namespace

struct FontEmbedder::Face
{
    FontRef ref;
    hb_blob_t *blob = nullptr;
    hb_face_t *face = nullptr;
    hb_font_t *font = nullptr;
    unsigned int upem = 1000;
    bool cff = false;
    std::shared_ptr<const CffCharset> charset;
    QByteArray resourceName;
    int objectNumber = 0;
    QMap<quint32, QString> used; // original glyph id -> source text ("" when none)

    ~Face()
    {
        hb_font_destroy(font);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
    }
};

FontEmbedder::FontEmbedder(PdfObjectWriter *writer) : m_writer(writer) {}

FontEmbedder::~FontEmbedder() = default;

int FontEmbedder::fontHandle(const FontRef &font, QString *error)
{
    const QString key = font.file + QLatin1Char('#') + QString::number(font.faceIndex);
    if (auto it = m_byKey.constFind(key); it != m_byKey.constEnd())
        return it.value();

    auto face = std::make_unique<Face>();
    face->ref = font;
    if (!QFileInfo(font.file).isFile()) {
        if (error)
            *error = tr("找不到字体文件：%1").arg(font.file);
        return -1;
    }
    face->blob = hb_blob_create_from_file_or_fail(QFile::encodeName(font.file).constData());
    if (!face->blob) {
        if (error)
            *error = tr("无法读取字体文件 %1").arg(font.file);
        return -1;
    }
    if (font.faceIndex < 0 || unsigned(font.faceIndex) >= hb_face_count(face->blob)) {
        if (error)
            *error = tr("字体文件 %1 中没有第 %2 个字体").arg(font.file).arg(font.faceIndex);
        return -1;
    }
    face->face = hb_face_create(face->blob, unsigned(font.faceIndex));
    face->upem = qMax(16u, hb_face_get_upem(face->face));
    face->font = hb_font_create(face->face);
    hb_font_set_scale(face->font, int(face->upem), int(face->upem));

    if (hasTable(face->face, kCffTag)) {
        face->cff = true;
        face->charset = sharedCharset(font, face->face);
        if (!face->charset->isValid()) {
            if (error)
                *error = tr("字体 %1：%2").arg(font.file, face->charset->errorString());
            return -1;
        }
    } else if (!hasTable(face->face, kGlyfTag)) {
        if (error)
            *error = tr("字体 %1 既不是 CFF 也不是 TrueType 字体（CFF2 和点阵字体无法嵌入）")
                         .arg(font.file);
        return -1;
    }
    const int handle = int(m_faces.size());
    face->resourceName = "F" + QByteArray::number(handle + 1);
    face->objectNumber = m_writer->reserveObject();
    m_faces.push_back(std::move(face));
    m_byKey.insert(key, handle);
    return handle;
}

QByteArray FontEmbedder::resourceName(int handle) const
{
    return m_faces[size_t(handle)]->resourceName;
}

int FontEmbedder::objectNumber(int handle) const
{
    return m_faces[size_t(handle)]->objectNumber;
}

bool FontEmbedder::isCff(int handle) const
{
    return m_faces[size_t(handle)]->cff;
}

quint32 FontEmbedder::nominalGlyph(int handle, char32_t c) const
{
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_nominal_glyph(m_faces[size_t(handle)]->font, c, &glyph))
        return 0;
    return glyph;
}

quint16 FontEmbedder::code(int handle, quint32 glyph) const
{
    const Face &f = *m_faces[size_t(handle)];
    return quint16(f.cff ? f.charset->cidForGlyph(glyph) : glyph);
}

double FontEmbedder::width(int handle, quint32 glyph) const
{
    return glyphWidth(*m_faces[size_t(handle)], glyph);
}

double FontEmbedder::glyphWidth(const Face &f, quint32 glyph)
{
    const double advance = hb_font_get_glyph_h_advance(f.font, glyph);
    // Rounded as PdfSyntax::number writes it, so that TJ arithmetic matches the file.
    return PdfSyntax::number(advance * 1000.0 / f.upem).toDouble();
}

bool FontEmbedder::use(int handle, quint32 glyph, const QString &text)
{
    Face &f = *m_faces[size_t(handle)];
    auto it = f.used.find(glyph);
    if (it == f.used.end()) {
        f.used.insert(glyph, text);
        return true;
    }
    if (it.value().isEmpty() && !text.isEmpty())
        it.value() = text;
    return text.isEmpty() || it.value() == text;
}

bool FontEmbedder::finish(QString *error)
{
    for (auto &face : m_faces) {
        if (!writeFace(*face, error))
            return false;
    }
    return true;
}

bool FontEmbedder::writeFace(Face &f, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = tr("字体 %1（%2）：%3").arg(f.ref.file).arg(f.ref.faceIndex).arg(message);
        return false;
    };

    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (!input)
        return fail(tr("内存不足"));
    // A name-keyed CFF is addressed by glyph id, so its ids must survive the subset.
    if (f.cff && !f.charset->isCidKeyed())
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS);
    hb_set_t *glyphs = hb_subset_input_glyph_set(input);
    hb_set_add(glyphs, 0);
    for (auto it = f.used.cbegin(); it != f.used.cend(); ++it)
        hb_set_add(glyphs, it.key());
    // The PDF needs outlines and metrics only; shaping already happened.
    hb_set_t *drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (hb_tag_t tag :
         {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
          HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'),
          HB_TAG('D', 'S', 'I', 'G'), HB_TAG('V', 'O', 'R', 'G')})
        hb_set_add(drop, tag);
    if (f.cff) {
        // Only the subset's CFF table is embedded: the other tables need not be made at all.
        const unsigned int tableCount = hb_face_get_table_tags(f.face, 0, nullptr, nullptr);
        std::vector<hb_tag_t> tags(tableCount);
        unsigned int count = tableCount;
        hb_face_get_table_tags(f.face, 0, &count, tags.data());
        for (unsigned int i = 0; i < count; ++i) {
            if (tags[i] != kCffTag)
                hb_set_add(drop, tags[i]);
        }
    }
    hb_subset_plan_t *plan = hb_subset_plan_create_or_fail(f.face, input);
    hb_subset_input_destroy(input);
    if (!plan)
        return fail(tr("无法生成字体子集"));
    hb_face_t *subset = hb_subset_plan_execute_or_fail(plan);
    if (!subset) {
        hb_subset_plan_destroy(plan);
        return fail(tr("生成字体子集失败"));
    }
    const hb_map_t *oldToNew = hb_subset_plan_old_to_new_glyph_mapping(plan);

    QByteArray program;
    QByteArray cidToGid;
    if (f.cff) {
        program = tableBytes(subset, kCffTag);
        const CffCharset subsetCharset(program);
        if (!subsetCharset.isValid()) {
            hb_face_destroy(subset);
            hb_subset_plan_destroy(plan);
            return fail(subsetCharset.errorString());
        }
        // The codes in the content stream are the original CIDs: the subset must keep them.
        for (auto it = f.used.cbegin(); it != f.used.cend(); ++it) {
            const quint32 newGid = hb_map_get(oldToNew, it.key());
            const quint32 cid = f.charset->cidForGlyph(it.key());
            const quint32 subsetCid =
                subsetCharset.isCidKeyed() ? subsetCharset.cidForGlyph(newGid) : newGid;
            if (newGid == HB_MAP_VALUE_INVALID || subsetCid != cid) {
                hb_face_destroy(subset);
                hb_subset_plan_destroy(plan);
                return fail(tr("字体子集丢失了字形 %2 的 CID %1").arg(cid).arg(it.key()));
            }
        }
    } else {
        hb_blob_t *blob = hb_face_reference_blob(subset);
        unsigned int length = 0;
        const char *data = hb_blob_get_data(blob, &length);
        program = QByteArray(data, qsizetype(length));
        hb_blob_destroy(blob);
        const quint32 maxCode = f.used.isEmpty() ? 0 : f.used.lastKey();
        cidToGid = QByteArray(qsizetype(maxCode + 1) * 2, '\0');
        for (auto it = f.used.cbegin(); it != f.used.cend(); ++it) {
            const quint32 newGid = hb_map_get(oldToNew, it.key());
            if (newGid == HB_MAP_VALUE_INVALID) {
                hb_face_destroy(subset);
                hb_subset_plan_destroy(plan);
                return fail(tr("字体子集丢失了字形 %1").arg(it.key()));
            }
            cidToGid[it.key() * 2] = char(newGid >> 8);
            cidToGid[it.key() * 2 + 1] = char(newGid & 0xff);
        }
    }
    hb_face_destroy(subset);
    hb_subset_plan_destroy(plan);
    if (program.isEmpty())
        return fail(tr("字体子集没有字形轮廓"));

    // Codes in ascending order, each with its glyph.
    QMap<quint16, quint32> glyphByCode;
    for (auto it = f.used.cbegin(); it != f.used.cend(); ++it)
        glyphByCode.insert(quint16(f.cff ? f.charset->cidForGlyph(it.key()) : it.key()), it.key());

    // A stable six-letter tag from the face and its glyph set.
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(QFile::encodeName(f.ref.file));
    hash.addData(QByteArray::number(f.ref.faceIndex));
    for (auto it = glyphByCode.cbegin(); it != glyphByCode.cend(); ++it)
        hash.addData(QByteArray(QByteArray::number(it.key()) + ','));
    const QByteArray digest = hash.result();
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + quint8(digest[i]) % 26);

    QString psName = f.ref.postscriptName;
    if (psName.isEmpty()) {
        char buffer[128] = {};
        unsigned int size = sizeof(buffer);
        hb_ot_name_get_utf8(f.face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size,
                            buffer);
        psName = QString::fromUtf8(buffer);
    }
    if (psName.isEmpty())
        psName = f.ref.family;
    const QByteArray baseFont = tag + '+' + PdfSyntax::fontName(psName);

    // Metrics in 1/1000 em.
    const double scale = 1000.0 / f.upem;
    hb_font_extents_t extents = {};
    hb_font_get_h_extents(f.font, &extents);
    const QByteArray head = tableBytes(f.face, kHeadTag);
    double bbox[4] = {0, -double(f.upem) * 0.12, double(f.upem), double(f.upem) * 0.88};
    if (head.size() >= 44) {
        for (int i = 0; i < 4; ++i)
            bbox[i] = qint16((quint8(head[36 + 2 * i]) << 8) | quint8(head[37 + 2 * i]));
    }

    const int descendant = m_writer->reserveObject();
    const int descriptor = m_writer->reserveObject();
    const int fontFile = m_writer->reserveObject();
    const int toUnicode = m_writer->reserveObject();
    const int cidToGidObject = f.cff ? 0 : m_writer->reserveObject();

    QByteArray type0BaseFont = baseFont;
    if (f.cff)
        type0BaseFont += "-Identity-H";
    m_writer->writeObject(f.objectNumber, "<< /Type /Font /Subtype /Type0 /BaseFont " +
                                              PdfSyntax::name(type0BaseFont) +
                                              " /Encoding /Identity-H /DescendantFonts [" +
                                              QByteArray::number(descendant) + " 0 R] /ToUnicode " +
                                              QByteArray::number(toUnicode) + " 0 R >>");

    QByteArray widths = "[";
    for (auto it = glyphByCode.cbegin(); it != glyphByCode.cend();) {
        const quint16 first = it.key();
        QByteArray run;
        quint16 next = first;
        while (it != glyphByCode.cend() && it.key() == next) {
            run += ' ' + PdfSyntax::number(glyphWidth(f, it.value()));
            ++it;
            ++next;
        }
        widths += ' ' + QByteArray::number(first) + " [" + run + " ]";
    }
    widths += " ]";

    QByteArray cidFont = "<< /Type /Font /Subtype " +
                         QByteArray(f.cff ? "/CIDFontType0" : "/CIDFontType2") + " /BaseFont " +
                         PdfSyntax::name(baseFont) +
                         " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
                         "/Supplement 0 >> /FontDescriptor " +
                         QByteArray::number(descriptor) + " 0 R /DW 1000 /W " + widths;
    if (!f.cff)
        cidFont += " /CIDToGIDMap " + QByteArray::number(cidToGidObject) + " 0 R";
    cidFont += " >>";
    m_writer->writeObject(descendant, cidFont);

    m_writer->writeObject(
        descriptor,
        "<< /Type /FontDescriptor /FontName " + PdfSyntax::name(baseFont) + " /Flags 4 /FontBBox " +
            PdfSyntax::rect(bbox[0] * scale, bbox[1] * scale, bbox[2] * scale, bbox[3] * scale) +
            " /ItalicAngle 0 /Ascent " + PdfSyntax::number(extents.ascender * scale) +
            " /Descent " + PdfSyntax::number(extents.descender * scale) + " /CapHeight " +
            PdfSyntax::number(extents.ascender * scale) + " /StemV 80 " +
            (f.cff ? "/FontFile3 " : "/FontFile2 ") + QByteArray::number(fontFile) + " 0 R >>");

    if (f.cff)
        m_writer->writeStream(fontFile, "/Subtype /CIDFontType0C", program,
                              PdfObjectWriter::Compression::FlateFast);
    else
        m_writer->writeStream(fontFile, "/Length1 " + QByteArray::number(program.size()), program,
                              PdfObjectWriter::Compression::FlateFast);

    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> "
                      "def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<QByteArray> entries;
    for (auto it = glyphByCode.cbegin(); it != glyphByCode.cend(); ++it) {
        const QString text = f.used.value(it.value());
        if (!text.isEmpty())
            entries.append('<' + hex4(it.key()) + "> <" + utf16Hex(text) + '>');
    }
    for (qsizetype i = 0; i < entries.size(); i += 100) {
        const auto chunk = entries.mid(i, 100);
        cmap += QByteArray::number(chunk.size()) + " beginbfchar\n";
        for (const auto &e : chunk)
            cmap += e + '\n';
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    m_writer->writeStream(toUnicode, QByteArray(), cmap);

    if (!f.cff)
        m_writer->writeStream(cidToGidObject, QByteArray(), cidToGid);
    return !m_writer->hasError();
}

} // namespace folio::pdf
