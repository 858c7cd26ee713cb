// SPDX-License-Identifier: MIT
#include "server/infra/html/HtmlSanitizer.h"

#include <string>

#include <gtest/gtest.h>

#include "tests/unit/server/html/HtmlSafetyChecker.h"

namespace nextevent::server::infra
{
namespace
{

std::string clean(std::string_view html)
{
    return HtmlSanitizer().sanitize(html).html;
}

TEST(HtmlSanitizerTest, AllowedInlineAndBlockMarkupSurvivesUnchanged)
{
    const std::string html = "<h1>Title</h1><h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5><h6>e</h6>"
                             "<p>Hello <strong>bold</strong> <b>b</b> <em>em</em> <i>i</i> <u>u</u> <s>s</s> "
                             "<span>span</span> H<sub>2</sub>O x<sup>2</sup> <code>int x;</code><br>next</p>"
                             "<blockquote><p>quoted</p></blockquote><hr><pre>  keep   spaces</pre>";
    EXPECT_EQ(clean(html), html);
}

TEST(HtmlSanitizerTest, ChineseTextSurvives)
{
    const std::string html = "<p>你好，世界！活动将于<strong>周六</strong>举行。🎉</p>";
    EXPECT_EQ(clean(html), html);
}

TEST(HtmlSanitizerTest, TextSpecialCharactersAreEscaped)
{
    EXPECT_EQ(clean(R"(<p>Tom &amp; Jerry &lt;3 "quotes" 'apos' &gt; a < b</p>)"),
              "<p>Tom &amp; Jerry &lt;3 &quot;quotes&quot; &#39;apos&#39; &gt; a &lt; b</p>");
    EXPECT_EQ(clean("<p>&copy; 2024&nbsp;x</p>"), "<p>\u00A9 2024\u00A0x</p>");
    EXPECT_EQ(clean("plain & simple"), "plain &amp; simple");
}

TEST(HtmlSanitizerTest, AttributeValuesAreEscaped)
{
    EXPECT_EQ(clean(R"(<img src="https://cdn.example/a.png" alt="a &quot;b&quot; 'c' <d> & e">)"),
              R"(<img src="https://cdn.example/a.png" alt="a &quot;b&quot; &#39;c&#39; &lt;d&gt; &amp; e">)");
    EXPECT_EQ(
        clean(R"(<a href="https://example.com/a?b=1&amp;c=2">x</a>)"),
        R"(<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">x</a>)");
}

TEST(HtmlSanitizerTest, AbsoluteLinksGetRelAndTarget)
{
    EXPECT_EQ(clean(R"(<a title="T" href="https://example.com/" id="x" class="y">x</a>)"),
              R"(<a href="https://example.com/" title="T" rel="noopener noreferrer" target="_blank">x</a>)");
    EXPECT_EQ(clean(R"(<a href="HTTP://example.com/">x</a>)"),
              R"(<a href="http://example.com/" rel="noopener noreferrer" target="_blank">x</a>)");
    EXPECT_EQ(clean(R"(<a href="mailto:team@example.com">mail</a>)"),
              R"(<a href="mailto:team@example.com" rel="noopener noreferrer" target="_blank">mail</a>)");
}

TEST(HtmlSanitizerTest, RelativeLinksStayOnSite)
{
    EXPECT_EQ(clean(R"(<a href="/events/42?tab=info#top">event</a>)"),
              R"(<a href="/events/42?tab=info#top">event</a>)");
    EXPECT_EQ(clean(R"(<a href=" /events/my event ">e</a>)"), R"(<a href="/events/my%20event">e</a>)");
}

TEST(HtmlSanitizerTest, RejectedLinksKeepTheirText)
{
    EXPECT_EQ(clean(R"X(<p><a href="javascript:alert(1)">text</a></p>)X"), "<p>text</p>");
    EXPECT_EQ(clean(R"(<p><a href="//evil.example/">text</a></p>)"), "<p>text</p>");
    EXPECT_EQ(clean(R"(<p><a href="relative/path">text</a></p>)"), "<p>text</p>");
    EXPECT_EQ(clean(R"(<p><a href="ftp://example.com/">text</a></p>)"), "<p>text</p>");
    EXPECT_EQ(clean(R"(<p><a name="anchor">text</a></p>)"), "<p>text</p>");
}

TEST(HtmlSanitizerTest, ImagesNeedAnAllowedSource)
{
    EXPECT_EQ(clean(R"(<img height=" 20 " alt="A" width="10" src="https://cdn.example/a.png" class="c">)"),
              R"(<img src="https://cdn.example/a.png" alt="A" width="10" height="20">)");
    EXPECT_EQ(clean(R"(<img src="/media/ab/cd.webp">)"), R"(<img src="/media/ab/cd.webp">)");
    EXPECT_EQ(clean(R"(<img src="http://cdn.example/a.png">)"), "");
    EXPECT_EQ(clean(R"(<img src="/static/a.png">)"), "");
    EXPECT_EQ(clean(R"(<img src="/media/../admin/a.png">)"), "");
    EXPECT_EQ(clean(R"(<img src="/media/%2e%2e/admin/a.png">)"), "");
    EXPECT_EQ(clean(R"(<img src="//cdn.example/media/a.png">)"), "");
    EXPECT_EQ(clean(R"(<img alt="no source">)"), "");
    EXPECT_EQ(clean(R"(<img src="https://cdn.example/a.png" width="100px" height="-1">)"),
              R"(<img src="https://cdn.example/a.png">)");
}

TEST(HtmlSanitizerTest, ImagePrefixesAreConfigurable)
{
    HtmlSanitizerOptions options;
    options.allowedImagePrefixes = {"https://cdn.nextevent.example/", "/uploads/"};
    const HtmlSanitizer sanitizer(options);
    EXPECT_EQ(sanitizer.sanitize(R"(<img src="https://cdn.nextevent.example/x.jpg">)").html,
              R"(<img src="https://cdn.nextevent.example/x.jpg">)");
    EXPECT_EQ(sanitizer.sanitize(R"(<img src="/uploads/x.jpg">)").html, R"(<img src="/uploads/x.jpg">)");
    EXPECT_EQ(sanitizer.sanitize(R"(<img src="https://other.example/x.jpg">)").html, "");
    EXPECT_EQ(sanitizer.sanitize(R"(<img src="/media/x.jpg">)").html, "");
}

TEST(HtmlSanitizerTest, FigureWithCaption)
{
    const std::string html =
        R"(<figure><img src="/media/a.jpg" alt="stage"><figcaption>The stage</figcaption></figure>)";
    EXPECT_EQ(clean(html), html);
}

TEST(HtmlSanitizerTest, NestedListsSurvive)
{
    const std::string html =
        "<ul><li>one<ol><li>a</li><li>b<ul><li>deep</li></ul></li></ol></li><li>two</li></ul>";
    EXPECT_EQ(clean(html), html);
}

TEST(HtmlSanitizerTest, TablesSurviveWithNumericSpans)
{
    const std::string html =
        R"(<table><thead><tr><th colspan="2">Head</th></tr></thead>)"
        R"(<tbody><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>)";
    EXPECT_EQ(clean(html), html);
    EXPECT_EQ(clean(R"(<table><tr><td colspan="2x" rowspan="99999" align="left">a</td></tr></table>)"),
              "<table><tbody><tr><td>a</td></tr></tbody></table>");
    EXPECT_EQ(clean("<table><tfoot><tr><td>sum</td></tr></tfoot></table>"),
              "<table><tbody><tr><td>sum</td></tr></tbody></table>");
}

TEST(HtmlSanitizerTest, UnknownWrappersAreUnwrappedAndKeepWordsApart)
{
    EXPECT_EQ(clean("<div><p>a</p></div><section>b</section><div>c</div>"), "<p>a</p>\nb\nc\n");
    EXPECT_EQ(clean(R"(<p><font color="red">red</font> <big>big</big> <custom-el>x</custom-el></p>)"),
              "<p>red big x</p>");
}

TEST(HtmlSanitizerTest, DangerousElementsVanishWithTheirContent)
{
    EXPECT_EQ(clean("<p>a</p><script>var secret = 1;</script><style>p{}</style><p>b</p>"),
              "<p>a</p><p>b</p>");
    EXPECT_EQ(clean("<p>a<!-- hidden --></p>"), "<p>a</p>");
    EXPECT_EQ(clean("<p>x</p><svg><text>svg text</text></svg><math><mi>m</mi></math>"), "<p>x</p>");
    EXPECT_EQ(clean(R"(<form><button>Buy</button><select><option>o</option></select></form><p>y</p>)"),
              "<p>y</p>");
    EXPECT_EQ(clean(R"(<iframe src="https://example.com">fallback</iframe><p>z</p>)"), "<p>z</p>");
}

TEST(HtmlSanitizerTest, StyleAndEventAttributesAreRemoved)
{
    EXPECT_EQ(clean(R"X(<p style="color:red" class="x" id="y" onclick="go()" data-x="1">t</p>)X"),
              "<p>t</p>");
}

TEST(HtmlSanitizerTest, PreKeepsLeadingNewline)
{
    EXPECT_EQ(clean("<pre>\n\nline</pre>"), "<pre>\n\nline</pre>");
    EXPECT_EQ(clean("<pre>\nline</pre>"), "<pre>line</pre>");
}

TEST(HtmlSanitizerTest, ControlCharactersNeverReachTheOutput)
{
    // Gumbo already turns C0 controls and DEL in text into U+FFFD; tab and newline are kept.
    EXPECT_EQ(clean("<p>a\x01"
                    "b\x7F"
                    "c\tc</p>"),
              "<p>a\uFFFDb\uFFFDc\tc</p>");
    EXPECT_EQ(clean("<p title=\"a\x02\tb\">x</p>"), "<p>x</p>");
    EXPECT_EQ(clean("<img src=\"/media/a.png\" alt=\"a\tb\nc\">"),
              "<img src=\"/media/a.png\" alt=\"a b c\">");
}

TEST(HtmlSanitizerTest, OutputIsDeterministicAndIdempotent)
{
    const std::string html =
        R"(<div><p class="a">x <a title="t" href="https://e.example">l</a></p><img width="1" src="/media/i.png" alt="i"></div>)";
    const std::string once = clean(html);
    EXPECT_EQ(once, clean(html));
    EXPECT_EQ(clean(once), once);
    EXPECT_TRUE(test::findSafetyProblems(once).empty()) << once;
}

TEST(HtmlSanitizerTest, OutputIsCutToTheLimitWithAllElementsClosed)
{
    HtmlSanitizerOptions options;
    options.maxOutputBytes = 100;
    const HtmlSanitizer sanitizer(options);
    std::string html;
    for (int i = 0; i < 50; ++i)
    {
        html += "<p><strong>paragraph " + std::to_string(i) + "</strong> 中文</p>";
    }
    const SanitizedHtml result = sanitizer.sanitize(html);
    EXPECT_TRUE(result.truncated);
    EXPECT_LE(result.html.size(), 100U);
    EXPECT_GT(result.html.size(), 50U);
    EXPECT_TRUE(result.html.ends_with("</p>")) << result.html;
    EXPECT_EQ(clean(result.html), result.html) << "cut output must still be balanced";
    EXPECT_FALSE(HtmlSanitizer().sanitize(html).truncated);
}

TEST(HtmlSanitizerTest, CutNeverSplitsACharacterOrEntity)
{
    HtmlSanitizerOptions options;
    for (std::size_t limit = 0; limit < 40; ++limit)
    {
        options.maxOutputBytes = limit;
        const SanitizedHtml result = HtmlSanitizer(options).sanitize("<p>中&amp;文&lt;字</p>");
        EXPECT_LE(result.html.size(), limit);
        EXPECT_EQ(clean(result.html), result.html) << "limit " << limit << ": " << result.html;
    }
}

TEST(HtmlSanitizerTest, HostileNestingIsBounded)
{
    std::string deep;
    for (int i = 0; i < 5000; ++i)
    {
        deep += "<span>";
    }
    deep += "x";
    const SanitizedHtml result = HtmlSanitizer().sanitize(deep);
    EXPECT_FALSE(result.truncated);
    EXPECT_NE(result.html.find('x'), std::string::npos);
    EXPECT_TRUE(test::findSafetyProblems(result.html).empty());

    std::string many;
    for (int i = 0; i < 20000; ++i)
    {
        many += "<div>";
    }
    EXPECT_TRUE(HtmlSanitizer().sanitize(many).truncated);
}

TEST(HtmlSanitizerTest, EmptyAndTextOnlyInput)
{
    EXPECT_EQ(clean(""), "");
    EXPECT_EQ(clean("just text"), "just text");
}

} // namespace
} // namespace nextevent::server::infra
