// SPDX-License-Identifier: MIT
#include "tests/fakes/FakeWeChatServer.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <istream>
#include <mutex>
#include <random>
#include <set>
#include <sstream>
#include <utility>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/StreamCopier.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

namespace nextevent::testing
{
namespace
{

using Clock = std::chrono::steady_clock;
using nlohmann::json;

constexpr std::chrono::minutes kOAuthCodeLifetime{5};
constexpr std::int64_t kMaxQrExpireSeconds = 2592000;
constexpr std::size_t kMaxTags = 100;
constexpr std::size_t kMaxTagsPerUser = 20;

/// What a handler answers: an HTTP status and a JSON body (or no body).
struct Reply
{
    int status = 200;
    std::optional<json> body;
};

Reply ok(json body)
{
    return Reply{200, std::move(body)};
}

std::string defaultErrmsg(int errcode)
{
    switch (errcode)
    {
    case -1:
        return "system error";
    case 40001:
        return "invalid credential, access_token is invalid or not latest";
    case 40002:
        return "invalid grant_type";
    case 40003:
        return "invalid openid";
    case 40013:
        return "invalid appid";
    case 40014:
        return "invalid access_token";
    case 40029:
        return "invalid code";
    case 40030:
        return "invalid refresh_token";
    case 40032:
        return "invalid openid list size";
    case 40037:
        return "invalid template_id";
    case 40097:
        return "invalid args";
    case 40125:
        return "invalid appsecret";
    case 40163:
        return "code been used";
    case 41001:
        return "access_token missing";
    case 42001:
        return "access_token expired";
    case 43001:
        return "require GET method";
    case 43002:
        return "require POST method";
    case 43004:
        return "require subscribe";
    case 44002:
        return "empty post data";
    case 45009:
        return "reach max api daily quota limit";
    case 45011:
        return "api minute-quota reach limit  mustslower  retry next minute";
    case 45056:
        return "too many tags";
    case 45059:
        return "user has too many tags";
    case 45157:
        return "invalid tag name";
    case 45158:
        return "tag name too long";
    case 45159:
        return "invalid tag id";
    case 47001:
        return "data format error";
    case 48001:
        return "api unauthorized";
    default:
        return "error";
    }
}

struct ForcedError
{
    int remaining = 0;
    int errcode = 0;
    std::string errmsg;
    std::string path;
};

struct ForcedHttp
{
    int remaining = 0;
    int status = 500;
    std::string path;
};

struct IssuedToken
{
    Clock::time_point expiresAt;
    bool stable = false;
};

struct OAuthCode
{
    std::string openid;
    std::string scope;
    Clock::time_point issuedAt;
    bool used = false;
};

struct UserToken
{
    std::string openid;
    std::string scope;
    Clock::time_point expiresAt;
};

struct Tag
{
    std::int64_t id = 0;
    std::string name;
};

} // namespace

nlohmann::json RecordedRequest::json() const
{
    return nlohmann::json::parse(body, nullptr, false);
}

struct FakeWeChatServer::Impl
{
    class Handler;
    class Factory;

    explicit Impl(Options opts)
        : options(std::move(opts))
    {
    }

    Reply serve(const RecordedRequest &request);

    // The endpoints; `state` is locked by the caller.
    Reply token(const RecordedRequest &request);
    Reply stableToken(const RecordedRequest &request);
    Reply qrcodeCreate(const json &body);
    Reply tagsCreate(const json &body);
    Reply tagMembers(const json &body, bool add);
    Reply userInfo(const RecordedRequest &request);
    Reply templateSend(const json &body);
    Reply getTicket(const RecordedRequest &request);
    Reply oauthAccessToken(const RecordedRequest &request);
    Reply oauthRefresh(const RecordedRequest &request);
    Reply snsUserInfo(const RecordedRequest &request);

    std::optional<Reply> checkAccessToken(const RecordedRequest &request);
    std::string randomString(std::size_t length);
    std::string issueAccessToken(bool stable);
    static Reply error(int errcode, std::string errmsg = {});

    Options options;
    mutable std::mutex mutex;
    std::condition_variable stopped;
    bool stopping = false;
    std::mt19937_64 rng{std::random_device{}()};

