// Each language names the recurring terms of the trade one way (translations/glossary/<lang>.tsv,
// format in translations/glossary/README.md), in the catalog and in the interface; and the catalog's
// translations keep what must stay exact: reply codes, verbatim server text in straight double quotes,
// and product and provider names.
#include "referencedata.h"
#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpref::test;

namespace {

// The terms the glossary of every language must name (by their first English form).
const QStringList requiredTerms = { u"bounce"_s, u"mailbox"_s, u"sender"_s, u"recipient"_s, u"relay"_s,
                                    u"blocklist"_s, u"reply code"_s, u"enhanced status code"_s, u"retry"_s };

// Never translated, wherever the English names them.
const QStringList productNames = { u"Gmail"_s, u"Google Workspace"_s, u"Microsoft 365"_s, u"Outlook.com"_s,
                                   u"Exchange Online"_s, u"Yahoo"_s, u"iCloud"_s, u"Postfix"_s, u"Exim"_s,
                                   u"Sendmail"_s, u"Zoho"_s, u"Amazon SES"_s, u"Spamhaus"_s, u"Proton"_s };

struct GlossaryTerm
{
    int line = 0;
    QStringList english;
    QRegularExpression englishPattern;
    QStringList accepted;
    QStringList avoided;
};

QStringList alternatives(const QString &column)
{
    return column.split(u'|', Qt::SkipEmptyParts);
}

QRegularExpression wholeWords(const QStringList &forms)
{
    QStringList escaped;
    for (const QString &form : forms)
        escaped << QRegularExpression::escape(form);
    return QRegularExpression(u"(?<!\\w)(?:"_s + escaped.join(u'|') + u")(?!\\w)"_s,
                              QRegularExpression::CaseInsensitiveOption);
}

QList<GlossaryTerm> readGlossary(const QString &language)
{
    QFile file(ReferenceData::sourcePath(u"translations/glossary/"_s + language + u".tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<GlossaryTerm> terms;
    int number = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        ++number;
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        GlossaryTerm term { number, alternatives(columns.value(0)), {}, alternatives(columns.value(1)),
                            alternatives(columns.value(2)) };
        term.englishPattern = wholeWords(term.english);
        terms << term;
    }
    return terms;
}

// The English text where a glossary term counts: without verbatim quotes and without tokens that are
// configuration names, paths, addresses, markup or header names ("Authentication-Results"), which
// stay English in every language.
QString translatableWords(const QString &english)
{
    static const QRegularExpression quoted(u"\"[^\"\\n]*\""_s);
    static const QRegularExpression technical(u"[=_/@<>\\[\\]{}`]|^[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+\\W*$"_s);
    QString text = english;
    text.replace(quoted, u" "_s);
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    words.removeIf([](const QString &word) { return word.contains(technical); });
    return words.join(u' ');
}

// What a catalog translation must contain unchanged: the codes, the verbatim quotes, the names.
QStringList keptTokens(const QString &english)
{
    static const QRegularExpression code(
        u"(?<![\\w.])(?:[2-5]\\d\\d|[245X]\\.\\d{1,3}\\.\\d{1,3})(?!\\w|\\.\\d)"_s);
    static const QRegularExpression quoted(u"\"([^\"\\n]{2,})\""_s);
    QStringList tokens;
    for (auto it = code.globalMatch(english); it.hasNext();)
        tokens << it.next().captured(0);
    for (auto it = quoted.globalMatch(english); it.hasNext();)
        tokens << it.next().captured(1);
    for (const QString &name : productNames) {
        if (wholeWords({ name }).match(english).hasMatch() && english.contains(name))
            tokens << name;
    }
    tokens.removeDuplicates();
    return tokens;
}

QString translationOf(const TsMessage &message)
{
    return message.forms.join(u' ');
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languages_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : translatedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void glossaryNamesTheRequiredTerms_data() { languages_data(); }
    void glossaryNamesTheRequiredTerms()
    {
        QFETCH(QString, language);
        const QList<GlossaryTerm> terms = readGlossary(language);
        QVERIFY2(!terms.isEmpty(), qPrintable(u"no glossary for "_s + language));
        QStringList missing = requiredTerms;
        for (const GlossaryTerm &term : terms) {
            QVERIFY2(!term.english.isEmpty() && !term.accepted.isEmpty(),
                     qPrintable(u"line %1: a term needs its English forms and a rendering"_s.arg(term.line)));
            missing.removeAll(term.english.constFirst().toLower());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"not in the glossary: "_s + missing.join(u", ")));
    }

    void glossaryIsFollowed_data() { languages_data(); }
    void glossaryIsFollowed()
    {
        QFETCH(QString, language);
        const QList<GlossaryTerm> terms = readGlossary(language);
        QStringList problems;
        int checked = 0;
        for (const QString &kind : { u"catalog_"_s, u"smtpref_"_s }) {
            const QString file = kind + language + u".ts";
            for (const TsMessage &message : readTs(ReferenceData::sourcePath(u"translations/"_s + file))) {
                if (!message.type.isEmpty())
                    continue;
                const QString words = translatableWords(message.source);
                const QString translation = translationOf(message);
                for (const GlossaryTerm &term : terms) {
                    if (!term.englishPattern.match(words).hasMatch())
                        continue;
                    ++checked;
                    const auto has = [&](const QString &form) {
                        return translation.contains(form, Qt::CaseInsensitive);
                    };
                    const QString where = file + u' ' + (message.key.isEmpty() ? message.source.left(50) : message.key);
                    if (std::none_of(term.accepted.cbegin(), term.accepted.cend(), has))
                        problems << u"%1: \"%2\" is not \"%3\""_s.arg(where, term.english.constFirst(),
                                                                       term.accepted.constFirst());
                    for (const QString &avoided : term.avoided) {
                        if (has(avoided))
                            problems << u"%1: \"%2\" uses \"%3\""_s.arg(where, term.english.constFirst(), avoided);
                    }
                }
            }
        }
        QVERIFY2(checked > 100, qPrintable(u"only %1 term uses checked"_s.arg(checked)));
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems, e.g.\n"_s.arg(problems.size())
                                                + problems.mid(0, 15).join(u'\n')));
    }

    void catalogKeepsCodesQuotesAndNames_data() { languages_data(); }
    void catalogKeepsCodesQuotesAndNames()
    {
        QFETCH(QString, language);
        QStringList problems;
        int checked = 0;
        const QString file = u"translations/catalog_"_s + language + u".ts";
        for (const TsMessage &message : readTs(ReferenceData::sourcePath(file))) {
            if (!message.type.isEmpty())
                continue;
            const QString translation = translationOf(message);
            for (const QString &token : keptTokens(message.source)) {
                ++checked;
                if (!translation.contains(token))
                    problems << message.key + u": " + token;
            }
        }
        QVERIFY(checked > 1000);
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 changed, e.g.\n"_s.arg(problems.size())
                                                + problems.mid(0, 15).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
