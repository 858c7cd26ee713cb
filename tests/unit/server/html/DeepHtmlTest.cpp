// SPDX-License-Identifier: MIT
// Hostile nesting on the stack a request worker has: parsing, sanitising and freeing must not recurse
// once per level.
#include <functional>
#include <pthread.h>

#include <gtest/gtest.h>

#include "server/infra/html/HtmlSanitizer.h"

using namespace nextevent::server::infra;

namespace
{
/// Runs @p work on a thread with a @p stackBytes stack (a stack overflow crashes the test binary).
void runWithStack(std::size_t stackBytes, std::function<void()> work)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, stackBytes);
    pthread_t thread;
    auto *task = new std::function<void()>(std::move(work));
    const int rc = pthread_create(
        &thread,
        &attr,
        [](void *arg) -> void *
        {
            auto *fn = static_cast<std::function<void()> *>(arg);
            (*fn)();
            delete fn;
            return nullptr;
        },
        task);
    pthread_attr_destroy(&attr);
    ASSERT_EQ(rc, 0);
    pthread_join(thread, nullptr);
}
} // namespace

TEST(DeepHtml, TenThousandNestedTagsOnASmallStack)
{
    std::string html;
    for (int i = 0; i < 9990; ++i)
        html += (i % 3 == 0) ? "<div>" : (i % 3 == 1) ? "<span>" : "<blockquote>";
    html += "end";
    SanitizedHtml result;
    // 256 KiB: what request workers had when gumbo's recursive free overflowed it at ~8,500 levels.
    runWithStack(256 * 1024, [&] { result = HtmlSanitizer(HtmlSanitizerOptions{}).sanitize(html); });
    EXPECT_NE(result.html.find("end"), std::string::npos);
}
