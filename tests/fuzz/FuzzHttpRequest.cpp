// SPDX-License-Identifier: MIT
// The parts of a request handlers read from raw client bytes (server/http/Http.cpp): the multipart
// upload of /v2/media (our part handler over POCO's HTMLForm), the JSON body, cookies and paging.
// Input format, so seeds stay readable: the first line is the Content-Type header, the rest the body.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "nextevent/Error.h"

#include "server/http/Http.h"

using nextevent::Error;
using nextevent::server::http::Request;

namespace
{
template <typename F> void expectOnlyDomainErrors(F &&read)
{
    try
    {
        read();
    }
    catch (const Error &)
    {
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::size_t newline = input.find('\n');
    Request request;
    request.method = "POST";
    request.path = "/v2/media";
    request.headers["content-type"] = std::string(input.substr(0, newline));
    request.body = newline == std::string_view::npos ? std::string() : std::string(input.substr(newline + 1));
    request.headers["cookie"] = std::string(input.substr(0, newline));

    expectOnlyDomainErrors(
        [&]
        {
            const Request::Upload upload = request.upload("file");
            if (upload.bytes.size() > request.body.size())
                std::abort(); // the file cannot be larger than the body it came in
        });
    expectOnlyDomainErrors([&] { request.json(); });
    request.cookie("ne_rid");

    // The first line as a query string's values.
    request.query.emplace("page", request.headers["content-type"]);
    request.query.emplace("pageSize", std::string(input.substr(0, std::min<std::size_t>(newline, 8))));
    request.query.emplace("order", request.body.substr(0, 4));
    expectOnlyDomainErrors([&] { request.pageRequest(); });
    return 0;
}
