// SPDX-License-Identifier: MIT
#include "server/app/DemoSeeder.h"

#include "nextevent/Ids.h"

namespace nextevent::server::app
{

DemoSeeder::DemoSeeder(Store &store,
                       const PasswordHasher &hasher,
                       EventService &events,
                       AttendeeService &attendees,
                       CheckinService &checkins)
    : m_store(store)
    , m_hasher(hasher)
    , m_events(events)
    , m_attendees(attendees)
    , m_checkins(checkins)
{
}

std::vector<DemoSeeder::Credential> DemoSeeder::seed()
{
    {
        auto unit = m_store.read();
        if (unit->users().list(PageRequest{}).total > 0)
            return {};
    }
    const std::vector<std::tuple<Credential, std::string, Role>> accounts{
        {{"admin", "admin-demo-pass", "admin"}, "Demo Admin", Role::Admin},
        {{"staff", "staff-demo-pass", "organizer"}, "王芳", Role::Organizer},
        {{"presenter", "presenter-demo-pass", "presenter"}, "李明", Role::Presenter},
        {{"door", "door-demo-pass", "checkin"}, "张伟", Role::Checkin},
    };
    std::vector<Credential> created;
    Principal actor;
    {
        auto unit = m_store.write();
        for (const auto &[credential, name, role] : accounts)
        {
            User user;
            user.id = newUuid();
            user.username = credential.username;
            user.displayName = name;
            user.roles = {role};
            user.createdAt = user.updatedAt = nextevent::now();
            unit->users().insert(user, m_hasher.hash(credential.password));
            created.push_back(credential);
            if (role == Role::Admin)
                actor = {user.id, user.username, {Role::Admin}, {}, 0};
        }
        unit->commit();
    }

    using namespace std::chrono;
    const auto day = floor<days>(nextevent::now());
    const auto at = [&](int dayOffset, int hour)
    {
        return formatIso8601(TimePoint(day + days(dayOffset) + hours(hour)));
    };

    struct DemoEvent
    {
        nlohmann::json body;
        std::vector<EventStatus> path;
        std::vector<std::pair<std::string, std::string>> people;
        int checkIns;
    };

    const std::vector<std::pair<std::string, std::string>> people{{"张伟", "13800000001"},
                                                                  {"李娜", "13800000002"},
                                                                  {"王强", "13800000003"},
                                                                  {"刘洋", "13800000004"},
                                                                  {"陈静", "13800000005"},
                                                                  {"Anna Schmidt", "+49 30 1234567"},
                                                                  {"John Carter", "+1 415 555 0100"},
                                                                  {"杨磊", "13800000008"}};
    const std::vector<DemoEvent> demo{
        {{{"title", "2026 年度产品发布会"},
          {"description", "新品发布、现场演示与问答。Product launch with live demos and Q&A."},
          {"startDate", at(0, 6)},
          {"endDate", at(0, 10)},
          {"location", "上海国际会议中心 3F"},
          {"capacity", 6},
          {"wechatConfig", {{"interactionCode", "launch2026"}, {"scanMessage", "欢迎参加发布会！"}}}},
         {EventStatus::Published, EventStatus::Active},
         people,
         3},
        {{{"title", "Developer Meetup: C++ & Qt"},
          {"description", "Talks on Qt 6 and modern C++, then drinks."},
          {"startDate", at(7, 10)},
          {"endDate", at(7, 13)},
          {"location", "Beijing, Zhongguancun Hall B"},
          {"capacity", 50},
          {"wechatConfig", {{"interactionCode", "meetup-cpp"}, {"scanMessage", "See you at the meetup!"}}}},
         {EventStatus::Published},
         {people.begin(), people.begin() + 3},
         0},
        {{{"title", "客户答谢晚宴"},
          {"description", "Draft: venue still being confirmed."},
          {"startDate", at(21, 11)},
          {"endDate", at(21, 14)},
          {"location", "深圳"}},
         {},
         {},
         0},
        {{{"title", "Spring Workshop 2026"},
          {"description", "Hands-on workshop, already held."},
          {"startDate", at(-30, 1)},
          {"endDate", at(-30, 8)},
          {"location", "Hangzhou"},
          {"capacity", 20}},
         {EventStatus::Published, EventStatus::Active},
         {people.begin(), people.begin() + 4},
         4},
        {{{"title", "Cancelled Roadshow"},
          {"startDate", at(3, 2)},
          {"endDate", at(3, 4)},
          {"location", "Chengdu"}},
         {EventStatus::Cancelled},
         {},
         0},
    };
    for (const auto &d : demo)
    {
        Event event = m_events.create(d.body, actor);
        if (!d.path.empty() && d.path.front() != EventStatus::Cancelled)
            event = m_events.transition(event.id, {{"to", "published"}}, actor);
        std::vector<Attendee> registered;
        for (const auto &[name, phone] : d.people)
        {
            auto r =
                m_attendees.registerAttendee(event.id, {{"name", name}, {"phone", phone}}, actor.username);
            if (r.attendee.status == AttendeeStatus::Registered)
                registered.push_back(r.attendee);
        }
        for (int i = 0; i < d.checkIns && i < static_cast<int>(registered.size()); ++i)
            m_checkins.scan(event.id, {{"code", registered[static_cast<std::size_t>(i)].checkInCode}}, actor);
        for (EventStatus next : d.path)
            if (next != EventStatus::Published)
                event = m_events.transition(event.id, {{"to", std::string(toString(next))}}, actor);
    }
    // The past workshop is over.
    for (const auto &e : m_events.list(EventQuery{}).items)
        if (e.title == "Spring Workshop 2026")
            m_events.transition(e.id, {{"to", "completed"}}, actor);
    return created;
}

} // namespace nextevent::server::app
