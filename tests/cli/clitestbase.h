#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// What the folio-cli tests share: running the real binary as a separate process, and the
// editions and files they give it, in one temporary folder per test program.
class CliTestBase : public QObject
{
protected:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, int timeoutMs = 60000, bool withoutRuntimeDir = false);
    QString saveEdition(const QString &name, int pages, int framesPerPage, int stories);
    QString saveTwoPageEdition(const QString &name, bool page2Empty);
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};
