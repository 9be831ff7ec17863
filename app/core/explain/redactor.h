// Masks what identifies people and machines in a pasted bounce or log before it leaves the machine
// (the window's Copy Redacted, `smtpref --redact`). Every e-mail address, IPv4 and IPv6 address, host or
// domain name and URL is replaced by a numbered stand-in from the names and ranges reserved for
// documentation, the same value always by the same stand-in, so the text stays readable:
//   user1@host2.example   host3.example   192.0.2.1   2001:db8::1   https://host4.example/path1
// Reply codes, commands, times, status fields and the rest of the text stay. It errs on the side of
// masking: a dotted word like "RESOLVER.ADR.RecipientNotFound" reads as a host name and is masked too.
// Time and memory are linear in the text; a Redactor keeps its stand-ins across calls, so text given in
// pieces (whole lines) is masked as the whole would be.
#pragma once

#include <QHash>
#include <QString>

namespace smtpref {

class Redactor final
{
public:
    QString redactText(QStringView text);

    // The whole text with fresh stand-ins: what Copy Redacted copies.
    static QString redact(QStringView text);

    static bool isIpv4Address(QStringView token);
    static bool isIpv6Address(QStringView token);
    static bool isHostName(QStringView token);

private:
    void maskGap(QStringView gap, QString *out);
    void maskToken(QStringView token, QString *out, bool asciiOnly);
    bool maskPiece(QStringView piece, QString *out);
    QString nameMask(QStringView name);
    QString ipv4Mask(QStringView address);
    QString ipv6Mask(QStringView address);
    QString emailMask(QStringView local, QStringView domain);
    QString urlMask(QStringView url);

    QHash<QString, QString> m_names;
    QHash<QString, QString> m_ipv4;
    QHash<QString, QString> m_ipv6;
    QHash<QString, QString> m_locals;
    QHash<QString, QString> m_paths;
};

} // namespace smtpref
