#pragma once

#include <QDate>
#include <QString>

namespace folio::pdf {

// Expands export file name patterns such as "{paper}_{yyyymmdd}_{section}{page:02}_{version}.pdf".
// Placeholders: {paper}, {yyyymmdd}, {yyyy-mm-dd}, {section}, {page}, {page:0N}, {version}.
// Characters that file systems refuse are replaced with '_'.
class FileNamePattern
{
public:
    struct Values
    {
        QString paper;
        QDate date;
        QString section;
        int page = 1;
        int version = 1;
    };

    // An empty string and an error for an unknown placeholder or an empty result.
    static QString expand(const QString &pattern, const Values &values, QString *error = nullptr);
};

} // namespace folio::pdf
