// SPDX-License-Identifier: MIT
// Known XSS payloads (OWASP filter-evasion cheat sheet style, plus parser-differential "mutation" XSS).
// Every one must come out of the sanitiser with no executable content, and a second, independent
// parse of the output must contain only allow-listed elements, attributes and URLs.
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "server/infra/html/HtmlSanitizer.h"
#include "tests/unit/server/html/HtmlSafetyChecker.h"

namespace nextevent::server::infra
{
namespace
{

struct Payload
{
    const char *name;
    std::string html;
};

/// Lets gtest name a failing payload instead of dumping its bytes.
void PrintTo(const Payload &payload, std::ostream *os)
{
    *os << payload.name;
}

std::vector<Payload> payloads()
{
    using namespace std::string_literals;
    return {
        {"ScriptTag", R"X(<script>alert('XSS')</script>)X"},
        {"ScriptSrcUpper", R"X(<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>)X"},
        {"ImgJavascriptSrc", R"X(<IMG SRC="javascript:alert('XSS');">)X"},
        {"ImgJavascriptNoQuotes", R"X(<IMG SRC=javascript:alert('XSS')>)X"},
        {"ImgJavascriptMixedCase", R"X(<IMG SRC=JaVaScRiPt:alert('XSS')>)X"},
        {"ImgBacktickSrc", R"X(<IMG SRC=`javascript:alert("RSnake says, 'XSS'")`>)X"},
        {"BacktickEventHandler", R"X(<img src=`x` onerror=`alert(1)`>)X"},
        {"AnchorOnmouseover", R"X(<a onmouseover="alert(document.cookie)">xxs link</a>)X"},
        {"MalformedImgQuotes", R"X(<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\>)X"},
        {"FromCharCode", R"X(<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>)X"},
        {"ImgHashOnmouseover", R"X(<IMG SRC=# onmouseover="alert('xxs')">)X"},
        {"ImgEmptySrcHandler", R"X(<IMG SRC= onmouseover="alert('xxs')">)X"},
        {"ImgOnerrorX", R"X(<img src=x onerror=alert(1)>)X"},
        {"ImgOnerrorAllowedSrc",
         R"X(<img src="https://ok.example/a.png" onerror="alert(1)" onload=alert(2)>)X"},
        {"ImgSlashOnerror", R"X(<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>)X"},
        {"DecimalEntitiesLongForm",
         R"X(<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>)X"},
        {"DecimalEntities",
         R"X(<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>)X"},
        {"HexEntitiesNoSemicolon",
         R"X(<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>)X"},
        {"ImgEmbeddedTab", "<IMG SRC=\"jav\tascript:alert('XSS');\">"},
        {"ImgEncodedTab", R"X(<IMG SRC="jav&#x09;ascript:alert('XSS');">)X"},
        {"ImgEncodedNewline", R"X(<IMG SRC="jav&#x0A;ascript:alert('XSS');">)X"},
        {"ImgEncodedCarriageReturn", R"X(<IMG SRC="jav&#x0D;ascript:alert('XSS');">)X"},
        {"ImgLeadingSpacesAndMeta", R"X(<IMG SRC=" &#14;  javascript:alert('XSS');">)X"},
        {"AnchorEncodedTab", R"X(<a href="jav&#x09;ascript:alert(1)">click</a>)X"},
        {"AnchorLeadingSpaceMixedCase", R"X(<a href="  JaVaScRiPt:alert(1)">x</a>)X"},
        {"AnchorNulInScheme", "<a href=\"java\0script:alert(1)\">x</a>"s},
        {"AnchorControlCharInScheme", R"X(<a href="java&#1;script:alert(1)">x</a>)X"},
        {"AnchorNewlinesInScheme", "<a href=\"j\na\nv\na\ns\nc\nr\ni\np\nt\n:alert(1)\">x</a>"},
        {"AnchorFirstLetterEntity", R"X(<a href="&#106;avascript:alert(1)">x</a>)X"},
        {"AnchorColonEntity", R"X(<a href="javascript&colon;alert(1)">x</a>)X"},
        {"AnchorAllHexEntities",
         R"X(<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>)X"},
        {"AnchorVbscript", R"X(<a href="vbscript:msgbox(1)">x</a>)X"},
        {"AnchorDataHtml", R"X(<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>)X"},
        {"AnchorDataMixedCaseSpaced", R"X(<a href=" DaTa:text/html,<script>alert(1)</script>">x</a>)X"},
        {"ImgDataSvg", R"X(<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">)X"},
        {"AnchorJavascriptWithTitle", R"X(<a href="javascript:alert(1)" title="x">link</a>)X"},
        {"AnchorExtraHandlers", R"X(<a href="/ok" onclick="alert(1)" style="color:red" id="x">ok</a>)X"},
        {"AnchorTargetOverride", R"X(<a href="http://ok.example" target=_self rel=opener>x</a>)X"},
        {"AnchorTitleBreakout", R"X(<a href="https://ok.example/" title='x" onmouseover="alert(1)'>x</a>)X"},
        {"ImgAltBreakout", R"X(<img src="https://ok.example/a.png" alt="x&quot; onerror=&quot;alert(1)">)X"},
        {"ImgSrcsetJavascript", R"X(<img src="https://ok.example/a.png" srcset="javascript:alert(1)">)X"},
        {"ImgAltEval", R"X(<img src=x:alert(alt) onerror=eval(src) alt=0>)X"},
        {"SvgOnload", R"X(<svg onload=alert(1)>)X"},
        {"SvgScript", R"X(<svg><script>alert(1)</script></svg>)X"},
        {"SvgXlinkHref",
         R"X(<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>)X"},
        {"MathHref", R"X(<math href="javascript:alert(1)">CLICKME</math>)X"},
        {"MathMglyphStyleMutation", R"X(<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>)X"},
        {"SvgStyleMutation", R"X(<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">)X"},
        {"MathTextareaMutation",
         R"X(<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">)X"},
        {"NoscriptTitleMutation", R"X(<noscript><p title="</noscript><img src=x onerror=alert(1)>">)X"},
        {"XmpMutation", R"X(<xmp><img src=x onerror=alert(1)></xmp>)X"},
        {"TemplateScript", R"X(<template><script>alert(1)</script></template>)X"},
        {"IframeJavascript", R"X(<iframe src="javascript:alert(1)"></iframe>)X"},
        {"IframeSrcdoc", R"X(<iframe srcdoc="<script>alert(1)</script>"></iframe>)X"},
        {"IframeUnclosed", R"X(<iframe src=http://xss.rocks/scriptlet.html <)X"},
        {"ObjectData", R"X(<object data="javascript:alert(1)"></object>)X"},
        {"ObjectParam",
         R"X(<object type="text/x-scriptlet" data="http://xss.rocks/scriptlet.html"><param name="x">)X"},
        {"EmbedSvg", R"X(<embed src="data:image/svg+xml;base64,PHN2Zz4=">)X"},
        {"StyleImport", R"X(<style>@import'http://xss.rocks/xss.css';</style>)X"},
        {"StyleAttributeUrl", R"X(<p style="background:url(javascript:alert(1))">x</p>)X"},
        {"StyleExpression", R"X(<div style="width: expression(alert('XSS'));">x</div>)X"},
        {"StyleCommentedExpression", R"X(<span style="xss:expr/*XSS*/ession(alert('XSS'))">x</span>)X"},
        {"DoubleOpenAngle", R"X(<<SCRIPT>alert("XSS");//<</SCRIPT>)X"},
        {"ScriptSlashAttribute", R"X(<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>)X"},
        {"BodyOnloadJunk", R"X(<BODY onload!#$%&()*~+-_.,:;?@[/|\]^`=alert("XSS")>)X"},
        {"BodyOnload", R"X(<body onload=alert(1)><p>x</p>)X"},
        {"UnclosedImg", R"X(<IMG SRC="javascript:alert('XSS')")X"},
        {"UnclosedScript", R"X(<script>alert(1))X"},
        {"SplitScriptTag", R"X(<scr<script>ipt>alert(1)</scr</script>ipt>)X"},
        {"AttributeBreakout", R"X("><script>alert(1)</script>)X"},
        {"CommentHidingScript", R"X(<!--<script>alert(1)//--><p>ok</p>)X"},
        {"ConditionalComment", R"X(<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->)X"},
        {"BogusCommentClose", R"X(<!--><img src=x onerror=alert(1)>-->)X"},
        {"CdataInHtml", R"X(<![CDATA[<script>alert(1)</script>]]>)X"},
        {"BaseHref", R"X(<BASE HREF="javascript:alert('XSS');//"><a href="/x">x</a>)X"},
        {"MetaRefreshJavascript",
         R"X(<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">)X"},
        {"MetaRefreshData",
         R"X(<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">)X"},
        {"LinkStylesheet", R"X(<LINK REL="stylesheet" HREF="javascript:alert('XSS');">)X"},
        {"FormAction", R"X(<form action="javascript:alert(1)"><input type=submit value=go></form>)X"},
        {"ButtonFormaction", R"X(<button formaction="javascript:alert(1)">x</button>)X"},
        {"InputAutofocus", R"X(<input autofocus onfocus=alert(1)>)X"},
        {"TableBackground",
         R"X(<TABLE BACKGROUND="javascript:alert('XSS')"><TR><TD BACKGROUND="javascript:alert('XSS')">x</TD></TR></TABLE>)X"},
        {"TdHandlerAndColspan",
         R"X(<table><tr><td colspan="2 onclick=alert(1)" onclick=alert(1)>x</td></tr></table>)X"},
        {"DetailsOntoggle", R"X(<details open ontoggle=alert(1)>)X"},
        {"VideoSourceOnerror", R"X(<video><source onerror="alert(1)">)X"},
        {"MarqueeOnstart", R"X(<marquee onstart=alert(1)>x</marquee>)X"},
        {"CustomElementHandler", R"X(<x onclick=alert(1)>click)X"},
        {"ProtocolRelativeLink", R"X(<a href="//evil.example/x">x</a>)X"},
        {"BackslashLink", R"X(<a href="/\evil.example/x">x</a>)X"},
        {"SpanHandlerSlashSeparator", R"X(<span/onmouseover=alert(1)>x</span>)X"},
        {"ImageTagAlias", R"X(<image src=x onerror=alert(1)>)X"},
        {"FrameSet", R"X(<frameset onload=alert(1)><frame src="javascript:alert(1)">)X"},
        {"IsIndex", R"X(<isindex type=image src=1 onerror=alert(1)>)X"},
    };
}

class XssPayloadTest : public ::testing::TestWithParam<Payload>
{
};

TEST_P(XssPayloadTest, OutputHasNoExecutableContent)
{
    const HtmlSanitizer sanitizer;
    const SanitizedHtml result = sanitizer.sanitize(GetParam().html);
    const std::vector<std::string> problems = test::findSafetyProblems(result.html);
    EXPECT_TRUE(problems.empty()) << "output: " << result.html
                                  << "\nproblems: " << ::testing::PrintToString(problems);
    EXPECT_EQ(test::asciiLower(result.html).find("<script"), std::string::npos) << result.html;
    EXPECT_FALSE(result.truncated);
}

TEST_P(XssPayloadTest, SanitisingTheOutputAgainIsStillSafeAndStable)
{
    const HtmlSanitizer sanitizer;
    const std::string once = sanitizer.sanitize(GetParam().html).html;
    const std::string twice = sanitizer.sanitize(once).html;
    EXPECT_TRUE(test::findSafetyProblems(twice).empty()) << twice;
    EXPECT_EQ(twice, once);
}

INSTANTIATE_TEST_SUITE_P(Payloads,
                         XssPayloadTest,
                         ::testing::ValuesIn(payloads()),
                         [](const ::testing::TestParamInfo<Payload> &param)
                         { return std::string(param.param.name); });

TEST(XssPayloadListTest, HasAtLeastFortyPayloads)
{
    EXPECT_GE(payloads().size(), 40U);
}

TEST(XssPayloadListTest, CheckerRejectsKnownBadMarkup)
{
    // The checker itself must be able to fail, or the payload tests prove nothing.
    for (const char *bad : {R"X(<img src=x onerror=alert(1)>)X",
                            R"X(<a href="jav&#x09;ascript:alert(1)">x</a>)X",
                            R"X(<a href="data:text/html,x">x</a>)X",
                            R"X(<svg><circle></circle></svg>)X",
                            R"X(<div>x</div>)X",
                            R"X(<p style="color:red">x</p>)X",
                            R"X(<script>alert(1)</script>)X",
                            R"X(<!-- x --><p>x</p>)X",
                            R"X(<img src="/elsewhere/x.png">)X",
                            R"X(<span/onclick=alert(1)>x</span>)X"})
    {
        EXPECT_FALSE(test::findSafetyProblems(bad).empty()) << bad;
    }
    EXPECT_TRUE(
        test::findSafetyProblems(R"X(<p><a href="/x">x</a> <img src="/media/a.png" alt="a"></p>)X").empty());
}

} // namespace
} // namespace nextevent::server::infra