    std::chrono::seconds tokenLifetime{7200};
    std::chrono::seconds ticketLifetime{7200};
    std::chrono::seconds tokenOverlap{300};
    std::chrono::milliseconds latency{0};
    std::deque<ForcedError> forcedErrors;
    std::deque<ForcedHttp> forcedHttp;

    std::vector<RecordedRequest> recorded;
    std::map<std::string, IssuedToken> tokens;
    std::vector<std::string> tokenOrder;
    std::string currentStableToken;
    std::map<std::string, FakeUser> users;
    std::map<std::string, std::set<std::int64_t>> userTags;
    std::vector<Tag> tags;
    std::int64_t nextTagId = 100;
    std::set<std::string> templates;
    std::int64_t nextMsgId = 3000000000001;
    std::vector<FakeQrCode> qrCodes;
    std::map<std::string, OAuthCode> oauthCodes;
    std::map<std::string, UserToken> userTokens;
    std::map<std::string, std::string> refreshTokens; // refresh_token -> openid + scope key of user token

    std::unique_ptr<Poco::ThreadPool> pool;
    std::unique_ptr<Poco::Net::HTTPServer> server;
    std::uint16_t port = 0;
};

class FakeWeChatServer::Impl::Handler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit Handler(Impl &impl)
        : m_impl(impl)
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest &request,
                       Poco::Net::HTTPServerResponse &response) override
    {
        RecordedRequest recorded;
        recorded.method = request.getMethod();
        Poco::URI uri(request.getURI());
        recorded.path = uri.getPath();
        recorded.rawQuery = uri.getRawQuery();
        for (const auto &[name, value] : uri.getQueryParameters())
            recorded.query[name] = value;
        Poco::StreamCopier::copyToString(request.stream(), recorded.body);

        // Recorded on arrival, so a test sees requests whose answer is still delayed (or never read).
        std::chrono::milliseconds latency{0};
        {
            std::lock_guard lock(m_impl.mutex);
            m_impl.recorded.push_back(recorded);
            latency = m_impl.latency;
        }
        if (latency.count() > 0)
        {
            std::unique_lock lock(m_impl.mutex);
            m_impl.stopped.wait_for(lock, latency, [this] { return m_impl.stopping; });
        }

        Reply reply = m_impl.serve(recorded);
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
        response.setKeepAlive(false);
        if (reply.body)
        {
            // WeChat sends JSON with a text/plain content type; clients must not depend on it.
            const std::string text = reply.body->dump();
            response.setContentType("application/json; encoding=utf-8");
            response.setContentLength(static_cast<std::streamsize>(text.size()));
            response.send() << text;
        }
        else
        {
            response.setContentLength(0);
            response.send();
        }
    }

private:
    Impl &m_impl;
};

class FakeWeChatServer::Impl::Factory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(Impl &impl)
        : m_impl(impl)
    {
    }

    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new Handler(m_impl);
    }

private:
    Impl &m_impl;
};

// ---- helpers ------------------------------------------------------------------------------------

Reply FakeWeChatServer::Impl::error(int errcode, std::string errmsg)
{
    if (errmsg.empty())
        errmsg = defaultErrmsg(errcode);
    return ok({{"errcode", errcode}, {"errmsg", errmsg}});
}

std::string FakeWeChatServer::Impl::randomString(std::size_t length)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    std::string out;
    out.reserve(length);
    for (std::size_t i = 0; i < length; ++i)
        out.push_back(kAlphabet[rng() % 64]);
    return out;
}

std::string FakeWeChatServer::Impl::issueAccessToken(bool stable)
{
    const Clock::time_point now = Clock::now();
    if (!stable)
    {
        // A new classic token supersedes the older ones, which keep working for the overlap only.
        for (auto &[value, issued] : tokens)
        {
            if (!issued.stable)
                issued.expiresAt = std::min(issued.expiresAt, now + tokenOverlap);
        }
    }
    std::string value = randomString(136);
    tokens[value] = IssuedToken{now + tokenLifetime, stable};
    tokenOrder.push_back(value);
    return value;
}

std::optional<Reply> FakeWeChatServer::Impl::checkAccessToken(const RecordedRequest &request)
{
    auto it = request.query.find("access_token");
    if (it == request.query.end() || it->second.empty())
        return error(41001);
    auto token = tokens.find(it->second);
    if (token == tokens.end())
        return error(40001);
    if (token->second.expiresAt <= Clock::now())
        return error(42001);
    return std::nullopt;
}

