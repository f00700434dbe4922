#include "pdf/pdfxwriter.h"

#include "pdf/cmykconverter.h"
#include "pdf/fontembedder.h"
#include "pdf/imageembedder.h"
#include "pdf/pageexporter.h"
#include "pdf/pdfobjectwriter.h"
#include "pdf/pdfsyntax.h"
#include "pdf/writeerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QUuid>
#include <cerrno>

namespace folio::pdf {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("folio::pdf", text);
}
} // namespace

namespace {

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PdfxWriter::PdfxWriter(PdfExportOptions options) : m_options(std::move(options)) {}

QByteArray PdfxWriter::headerVersion(PdfxStandard standard)
{
    return standard == PdfxStandard::X4 ? "1.6" : "1.3";
}

QString PdfxWriter::pdfxVersion(PdfxStandard standard)
{
    return standard == PdfxStandard::X4 ? QStringLiteral("PDF/X-4")
                                        : QStringLiteral("PDF/X-1:2001");
}

bool PdfxWriter::checkSettings(const PdfExportOptions &options, QByteArray *profile, QString *error)
{
    QByteArray bytes = options.iccProfile;
    const QString path = options.settings.iccProfilePath;
    if (bytes.isEmpty() && !path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("无法读取输出特性文件 %1：%2").arg(path, file.errorString());
            return false;
        }
        bytes = file.readAll();
    }
    if (!bytes.isEmpty()) {
        QString why;
        if (!CmykConverter::isCmykProfile(bytes, &why)) {
            *error = tr("输出特性文件不可用：%1").arg(why);
            return false;
        }
    } else if (options.settings.standard == PdfxStandard::X4) {
        *error = tr("PDF/X-4 需要印厂的 CMYK 输出特性文件（ICC profile，作为 DestOutputProfile）："
                    "请在导出设置中选择，或用 --icc 指定");
        return false;
    }
    if (options.settings.outputConditionIdentifier.trimmed().isEmpty()) {
        *error = tr("输出条件标识（OutputConditionIdentifier）为空");
        return false;
    }
    *profile = bytes;
    return true;
}

namespace {
PdfxWriter::PageSource listSource(const QList<PageLayout> &pages, const QList<PdfPageLabel> &labels)
{
    return [&pages, &labels, i = 0](PageLayout *page, PdfPageLabel *label) mutable {
        if (i >= pages.size())
            return false;
        *page = pages[i];
        *label = i < labels.size() ? labels[i] : PdfPageLabel();
        ++i;
        return true;
    };
}
} // namespace

bool PdfxWriter::writeFile(const QString &path, const QList<PageLayout> &pages,
                           const QList<PdfPageLabel> &labels)
{
    return writeFile(path, listSource(pages, labels));
}

bool PdfxWriter::write(QIODevice *device, const QList<PageLayout> &pages,
                       const QList<PdfPageLabel> &labels)
{
    // Nothing is written when any page has no size.
    for (const auto &page : pages) {
        if (!(page.pageSize.width() > 0 && page.pageSize.height() > 0)) {
            m_error = tr("第 %1 页没有尺寸").arg(page.pageIndex + 1);
            return false;
        }
    }
    return write(device, listSource(pages, labels));
}

bool PdfxWriter::writeFile(const QString &path, const PageSource &next)
{
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = WriteError::message(path, errno, file.errorString());
        return false;
    }
    if (!write(&file, next)) {
        if (m_deviceFailed)
            m_error = WriteError::message(path, m_systemError, m_deviceError);
        file.cancelWriting();
        return false;
    }
    // The last bytes are still buffered, so a full disk may show only now; and Qt 6.4's
    // commit() ignores a failure of that last flush (it would rename a truncated file into
    // place), so flush first and check.
    errno = 0;
    if (!file.flush()) {
        m_error = WriteError::message(path, errno, file.errorString());
        file.cancelWriting();
        return false;
    }
    errno = 0;
    if (!file.commit()) {
        m_error = WriteError::message(path, errno, file.errorString());
        return false;
    }
    return true;
}

