#include "referencedata.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace smtpref::test {

QString ReferenceRow::column(const QString &name) const
{
    return fields.value(header.indexOf(name));
}

QString ReferenceData::dataPath(const QString &relative)
{
    return QStringLiteral(SMTPREF_TEST_DATA) + u'/' + relative;
}

QString ReferenceData::sourcePath(const QString &relative)
{
    return QStringLiteral(SMTPREF_SOURCE_DIR) + u'/' + relative;
}

QList<ReferenceRow> ReferenceData::read(const QString &file)
{
    QFile tsv(dataPath(u"reference/"_s + file));
    if (!tsv.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(tsv.fileName()));
    const QStringList lines = QString::fromUtf8(tsv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(u'\t');
    QList<ReferenceRow> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(u'\t');
        rows.append({ fields.value(0), fields, header });
    }
    return rows;
}

QList<ReferenceRow> ReferenceData::basicCodes()
{
    return read(u"smtp-basic-codes.tsv"_s);
}

QList<ReferenceRow> ReferenceData::enhancedCodes()
{
    return read(u"iana-enhanced-status-codes.tsv"_s);
}

QList<ReferenceRow> ReferenceData::providerCodes()
{
    return read(u"providers/provider-codes.tsv"_s);
}

} // namespace smtpref::test
