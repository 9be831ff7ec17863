// The one description of a catalog entry's fields: for each member of CatalogEntry (and of its
// records) its JSON name and what kind of text it is. Parsing, structural checks, the compiled
// format, JSON export, translation keys and search text all walk this list, so a field added here
// reaches every one of them (docs/catalog.md, "Adding a field").
//
// A visitor is called as visitor(Field, member) for every field in order, with member a reference
// to one of these types (const when the entry is):
//   QString, QStringList, QList<int>, an enumeration with vocabulary ids (CodeKind, CodeStatus,
//   Actor), or a QList of a record (DiagnosticCheck, DocumentReference, ProviderUsage,
//   CuratedComparison), whose own
//   fields visitRecordFields() describes the same way.
#pragma once

#include "catalog/catalogentry.h"

#include <QFlags>
#include <QStringView>

#include <concepts>
#include <type_traits>

namespace smtpref::entryfields {

enum Flag : quint16 {
    // May be absent from the JSON: an absent text is empty, an absent list has no item. The export
    // leaves out an optional text that is empty.
    Optional = 0x01,
    // A text must not be blank; a list needs at least one item.
    NonEmpty = 0x02,
    // Prose, translated through translations/catalog_<lang>.ts under the key "<code>|<name>".
    Translatable = 0x04,
    // Codes, commands, document names, server lines: shown and exported exactly as written.
    Verbatim = 0x08,
    // The search finds the entry by the words of this field; a class list by the code in each class.
    Searchable = 0x10,
    // The words a search ranks highest: a match here is a title match.
    SearchTitle = 0x20,
    // Only enhanced entries have it; the export leaves it out of basic entries.
    EnhancedOnly = 0x40,
    // Every item is one of vocabulary::stageIds().
    StageIds = 0x80,
};
Q_DECLARE_FLAGS(Flags, Flag)
Q_DECLARE_OPERATORS_FOR_FLAGS(Flags)

struct Field
{
    QStringView name; // as written in the JSON
    Flags flags;

    bool has(Flag flag) const { return flags.testFlag(flag); }
};

template<class Visitor, class Entry> void visitEntryFields(Visitor &v, Entry &e)
{
    static_assert(std::is_same_v<std::remove_const_t<Entry>, CatalogEntry>);
    v(Field { u"code", NonEmpty | Verbatim | Searchable }, e.code);
    v(Field { u"rangeEnd", Optional | Verbatim | EnhancedOnly }, e.rangeEnd);
    v(Field { u"kind", NonEmpty }, e.kind);
    v(Field { u"classes", Searchable }, e.classes);
    v(Field { u"seenClasses", Optional | EnhancedOnly | Searchable }, e.seenClasses);
    v(Field { u"status", NonEmpty }, e.status);
    v(Field { u"provider", Optional | Verbatim | Searchable }, e.provider);
    v(Field { u"title", NonEmpty | Translatable | SearchTitle }, e.title);
    v(Field { u"keywords", Optional | Translatable | SearchTitle }, e.keywords);
    v(Field { u"summary", NonEmpty | Translatable | Searchable }, e.summary);
    v(Field { u"whenSeen", NonEmpty | Translatable | Searchable }, e.whenSeen);
    v(Field { u"howToFix", NonEmpty | Translatable | Searchable }, e.howToFix);
    v(Field { u"causes", NonEmpty | Translatable | Searchable }, e.causes);
    v(Field { u"errorTexts", Optional | Verbatim | SearchTitle }, e.errorTexts);
    v(Field { u"checks", NonEmpty }, e.checks);
    v(Field { u"related", Verbatim | Searchable }, e.related);
    v(Field { u"pairs", Verbatim | Searchable }, e.pairs);
    v(Field { u"references", {} }, e.references);
    v(Field { u"retry", NonEmpty | Translatable | Searchable }, e.retry);
    v(Field { u"actor", NonEmpty }, e.actor);
    v(Field { u"stages", NonEmpty | Verbatim | Searchable | StageIds }, e.stages);
    v(Field { u"providers", {} }, e.providers);
    v(Field { u"comparisons", Optional }, e.comparisons);
}

// The fields of one item of checks, references, providers or comparisons.
template<class Visitor, class Record> void visitRecordFields(Visitor &v, Record &r)
{
    using Plain = std::remove_const_t<Record>;
    if constexpr (std::is_same_v<Plain, DiagnosticCheck>) {
        v(Field { u"step", Translatable | Searchable }, r.step);
        v(Field { u"command", Optional | Verbatim | Searchable }, r.command);
    } else if constexpr (std::is_same_v<Plain, DocumentReference>) {
        v(Field { u"document", Verbatim | Searchable }, r.document);
        v(Field { u"section", Verbatim }, r.section); // empty when the whole document applies
    } else if constexpr (std::is_same_v<Plain, CuratedComparison>) {
        v(Field { u"code", NonEmpty | Verbatim }, r.code);
        v(Field { u"with", NonEmpty | Verbatim }, r.with);
        v(Field { u"difference", NonEmpty | Translatable }, r.difference);
        v(Field { u"tellApart", NonEmpty | Translatable }, r.tellApart);
        v(Field { u"action", NonEmpty | Translatable }, r.action);
    } else {
        static_assert(std::is_same_v<Plain, ProviderUsage>, "a record entryfields.h does not describe");
        v(Field { u"provider", Verbatim | Searchable }, r.provider);
        v(Field { u"sample", Verbatim | Searchable }, r.sample);
        v(Field { u"meaning", Translatable | Searchable }, r.meaning);
    }
}

// What a visitor needs to tell the member types apart.
template<class T> constexpr bool isEnumeration = std::is_enum_v<std::remove_const_t<T>>;

template<class T> struct RecordListOf : std::false_type
{
};
template<class R>
struct RecordListOf<QList<R>> : std::bool_constant<std::is_class_v<R> && !std::is_same_v<R, QString>>
{
    using Record = R;
};
template<class T> constexpr bool isRecordList = RecordListOf<std::remove_const_t<T>>::value;

} // namespace smtpref::entryfields