// ---- dispatch -----------------------------------------------------------------------------------

Reply FakeWeChatServer::Impl::serve(const RecordedRequest &request)
{
    std::lock_guard lock(mutex);

    for (auto it = forcedHttp.begin(); it != forcedHttp.end(); ++it)
    {
        if (it->path.empty() || it->path == request.path)
        {
            Reply reply{it->status, std::nullopt};
            if (--it->remaining <= 0)
                forcedHttp.erase(it);
            return reply;
        }
    }
    for (auto it = forcedErrors.begin(); it != forcedErrors.end(); ++it)
    {
        if (it->path.empty() || it->path == request.path)
        {
            Reply reply = error(it->errcode, it->errmsg.empty() ? std::string() : it->errmsg);
            if (it->errmsg.empty())
                (*reply.body)["errmsg"] = defaultErrmsg(it->errcode) + " rid: " + randomString(24);
            if (--it->remaining <= 0)
                forcedErrors.erase(it);
            return reply;
        }
    }

    struct Route
    {
        const char *path;
        const char *method;
        bool needsToken;
        bool jsonBody;
    };

    static const Route kRoutes[] = {
        {"/cgi-bin/token", "GET", false, false},
        {"/cgi-bin/stable_token", "POST", false, true},
        {"/cgi-bin/qrcode/create", "POST", true, true},
        {"/cgi-bin/tags/create", "POST", true, true},
        {"/cgi-bin/tags/members/batchtagging", "POST", true, true},
        {"/cgi-bin/tags/members/batchuntagging", "POST", true, true},
        {"/cgi-bin/user/info", "GET", true, false},
        {"/cgi-bin/message/template/send", "POST", true, true},
        {"/cgi-bin/ticket/getticket", "GET", true, false},
        {"/sns/oauth2/access_token", "GET", false, false},
        {"/sns/oauth2/refresh_token", "GET", false, false},
        {"/sns/userinfo", "GET", false, false},
    };
    const Route *route = nullptr;
    for (const Route &candidate : kRoutes)
    {
        if (request.path == candidate.path)
            route = &candidate;
    }
    if (!route)
        return Reply{404, std::nullopt};
    if (request.method != route->method)
        return error(std::string(route->method) == "GET" ? 43001 : 43002);
    if (route->needsToken)
    {
        if (std::optional<Reply> rejected = checkAccessToken(request))
            return *rejected;
    }
    json body;
    if (route->jsonBody)
    {
        if (request.body.empty())
            return error(44002);
        body = json::parse(request.body, nullptr, false);
        if (body.is_discarded() || !body.is_object())
            return error(47001);
    }

    const std::string &path = request.path;
    if (path == "/cgi-bin/token")
        return token(request);
    if (path == "/cgi-bin/stable_token")
        return stableToken(request);
    if (path == "/cgi-bin/qrcode/create")
        return qrcodeCreate(body);
    if (path == "/cgi-bin/tags/create")
        return tagsCreate(body);
    if (path == "/cgi-bin/tags/members/batchtagging")
        return tagMembers(body, true);
    if (path == "/cgi-bin/tags/members/batchuntagging")
        return tagMembers(body, false);
    if (path == "/cgi-bin/user/info")
        return userInfo(request);
    if (path == "/cgi-bin/message/template/send")
        return templateSend(body);
    if (path == "/cgi-bin/ticket/getticket")
        return getTicket(request);
    if (path == "/sns/oauth2/access_token")
        return oauthAccessToken(request);
    if (path == "/sns/oauth2/refresh_token")
        return oauthRefresh(request);
    return snsUserInfo(request);
}

// ---- access_token -------------------------------------------------------------------------------

Reply FakeWeChatServer::Impl::token(const RecordedRequest &request)
{
    auto query = [&](const char *name)
    {
        auto it = request.query.find(name);
        return it == request.query.end() ? std::string() : it->second;
    };
    if (query("grant_type") != "client_credential")
        return error(40002);
    if (query("appid") != options.appId)
        return error(40013);
    if (query("secret") != options.appSecret)
        return error(40125);
    std::string value = issueAccessToken(false);
    return ok({{"access_token", value}, {"expires_in", tokenLifetime.count()}});
}

