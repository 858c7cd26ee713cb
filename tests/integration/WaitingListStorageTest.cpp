// SPDX-License-Identifier: MIT
// The waiting list's storage after migration 0012, on both dialects: per-event counters kept with the
// attendee rows (always equal to a recount), the first party that fits found by index, a database an older
// release left upgraded with its counts and order intact, and a rush of parallel registrations and
// cancellations at the capacity edge that never overbooks and numbers the list exactly.
#include <algorithm>
#include <memory>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>

#include "nextevent/Error.h"

#include "TestServer.h"
#include "server/app/AttendeeService.h"
#include "server/app/EventCache.h"
#include "server/app/EventService.h"
#include "server/store/Database.h"
#include "server/store/Migrator.h"
#include "server/store/SqlStore.h"

namespace nextevent::test
{
namespace
{
using server::store::Database;
using server::store::DatabaseUrl;
using server::store::SqlValue;

/// The last schema before the counters (0012): what an upgraded installation starts from.
constexpr int kBeforeCounters = 11;

class WaitingListStorage : public ::testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        m_db = std::make_unique<TestDatabase>(GetParam());
        NEXTEVENT_REQUIRE_DATABASE(*m_db);
        m_database = std::make_shared<Database>(DatabaseUrl::parse(m_db->url()), 8);
    }

    void TearDown() override
    {
        m_attendees.reset();
        m_events.reset();
        m_store.reset();
        m_database.reset();
        m_db.reset();
    }

    /// Services over the (migrated) database.
    void open()
    {
        m_store = std::make_unique<server::store::SqlStore>(m_database);
        m_events = std::make_unique<server::app::EventService>(*m_store, m_cache);
        m_attendees = std::make_unique<server::app::AttendeeService>(*m_store, m_cache);
    }

    void exec(const std::string &sql, const std::vector<SqlValue> &params = {})
    {
        m_database->connect().execute(sql, params);
    }

    /// The counts summed over the rows, as the server computed them before the counters.
    EventCounts recount(const std::string &eventId)
    {
        const auto rows = m_database->connect().query(
            "SELECT COALESCE(SUM(CASE WHEN status = 'registered' THEN party_size ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'waitlisted' THEN party_size ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'registered' AND checked_in_at IS NOT NULL THEN party_size ELSE "
            "0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'pending' THEN party_size ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'offered' THEN party_size ELSE 0 END), 0) "
            "FROM attendees WHERE event_id = ?",
            {eventId});
        const auto &row = rows.front();
        return {row.integer(0), row.integer(1), row.integer(2), row.integer(3), row.integer(4)};
    }

    EventCounts stored(const std::string &eventId)
    {
        return m_store->read()->attendees().counts(eventId);
    }

    /// The waiting list as the API shows it: names by position.
    std::vector<std::string> waiting(const std::string &eventId)
    {
        server::app::AttendeeQuery query;
        query.status = AttendeeStatus::Waitlisted;
        query.sort = "waitlistPosition";
        query.pageSize = 500;
        std::vector<std::string> names;
        for (const auto &a : m_attendees->list(eventId, query, true).items)
        {
            EXPECT_EQ(a.waitlistPosition, static_cast<std::int64_t>(names.size()) + 1) << a.name;
            names.push_back(a.name);
        }
        return names;
    }

    Attendee add(const std::string &eventId, const std::string &name, int party)
    {
        return m_attendees
            ->registerAttendee(
                eventId, {{"name", name}, {"phone", "13800138000"}, {"partySize", party}}, "test")
            .attendee;
    }

