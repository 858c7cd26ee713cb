// SPDX-License-Identifier: MIT
#pragma once

#include <utility>
#include <variant>

#include "server/wechat/WeChatError.h"

namespace nextevent::server::wechat
{

/// The outcome of a WeChat protocol operation that can fail on untrusted input: either a value or a
/// WeChatError. A small stand-in for C++23 std::expected.
template <typename T> class Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }

    Result(WeChatError error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    /// True when the operation succeeded.
    bool ok() const
    {
        return m_state.index() == 0;
    }

    explicit operator bool() const
    {
        return ok();
    }

    /// The value. Throws nextevent::Error (from error().toError()) when called on a failure, which
    /// is a programming error: check ok() first.
    const T &value() const &
    {
        requireValue();
        return std::get<0>(m_state);
    }

    T &value() &
    {
        requireValue();
        return std::get<0>(m_state);
    }

    T &&value() &&
    {
        requireValue();
        return std::get<0>(std::move(m_state));
    }

    const T &operator*() const &
    {
        return value();
    }

    const T *operator->() const
    {
        return &value();
    }

    /// The error. Only valid when ok() is false; otherwise throws std::bad_variant_access.
    const WeChatError &error() const
    {
        return std::get<1>(m_state);
    }

private:
    void requireValue() const
    {
        if (m_state.index() != 0)
            throw std::get<1>(m_state).toError();
    }

    std::variant<T, WeChatError> m_state;
};

} // namespace nextevent::server::wechat
