#include "tsfile.h"

#include "referencedata.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace smtpref::test {

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            message = { context, {}, {}, {}, {} };
        else if (xml.name() == u"source")
            message.source = xml.readElementText();
        else if (xml.name() == u"comment")
            message.key = xml.readElementText();
        else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            bool numerus = false;
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform") {
                    numerus = true;
                    message.forms << xml.readElementText();
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!numerus)
                message.forms << text;
            messages.append(message);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList tsFiles()
{
    const QDir folder(ReferenceData::sourcePath(u"translations"_s));
    QStringList files;
    for (const QString &name : folder.entryList({ u"*.ts"_s }, QDir::Files, QDir::Name))
        files << folder.filePath(name);
    return files;
}

QStringList translatedLanguages()
{
    return { u"ar"_s, u"de"_s, u"es"_s, u"fr"_s, u"hi"_s, u"ja"_s, u"ko"_s,
             u"pt_BR"_s, u"ru"_s, u"tr"_s, u"vi"_s, u"zh_CN"_s };
}

} // namespace smtpref::test
