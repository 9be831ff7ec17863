// Back and forward through the codes a person has looked at, as a browser does.
#pragma once

#include <QStringList>

namespace smtpref {

class NavigationHistory final
{
public:
    // The item that stands for the window's start page (no code reads so).
    static constexpr QStringView startPage = u"start:";

    // A deliberate visit (a link, a click): drops the forward entries and appends code.
    void visit(const QString &code);
    // What is shown changed by itself (the list followed the search): no new step to go back to.
    void replaceCurrent(const QString &code);

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_items.size(); }
    QString back();
    QString forward();
    QString current() const { return m_items.value(m_index); }

private:
    static constexpr qsizetype maxItems = 200;
    QStringList m_items;
    qsizetype m_index = -1;
};

} // namespace smtpref
