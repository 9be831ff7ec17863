// libFuzzer target: a bounce mail of any bytes read by MimeReader, explained and diagnosed as the
// window and smtpref --explain do. The reading's report must lie inside its text, every finding inside
// the report, every verdict on a line of it.
#include "diagnosis/diagnosis.h"
#include "explain/explainer.h"
#include "mime/mimereader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const smtpref::Catalog catalog = [] {
        QList<smtpref::CatalogError> errors;
        return smtpref::Catalog::builtIn(&errors);
    }();
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // The bytes as they are, and behind a message's header block, so that the MIME paths are reached.
    const QByteArray withHeaders = QByteArray("From: a@example.com\nMIME-Version: 1.0\n") + bytes;
    for (const QByteArray &input : { bytes.toByteArray(), withHeaders }) {
        const smtpref::MailReading mail = smtpref::MimeReader::read(input);
        if (mail.reportEnd < 0 || mail.reportEnd > mail.text.size())
            std::abort();
        const QStringView report = QStringView(mail.text).first(mail.reportEnd);
        const smtpref::Explainer explainer(catalog);
        const QList<smtpref::ExplainFinding> findings = explainer.explain(report);
        for (const smtpref::ExplainFinding &finding : findings) {
            if (finding.start < 0 || finding.start + finding.length > report.size())
                std::abort();
        }
        // Lines as the explainer counts them: LF, CRLF and a lone CR each end one.
        qsizetype lines = 1;
        for (qsizetype i = 0; i < report.size(); ++i) {
            if (report[i] == u'\n' || (report[i] == u'\r' && (i + 1 == report.size() || report[i + 1] != u'\n')))
                ++lines;
        }
        for (const smtpref::Verdict &verdict : smtpref::Diagnosis::ofMail(mail, findings)) {
            if (verdict.line < 0 || verdict.line > lines)
                std::abort();
        }
    }
    return 0;
}
