// SPDX-License-Identifier: MIT
// The guard that keeps the HTTP front's I/O threads from waiting (server/app/Blocking.h).
#include "server/app/Blocking.h"

#include <stdexcept>
#include <thread>

#include <gtest/gtest.h>

using namespace nextevent::server::app;

TEST(Blocking, WaitingIsAllowedOutsideANonBlockingScope)
{
    EXPECT_NO_THROW(mayWaitHere());
}

TEST(Blocking, AWaitInsideTheScopeThrowsWouldBlockAndTheScopeEnds)
{
    {
        NonBlockingScope scope;
        EXPECT_THROW(mayWaitHere(), WouldBlock);
        {
            NonBlockingScope nested;
            EXPECT_THROW(mayWaitHere(), WouldBlock);
        }
        EXPECT_THROW(mayWaitHere(), WouldBlock) << "the inner scope's end keeps the outer one";
    }
    EXPECT_NO_THROW(mayWaitHere());
}

TEST(Blocking, TheScopeIsTheThreadsOwn)
{
    NonBlockingScope scope;
    bool otherThreadMayWait = false;
    std::thread other(
        [&]
        {
            mayWaitHere();
            otherThreadMayWait = true;
        });
    other.join();
    EXPECT_TRUE(otherThreadMayWait);
}

TEST(Blocking, WouldBlockPassesHandlersThatTurnErrorsIntoAnswers)
{
    // Handlers catch std::exception to answer with an error; a wait on an I/O thread must reach the front.
    const auto handler = []
    {
        try
        {
            NonBlockingScope scope;
            mayWaitHere();
            return 200;
        }
        catch (const std::exception &)
        {
            return 500;
        }
    };
    EXPECT_THROW(handler(), WouldBlock);
}
