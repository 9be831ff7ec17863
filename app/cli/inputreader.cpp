#include "inputreader.h"

#include "textescape.h"

namespace smtpref {

InputReader::InputReader(const QString &fileName)
    : m_fileName(fileName)
{ }

bool InputReader::open()
{
    const bool standardInput = m_fileName == u"-";
    if (!standardInput)
        m_file.setFileName(m_fileName);
    if (!(standardInput ? m_file.open(stdin, QIODevice::ReadOnly) : m_file.open(QIODevice::ReadOnly))) {
        m_error = tr("cannot read %1: %2").arg(shownText(m_fileName), m_file.errorString());
        return false;
    }
    return true;
}

bool InputReader::read(QString *piece)
{
    QByteArray bytes;
    return readBytes(&bytes) && decode(bytes, piece);
}

bool InputReader::readBytes(QByteArray *bytes)
{
    constexpr qint64 pieceBytes = 64 * 1024;
    *bytes = m_file.read(pieceBytes);
    if (bytes->isEmpty()) {
        if (m_file.error() != QFileDevice::NoError)
            m_error = tr("cannot read %1: %2").arg(shownText(m_fileName), m_file.errorString());
        return false;
    }
    m_bytesRead += bytes->size();
    if (m_bytesRead > maxBytes) {
        m_error = tr("%1 is larger than %2 MB, the most smtpref reads.")
                      .arg(shownText(m_fileName))
                      .arg(maxBytes / (1024 * 1024));
        return false;
    }
    return true;
}

bool InputReader::decode(const QByteArray &bytes, QString *piece)
{
    if (!m_decoder) {
        // A byte order mark names UTF-16 or UTF-32 (Windows tools write them); anything else is read as
        // UTF-8, where invalid bytes become replacement characters and the codes around them still count.
        const auto encoding = QStringConverter::encodingForData(bytes);
        m_decoder.emplace(encoding.value_or(QStringConverter::Utf8));
    }
    *piece = m_decoder->decode(bytes);
    if (!looksLikeText(*piece)) {
        m_error = tr("%1 is not text: it holds binary data.").arg(shownText(m_fileName));
        return false;
    }
    return true;
}

// Text has next to no NUL or other control characters besides tab, line and page breaks and the escape
// of coloured logs; a binary or /dev/zero has many.
bool InputReader::looksLikeText(QStringView piece)
{
    qsizetype controls = 0;
    for (QChar c : piece) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != u'\v'
            && c != u'\x1b')
            ++controls;
    }
    return controls <= std::max<qsizetype>(8, piece.size() / 100);
}

} // namespace smtpref
