#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

// Runs `qpdf --check` on a written file; qpdf is one of the project's installed dependencies.
inline void requireQpdfCheck(const QString &path)
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        QSKIP("qpdf is not installed (packaging/install-deps.sh installs it)");
    QProcess process;
    process.start(qpdf, {QStringLiteral("--check"), path});
    QVERIFY(process.waitForFinished(60000));
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("WARNING")), qPrintable(output));
}
