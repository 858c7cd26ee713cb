// SPDX-License-Identifier: MIT
#include "server/infra/html/HtmlExcerpt.h"

#include <gtest/gtest.h>

namespace nextevent::server::infra
{
namespace
{

TEST(HtmlExcerptTest, ReturnsVisibleTextWithCollapsedWhitespace)
{
    EXPECT_EQ(htmlExcerpt("<h1>  Title </h1>\n<p>First\n\n  line&nbsp;&nbsp;here.</p><p>Second</p>", 100),
              "Title First line here. Second");
}

TEST(HtmlExcerptTest, BlocksAndBreaksSeparateWordsButInlineMarkupDoesNot)
{
    EXPECT_EQ(htmlExcerpt("<p>a</p><p>b</p><div>c<br>d</div><ul><li>e</li><li>f</li></ul>", 100),
              "a b c d e f");
    EXPECT_EQ(htmlExcerpt("<p>to<strong>get</strong>her</p>", 100), "together");
}

TEST(HtmlExcerptTest, IgnoresScriptsStylesAndComments)
{
    EXPECT_EQ(
        htmlExcerpt(
            "<style>p{}</style><p>shown</p><script>hidden()</script><!-- c --><svg><text>no</text></svg>",
            100),
        "shown");
}

TEST(HtmlExcerptTest, DecodesEntitiesAndDoesNotEscape)
{
    EXPECT_EQ(htmlExcerpt("<p>Tom &amp; Jerry &lt;3</p>", 100), "Tom & Jerry <3");
}

TEST(HtmlExcerptTest, LimitCountsCharactersNotBytes)
{
    EXPECT_EQ(htmlExcerpt("<p>你好世界</p>", 4), "你好世界");
    EXPECT_EQ(htmlExcerpt("<p>你好世界欢迎</p>", 4), "你好世\u2026");
}

TEST(HtmlExcerptTest, CutDropsTrailingSpaceBeforeEllipsis)
{
    EXPECT_EQ(htmlExcerpt("<p>abc def ghi</p>", 5), "abc\u2026");
    EXPECT_EQ(htmlExcerpt("<p>abcdefgh</p>", 1), "\u2026");
    EXPECT_EQ(htmlExcerpt("<p>abc</p>", 0), "");
}

TEST(HtmlExcerptTest, EmptyInput)
{
    EXPECT_EQ(htmlExcerpt("", 10), "");
    EXPECT_EQ(htmlExcerpt("<p> \u3000 </p>", 10), "");
}

} // namespace
} // namespace nextevent::server::infra