Reply FakeWeChatServer::Impl::stableToken(const RecordedRequest &request)
{
    json body = json::parse(request.body, nullptr, false);
    auto field = [&](const char *name)
    {
        auto it = body.find(name);
        return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    if (field("grant_type") != "client_credential")
        return error(40002);
    if (field("appid") != options.appId)
        return error(40013);
    if (field("secret") != options.appSecret)
        return error(40125);
    bool force = false;
    if (auto it = body.find("force_refresh"); it != body.end())
    {
        if (!it->is_boolean())
            return error(47001);
        force = it->get<bool>();
    }
    // The platform hands out the same token while it is valid and rolls it shortly before expiry
    // (5 minutes for the real lifetime; half the lifetime when tests shorten it).
    const Clock::time_point now = Clock::now();
    const auto rollAt = std::min<Clock::duration>(std::chrono::seconds(300), tokenLifetime / 2);
    auto current = tokens.find(currentStableToken);
    if (!force && current != tokens.end() && current->second.expiresAt - now > rollAt)
    {
        const auto remaining =
            std::chrono::duration_cast<std::chrono::seconds>(current->second.expiresAt - now).count();
        return ok({{"access_token", currentStableToken}, {"expires_in", remaining}});
    }
    if (force && current != tokens.end())
        tokens.erase(current);
    currentStableToken = issueAccessToken(true);
    return ok({{"access_token", currentStableToken}, {"expires_in", tokenLifetime.count()}});
}

// ---- QR codes -----------------------------------------------------------------------------------

Reply FakeWeChatServer::Impl::qrcodeCreate(const json &body)
{
    auto actionName = body.find("action_name");
    if (actionName == body.end() || !actionName->is_string())
        return error(40097);
    const std::string action = actionName->get<std::string>();
    const bool numeric = action == "QR_SCENE" || action == "QR_LIMIT_SCENE";
    const bool temporary = action == "QR_SCENE" || action == "QR_STR_SCENE";
    if (!numeric && action != "QR_STR_SCENE" && action != "QR_LIMIT_STR_SCENE")
        return error(40097);

    // Only action_info.scene.{scene_id|scene_str} counts: a scene put directly under action_info is
    // ignored, which for numeric codes silently yields scene 0 (the classic bug of §5).
    json scene = json::object();
    if (auto info = body.find("action_info"); info != body.end() && info->is_object())
    {
        if (auto s = info->find("scene"); s != info->end() && s->is_object())
            scene = *s;
    }
    FakeQrCode code;
    code.actionName = action;
    if (numeric)
    {
        if (auto id = scene.find("scene_id"); id != scene.end())
        {
            if (!id->is_number_integer())
                return error(40097);
            code.sceneId = id->get<std::int64_t>();
        }
        if (action == "QR_LIMIT_SCENE" && (code.sceneId < 1 || code.sceneId > 100000))
            return error(40097);
        if (action == "QR_SCENE" && (code.sceneId < INT32_MIN || code.sceneId > INT32_MAX))
            return error(40097);
    }
    else
    {
        auto str = scene.find("scene_str");
        if (str == scene.end() || !str->is_string())
            return error(40097);
        code.sceneStr = str->get<std::string>();
        if (code.sceneStr.empty() || code.sceneStr.size() > 64)
            return error(40097);
    }
    if (temporary)
    {
        std::int64_t seconds = 60; // the current documented default when expire_seconds is omitted
        if (auto expire = body.find("expire_seconds"); expire != body.end())
        {
            if (!expire->is_number_integer())
                return error(40097);
            seconds = std::clamp<std::int64_t>(expire->get<std::int64_t>(), 1, kMaxQrExpireSeconds);
        }
        code.expireSeconds = seconds;
    }
    code.ticket = "gQ" + randomString(94);
    code.url = "http://weixin.qq.com/q/" + randomString(22);
    qrCodes.push_back(code);
    json reply = {{"ticket", code.ticket}, {"url", code.url}};
    if (code.expireSeconds)
        reply["expire_seconds"] = *code.expireSeconds;
    return ok(reply);
}

// ---- tags and users -----------------------------------------------------------------------------

Reply FakeWeChatServer::Impl::tagsCreate(const json &body)
{
    auto tag = body.find("tag");
    if (tag == body.end() || !tag->is_object() || !tag->contains("name") || !(*tag)["name"].is_string())
        return error(40097);
    const std::string name = (*tag)["name"].get<std::string>();
    if (name.empty())
        return error(45157);
    if (name.size() > 30)
        return error(45158);
    if (std::any_of(tags.begin(), tags.end(), [&](const Tag &t) { return t.name == name; }))
        return error(45157);
    if (tags.size() >= kMaxTags)
        return error(45056);
    tags.push_back(Tag{nextTagId++, name});
    return ok({{"tag", {{"id", tags.back().id}, {"name", name}}}});
}

Reply FakeWeChatServer::Impl::tagMembers(const json &body, bool add)
{
    auto list = body.find("openid_list");
    if (list == body.end() || !list->is_array() || list->empty() || list->size() > 50)
        return error(40032);
    auto tagid = body.find("tagid");
    if (tagid == body.end() || !tagid->is_number_integer())
        return error(45159);
    const std::int64_t id = tagid->get<std::int64_t>();
    if (std::none_of(tags.begin(), tags.end(), [&](const Tag &t) { return t.id == id; }))
        return error(45159);
    for (const json &openid : *list)
    {
        if (!openid.is_string() || !users.contains(openid.get<std::string>()))
            return error(40003);
        const std::set<std::int64_t> &current = userTags[openid.get<std::string>()];
        if (add && !current.contains(id) && current.size() >= kMaxTagsPerUser)
            return error(45059);
    }
    for (const json &openid : *list)
    {
        std::set<std::int64_t> &current = userTags[openid.get<std::string>()];
        if (add)
            current.insert(id);
        else
            current.erase(id);
    }
    return error(0, "ok");
}

Reply FakeWeChatServer::Impl::userInfo(const RecordedRequest &request)
{
    auto openid = request.query.find("openid");
    if (openid == request.query.end() || !users.contains(openid->second))
        return error(40003);
    const FakeUser &user = users.at(openid->second);
    if (!user.subscribed)
        return ok({{"subscribe", 0}, {"openid", user.openid}});
    json tagIds = json::array();
    for (std::int64_t id : userTags[user.openid])
        tagIds.push_back(id);
    json reply = {{"subscribe", 1},
                  {"openid", user.openid},
                  {"language", user.language},
                  {"subscribe_time", user.subscribeTime},
                  {"remark", user.remark},
                  {"groupid", 0},
                  {"tagid_list", tagIds},
                  {"subscribe_scene", user.subscribeScene},
                  {"qr_scene", user.qrScene},
                  {"qr_scene_str", user.qrSceneStr}};
    if (!user.unionId.empty())
        reply["unionid"] = user.unionId;
    return ok(reply);
}

// ---- template messages --------------------------------------------------------------------------

Reply FakeWeChatServer::Impl::templateSend(const json &body)
{
    auto touser = body.find("touser");
    if (touser == body.end() || !touser->is_string() || !users.contains(touser->get<std::string>()))
        return error(40003);
    auto templateId = body.find("template_id");
    if (templateId == body.end() || !templateId->is_string() ||
        !templates.contains(templateId->get<std::string>()))
        return error(40037);
    auto data = body.find("data");
    if (data == body.end() || !data->is_object())
        return error(47001);
    if (!users.at(touser->get<std::string>()).subscribed)
        return error(43004);
    return ok({{"errcode", 0}, {"errmsg", "ok"}, {"msgid", nextMsgId++}});
}

// ---- JS-SDK ticket ------------------------------------------------------------------------------

Reply FakeWeChatServer::Impl::getTicket(const RecordedRequest &request)
{
    auto type = request.query.find("type");
    if (type == request.query.end() || (type->second != "jsapi" && type->second != "wx_card"))
        return error(40097);
    return ok({{"errcode", 0},
               {"errmsg", "ok"},
               {"ticket", "sM4AOVdWfPE4DxkXGEs8V" + randomString(65)},
               {"expires_in", ticketLifetime.count()}});
}

// ---- web OAuth ----------------------------------------------------------------------------------

Reply FakeWeChatServer::Impl::oauthAccessToken(const RecordedRequest &request)
{
    auto query = [&](const char *name)
    {
        auto it = request.query.find(name);
        return it == request.query.end() ? std::string() : it->second;
    };
    if (query("appid") != options.appId)
        return error(40013);
    if (query("secret") != options.appSecret)
        return error(40125);
    if (query("grant_type") != "authorization_code")
        return error(40002);
    auto code = oauthCodes.find(query("code"));
    if (code == oauthCodes.end() || Clock::now() - code->second.issuedAt > kOAuthCodeLifetime)
        return error(40029);
    if (code->second.used)
        return error(40163);
    code->second.used = true;
    const std::string accessToken = randomString(110);
    const std::string refreshToken = randomString(110);
    userTokens[accessToken] =
        UserToken{code->second.openid, code->second.scope, Clock::now() + std::chrono::seconds(7200)};
    refreshTokens[refreshToken] = accessToken;
    json reply = {{"access_token", accessToken},
                  {"expires_in", 7200},
                  {"refresh_token", refreshToken},
                  {"openid", code->second.openid},
                  {"scope", code->second.scope}};
    const FakeUser &user = users.at(code->second.openid);
    if (!user.unionId.empty())
        reply["unionid"] = user.unionId;
    return ok(reply);
}

Reply FakeWeChatServer::Impl::oauthRefresh(const RecordedRequest &request)
{
    auto query = [&](const char *name)
    {
        auto it = request.query.find(name);
        return it == request.query.end() ? std::string() : it->second;
    };
    if (query("appid") != options.appId)
        return error(40013);
    if (query("grant_type") != "refresh_token")
        return error(40002);
    auto refresh = refreshTokens.find(query("refresh_token"));
    if (refresh == refreshTokens.end())
        return error(40030);
    auto old = userTokens.find(refresh->second);
    if (old == userTokens.end())
        return error(40030);
    UserToken renewed = old->second;
    userTokens.erase(old);
    renewed.expiresAt = Clock::now() + std::chrono::seconds(7200);
    const std::string accessToken = randomString(110);
    userTokens[accessToken] = renewed;
    refresh->second = accessToken;
    return ok({{"access_token", accessToken},
               {"expires_in", 7200},
               {"refresh_token", refresh->first},
               {"openid", renewed.openid},
               {"scope", renewed.scope}});
}

Reply FakeWeChatServer::Impl::snsUserInfo(const RecordedRequest &request)
{
    auto query = [&](const char *name)
    {
        auto it = request.query.find(name);
        return it == request.query.end() ? std::string() : it->second;
    };
    auto token = userTokens.find(query("access_token"));
    if (token == userTokens.end())
        return error(40001);
    if (token->second.expiresAt <= Clock::now())
        return error(42001);
    if (token->second.openid != query("openid"))
        return error(40003);
    if (token->second.scope != "snsapi_userinfo")
        return error(48001);
    const FakeUser &user = users.at(token->second.openid);
    json reply = {{"openid", user.openid},
                  {"nickname", user.nickname},
                  {"sex", user.sex},
                  {"province", user.province},
                  {"city", user.city},
                  {"country", user.country},
                  {"headimgurl", user.headImgUrl},
                  {"privilege", json::array()}};
    if (!user.unionId.empty())
        reply["unionid"] = user.unionId;
    return ok(reply);
}

// ---- the public face ----------------------------------------------------------------------------

FakeWeChatServer::FakeWeChatServer()
    : FakeWeChatServer(Options{})
{
}

FakeWeChatServer::FakeWeChatServer(Options options)
    : m_impl(std::make_unique<Impl>(std::move(options)))
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    m_impl->port = socket.address().port();
    auto *params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(64);
    params->setMaxQueued(256);
    params->setKeepAlive(false);
    m_impl->pool = std::make_unique<Poco::ThreadPool>(2, 64);
    m_impl->server =
        std::make_unique<Poco::Net::HTTPServer>(new Impl::Factory(*m_impl), *m_impl->pool, socket, params);
    m_impl->server->start();
}

