#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// Reads back the objects Folio's writer produced, independently of the writer: the xref table
// must point at each "N 0 obj", stream data is inflated, dictionary values are found by key.
// Enough to check the PDF/X checklist; not a general PDF parser.
class PdfInspector
{
public:
    explicit PdfInspector(const QByteArray &file);
    static PdfInspector fromFile(const QString &path);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QByteArray header() const;  // e.g. "%PDF-1.3"
    QByteArray trailer() const; // the trailer dictionary
    QList<int> objectNumbers() const { return m_objects.keys(); }
    // The object's dictionary (or value) without its stream data.
    QByteArray object(int number) const;
    QByteArray streamData(int number) const; // decoded when /FlateDecode
    QByteArray rawStreamData(int number) const;

    // The value after /Key in a dictionary: a name, number, string, array, reference or nested
    // dictionary, as text.
    static QByteArray value(const QByteArray &dict, const QByteArray &key);
    // "12 0 R" -> 12; 0 when not a reference.
    static int reference(const QByteArray &value);
    static QList<int> references(const QByteArray &array);
    static QList<double> numbers(const QByteArray &array);

    QByteArray resolved(const QByteArray &dict, const QByteArray &key) const;
    int catalog() const;
    QList<int> pages() const;
    // Numbers of the objects whose dictionary contains text.
    QList<int> objectsContaining(const QByteArray &text) const;
    const QByteArray &bytes() const { return m_file; }

private:
    QByteArray m_file;
    QMap<int, QByteArray> m_objects; // number -> text between "obj" and "endobj"
    QString m_error;
};
