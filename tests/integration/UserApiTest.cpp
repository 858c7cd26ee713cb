// SPDX-License-Identifier: MIT
// Staff accounts managed by admins.
#include "ApiTest.h"

using namespace nextevent::test;
using nlohmann::json;

class Users : public ApiTest
{
};

TEST_P(Users, AdminCreatesUpdatesAndResetsPasswords)
{
    const auto created = http().post("/v2/users",
                                     {{"username", "new.staff"},
                                      {"password", "long-enough-1"},
                                      {"roles", {"organizer"}},
                                      {"displayName", "新同事"}},
                                     admin);
    ASSERT_EQ(created.status, 201) << created.body;
    const auto u = created.json()["data"];
    EXPECT_EQ(u["displayName"], "新同事");
    EXPECT_EQ(u["active"], true);
    EXPECT_FALSE(created.body.find("long-enough-1") != std::string::npos) << "passwords are never echoed";
    const std::string path = "/v2/users/" + u["id"].get<std::string>();

    const auto token =
        http().post("/v2/auth/login", {{"username", "new.staff"}, {"password", "long-enough-1"}});
    EXPECT_EQ(token.status, 200);

    const auto updated = http().put(path, {{"roles", {"organizer", "presenter"}}}, admin);
    EXPECT_EQ(updated.json()["data"]["roles"], json({"organizer", "presenter"}));
    EXPECT_EQ(http().put(path, {{"username", "renamed"}}, admin).status, 400);
    EXPECT_EQ(http().put(path, {{"roles", {"superuser"}}}, admin).status, 400);

    EXPECT_EQ(http().post(path + "/password", {{"password", "another-pass-2"}}, admin).status, 200);
    EXPECT_EQ(
        http().post("/v2/auth/refresh", {{"refreshToken", token.json()["data"]["refreshToken"]}}).status, 401)
        << "a reset signs the user out";
    EXPECT_EQ(
        http().post("/v2/auth/login", {{"username", "new.staff"}, {"password", "another-pass-2"}}).status,
        200);
    EXPECT_EQ(http().post(path + "/password", {{"password", "short"}}, admin).status, 400);
}

TEST_P(Users, DuplicatesAndBadInput)
{
    EXPECT_EQ(http()
                  .post("/v2/users",
                        {{"username", "organizer"}, {"password", "long-enough-1"}, {"roles", {"viewer"}}},
                        admin)
                  .status,
              409);
    const auto bad =
        http().post("/v2/users", {{"username", "x"}, {"password", "short"}, {"roles", json::array()}}, admin);
    EXPECT_EQ(bad.status, 400);
    EXPECT_GE(bad.json()["error"]["details"].size(), 3u);
    EXPECT_EQ(http().post("/v2/users", {{"username", "nopass"}, {"roles", {"viewer"}}}, admin).status, 400);
    EXPECT_EQ(http().get("/v2/users/00000000-0000-4000-8000-000000000000", admin).status, 404);
    EXPECT_EQ(http().get("/v2/users?pageSize=500", admin).status, 400);
}

TEST_P(Users, TheLastAdminStays)
{
    const auto me = http().get("/v2/auth/me", admin).json()["data"];
    const auto r = http().put("/v2/users/" + me["id"].get<std::string>(), {{"roles", {"viewer"}}}, admin);
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(http().get("/v2/auth/me", admin).json()["data"]["roles"], json({"admin"}));
}

NEXTEVENT_BACKENDS(Users);
