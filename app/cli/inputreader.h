// Reads the text of a file or of standard input as a stream of decoded pieces, so that memory does not
// grow with the input: UTF-8, or UTF-16/UTF-32 when a byte order mark says so. Refuses what is not text
// (NUL bytes and control characters: /dev/zero, a binary) and input over maxBytes, saying which.
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <optional>

namespace smtpref {

class InputReader final
{
    Q_DECLARE_TR_FUNCTIONS(InputReader)

public:
    // The most smtpref reads; documented in README.md and the man page.
    static constexpr qint64 maxBytes = qint64(256) * 1024 * 1024;

    explicit InputReader(const QString &fileName); // "-" is standard input
    bool open();
    // The next piece of text; false at the end of the input or after an error.
    bool read(QString *piece);
    // The next piece as bytes, undecoded (a mail message decodes its own parts); false at the end or
    // after an error.
    bool readBytes(QByteArray *bytes);
    // Bytes read with readBytes() as text, as read() would have decoded them; false when they are not text.
    bool decode(const QByteArray &bytes, QString *piece);
    // Why open() or read() failed, for a message; empty when the input simply ended.
    QString error() const { return m_error; }

private:
    static bool looksLikeText(QStringView piece);

    QString m_fileName;
    QFile m_file;
    std::optional<QStringDecoder> m_decoder;
    qint64 m_bytesRead = 0;
    QString m_error;
};

} // namespace smtpref
