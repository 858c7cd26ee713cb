// SPDX-License-Identifier: MIT
#include "server/http/Http.h"

#include <charconv>
#include <sstream>

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/StreamCopier.h>

#include "nextevent/Error.h"
#include "nextevent/UntrustedJson.h"

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
            {{name,
              ec != std::errc() || ptr != value.data() + value.size() ? FieldCode::InvalidFormat
                                                                      : FieldCode::OutOfRange,
              "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max)}});
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
        throw Error::validation({{"body", FieldCode::Required, "a JSON body is required"}});
    auto parsed = parseUntrustedJson(body);
    if (parsed.problem == JsonProblem::TooDeep)
        throw Error(ErrorCode::Validation,
                    "The request body nests arrays and objects more than " + std::to_string(kMaxJsonDepth) +
                        " levels deep",
                    {{"body", FieldCode::TooMany, "nests too deeply"}});
    if (parsed.problem != JsonProblem::None)
        throw Error(ErrorCode::Validation,
                    "The request body is not valid JSON",
                    {{"body", FieldCode::InvalidFormat, "is not valid JSON"}});
    return std::move(parsed.value);
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
        throw Error::validation({{"search", FieldCode::TooLong, "must be at most 200 characters"}});
    request.sort = queryValue("sort").value_or("");
    const auto order = queryValue("order").value_or("asc");
    if (order != "asc" && order != "desc")
        throw Error::validation({{"order", FieldCode::InvalidChoice, "must be asc or desc"}});
    request.descending = order == "desc";
    return request;
}

const app::Principal &Request::user() const
{
    if (!principal)
        throw Error(ErrorCode::Unauthenticated, "Sign in first");
    return *principal;
}

std::string Request::cookie(const std::string &name) const
{
    const std::string header = this->header("cookie");
    std::size_t pos = 0;
    while (pos < header.size())
    {
        const auto end = header.find(';', pos);
        std::string pair = header.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
        const auto first = pair.find_first_not_of(' ');
        pair = first == std::string::npos ? "" : pair.substr(first);
        const auto eq = pair.find('=');
        if (eq != std::string::npos && pair.substr(0, eq) == name)
            return pair.substr(eq + 1);
        if (end == std::string::npos)
            break;
        pos = end + 1;
    }
    return {};
}

namespace
{
class FilePartHandler : public Poco::Net::PartHandler
{
public:
    explicit FilePartHandler(std::string field)
        : m_field(std::move(field))
    {
    }

    void handlePart(const Poco::Net::MessageHeader &header, std::istream &stream) override
    {
        std::string disposition;
        Poco::Net::NameValueCollection params;
        Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition, params);
        if (params.get("name", "") != m_field || found)
        {
            Poco::StreamCopier::copyToString(stream, m_discard);
            m_discard.clear();
            return;
        }
        found = true;
        fileName = params.get("filename", "");
        Poco::StreamCopier::copyToString(stream, bytes);
    }

    bool found = false;
    std::string bytes;
    std::string fileName;

private:
    std::string m_field;
    std::string m_discard;
};
} // namespace

Request::Upload Request::upload(const std::string &name) const
{
    const std::string contentType = header("content-type");
    if (contentType.rfind("multipart/form-data", 0) != 0)
        throw Error::validation({{"body",
                                  FieldCode::InvalidFormat,
                                  "must be multipart/form-data with a '" + name + "' file field"}});
    FilePartHandler handler(name);
    try
    {
        Poco::Net::HTTPRequest fake(Poco::Net::HTTPRequest::HTTP_POST, "/");
        fake.setContentType(contentType);
        std::istringstream stream(body);
        Poco::Net::HTMLForm form;
        form.setFieldLimit(20);
        form.load(fake, stream, handler);
    }
    catch (const Poco::Exception &)
    {
        throw Error::validation(
            {{"body", FieldCode::InvalidFormat, "is not well-formed multipart/form-data"}});
    }
    if (!handler.found)
        throw Error::validation({{name, FieldCode::Required, "is required (multipart file field)"}});
    return {std::move(handler.bytes), std::move(handler.fileName)};
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

Response Response::okJson(std::shared_ptr<const std::string> dataJson, std::string message)
{
    Response r;
    r.dataJson = std::move(dataJson);
    r.message = std::move(message);
    return r;
}

Response Response::later(std::shared_ptr<Deferred> deferred)
{
    Response r;
    r.deferred = std::move(deferred);
    return r;
}

void Deferred::resolve(Response response)
{
    std::unique_lock lock(m_mutex);
    if (m_settled)
        return;
    m_response = std::make_unique<Response>(std::move(response));
    settle(lock);
}

void Deferred::fail(std::exception_ptr error)
{
    std::unique_lock lock(m_mutex);
    if (m_settled)
        return;
    m_error = std::move(error);
    settle(lock);
}

void Deferred::whenSettled(Continuation then)
{
    std::unique_lock lock(m_mutex);
    m_then = std::move(then);
    if (m_settled)
        settle(lock);
}

void Deferred::settle(std::unique_lock<std::mutex> &lock)
{
    m_settled = true;
    if (!m_then)
        return; // the front has not asked yet: whenSettled() runs it
    Continuation then = std::move(m_then);
    m_then = nullptr;
    lock.unlock();
    then(m_response.get(), m_error);
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