void PdfxWriter::takeDeviceFailure(const PdfObjectWriter &writer)
{
    m_error = writer.errorString();
    m_deviceFailed = writer.deviceFailed();
    m_systemError = writer.systemError();
    m_deviceError = writer.deviceError();
}

bool PdfxWriter::write(QIODevice *device, const PageSource &next)
{
    m_error.clear();
    m_deviceFailed = false;
    m_systemError = 0;
    m_deviceError.clear();
    m_diagnostics.clear();
    PageLayout page;
    PdfPageLabel label;
    if (!next(&page, &label)) {
        m_error = tr("没有要导出的版面");
        return false;
    }
    const int firstPageIndex = page.pageIndex;
    QByteArray profile;
    if (!checkSettings(m_options, &profile, &m_error))
        return false;
    const ExportSettings &settings = m_options.settings;
    const bool x4 = settings.standard == PdfxStandard::X4;

    const CmykConverter converter(profile, settings.inkLimit);
    PdfObjectWriter writer(device);
    FontEmbedder fonts(&writer);
    ImageEmbedder images(&writer, &converter);
    writer.writeHeader(headerVersion(settings.standard));

    const int catalog = writer.reserveObject();
    const int pageTree = writer.reserveObject();
    const int info = writer.reserveObject();
    const int overprint = writer.reserveObject();
    const int knockout = writer.reserveObject();
    writer.writeObject(overprint, "<< /Type /ExtGState /OP true /op true /OPM 1 >>");
    writer.writeObject(knockout, "<< /Type /ExtGState /OP false /op false /OPM 1 >>");

    PageExporter exporter(&writer, &fonts, &images, m_options);
    exporter.setGraphicsStates(overprint, knockout);
    QList<int> kids;
    do {
        if (!(page.pageSize.width() > 0 && page.pageSize.height() > 0)) {
            m_error = tr("第 %1 页没有尺寸").arg(page.pageIndex + 1);
            return false;
        }
        if (label.number <= 0)
            label.number = page.pageIndex + 1;
        kids.append(exporter.writePage(page, label, pageTree, &m_diagnostics));
        // A picture that cannot be embedded fails the file: a page never goes out without it.
        for (const Diagnostic &d : std::as_const(m_diagnostics)) {
            if (d.isError() && d.code == QLatin1String("image-decode-limit")) {
                m_error = d.message;
                return false;
            }
        }
        page = PageLayout();
        label = PdfPageLabel();
    } while (next(&page, &label));
    QString fontError;
    if (!fonts.finish(&fontError)) {
        takeDeviceFailure(writer);
        if (!fontError.isEmpty())
            m_error = fontError;
        else if (m_error.isEmpty())
            m_error = tr("字体无法写入");
        return false;
    }
    QByteArray kidList;
    for (int k : kids)
        kidList += QByteArray::number(k) + " 0 R ";
    writer.writeObject(pageTree, "<< /Type /Pages /Kids [" + kidList.trimmed() + "] /Count " +
                                     QByteArray::number(kids.size()) + " >>");

    // The one output intent.
    QByteArray intent = "<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier " +
                        PdfSyntax::textString(settings.outputConditionIdentifier) +
                        " /OutputCondition " + PdfSyntax::textString(settings.outputCondition) +
                        " /RegistryName (http://www.color.org) /Info " +
                        PdfSyntax::textString(settings.outputCondition);
    if (!profile.isEmpty()) {
        const int icc = writer.reserveObject();
        writer.writeStream(icc, "/N 4", profile);
        intent += " /DestOutputProfile " + QByteArray::number(icc) + " 0 R";
    }
    intent += " >>";
    const int outputIntent = writer.reserveObject();
    writer.writeObject(outputIntent, intent);

    QString title = m_options.title.trimmed();
    if (title.isEmpty())
        title = QStringLiteral("%1 %2").arg(m_options.paperName).arg(firstPageIndex + 1).trimmed();
    const QDateTime time =
        m_options.exportTime.isValid() ? m_options.exportTime : QDateTime::currentDateTime();
    const QByteArray date = PdfSyntax::literalString(PdfSyntax::date(time));
    QByteArray infoDict = "<< /Title " + PdfSyntax::textString(title) +
                          " /Creator (Folio) /Producer (Folio PDF/X writer) /CreationDate " + date +
                          " /ModDate " + date + " /Trapped /False /GTS_PDFXVersion " +
                          PdfSyntax::textString(pdfxVersion(settings.standard));
    if (!x4)
        infoDict += " /GTS_PDFXConformance (PDF/X-1a:2001)";
    if (!m_options.keywords.isEmpty())
        infoDict += " /Keywords " + PdfSyntax::textString(m_options.keywords);
    infoDict += " >>";
    writer.writeObject(info, infoDict);

    // A file id from what makes this file: title, time, size so far.
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(title.toUtf8());
    hash.addData(date);
    hash.addData(QByteArray::number(writer.size()));
    const QByteArray fileId = hash.result();

    QByteArray catalogDict = "<< /Type /Catalog /Pages " + QByteArray::number(pageTree) +
                             " 0 R /OutputIntents [" + QByteArray::number(outputIntent) + " 0 R]";
    if (x4) {
        const int metadata = writer.reserveObject();
        writer.writeStream(metadata, "/Type /Metadata /Subtype /XML",
                           xmpMetadata(title, fileId.toHex()), PdfObjectWriter::Compression::None);
        catalogDict += " /Metadata " + QByteArray::number(metadata) + " 0 R";
    }
    catalogDict += " >>";
    writer.writeObject(catalog, catalogDict);

    if (!writer.finish(catalog, info, fileId)) {
        takeDeviceFailure(writer);
        return false;
    }
    return true;
}

