// SPDX-License-Identifier: MIT
// Sign-in, token rotation and revocation, forged and expired tokens, throttling.
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>

#include "nextevent/Permissions.h"

#include "ApiTest.h"

using namespace nextevent::test;
using nlohmann::json;

class Auth : public ApiTest
{
protected:
    json loginBody(const std::string &user, const std::string &password)
    {
        return {{"username", user}, {"password", password}};
    }
};

TEST_P(Auth, LoginReturnsTokensAndUser)
{
    const auto r = http().post("/v2/auth/login", loginBody("organizer", "organizer-password-1"));
    ASSERT_EQ(r.status, 200) << r.body;
    const auto j = r.json();
    EXPECT_EQ(j["success"], true);
    const auto &d = j["data"];
    EXPECT_FALSE(d["accessToken"].get<std::string>().empty());
    EXPECT_FALSE(d["refreshToken"].get<std::string>().empty());
    EXPECT_EQ(d["expiresIn"], 900);
    EXPECT_EQ(d["user"]["username"], "organizer");
    EXPECT_EQ(d["user"]["roles"], json({"organizer"}));
    EXPECT_FALSE(d["user"].contains("passwordHash"));
    const auto me = http().get("/v2/auth/me", d["accessToken"]);
    EXPECT_EQ(me.status, 200);
    EXPECT_EQ(me.json()["data"]["username"], "organizer");
}

TEST_P(Auth, FailuresDoNotRevealWhetherTheUserExists)
{
    const auto wrongPassword = http().post("/v2/auth/login", loginBody("organizer", "not-the-password"));
    const auto unknownUser = http().post("/v2/auth/login", loginBody("nobody-here", "not-the-password"));
    EXPECT_EQ(wrongPassword.status, 401);
    EXPECT_EQ(unknownUser.status, 401);
    EXPECT_EQ(wrongPassword.errorCode(), "UNAUTHENTICATED");
    EXPECT_EQ(wrongPassword.json()["error"]["message"], unknownUser.json()["error"]["message"]);
}

TEST_P(Auth, MalformedLoginBodies)
{
    EXPECT_EQ(http().request("POST", "/v2/auth/login", "{not json").status, 400);
    EXPECT_EQ(http().request("POST", "/v2/auth/login", "").status, 400);
    EXPECT_EQ(http().post("/v2/auth/login", json::array()).status, 400);
    const auto missing = http().post("/v2/auth/login", {{"username", "organizer"}});
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json()["error"]["details"][0]["field"], "password");
    EXPECT_EQ(http().post("/v2/auth/login", {{"username", 5}, {"password", true}}).status, 400);
}

TEST_P(Auth, RefreshRotatesAndReuseRevokesTheFamily)
{
    const auto login =
        http().post("/v2/auth/login", loginBody("organizer", "organizer-password-1")).json()["data"];
    const std::string first = login["refreshToken"];
    const auto rotated = http().post("/v2/auth/refresh", {{"refreshToken", first}});
    ASSERT_EQ(rotated.status, 200) << rotated.body;
    const std::string second = rotated.json()["data"]["refreshToken"];
    EXPECT_NE(first, second);
    EXPECT_EQ(http().get("/v2/auth/me", rotated.json()["data"]["accessToken"]).status, 200);

    // The old token comes back: treated as theft, the whole family dies, including the newest token.
    const auto reuse = http().post("/v2/auth/refresh", {{"refreshToken", first}});
    EXPECT_EQ(reuse.status, 401);
    EXPECT_EQ(http().post("/v2/auth/refresh", {{"refreshToken", second}}).status, 401);
    EXPECT_EQ(http().post("/v2/auth/refresh", {{"refreshToken", "made-up"}}).status, 401);
    EXPECT_EQ(http().post("/v2/auth/refresh", json::object()).status, 400);
}

TEST_P(Auth, LogoutRevokesAccessAndRefreshTokens)
{
    const auto login = http().post("/v2/auth/login", loginBody("viewer", "viewer-password-1")).json()["data"];
    const std::string access = login["accessToken"];
    const auto out = http().post("/v2/auth/logout", {{"refreshToken", login["refreshToken"]}}, access);
    EXPECT_EQ(out.status, 200) << out.body;
    EXPECT_EQ(http().get("/v2/auth/me", access).status, 401);
    EXPECT_EQ(http().post("/v2/auth/refresh", {{"refreshToken", login["refreshToken"]}}).status, 401);
    EXPECT_EQ(http().post("/v2/auth/logout", json::object()).status, 401) << "logout needs a session";
}

