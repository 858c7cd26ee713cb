// SPDX-License-Identifier: MIT
#include "server/web/Form.h"

#include <gtest/gtest.h>

#include "nextevent/Error.h"

using nextevent::Error;
using nextevent::ErrorCode;
using nextevent::server::web::Form;

TEST(Form, DecodesPlusPercentAndRepeatedFields)
{
    const auto form = Form::parse("name=Li+Lei&q.a=o1&q.a=o3&note=%E4%BD%A0%E5%A5%BD%26more&empty=&flag");
    EXPECT_EQ(form.value("name"), "Li Lei");
    EXPECT_EQ(form.values("q.a"), (std::vector<std::string>{"o1", "o3"}));
    EXPECT_EQ(form.value("note"), "你好&more");
    EXPECT_EQ(form.value("empty"), "");
    EXPECT_EQ(form.value("flag"), "");
    EXPECT_FALSE(form.value("missing").has_value());
    EXPECT_TRUE(form.values("missing").empty());
}

TEST(Form, EmptyBodyHasNoFields)
{
    EXPECT_FALSE(Form::parse("").value("x").has_value());
    EXPECT_FALSE(Form::parse("&&").value("x").has_value());
}

TEST(Form, RefusesMalformedEncodingAndInvalidUtf8)
{
    for (const std::string body : {"a=%zz", "a=%E4%BD", "a=%ff", "%80=1"})
    {
        try
        {
            Form::parse(body);
            ADD_FAILURE() << "accepted " << body;
        }
        catch (const Error &e)
        {
            EXPECT_EQ(e.code(), ErrorCode::Validation) << body;
        }
    }
}
