#include "proof/proofdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <poppler-qt6.h>

namespace folio::proof {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::proof::ProofDocument", text);
}

void failWith(QString *error, const QString &problem)
{
    if (error)
        *error = problem;
}

// Poppler's own messages about a damaged file would go to the terminal; the reason is in the
// error this class returns.
void quietPoppler(const QString &, const QVariant &) {}

} // namespace

ProofDocument::~ProofDocument() = default;

std::unique_ptr<ProofDocument> ProofDocument::open(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(error, tr("%1：无法打开（%2）。").arg(path, file.errorString()));
        return nullptr;
    }
    return fromData(file.readAll(), path, error);
}

std::unique_ptr<ProofDocument> ProofDocument::fromData(const QByteArray &data, const QString &name,
                                                       QString *error)
{
    if (!data.startsWith("%PDF-")) {
        failWith(error, tr("%1：不是 PDF 文件。").arg(name));
        return nullptr;
    }
    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    return check(Poppler::Document::loadFromData(data), name, error);
}

std::unique_ptr<ProofDocument> ProofDocument::check(std::unique_ptr<Poppler::Document> document,
                                                    const QString &name, QString *error)
{
    if (!document) {
        failWith(error, tr("%1：PDF 文件已损坏，无法读取。").arg(name));
        return nullptr;
    }
    // An encrypted proof may open without a password, but what it says cannot be trusted to
    // be the proof that was issued, and it cannot be written back: refuse it either way.
    if (document->isLocked() || document->isEncrypted()) {
        failWith(error, tr("%1：PDF 文件已加密，请先去掉密码保护再导入。").arg(name));
        return nullptr;
    }
    if (document->numPages() < 1) {
        failWith(error, tr("%1：PDF 文件没有页面（文件可能已损坏）。").arg(name));
        return nullptr;
    }
    std::unique_ptr<ProofDocument> proof(new ProofDocument);
    proof->m_identity = parseKeywords(document->info(QStringLiteral("Keywords")));
    proof->m_document = std::move(document);
    proof->m_name = name;
    return proof;
}

ProofDocument::Identity ProofDocument::parseKeywords(const QString &keywords)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^folio-proof proof=(\d+) page=(\d+) round=(\d+)$)"));
    const QRegularExpressionMatch m = pattern.match(keywords.trimmed());
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toInt()};
}

int ProofDocument::pageCount() const
{
    return m_document->numPages();
}

QSizeF ProofDocument::pageSize(int page) const
{
    const std::unique_ptr<Poppler::Page> p = m_document->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

QList<ProofDocument::Character> ProofDocument::characters(int page) const
{
    QList<Character> out;
    const std::unique_ptr<Poppler::Page> p = m_document->page(page);
    if (!p)
        return out;
    for (const auto &box : p->textList()) {
        const QString text = box->text();
        // Poppler gives one box per character of the word (a surrogate pair shares one).
        for (int i = 0; i < text.size(); ++i) {
            const int units = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            out.append({text.mid(i, units), box->charBoundingBox(i)});
            i += units - 1;
        }
    }
    return out;
}

QImage ProofDocument::render(int page, double dpi) const
{
    const std::unique_ptr<Poppler::Page> p = m_document->page(page);
    if (!p)
        return {};
    m_document->setRenderHint(Poppler::Document::Antialiasing, true);
    m_document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    m_document->setPaperColor(Qt::white);
    return p->renderToImage(dpi, dpi);
}

QImage ProofDocument::render(int page, double dpi, const QRectF &region) const
{
    const std::unique_ptr<Poppler::Page> p = m_document->page(page);
    if (!p)
        return {};
    m_document->setRenderHint(Poppler::Document::Antialiasing, true);
    m_document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    m_document->setPaperColor(Qt::white);
    const QRect pixels =
        QRectF(region.topLeft() * dpi / 72.0, region.size() * dpi / 72.0).toAlignedRect();
    return p->renderToImage(dpi, dpi, pixels.x(), pixels.y(), pixels.width(), pixels.height());
}

} // namespace folio::proof