FakeWeChatServer::~FakeWeChatServer()
{
    stop();
}

void FakeWeChatServer::stop()
{
    if (!m_impl->server)
        return;
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopping = true;
    }
    m_impl->stopped.notify_all();
    m_impl->server->stopAll(true);
    m_impl->pool->joinAll();
    m_impl->server.reset();
}

std::uint16_t FakeWeChatServer::port() const
{
    return m_impl->port;
}

std::string FakeWeChatServer::baseUrl() const
{
    return "http://127.0.0.1:" + std::to_string(m_impl->port);
}

const std::string &FakeWeChatServer::appId() const
{
    return m_impl->options.appId;
}

const std::string &FakeWeChatServer::appSecret() const
{
    return m_impl->options.appSecret;
}

void FakeWeChatServer::setTokenLifetime(std::chrono::seconds lifetime)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->tokenLifetime = lifetime;
}

void FakeWeChatServer::setTicketLifetime(std::chrono::seconds lifetime)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->ticketLifetime = lifetime;
}

void FakeWeChatServer::expireAccessTokens()
{
    std::lock_guard lock(m_impl->mutex);
    const Clock::time_point now = Clock::now();
    for (auto &[value, issued] : m_impl->tokens)
        issued.expiresAt = std::min(issued.expiresAt, now);
}