TEST_P(Auth, ForgedExpiredAndAlgNoneTokensAreRefused)
{
    const auto &secret = server().context().config.jwtSecret;
    const auto make = [&](const std::string &key, std::int64_t expOffset, const std::string &alg)
    {
        Poco::JWT::Token token;
        token.setSubject("someone");
        token.setId("jti-1");
        token.payload().set("typ", std::string("access"));
        token.payload().set("name", std::string("admin"));
        Poco::JSON::Array::Ptr roles = new Poco::JSON::Array;
        roles->add(std::string("admin"));
        token.payload().set("roles", roles);
        token.setExpiration(Poco::Timestamp() + Poco::Timespan(expOffset, 0));
        Poco::JWT::Signer signer(key);
        return signer.sign(token, alg);
    };
    EXPECT_EQ(http().get("/v2/auth/me", make(secret, -60, "HS256")).status, 401) << "expired";
    EXPECT_EQ(http().get("/v2/auth/me", make(std::string(40, 'k'), 600, "HS256")).status, 401) << "wrong key";
    // alg "none": header {"alg":"none"} and no signature.
    const std::string none =
        "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0."
        "eyJzdWIiOiJzb21lb25lIiwianRpIjoieCIsInR5cCI6ImFjY2VzcyIsInJvbGVzIjpbImFkbWluIl0sImV4cCI6"
        "NDEwMjQ0NDgwMH0.";
    EXPECT_EQ(http().get("/v2/users", none).status, 401);
    EXPECT_EQ(http().get("/v2/users", "garbage").status, 401);
    EXPECT_EQ(http().request("GET", "/v2/users", {}, {}, {{"Authorization", "Basic abc"}}).status, 401);
    const auto wrong = http().get("/v2/auth/me", make(secret, -60, "HS256"));
    EXPECT_EQ(wrong.errorCode(), "UNAUTHENTICATED");
    EXPECT_EQ(wrong.header("www-authenticate"), "Bearer");
}

TEST_P(Auth, DeactivatedUserCannotSignIn)
{
    const auto list = http().get("/v2/users?search=viewer", admin).json()["data"]["items"];
    ASSERT_EQ(list.size(), 1u);
    const std::string id = list[0]["id"];
    EXPECT_EQ(http().put("/v2/users/" + id, {{"active", false}}, admin).status, 200);
    EXPECT_EQ(http().post("/v2/auth/login", loginBody("viewer", "viewer-password-1")).status, 401);
}

class AuthThrottle : public ApiTest
{
protected:
    std::map<std::string, std::string> overrides() const override
    {
        return {{"NEXTEVENT_LOGIN_ATTEMPTS_PER_MINUTE", "5"}};
    }
};

TEST_P(AuthThrottle, RepeatedAttemptsGet429WithRetryAfter)
{
    // SetUp signed in twice already; keep failing until the per-address limit is hit.
    int status = 0;
    HttpResult last;
    for (int i = 0; i < 10 && status != 429; ++i)
    {
        last = http().post("/v2/auth/login", {{"username", "organizer"}, {"password", "wrong-password"}});
        status = last.status;
    }
    ASSERT_EQ(status, 429) << last.body;
    EXPECT_EQ(last.errorCode(), "RATE_LIMITED");
    const int retryAfter = std::stoi(last.header("retry-after"));
    EXPECT_GE(retryAfter, 1);
    EXPECT_LE(retryAfter, 61);
    // The body repeats it as a detail that is a value, not a field problem: it has no field code.
    const auto detail = last.json()["error"]["details"][0];
    EXPECT_EQ(detail["field"], "retryAfter");
    EXPECT_EQ(detail["message"], last.header("retry-after"));
    EXPECT_FALSE(detail.contains("code")) << last.body;
    // Even the right password is refused while throttled.
    EXPECT_EQ(http()
                  .post("/v2/auth/login", {{"username", "organizer"}, {"password", "organizer-password-1"}})
                  .status,
              429);
}

TEST_P(Auth, MeAndSignInCarryTheCapabilitiesOfThePermissionPolicy)
{
    const auto door =
        http().post("/v2/auth/login", {{"username", "checkin"}, {"password", "checkin-password-1"}});
    ASSERT_EQ(door.status, 200) << door.body;
    EXPECT_EQ(door.json()["data"]["user"]["capabilities"],
              (json{"events.read", "attendees.search", "attendees.checkin"}));
    const auto me = http().get("/v2/auth/me", door.json()["data"]["accessToken"].get<std::string>());
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(me.json()["data"]["capabilities"], door.json()["data"]["user"]["capabilities"]);
    const auto adminMe = http().get("/v2/auth/me", admin).json()["data"]["capabilities"];
    EXPECT_EQ(adminMe.size(), std::size(nextevent::kAllCapabilities))
        << "an admin may do everything: " << adminMe.dump();
}

NEXTEVENT_BACKENDS(Auth);
NEXTEVENT_BACKENDS(AuthThrottle);
