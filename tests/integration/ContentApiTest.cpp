// SPDX-License-Identifier: MIT
// Media uploads and articles: content sniffing, content addressing, sanitising, publishing, view counting.
#include "ApiTest.h"

using namespace nextevent::test;
using nlohmann::json;

namespace
{
std::string fromHex(const std::string &hex)
{
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return out;
}

/// A real 1x1 PNG.
const std::string kPng =
    fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63"
            "f8cfc0f01f0005000201e5274a0e0000000049454e44ae426082");

std::string multipart(const std::string &field,
                      const std::string &fileName,
                      const std::string &bytes,
                      const std::string &boundary = "ne-test-boundary")
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" +
           fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n--" + boundary +
           "--\r\n";
}

const std::map<std::string, std::string> kMultipart{
    {"Content-Type", "multipart/form-data; boundary=ne-test-boundary"}};
} // namespace

class Content : public ApiTest
{
protected:
    HttpResult upload(const std::string &fileName, const std::string &bytes)
    {
        return http().request("POST", "/v2/media", multipart("file", fileName, bytes), organizer, kMultipart);
    }

    json createArticle(const json &fields)
    {
        json body{{"title", "News"}, {"content", "<p>Hello</p>"}};
        body.merge_patch(fields);
        const auto r = http().post("/v2/articles", body, organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }
};

TEST_P(Content, UploadDetectsTypeByContentAndStoresOnce)
{
    const auto first = upload("photo.jpg", kPng); // the name lies: the content is PNG
    ASSERT_EQ(first.status, 201) << first.body;
    const auto media = first.json()["data"];
    EXPECT_EQ(media["mime"], "image/png");
    EXPECT_EQ(media["size"], static_cast<int>(kPng.size()));
    EXPECT_EQ(media["sha256"].get<std::string>().size(), 64u);
    EXPECT_EQ(media["url"], "/media/" + media["sha256"].get<std::string>() + ".png");
    const auto again = upload("other-name.png", kPng);
    EXPECT_EQ(again.json()["data"]["id"], media["id"]) << "same bytes, same record";

    const auto served = http().get(media["url"]);
    ASSERT_EQ(served.status, 200);
    EXPECT_EQ(served.body, kPng);
    EXPECT_EQ(served.header("content-type"), "image/png");
    EXPECT_NE(served.header("cache-control").find("immutable"), std::string::npos);
    EXPECT_EQ(served.header("etag"), "\"" + media["sha256"].get<std::string>() + "\"");
    const auto cached =
        http().request("GET", media["url"], {}, {}, {{"If-None-Match", served.header("etag")}});
    EXPECT_EQ(cached.status, 304);
}

TEST_P(Content, UploadsThatLieOrBreakTheRulesAreRefused)
{
    EXPECT_EQ(upload("evil.png", "<html><script>alert(1)</script></html>").status, 400);
    EXPECT_EQ(upload("empty.png", "").status, 400);
    EXPECT_EQ(upload("../../etc/passwd", "GIF89a").status, 400) << "truncated header";
    const auto path = upload("../../../tmp/x.png", kPng);
    EXPECT_EQ(path.status, 201) << "a path in the name is only a recorded name";
    EXPECT_EQ(path.json()["data"]["url"].get<std::string>().find(".."), std::string::npos);
    EXPECT_EQ(http().request("POST", "/v2/media", "not multipart", organizer, kMultipart).status, 400);
    EXPECT_EQ(
        http().request("POST", "/v2/media", multipart("other", "a.png", kPng), organizer, kMultipart).status,
        400);
    EXPECT_EQ(http().post("/v2/media", {{"file", "x"}}, organizer).status, 400);
    const std::string big(11 * 1024 * 1024, 'x');
    EXPECT_EQ(upload("big.png", kPng + big).status, 413);
    EXPECT_EQ(http().get("/media/../../etc/passwd").status, 404);
    EXPECT_EQ(http().get("/media/" + std::string(64, 'a') + ".png").status, 404);
    EXPECT_EQ(upload("x.png", kPng).status, 201);
    EXPECT_EQ(
        http()
            .request(
                "POST", "/v2/media", multipart("file", "a.png", kPng), server().login("viewer"), kMultipart)
            .status,
        403);
}

TEST_P(Content, ArticleHtmlIsSanitisedOnSave)
{
    const auto media = upload("a.png", kPng).json()["data"];
    const auto article = createArticle(
        {{"title", "活动回顾"},
         {"content",
          "<h2>Intro</h2><p onclick=\"steal()\">Hi <script>alert(1)</script><a "
          "href=\"javascript:alert(1)\">x</a>"
          "<img src=\"" +
              media["url"].get<std::string>() + "\"><img src=\"http://evil.example/x.png\"></p>"},
         {"imageIds", {media["id"]}}});
    const std::string content = article["content"];
    EXPECT_EQ(content.find("script"), std::string::npos) << content;
    EXPECT_EQ(content.find("onclick"), std::string::npos);
    EXPECT_EQ(content.find("javascript:"), std::string::npos);
    EXPECT_EQ(content.find("evil.example"), std::string::npos);
    EXPECT_NE(content.find("<h2>Intro</h2>"), std::string::npos);
    EXPECT_NE(content.find(media["url"].get<std::string>()), std::string::npos);
    EXPECT_FALSE(article["summary"].get<std::string>().empty()) << "summary derived from the text";
    EXPECT_EQ(article["published"], false);
    EXPECT_EQ(
        http().post("/v2/articles", {{"title", "x"}, {"imageIds", {"not-a-media-id"}}}, organizer).status,
        400);
    EXPECT_EQ(http().post("/v2/articles", {{"title", ""}}, organizer).status, 400);
    EXPECT_EQ(http().post("/v2/articles", {{"title", "x"}, {"content", 5}}, organizer).status, 400);
}

TEST_P(Content, PublishUnpublishSearchAndSoftDelete)
{
    const auto a = createArticle({{"title", "Spring recap"}, {"category", "news"}});
    createArticle({{"title", "Autumn plan"}, {"category", "plans"}});
    const std::string path = "/v2/articles/" + a["id"].get<std::string>();
    const auto published = http().post(path + "/publish", json::object(), organizer).json()["data"];
    EXPECT_EQ(published["published"], true);
    EXPECT_TRUE(published.contains("publishedAt"));
    EXPECT_EQ(http().get("/v2/articles?published=true", organizer).json()["data"]["total"], 1);
    EXPECT_EQ(http().get("/v2/articles?search=autumn", organizer).json()["data"]["total"], 1);
    EXPECT_EQ(http().get("/v2/articles?category=news", organizer).json()["data"]["total"], 1);
    EXPECT_EQ(http().get("/v2/articles?published=maybe", organizer).status, 400);
    const auto unpublished = http().post(path + "/unpublish", json::object(), organizer).json()["data"];
    EXPECT_EQ(unpublished["published"], false);
    EXPECT_FALSE(unpublished.contains("publishedAt"));
    const auto stale = http().put(path, {{"title", "x"}, {"updatedAt", a["updatedAt"]}}, organizer);
    EXPECT_EQ(stale.status, 409);
    EXPECT_EQ(http().del(path, organizer).status, 200);
    EXPECT_EQ(http().get(path, organizer).status, 404);
    EXPECT_EQ(http().get("/v2/articles", organizer).json()["data"]["total"], 1);
}

TEST_P(Content, ViewsAreBufferedThenWrittenOnce)
{
    const auto a = createArticle({{"title", "Viewed"}});
    const std::string id = a["id"];
    EXPECT_EQ(http().post("/v2/articles/" + id + "/views", json::object()).status, 404)
        << "drafts are not readable";
    http().post("/v2/articles/" + id + "/publish", json::object(), organizer);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(http().post("/v2/articles/" + id + "/views", json::object()).status, 200);
    // The background flusher may already have written some; after an explicit flush all five are stored.
    server().context().articles->flushViews();
    EXPECT_EQ(http().get("/v2/articles/" + id, organizer).json()["data"]["viewCount"], 5);
    EXPECT_EQ(server().context().articles->flushViews(), 0) << "nothing is written twice";
    EXPECT_EQ(http().get("/v2/articles/" + id, organizer).json()["data"]["viewCount"], 5);
}

NEXTEVENT_BACKENDS(Content);