QByteArray PdfxWriter::xmpMetadata(const QString &title, const QByteArray &documentId) const
{
    const QDateTime time =
        m_options.exportTime.isValid() ? m_options.exportTime : QDateTime::currentDateTime();
    const QString date = PdfSyntax::xmpDate(time);
    const QString uuid =
        QUuid::fromRfc4122(QByteArray::fromHex(documentId)).toString(QUuid::WithoutBraces);
    QString xmp =
        QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "  <rdf:Description rdf:about=\"\"\n"
                       "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                       "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                       "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                       "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n"
                       "    xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n"
                       "   <dc:format>application/pdf</dc:format>\n"
                       "   <dc:title><rdf:Alt><rdf:li "
                       "xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                       "   <xmp:CreateDate>%2</xmp:CreateDate>\n"
                       "   <xmp:ModifyDate>%2</xmp:ModifyDate>\n"
                       "   <xmp:MetadataDate>%2</xmp:MetadataDate>\n"
                       "   <xmp:CreatorTool>Folio</xmp:CreatorTool>\n"
                       "   <pdf:Producer>Folio PDF/X writer</pdf:Producer>\n"
                       "   <pdf:Trapped>False</pdf:Trapped>\n"
                       "   <xmpMM:DocumentID>uuid:%3</xmpMM:DocumentID>\n"
                       "   <xmpMM:InstanceID>uuid:%3</xmpMM:InstanceID>\n"
                       "   <xmpMM:VersionID>%4</xmpMM:VersionID>\n"
                       "   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n"
                       "   <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>\n"
                       "  </rdf:Description>\n"
                       " </rdf:RDF>\n"
                       "</x:xmpmeta>\n"
                       "<?xpacket end=\"w\"?>")
            .arg(xmlEscaped(title), date, uuid)
            .arg(m_options.settings.version);
    return xmp.toUtf8();
}

} // namespace folio::pdf
