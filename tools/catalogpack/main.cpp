// Build step: reads the catalog's JSON files, validates them exactly as the program would, and
// writes the compiled catalog the program embeds. Any catalog error fails the build, naming the
// file, the entry and the field.
#include "catalog.h"
#include "catalogbinary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fputs("usage: smtpref_catalogpack OUTPUT INPUT.json...\n", stderr);
        return 2;
    }
    QList<smtpref::Catalog::Document> documents;
    for (const QString &path : arguments.mid(2)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "catalogpack: cannot read %s\n", qPrintable(path));
            return 1;
        }
        documents.append({ QFileInfo(path).fileName(), file.readAll() });
    }
    QList<smtpref::CatalogError> errors;
    const smtpref::Catalog catalog = smtpref::Catalog::fromDocuments(documents, &errors);
    for (const smtpref::CatalogError &error : std::as_const(errors))
        std::fprintf(stderr, "catalog error: %s\n", qPrintable(error.toString()));
    if (!errors.isEmpty())
        return 1;
    QFile output(arguments.at(1));
    if (!output.open(QIODevice::WriteOnly)
        || output.write(smtpref::CatalogBinary::write(catalog.entries())) < 0) {
        std::fprintf(stderr, "catalogpack: cannot write %s\n", qPrintable(output.fileName()));
        return 1;
    }
    return 0;
}
