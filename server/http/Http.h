// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/app/Principal.h"
#include "server/app/Store.h"

namespace nextevent::server::http
{

/// What a handler sees of a request: already routed, authenticated and size-checked.
struct Request
{
    std::string method;
    std::string path;
    std::map<std::string, std::string> pathParams;
    std::multimap<std::string, std::string> query;
    std::map<std::string, std::string> headers; ///< names lower-cased
    std::string body;
    std::string clientAddress;
    std::string requestId;
    std::optional<app::Principal> principal;

    const std::string &param(const std::string &name) const;
    std::optional<std::string> queryValue(const std::string &name) const;
    std::string header(const std::string &lowerName) const;

    /// The body as JSON; VALIDATION_ERROR for malformed JSON or an empty body.
    nlohmann::json json() const;

    /// page, pageSize (1..100), search, sort, order=asc|desc; VALIDATION_ERROR for out-of-range values.
    app::PageRequest pageRequest() const;

    const app::Principal &user() const;

    /// A cookie sent by the client, or "".
    std::string cookie(const std::string &name) const;

    /// The body's multipart/form-data file field `name`: its bytes and file name. VALIDATION_ERROR when the
    /// body is not multipart, is malformed, or lacks the field.
    struct Upload
    {
        std::string bytes;
        std::string fileName;
    };

    Upload upload(const std::string &name) const;
};

/// What a handler returns; the pipeline adds request id, envelope timestamps and Content-Length.
struct Response
{
    int status = 200;
    std::string contentType = "application/json; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;

    /// {"success":true,"data":data,"message":message,...}; request id and timestamp filled by the pipeline.
    static Response ok(nlohmann::json data, std::string message = {}, int status = 200);
    static Response created(nlohmann::json data, std::string message = {});
    static Response noContent();
    static Response file(std::string body, std::string contentType, std::string fileName = {});

    /// Set for JSON envelopes until the pipeline renders them.
    std::optional<nlohmann::json> data;
    std::string message;
};

/// A list page rendered in the wire format: {"items","total","page","pageSize"}.
template <typename T> nlohmann::json pageJson(const app::Page<T> &page)
{
    return nlohmann::json{
        {"items", page.items}, {"total", page.total}, {"page", page.page}, {"pageSize", page.pageSize}};
}

} // namespace nextevent::server::http
