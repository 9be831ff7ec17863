#include "catalogbinary.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace smtpref {

namespace {

constexpr quint32 magic = 0x534d5450; // "SMTP"
constexpr quint32 formatVersion = 3;

class Writer
{
public:
    void word(quint32 value)
    {
        const quint32 little = qToLittleEndian(value);
        m_data.append(reinterpret_cast<const char *>(&little), sizeof little);
    }
    void text(const QString &text)
    {
        word(quint32(text.size()));
        for (QChar c : text) {
            const quint16 little = qToLittleEndian(c.unicode());
            m_data.append(reinterpret_cast<const char *>(&little), sizeof little);
        }
        if (text.size() % 2)
            m_data.append(2, '\0'); // keep the next word aligned
    }
    void texts(const QStringList &texts)
    {
        word(quint32(texts.size()));
        for (const QString &t : texts)
            text(t);
    }
    void numbers(const QList<int> &numbers)
    {
        word(quint32(numbers.size()));
        for (int n : numbers)
            word(quint32(n));
    }
    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

// Reads words and texts with bounds checks; after the first failure everything reads as empty
// and ok() stays false.
class Reader
{
public:
    Reader(const QByteArray &data, bool reference)
        : m_at(data.constData())
        , m_end(data.constData() + data.size())
        , m_reference(reference)
    { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

    quint32 word()
    {
        if (!has(sizeof(quint32)))
            return 0;
        quint32 value;
        std::memcpy(&value, m_at, sizeof value);
        m_at += sizeof value;
        return qFromLittleEndian(value);
    }

    // A count of items that take at least minimumBytes each: a damaged count cannot ask for more
    // items than the data could hold, so it never reserves gigabytes.
    qsizetype count(qsizetype minimumBytes)
    {
        const quint32 n = word();
        // Compared unsigned: on a 32-bit machine a count above 2^31 would turn negative.
        if (m_ok && quint64(n) > quint64(m_end - m_at) / quint64(minimumBytes))
            m_ok = false;
        return m_ok ? qsizetype(n) : 0;
    }

    QString text()
    {
        const qsizetype length = count(sizeof(char16_t));
        const qsizetype bytes = (length * 2 + 3) & ~qsizetype(3);
        if (!has(bytes))
            return {};
        const char *start = m_at;
        m_at += bytes;
        if (length == 0)
            return {};
        if (m_reference)
            return QString::fromRawData(reinterpret_cast<const QChar *>(start), length);
        QString copy(length, Qt::Uninitialized);
        std::memcpy(copy.data(), start, length * 2);
        if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian) {
            for (QChar &c : copy)
                c = QChar(qFromLittleEndian(c.unicode()));
        }
        return copy;
    }

    QStringList texts()
    {
        QStringList list;
        list.resize(count(sizeof(quint32)));
        for (QString &t : list)
            t = text();
        return list;
    }

    QList<int> numbers()
    {
        QList<int> list;
        list.resize(count(sizeof(quint32)));
        for (int &n : list)
            n = int(word());
        return list;
    }

private:
    bool has(qsizetype bytes)
    {
        if (m_ok && m_end - m_at < bytes)
            m_ok = false;
        return m_ok;
    }

    const char *m_at;
    const char *m_end;
    bool m_reference;
    bool m_ok = true;
};

} // namespace

QByteArray CatalogBinary::write(const QList<CatalogEntry> &entries)
{
    Writer out;
    out.word(magic);
    out.word(formatVersion);
    out.word(quint32(entries.size()));
    for (const CatalogEntry &e : entries) {
        out.text(e.code);
        out.word(quint32(e.kind));
        out.numbers(e.classes);
        out.numbers(e.seenClasses);
        out.word(quint32(e.status));
        for (const QString *field : { &e.title, &e.summary, &e.whenSeen, &e.howToFix })
            out.text(*field);
        out.texts(e.causes);
        out.word(quint32(e.checks.size()));
        for (const DiagnosticCheck &check : e.checks) {
            out.text(check.step);
            out.text(check.command);
        }
        out.texts(e.related);
        out.texts(e.pairs);
        out.word(quint32(e.references.size()));
        for (const DocumentReference &reference : e.references) {
            out.text(reference.document);
            out.text(reference.section);
        }
        out.text(e.retry);
        out.word(quint32(e.actor));
        out.texts(e.stages);
        out.word(quint32(e.providers.size()));
        for (const ProviderUsage &usage : e.providers) {
            out.text(usage.provider);
            out.text(usage.sample);
            out.text(usage.meaning);
        }
    }
    return out.data();
}

bool CatalogBinary::read(const QByteArray &data, QList<CatalogEntry> *entries, QString *error, Texts texts)
{
    // Referring needs the UTF-16 in the machine's order, at an address a char16_t may have.
    const bool inPlace = texts == Texts::ReferenceStatic && QSysInfo::ByteOrder == QSysInfo::LittleEndian
        && reinterpret_cast<quintptr>(data.constData()) % alignof(quint32) == 0;
    Reader in(data, inPlace);
    entries->clear();
    if (in.word() != magic || in.word() != formatVersion) {
        *error = QCoreApplication::translate("CatalogParser", "the embedded catalog has an unknown format");
        return false;
    }
    // An entry takes well over 64 bytes: the smallest has a code, a title and a dozen counts.
    const qsizetype count = in.count(64);
    entries->reserve(count);
    for (qsizetype i = 0; i < count && in.ok(); ++i) {
        CatalogEntry e;
        e.code = in.text();
        const quint32 kind = in.word();
        e.classes = in.numbers();
        e.seenClasses = in.numbers();
        const quint32 status = in.word();
        for (QString *field : { &e.title, &e.summary, &e.whenSeen, &e.howToFix })
            *field = in.text();
        e.causes = in.texts();
        e.checks.resize(in.count(2 * sizeof(quint32)));
        for (DiagnosticCheck &check : e.checks) {
            check.step = in.text();
            check.command = in.text();
        }
        e.related = in.texts();
        e.pairs = in.texts();
        e.references.resize(in.count(2 * sizeof(quint32)));
        for (DocumentReference &reference : e.references) {
            reference.document = in.text();
            reference.section = in.text();
        }
        e.retry = in.text();
        const quint32 actor = in.word();
        e.stages = in.texts();
        e.providers.resize(in.count(3 * sizeof(quint32)));
        for (ProviderUsage &usage : e.providers) {
            usage.provider = in.text();
            usage.sample = in.text();
            usage.meaning = in.text();
        }
        // The vocabulary's tables are indexed by these values: out of range is a damaged catalog.
        if (kind > quint32(CodeKind::Enhanced) || status > quint32(CodeStatus::Deprecated)
            || actor > quint32(Actor::ClientSoftware)) {
            break;
        }
        e.kind = static_cast<CodeKind>(kind);
        e.status = static_cast<CodeStatus>(status);
        e.actor = static_cast<Actor>(actor);
        entries->append(std::move(e));
    }
    if (!in.ok() || entries->size() != count || !in.atEnd()) {
        *error = QCoreApplication::translate("CatalogParser", "the embedded catalog is truncated or damaged");
        entries->clear();
        return false;
    }
    return true;
}

} // namespace smtpref
