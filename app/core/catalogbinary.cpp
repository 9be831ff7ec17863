#include "catalogbinary.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace smtpref {

namespace {

constexpr quint32 magic = 0x534d5450; // "SMTP"
constexpr quint32 formatVersion = 2;

} // namespace

// File-local, but in namespace smtpref rather than an anonymous one, so that QList's stream
// operators find them by argument-dependent lookup.
static QDataStream &operator<<(QDataStream &out, const DiagnosticCheck &check)
{
    return out << check.step << check.command;
}
static QDataStream &operator>>(QDataStream &in, DiagnosticCheck &check)
{
    return in >> check.step >> check.command;
}
static QDataStream &operator<<(QDataStream &out, const DocumentReference &reference)
{
    return out << reference.document << reference.section;
}
static QDataStream &operator>>(QDataStream &in, DocumentReference &reference)
{
    return in >> reference.document >> reference.section;
}
static QDataStream &operator<<(QDataStream &out, const ProviderUsage &usage)
{
    return out << usage.provider << usage.sample << usage.meaning;
}
static QDataStream &operator>>(QDataStream &in, ProviderUsage &usage)
{
    return in >> usage.provider >> usage.sample >> usage.meaning;
}

QByteArray CatalogBinary::write(const QList<CatalogEntry> &entries)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setByteOrder(QDataStream::LittleEndian); // the machines we run on: no byte swapping at start-up
    out << magic << formatVersion << quint32(entries.size());
    for (const CatalogEntry &e : entries) {
        out << e.code << quint8(e.kind) << e.classes << e.seenClasses << quint8(e.status) << e.title
            << e.summary << e.whenSeen << e.howToFix << e.causes << e.checks << e.related << e.pairs
            << e.references << e.retry << quint8(e.actor) << e.stages << e.providers;
    }
    return data;
}

bool CatalogBinary::read(const QByteArray &data, QList<CatalogEntry> *entries, QString *error)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 fileMagic = 0, version = 0, count = 0;
    in >> fileMagic >> version >> count;
    if (fileMagic != magic || version != formatVersion) {
        *error = QCoreApplication::translate("CatalogParser", "the embedded catalog has an unknown format");
        return false;
    }
    // A damaged count must not reserve gigabytes: an entry takes far more than 64 bytes.
    entries->reserve(std::min<qsizetype>(count, data.size() / 64));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        CatalogEntry e;
        quint8 kind = 0, status = 0, actor = 0;
        in >> e.code >> kind >> e.classes >> e.seenClasses >> status >> e.title >> e.summary >> e.whenSeen
            >> e.howToFix >> e.causes >> e.checks >> e.related >> e.pairs >> e.references >> e.retry >> actor
            >> e.stages >> e.providers;
        // The vocabulary's tables are indexed by these values: out of range is a damaged catalog.
        if (kind > quint8(CodeKind::Enhanced) || status > quint8(CodeStatus::Deprecated)
            || actor > quint8(Actor::ClientSoftware)) {
            *error = QCoreApplication::translate("CatalogParser",
                                                 "the embedded catalog is truncated or damaged");
            entries->clear();
            return false;
        }
        e.kind = static_cast<CodeKind>(kind);
        e.status = static_cast<CodeStatus>(status);
        e.actor = static_cast<Actor>(actor);
        entries->append(std::move(e));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd()) {
        *error = QCoreApplication::translate("CatalogParser", "the embedded catalog is truncated or damaged");
        entries->clear();
        return false;
    }
    return true;
}

} // namespace smtpref
