// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <list>
#include <string>
#include <unordered_map>
#include <utility>

namespace nextevent::server::store
{

/// A connection's prepared statements by their SQL, the least recently used closed past `capacity`: both
/// drivers keep one, because preparing the same SQL again on every call is a large share of a short query.
template <typename Handle> class StatementCache
{
public:
    using Close = std::function<void(Handle)>;

    StatementCache(std::size_t capacity, Close close)
        : m_capacity(capacity)
        , m_close(std::move(close))
    {
    }

    ~StatementCache()
    {
        clear();
    }

    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// The statement kept for `sql`, now the most recently used; a null handle when there is none.
    Handle find(const std::string &sql)
    {
        const auto found = m_statements.find(sql);
        if (found == m_statements.end())
            return Handle{};
        m_order.splice(m_order.begin(), m_order, found->second.second);
        return found->second.first;
    }

    /// Keeps `statement` for `sql`, closing the least recently used one first when full.
    void add(const std::string &sql, Handle statement)
    {
        if (m_statements.size() >= m_capacity && !m_order.empty())
            forget(m_order.back());
        m_order.push_front(sql);
        m_statements.emplace(sql, std::make_pair(statement, m_order.begin()));
    }

    /// Closes and drops the statement kept for `sql`, if any.
    void forget(const std::string &sql)
    {
        const auto found = m_statements.find(sql);
        if (found == m_statements.end())
            return;
        m_close(found->second.first);
        m_order.erase(found->second.second);
        m_statements.erase(found);
    }

    /// Closes every statement (before the connection itself is closed).
    void clear()
    {
        for (auto &[sql, entry] : m_statements)
            m_close(entry.first);
        m_statements.clear();
        m_order.clear();
    }

private:
    const std::size_t m_capacity;
    const Close m_close;
    std::list<std::string> m_order; ///< most recently used first
    std::unordered_map<std::string, std::pair<Handle, std::list<std::string>::iterator>> m_statements;
};

} // namespace nextevent::server::store
