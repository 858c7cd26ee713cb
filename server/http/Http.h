// SPDX-License-Identifier: MIT
#pragma once

#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
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

struct Response;

/// An answer settled after its handler returned: a write that waits for its group commit gives its worker
/// back to the front instead of holding it until the commit (the commit then answers many requests at once).
/// Settled exactly once, from any thread; the front's continuation runs on the settling thread.
class Deferred
{
public:
    void resolve(Response response);
    /// An error thrown by the work (nextevent::Error becomes its response, anything else a 500).
    void fail(std::exception_ptr error);

    using Continuation = std::function<void(Response *response, std::exception_ptr error)>;
    /// The front's side: `then` runs once settled, at once when it already is.
    void whenSettled(Continuation then);

private:
    void settle(std::unique_lock<std::mutex> &lock);

    std::mutex m_mutex;
    std::unique_ptr<Response> m_response;
    std::exception_ptr m_error;
    bool m_settled = false;
    Continuation m_then;
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
    /// ok() with data already written as JSON text (a cached read shared by many requests).
    static Response okJson(std::shared_ptr<const std::string> dataJson, std::string message = {});
    /// An answer that `deferred` will carry (see Deferred); nothing else of this response is used.
    static Response later(std::shared_ptr<Deferred> deferred);

    /// Set for JSON envelopes until the pipeline renders them.
    std::optional<nlohmann::json> data;
    /// Set by okJson(): the data as JSON text, placed in the envelope as it is.
    std::shared_ptr<const std::string> dataJson;
    std::string message;
    /// Set by later(): the front waits for it instead of answering now.
    std::shared_ptr<Deferred> deferred;
};

/// A list page rendered in the wire format: {"items","total","page","pageSize"}.
template <typename T> nlohmann::json pageJson(const app::Page<T> &page)
{
    return nlohmann::json{
        {"items", page.items}, {"total", page.total}, {"page", page.page}, {"pageSize", page.pageSize}};
}

} // namespace nextevent::server::http
