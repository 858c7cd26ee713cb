// SPDX-License-Identifier: MIT
#include "server/http/Http.h"

#include <charconv>

#include "nextevent/Error.h"

namespace nextevent::server::http
{
namespace
{
std::int64_t
parseBounded(const std::string &name, const std::string &value, std::int64_t min, std::int64_t max)
{
    std::int64_t out = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc() || ptr != value.data() + value.size() || out < min || out > max)
        throw Error::validation(
            {{name, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max)}});
    return out;
}
} // namespace

const std::string &Request::param(const std::string &name) const
{
    static const std::string empty;
    auto it = pathParams.find(name);
    return it == pathParams.end() ? empty : it->second;
}

std::optional<std::string> Request::queryValue(const std::string &name) const
{
    auto it = query.find(name);
    if (it == query.end())
        return std::nullopt;
    return it->second;
}

std::string Request::header(const std::string &lowerName) const
{
    auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

nlohmann::json Request::json() const
{
    if (body.empty())
        throw Error::validation({{"body", "a JSON body is required"}});
    auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_discarded())
        throw Error(
            ErrorCode::Validation, "The request body is not valid JSON", {{"body", "is not valid JSON"}});
    return parsed;
}

app::PageRequest Request::pageRequest() const
{
    app::PageRequest request;
    if (auto page = queryValue("page"))
        request.page = parseBounded("page", *page, 1, 1000000);
    if (auto size = queryValue("pageSize"))
        request.pageSize = parseBounded("pageSize", *size, 1, 100);
    request.search = queryValue("search").value_or("");
    if (request.search.size() > 200)
        throw Error::validation({{"search", "must be at most 200 characters"}});
    request.sort = queryValue("sort").value_or("");
    const auto order = queryValue("order").value_or("asc");
    if (order != "asc" && order != "desc")
        throw Error::validation({{"order", "must be asc or desc"}});
    request.descending = order == "desc";
    return request;
}

const app::Principal &Request::user() const
{
    if (!principal)
        throw Error(ErrorCode::Unauthenticated, "Sign in first");
    return *principal;
}

Response Response::ok(nlohmann::json data, std::string message, int status)
{
    Response r;
    r.status = status;
    r.data = std::move(data);
    r.message = std::move(message);
    return r;
}

Response Response::created(nlohmann::json data, std::string message)
{
    return ok(std::move(data), std::move(message), 201);
}

Response Response::noContent()
{
    Response r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

Response Response::file(std::string body, std::string contentType, std::string fileName)
{
    Response r;
    r.body = std::move(body);
    r.contentType = std::move(contentType);
    if (!fileName.empty())
        r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    return r;
}

} // namespace nextevent::server::http