void FakeWeChatServer::setTokenOverlap(std::chrono::seconds overlap)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->tokenOverlap = overlap;
}

void FakeWeChatServer::failNext(int count, int errcode, const std::string &errmsg, const std::string &path)
{
    if (count <= 0)
        return;
    std::lock_guard lock(m_impl->mutex);
    m_impl->forcedErrors.push_back(ForcedError{count, errcode, errmsg, path});
}

void FakeWeChatServer::failNextHttp(int count, int status, const std::string &path)
{
    if (count <= 0)
        return;
    std::lock_guard lock(m_impl->mutex);
    m_impl->forcedHttp.push_back(ForcedHttp{count, status, path});
}

void FakeWeChatServer::setLatency(std::chrono::milliseconds latency)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->latency = latency;
}

void FakeWeChatServer::revokeTokens()
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->tokens.clear();
    m_impl->currentStableToken.clear();
}

void FakeWeChatServer::addUser(const FakeUser &user)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->users[user.openid] = user;
}

void FakeWeChatServer::addTemplate(const std::string &templateId)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->templates.insert(templateId);
}

std::string FakeWeChatServer::issueOAuthCode(const std::string &openid, const std::string &scope)
{
    std::lock_guard lock(m_impl->mutex);
    if (!m_impl->users.contains(openid))
        throw std::invalid_argument("FakeWeChatServer: unknown openid " + openid);
    if (scope != "snsapi_base" && scope != "snsapi_userinfo")
        throw std::invalid_argument("FakeWeChatServer: unknown scope " + scope);
    std::string code = m_impl->randomString(32);
    m_impl->oauthCodes[code] = OAuthCode{openid, scope, Clock::now(), false};
    return code;
}