    std::string openEvent(int capacity, int maxParty)
    {
        const auto event = m_events->create({{"title", "Rush"},
                                             {"startDate", "2030-05-01T09:00:00Z"},
                                             {"endDate", "2030-05-01T17:00:00Z"},
                                             {"capacity", capacity},
                                             {"maxPartySize", maxParty}},
                                            server::app::Principal{});
        m_events->transition(event.id, {{"to", "published"}}, server::app::Principal{});
        return event.id;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<Database> m_database;
    server::app::EventCache m_cache;
    std::unique_ptr<server::store::SqlStore> m_store;
    std::unique_ptr<server::app::EventService> m_events;
    std::unique_ptr<server::app::AttendeeService> m_attendees;
};

TEST_P(WaitingListStorage, AnOlderDatabaseIsUpgradedWithItsCountsAndOrder)
{
    server::store::Migrator(*m_database).migrate(kBeforeCounters);
    const std::string at = "2030-04-01T08:00:00Z";
    const auto event = [&](const std::string &id)
    {
        exec(
            "INSERT INTO events (id, title, description, start_date, end_date, capacity, status, created_at, "
            "updated_at, max_party_size) VALUES (?, 'Old', '', '2030-05-01T09:00:00Z', "
            "'2030-05-01T17:00:00Z', 10, 'published', ?, ?, 3)",
            {id, at, at});
    };
    event("e-old");
    event("e-empty");
    int code = 0;
    const auto attendee = [&](const std::string &name,
                              const std::string &status,
                              std::int64_t party,
                              std::optional<std::int64_t> seq,
                              bool checkedIn = false)
    {
        exec("INSERT INTO attendees (id, event_id, name, phone, status, waitlist_seq, check_in_code, "
             "checked_in_at, created_at, updated_at, party_size, offer_expires_at) VALUES (?, 'e-old', ?, "
             "'13800138000', ?, ?, ?, ?, ?, ?, ?, ?)",
             {"a-" + name,
              name,
              status,
              seq ? SqlValue(*seq) : SqlValue(),
              "CODE" + std::to_string(++code),
              checkedIn ? SqlValue(at) : SqlValue(),
              at,
              at,
              party,
              status == "offered" ? SqlValue(std::string("2099-01-01T00:00:00Z")) : SqlValue()});
    };
    attendee("R1", "registered", 3, std::nullopt, true);
    attendee("R2", "registered", 3, std::nullopt);
    attendee("R3", "registered", 2, std::nullopt);
    attendee("O1", "offered", 2, std::nullopt);
    attendee("P1", "pending", 1, std::nullopt);
    attendee("W1", "waitlisted", 3, 1);
    attendee("W2", "waitlisted", 1, 2);
    attendee("W3", "waitlisted", 2, 3);
    attendee("C1", "cancelled", 2, std::nullopt);

    const auto applied = server::store::Migrator(*m_database).migrate();
    ASSERT_FALSE(applied.empty());
    EXPECT_EQ(applied.front(), kBeforeCounters + 1);
    open();

    EXPECT_EQ(stored("e-old"), (EventCounts{8, 6, 3, 1, 2}));
    EXPECT_EQ(stored("e-old"), recount("e-old"));
    EXPECT_EQ(stored("e-empty"), EventCounts{});
    EXPECT_EQ(m_events->get("e-old").counts, recount("e-old"));
    EXPECT_EQ(waiting("e-old"), (std::vector<std::string>{"W1", "W2", "W3"}));

    // A new party waits at the end of the list the old rows started.
    const auto late = add("e-old", "W4", 1);
    EXPECT_EQ(late.status, AttendeeStatus::Waitlisted);
    EXPECT_EQ(late.waitlistPosition, 4);

    // Two places free: W1 (3) does not fit, W2 (1) does, W3 (2) no longer does, W4 (1) takes the last.
    m_attendees->cancel("e-old", "a-R3", "test");
    EXPECT_EQ(m_attendees->get("e-old", "a-W2").status, AttendeeStatus::Offered);
    EXPECT_EQ(m_attendees->get("e-old", late.id).status, AttendeeStatus::Offered);
    EXPECT_EQ(waiting("e-old"), (std::vector<std::string>{"W1", "W3"}));
    EXPECT_EQ(stored("e-old"), (EventCounts{6, 5, 3, 1, 4}));
    EXPECT_EQ(stored("e-old"), recount("e-old"));
    EXPECT_EQ(m_store->read()->attendees().waitlistedParties("e-old"), 2);
}

TEST_P(WaitingListStorage, CountersFollowEveryStateChange)
{
    server::store::Migrator(*m_database).migrate();
    open();
    const auto id = openEvent(6, 3);
    const auto a = add(id, "A", 3);
    const auto b = add(id, "B", 3);
    const auto c = add(id, "C", 2);
    const auto d = add(id, "D", 1);
    EXPECT_EQ(stored(id), recount(id));
    EXPECT_EQ(waiting(id), (std::vector<std::string>{"C", "D"}));

    m_attendees->cancel(id, a.id, "test"); // 3 free: C (2) then D (1) are offered
    EXPECT_EQ(stored(id), recount(id));
    m_attendees->acceptOffer(id, c.id, "test");
    m_attendees->declineOffer(id, d.id, "test");
    EXPECT_EQ(stored(id), recount(id));
    const auto e = add(id, "E", 1);
    EXPECT_EQ(e.status, AttendeeStatus::Registered);
    m_attendees->cancel(id, b.id, "test"); // 3 free again, nobody waiting
    m_attendees->cancel(id, e.id, "test");
    EXPECT_EQ(stored(id), recount(id));
    EXPECT_EQ(stored(id), (EventCounts{2, 0, 0, 0, 0}));
    EXPECT_EQ(m_events->get(id).counts, recount(id));
}

TEST_P(WaitingListStorage, ARushAtTheCapacityEdgeNeverOverbooksAndNumbersTheListExactly)
{
    server::store::Migrator(*m_database).migrate();
    open();
    constexpr int kCapacity = 20;
    const auto id = openEvent(kCapacity, 4);
    std::mutex mutex;
    std::vector<Attendee> created;
    std::vector<std::thread> workers;
    for (int t = 0; t < 6; ++t)
        workers.emplace_back(
            [&, t]
            {
                for (int i = 0; i < 10; ++i)
                {
                    const auto a =
                        add(id, "T" + std::to_string(t) + "-" + std::to_string(i), 1 + (t * 7 + i) % 4);
                    std::lock_guard lock(mutex);
                    created.push_back(a);
                }
            });
    for (auto &w : workers)
        w.join();
    ASSERT_EQ(created.size(), 60u);

    // Each waiting party was told the position it now holds: positions are 1..n in the order they were
    // given, with no gap and no repeat.
    std::vector<std::pair<std::int64_t, std::string>> told;
    for (const auto &a : created)
        if (a.status == AttendeeStatus::Waitlisted)
            told.emplace_back(*a.waitlistPosition, a.name);
    std::sort(told.begin(), told.end());
    std::vector<std::string> expected;
    for (const auto &[position, name] : told)
        expected.push_back(name);
    EXPECT_EQ(waiting(id), expected);

    auto counts = stored(id);
    EXPECT_EQ(counts, recount(id));
    EXPECT_LE(counts.registered + counts.offered, kCapacity);
    EXPECT_GE(counts.registered + counts.offered, kCapacity - 3) << "parties of up to 4 leave at most 3 free";

    // Cancel the registered parties from three threads while new ones arrive; then no waiting party fits
    // what is free, and the offers went in list order (never past an earlier party that fits).
    std::vector<Attendee> registered;
    for (const auto &a : created)
        if (a.status == AttendeeStatus::Registered)
            registered.push_back(a);
    std::vector<std::thread> cancellers;
    for (std::size_t t = 0; t < 3; ++t)
        cancellers.emplace_back(
            [&, t]
            {
                for (std::size_t i = t; i < registered.size(); i += 3)
                    m_attendees->cancel(id, registered[i].id, "test");
            });
    for (int i = 0; i < 8; ++i)
        add(id, "L" + std::to_string(i), 1 + i % 4);
    for (auto &c : cancellers)
        c.join();

    counts = stored(id);
    EXPECT_EQ(counts, recount(id));
    const std::int64_t free = kCapacity - counts.registered - counts.offered;
    EXPECT_GE(free, 0);
    server::app::AttendeeQuery query;
    query.status = AttendeeStatus::Waitlisted;
    query.pageSize = 500;
    for (const auto &a : m_attendees->list(id, query, true).items)
        EXPECT_GT(a.partySize, free) << a.name << " waits although " << free << " places are free";
    EXPECT_EQ(static_cast<std::int64_t>(waiting(id).size()),
              m_store->read()->attendees().waitlistedParties(id));
}

INSTANTIATE_TEST_SUITE_P(Backends, WaitingListStorage, ::testing::Values("sqlite", "mysql"), backendName);

} // namespace
} // namespace nextevent::test
