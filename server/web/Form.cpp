// SPDX-License-Identifier: MIT
#include "server/web/Form.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "nextevent/Error.h"
#include "nextevent/Validation.h"

namespace nextevent::server::web
{
namespace
{
std::string decode(std::string text)
{
    for (auto &c : text)
        if (c == '+')
            c = ' ';
    std::string out;
    try
    {
        Poco::URI::decode(text, out);
    }
    catch (const Poco::Exception &)
    {
        throw Error::validation({{"form", FieldCode::InvalidFormat, "is not valid form encoding"}});
    }
    return out;
}

} // namespace

Form Form::parse(const std::string &body)
{
    Form form;
    std::size_t start = 0;
    while (start < body.size())
    {
        auto end = body.find('&', start);
        if (end == std::string::npos)
            end = body.size();
        const std::string pair = body.substr(start, end - start);
        start = end + 1;
        if (pair.empty())
            continue;
        const auto eq = pair.find('=');
        std::string name = decode(pair.substr(0, eq));
        std::string value = eq == std::string::npos ? std::string() : decode(pair.substr(eq + 1));
        if (utf8Length(name) < 0 || utf8Length(value) < 0)
            throw Error::validation({{"form", FieldCode::InvalidFormat, "is not valid UTF-8"}});
        form.m_fields.emplace(std::move(name), std::move(value));
    }
    return form;
}

std::optional<std::string> Form::value(const std::string &name) const
{
    const auto it = m_fields.find(name);
    if (it == m_fields.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::string> Form::values(const std::string &name) const
{
    std::vector<std::string> out;
    const auto [begin, end] = m_fields.equal_range(name);
    for (auto it = begin; it != end; ++it)
        out.push_back(it->second);
    return out;
}

} // namespace nextevent::server::web
