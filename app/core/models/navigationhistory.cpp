#include "models/navigationhistory.h"

namespace smtpref {

void NavigationHistory::visit(const QString &code)
{
    if (code.isEmpty() || code == current())
        return;
    m_items.resize(m_index + 1);
    m_items.append(code);
    if (m_items.size() > maxItems)
        m_items.removeFirst();
    m_index = m_items.size() - 1;
}

void NavigationHistory::replaceCurrent(const QString &code)
{
    if (m_index < 0)
        visit(code);
    else if (!code.isEmpty())
        m_items[m_index] = code;
}

QString NavigationHistory::back()
{
    if (canGoBack())
        --m_index;
    return current();
}

QString NavigationHistory::forward()
{
    if (canGoForward())
        ++m_index;
    return current();
}

} // namespace smtpref
