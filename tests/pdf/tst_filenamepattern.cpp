#include "pdf/filenamepattern.h"

#include <QtTest>

using folio::pdf::FileNamePattern;

class tst_FileNamePattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expand_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("expected");
        const QString standard =
            QStringLiteral("{paper}_{yyyymmdd}_{section}{page:02}_{version}.pdf");
        QTest::newRow("convention") << standard << QStringLiteral("A") << 3
                                    << QStringLiteral("北京工人报_20250120_A03_2.pdf");
        QTest::newRow("two-digit page") << standard << QStringLiteral("B") << 12
                                        << QStringLiteral("北京工人报_20250120_B12_2.pdf");
        QTest::newRow("section with slash and space")
            << standard << QStringLiteral("要闻/时政 版") << 1
            << QStringLiteral("北京工人报_20250120_要闻_时政-版01_2.pdf");
        QTest::newRow("plain page, dashed date")
            << QStringLiteral("{yyyy-mm-dd}-{page}.pdf") << QString() << 7
            << QStringLiteral("2025-01-20-7.pdf");
        QTest::newRow("unknown placeholder")
            << QStringLiteral("{paper}_{edition}.pdf") << QString() << 1 << QString();
        QTest::newRow("empty") << QString() << QString() << 1 << QString();
    }

    void expand()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, section);
        QFETCH(int, page);
        QFETCH(QString, expected);
        const FileNamePattern::Values values{QStringLiteral("北京工人报"), QDate(2025, 1, 20),
                                             section, page, 2};
        QString error;
        QCOMPARE(FileNamePattern::expand(pattern, values, &error), expected);
        QCOMPARE(error.isEmpty(), !expected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FileNamePattern)
#include "tst_filenamepattern.moc"