std::vector<RecordedRequest> FakeWeChatServer::requests() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->recorded;
}

std::vector<RecordedRequest> FakeWeChatServer::requests(const std::string &path) const
{
    std::lock_guard lock(m_impl->mutex);
    std::vector<RecordedRequest> result;
    std::copy_if(m_impl->recorded.begin(),
                 m_impl->recorded.end(),
                 std::back_inserter(result),
                 [&](const RecordedRequest &r) { return r.path == path; });
    return result;
}

std::size_t FakeWeChatServer::requestCount(const std::string &path) const
{
    std::lock_guard lock(m_impl->mutex);
    return static_cast<std::size_t>(std::count_if(m_impl->recorded.begin(),
                                                  m_impl->recorded.end(),
                                                  [&](const RecordedRequest &r) { return r.path == path; }));
}

void FakeWeChatServer::clearRequests()
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->recorded.clear();
}

std::vector<std::string> FakeWeChatServer::issuedTokens() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->tokenOrder;
}

std::vector<FakeQrCode> FakeWeChatServer::qrCodes() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->qrCodes;
}

std::vector<std::int64_t> FakeWeChatServer::tagsOf(const std::string &openid) const
{
    std::lock_guard lock(m_impl->mutex);
    auto it = m_impl->userTags.find(openid);
    if (it == m_impl->userTags.end())
        return {};
    return {it->second.begin(), it->second.end()};
}

} // namespace nextevent::testing
