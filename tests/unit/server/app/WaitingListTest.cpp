// SPDX-License-Identifier: MIT
// The waiting list's rules at the service (no HTTP): capacity counts parties, a freed place goes to the
// first waiting party that fits and never to a later one ahead of an earlier one that fits, offers
// expire by the service's clock, and an offer refused passes on.
#include <filesystem>
#include <random>

#include <gtest/gtest.h>

#include "nextevent/Error.h"

#include "server/app/AttendeeService.h"
#include "server/app/EventService.h"
#include "server/store/Database.h"
#include "server/store/Migrator.h"
#include "server/store/SqlStore.h"

namespace
{
using namespace nextevent;
using namespace nextevent::server;

class WaitingList : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::random_device rd;
        m_dir = std::filesystem::temp_directory_path() / ("nextevent-waitlist-" + std::to_string(rd()));
        std::filesystem::create_directories(m_dir);
        auto database = std::make_shared<store::Database>(
            store::DatabaseUrl::parse("sqlite:" + (m_dir / "test.db").string()), 2);
        store::Migrator(*database).migrate();
        m_store = std::make_unique<store::SqlStore>(database);
        m_events = std::make_unique<app::EventService>(*m_store, m_cache);
        m_attendees = std::make_unique<app::AttendeeService>(*m_store, m_cache);
        m_attendees->setClock([this] { return m_now; });
        const auto event = m_events->create({{"title", "Workshop"},
                                             {"startDate", "2030-05-01T09:00:00Z"},
                                             {"endDate", "2030-05-01T17:00:00Z"},
                                             {"capacity", 4},
                                             {"maxPartySize", 3},
                                             {"offerHoldHours", 2}},
                                            app::Principal{});
        m_events->transition(event.id, {{"to", "published"}}, app::Principal{});
        m_eventId = event.id;
    }

    void TearDown() override
    {
        m_attendees.reset();
        m_events.reset();
        m_store.reset();
        std::filesystem::remove_all(m_dir);
    }

    Attendee add(const std::string &name, int party)
    {
        static int phone = 0;
        ++phone;
        return m_attendees
            ->registerAttendee(
                m_eventId,
                {{"name", name}, {"phone", "1380000" + std::to_string(1000 + phone)}, {"partySize", party}},
                "test")
            .attendee;
    }

    AttendeeStatus statusOf(const Attendee &a)
    {
        return m_attendees->get(m_eventId, a.id).status;
    }

    TimePoint m_now = *parseIso8601("2030-04-01T08:00:00Z");
    std::string m_eventId;
    std::unique_ptr<app::AttendeeService> m_attendees;

private:
    std::filesystem::path m_dir;
    std::unique_ptr<store::SqlStore> m_store;
    app::EventCache m_cache;

protected:
    std::unique_ptr<app::EventService> m_events;
};

TEST_F(WaitingList, CapacityCountsPartiesAndTheRestWaitInOrder)
{
    const auto a = add("A", 3);
    const auto b = add("B", 2); // 3 + 2 > 4
    const auto c = add("C", 1); // fits the last place, although B waits: B cannot use it
    EXPECT_EQ(a.status, AttendeeStatus::Registered);
    EXPECT_EQ(b.status, AttendeeStatus::Waitlisted);
    EXPECT_EQ(m_attendees->get(m_eventId, b.id).waitlistPosition, 1);
    EXPECT_EQ(c.status, AttendeeStatus::Registered);
}

TEST_F(WaitingList, AFreedPlaceGoesToTheFirstPartyThatFitsNeverPastAnEarlierOne)
{
    const auto a = add("A", 2);
    const auto b = add("B", 2);
    const auto big = add("Big", 3);     // waits first
    const auto small = add("Small", 1); // waits second
    ASSERT_EQ(big.status, AttendeeStatus::Waitlisted);
    ASSERT_EQ(small.status, AttendeeStatus::Waitlisted);

    // Two places free: Big (3) does not fit, so Small (1) is offered; Big keeps its place in line.
    m_attendees->cancel(m_eventId, a.id, "test");
    EXPECT_EQ(statusOf(big), AttendeeStatus::Waitlisted);
    EXPECT_EQ(statusOf(small), AttendeeStatus::Offered);

    // Now four are free but one is held for Small: three fit Big, who is offered before anyone later.
    m_attendees->cancel(m_eventId, b.id, "test");
    EXPECT_EQ(statusOf(big), AttendeeStatus::Offered);
    const auto late = add("Late", 1);
    EXPECT_EQ(late.status, AttendeeStatus::Waitlisted) << "held places are not free places";
}

TEST_F(WaitingList, AnOfferExpiresByTheServiceClockAndPassesOn)
{
    add("A", 3);
    const auto b = add("B", 1);
    const auto first = add("First", 1);
    const auto second = add("Second", 1);
    m_attendees->cancel(m_eventId, b.id, "test");
    ASSERT_EQ(statusOf(first), AttendeeStatus::Offered);
    ASSERT_EQ(statusOf(second), AttendeeStatus::Waitlisted);

    EXPECT_EQ(m_attendees->expireOffers(m_eventId), 0) << "not yet due";
    m_now += std::chrono::hours(2) + std::chrono::seconds(1);
    EXPECT_EQ(m_attendees->expireOffers(m_eventId), 1);
    EXPECT_EQ(statusOf(first), AttendeeStatus::Cancelled);
    EXPECT_EQ(statusOf(second), AttendeeStatus::Offered);

    // Too late to accept the expired one; the live offer is taken.
    EXPECT_THROW(m_attendees->acceptOffer(m_eventId, first.id, "test"), Error);
    EXPECT_EQ(m_attendees->acceptOffer(m_eventId, second.id, "test").status, AttendeeStatus::Registered);
}

TEST_F(WaitingList, ADeclinedOfferPassesOnAndTheDeclinerIsCancelled)
{
    add("A", 3);
    const auto b = add("B", 1);
    const auto first = add("First", 1);
    const auto second = add("Second", 1);
    m_attendees->cancel(m_eventId, b.id, "test");
    EXPECT_EQ(m_attendees->declineOffer(m_eventId, first.id, "test").status, AttendeeStatus::Cancelled);
    EXPECT_EQ(statusOf(second), AttendeeStatus::Offered);
    EXPECT_THROW(m_attendees->declineOffer(m_eventId, first.id, "test"), Error) << "not offered any more";
}

TEST_F(WaitingList, TheCsvHeadsAnswerColumnsByLabelAndByIdWhenLabelsRepeat)
{
    EXPECT_NO_THROW(
        m_events->update(m_eventId,
                         {{"registrationForm",
                           nlohmann::json::array({{{"id", "org"}, {"type", "text"}, {"label", "Name"}},
                                                  {{"id", "team"}, {"type", "text"}, {"label", "Name"}},
                                                  {{"id", "diet"}, {"type", "text"}, {"label", "Diet"}}})}},
                         app::Principal{}));
    const auto csv = m_attendees->exportCsv(m_eventId);
    const auto header = csv.substr(0, csv.find("\r\n"));
    EXPECT_NE(header.find(",registeredAt,org,team,Diet"), std::string::npos) << header;
}

} // namespace
