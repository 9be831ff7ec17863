#include "catalog/catalogbinary.h"

#include "catalog/entryfields.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace smtpref {

namespace {

constexpr quint32 magic = 0x534d5450; // "SMTP"
constexpr quint32 formatVersion = 4;

// The largest value each enumeration may have in a catalog: the vocabulary's tables are indexed by them.
constexpr quint32 largest(CodeKind)
{
    return quint32(CodeKind::Tag);
}
constexpr quint32 largest(CodeStatus)
{
    return quint32(CodeStatus::Provider);
}
constexpr quint32 largest(Actor)
{
    return quint32(Actor::ClientSoftware);
}

class Writer
{
public:
    void word(quint32 value)
    {
        const quint32 little = qToLittleEndian(value);
        m_data.append(reinterpret_cast<const char *>(&little), sizeof little);
    }
    template<typename Enumeration> void enumeration(Enumeration value) { word(quint32(value)); }
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
        records(texts, [this](const QString &t) { text(t); });
    }
    void numbers(const QList<int> &numbers)
    {
        records(numbers, [this](int n) { word(quint32(n)); });
    }
    template<typename Record, typename Fields> void records(const QList<Record> &records, Fields fields)
    {
        word(quint32(records.size()));
        for (const Record &record : records)
            fields(record);
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

    template<typename Enumeration> void enumeration(Enumeration &value)
    {
        const quint32 word = this->word();
        if (word > largest(value))
            m_ok = false;
        value = m_ok ? static_cast<Enumeration>(word) : Enumeration {};
    }

    void text(QString &text)
    {
        const qsizetype length = count(sizeof(char16_t));
        const qsizetype bytes = (length * 2 + 3) & ~qsizetype(3);
        text.clear();
        if (!has(bytes))
            return;
        const char *start = m_at;
        m_at += bytes;
        if (length == 0)
            return;
        if (m_reference) {
            text = QString::fromRawData(reinterpret_cast<const QChar *>(start), length);
            return;
        }
        text.resize(length);
        std::memcpy(text.data(), start, length * 2);
        if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian) {
            for (QChar &c : text)
                c = QChar(qFromLittleEndian(c.unicode()));
        }
    }

    void texts(QStringList &texts)
    {
        records(texts, [this](QString &t) { text(t); });
    }

    void numbers(QList<int> &numbers)
    {
        records(numbers, [this](int &n) { n = int(word()); });
    }

    // Every record holds at least one word.
    template<typename Record, typename Fields> void records(QList<Record> &records, Fields fields)
    {
        records.resize(count(sizeof(quint32)));
        for (Record &record : records)
            fields(record);
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

// An entry is its fields in the order of entryfields.h, each written as its type asks: the same walk
// writes (Entry const) and reads, so the two cannot drift apart.
template<typename Stream> class FieldStream
{
public:
    explicit FieldStream(Stream &stream)
        : m_stream(stream)
    { }

    template<typename Member> void operator()(entryfields::Field, Member &member)
    {
        using Plain = std::remove_const_t<Member>;
        if constexpr (std::same_as<Plain, QString>) {
            m_stream.text(member);
        } else if constexpr (entryfields::isEnumeration<Member>) {
            m_stream.enumeration(member);
        } else if constexpr (std::same_as<Plain, QList<int>>) {
            m_stream.numbers(member);
        } else if constexpr (std::same_as<Plain, QStringList>) {
            m_stream.texts(member);
        } else {
            static_assert(entryfields::isRecordList<Member>, "a field type entryfields.h does not describe");
            m_stream.records(member, [this](auto &record) { entryfields::visitRecordFields(*this, record); });
        }
    }

private:
    Stream &m_stream;
};

template<typename Stream, typename Entry> void entryFields(Stream &stream, Entry &entry)
{
    FieldStream<Stream> fields(stream);
    entryfields::visitEntryFields(fields, entry);
}

// Names and types of the fields, in order: written after the version, so that a catalog compiled
// with another field list reads as an unknown format even if nobody bumped formatVersion.
class LayoutSignature
{
public:
    template<typename Member> void operator()(entryfields::Field field, Member &member)
    {
        add(field.name);
        if constexpr (entryfields::isRecordList<Member>) {
            add(u"[");
            typename entryfields::RecordListOf<std::remove_const_t<Member>>::Record record;
            entryfields::visitRecordFields(*this, record);
            add(u"]");
        } else if constexpr (entryfields::isEnumeration<Member>) {
            add(u"enumeration");
            add(QString::number(largest(member)));
        } else {
            add(typeName(member));
        }
    }

    quint32 value() const { return m_hash; }

private:
    static QStringView typeName(const QString &) { return u"text"; }
    static QStringView typeName(const QStringList &) { return u"texts"; }
    static QStringView typeName(const QList<int> &) { return u"numbers"; }

    // FNV-1a: the same on every machine and every run, unlike qHash.
    void add(QStringView text)
    {
        for (QChar c : text) {
            m_hash ^= c.unicode();
            m_hash *= 16777619u;
        }
        m_hash ^= 0xffff; // a separator, so "ab"+"c" differs from "a"+"bc"
        m_hash *= 16777619u;
    }

    quint32 m_hash = 2166136261u;
};

quint32 layoutSignature()
{
    LayoutSignature signature;
    CatalogEntry entry;
    entryfields::visitEntryFields(signature, entry);
    return signature.value();
}

} // namespace

QByteArray CatalogBinary::write(const QList<CatalogEntry> &entries)
{
    Writer out;
    out.word(magic);
    out.word(formatVersion);
    out.word(layoutSignature());
    out.word(quint32(entries.size()));
    for (const CatalogEntry &entry : entries)
        entryFields(out, entry);
    return out.data();
}

bool CatalogBinary::read(const QByteArray &data, QList<CatalogEntry> *entries, QString *error, Texts texts)
{
    // Referring needs the UTF-16 in the machine's order, at an address a char16_t may have.
    const bool inPlace = texts == Texts::ReferenceStatic && QSysInfo::ByteOrder == QSysInfo::LittleEndian
        && reinterpret_cast<quintptr>(data.constData()) % alignof(quint32) == 0;
    Reader in(data, inPlace);
    entries->clear();
    if (in.word() != magic || in.word() != formatVersion || in.word() != layoutSignature()) {
        *error = QCoreApplication::translate("CatalogParser", "the embedded catalog has an unknown format");
        return false;
    }
    // An entry takes well over 64 bytes: the smallest has a code, a title and a dozen counts.
    const qsizetype count = in.count(64);
    entries->reserve(count);
    for (qsizetype i = 0; i < count && in.ok(); ++i) {
        CatalogEntry entry;
        entryFields(in, entry);
        if (in.ok())
            entries->append(std::move(entry));
    }
    if (!in.ok() || entries->size() != count || !in.atEnd()) {
        *error = QCoreApplication::translate("CatalogParser", "the embedded catalog is truncated or damaged");
        entries->clear();
        return false;
    }
    return true;
}

} // namespace smtpref
