// SPDX-License-Identifier: MIT
#include "server/app/InteractionService.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

namespace nextevent::server::app
{
namespace
{
using nlohmann::json;

constexpr std::size_t kListMax = 1000;

Error rateLimited(std::int64_t retryAfter, const char *what)
{
    return Error(ErrorCode::RateLimited,
                 std::string("One ") + what + " at a time; try again in " + std::to_string(retryAfter) +
                     " seconds",
                 {{"retryAfter", std::nullopt, std::to_string(retryAfter)}});
}

/// RATE_LIMITED when `last` is less than `pace` seconds before `now`.
void checkPace(std::optional<TimePoint> last, TimePoint now, std::int64_t pace, const char *what)
{
    if (!last)
        return;
    const auto elapsed = now - *last;
    const auto limit = std::chrono::seconds(pace);
    if (elapsed < limit)
    {
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(limit - elapsed).count();
        throw rateLimited(std::max<std::int64_t>(1, (wait + 999) / 1000), what);
    }
}

bool validRespondentId(const std::string &id)
{
    const bool wx = id.rfind("wx:", 0) == 0;
    const bool anon = id.rfind("anon:", 0) == 0;
    if ((!wx && !anon) || id.size() > 128)
        return false;
    const std::string rest = id.substr(wx ? 3 : 5);
    return !rest.empty() && std::all_of(rest.begin(),
                                        rest.end(),
                                        [](char c)
                                        {
                                            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                                   (c >= '0' && c <= '9') || c == '-' || c == '_';
                                        });
}

json itemsJson(const std::vector<QaItem> &items, bool staff)
{
    json out = json::array();
    for (const auto &item : items)
        out.push_back(qaItemJson(item, staff));
    return out;
}

json wallItemsJson(const std::vector<WallMessage> &items, bool staff)
{
    json out = json::array();
    for (const auto &m : items)
        out.push_back(wallMessageJson(m, staff));
    return out;
}

std::vector<QaItem> publicQa(InteractionRepository &repo, const std::string &eventId)
{
    auto items = repo.listQa(eventId, {QaState::Approved, QaState::Answered}, kListMax);
    std::erase_if(items, [](const QaItem &i) { return i.filtered; });
    std::stable_sort(items.begin(), items.end(), qaPublicOrder);
    return items;
}
} // namespace

Error bannedError()
{
    return Error(ErrorCode::Forbidden,
                 "You can no longer post at this event",
                 {{"respondentId", FieldCode::Banned, "banned"}});
}

InteractionService::InteractionService(Store &store, const WordFilter &filter, ChangeFeed *feed)
    : m_store(store)
    , m_filter(filter)
    , m_feed(feed)
    , m_clock([] { return nextevent::now(); })
    , m_votes(512, [this](std::vector<PendingVote> &batch) { writeVotes(batch); })
{
}

InteractionService::~InteractionService() = default;

void InteractionService::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

Event InteractionService::publicEvent(UnitOfWork &unit, const std::string &eventId) const
{
    // Any existing event, drafts included: organisers try the Q&A and the wall before they publish.
    auto event = unit.events().find(eventId);
    if (!event)
        throw Error(ErrorCode::NotFound, "No such event");
    return *event;
}

bool InteractionService::isFiltered(const Event &event, std::string_view text) const
{
    return event.interaction.profanityFilter && m_filter.matches(text);
}

void InteractionService::notify(const std::string &eventId, bool qa, bool wall)
{
    if (!m_feed)
        return;
    if (qa)
    {
        m_feed->changed("qa:" + eventId);
        m_feed->changed("qa-queue:" + eventId);
    }
    if (wall)
        m_feed->changed("wall:" + eventId);
}

QaItem InteractionService::ask(const std::string &eventId, const std::string &respondent, const json &body)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const auto text = reader.string("text", true);
    const auto name = reader.string("name");
    throwIfInvalid(std::move(errors));
    QaItem item;
    item.text = checkAudienceText(*text, "text", limits::kQaTextMax, errors);
    if (name && name->find_first_not_of(' ') != std::string::npos)
        item.name = checkAudienceText(*name, "name", limits::kQaNameMax, errors);
    throwIfInvalid(std::move(errors));

    auto unit = m_store.write();
    // Locks the event row (MySQL) so one respondent's two requests cannot both pass the pace check.
    if (!unit->events().find(eventId, true))
        throw Error(ErrorCode::NotFound, "No such event");
    const Event event = publicEvent(*unit, eventId);
    auto &repo = unit->interaction();
    if (repo.isBanned(eventId, respondent))
        throw bannedError();
    const auto now = m_clock();
    checkPace(repo.lastQaAt(eventId, respondent), now, kQaPaceSeconds, "question");
    item.id = newUuid();
    item.eventId = eventId;
    item.respondent = respondent;
    item.filtered = isFiltered(event, item.text) || (!item.name.empty() && isFiltered(event, item.name));
    // Filtered text always waits in the moderators' queue, flagged; it is never public.
    item.state = event.interaction.qaModeration == Moderation::Post && !item.filtered ? QaState::Approved
                                                                                      : QaState::Pending;
    item.createdAt = item.updatedAt = now;
    repo.insertQa(item);
    unit->commit();
    notify(eventId, true, false);
    return item;
}

json InteractionService::listQuestions(const std::string &eventId,
                                       const std::optional<std::string> &state,
                                       const std::optional<std::string> &sort,
                                       bool staff)
{
    std::optional<QaState> wanted;
    if (state && !state->empty())
    {
        wanted = qaStateFromString(*state);
        if (!wanted)
            throw Error::validation({{"state",
                                      FieldCode::InvalidChoice,
                                      "must be pending, approved, rejected, answered or archived"}});
    }
    const std::string order = sort.value_or("votes").empty() ? "votes" : sort.value_or("votes");
    if (order != "votes" && order != "recent")
        throw Error::validation({{"sort", FieldCode::InvalidChoice, "must be votes or recent"}});

    auto unit = m_store.read();
    if (staff)
    {
        if (!unit->events().find(eventId))
            throw Error(ErrorCode::NotFound, "No such event");
    }
    else
        publicEvent(*unit, eventId);
    auto &repo = unit->interaction();
    std::vector<QaItem> items;
    if (staff)
        items =
            repo.listQa(eventId, wanted ? std::vector<QaState>{*wanted} : std::vector<QaState>{}, kListMax);
    else
    {
        items = publicQa(repo, eventId);
        if (wanted)
            std::erase_if(items, [&](const QaItem &i) { return i.state != *wanted; });
    }
    if (order == "recent")
        std::stable_sort(items.begin(),
                         items.end(),
                         [](const QaItem &a, const QaItem &b)
                         { return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id; });
    else
        std::stable_sort(items.begin(), items.end(), qaPublicOrder);
    const auto total = static_cast<std::int64_t>(items.size());
    return json{{"items", itemsJson(items, staff)}, {"total", total}};
}

InteractionService::Vote InteractionService::toggleVote(const std::string &qaId,
                                                        const std::string &respondent)
{
    PendingVote pending{qaId, respondent, {}};
    auto done = pending.done.get_future();
    m_votes.submit(std::move(pending));
    return done.get();
}

void InteractionService::writeVotes(std::vector<PendingVote> &batch)
{
    std::vector<bool> settled(batch.size(), false);
    auto refuse = [&](std::size_t i, const Error &e)
    {
        batch[i].done.set_exception(std::make_exception_ptr(e));
        settled[i] = true;
    };
    try
    {
        auto unit = m_store.write();
        auto &repo = unit->interaction();
        // Items in id order (the order their rows are locked in, the same on every instance), each item's
        // toggles in arrival order: a respondent toggling twice in one batch ends where two commits would.
        std::map<std::string, std::vector<std::size_t>> byItem;
        for (std::size_t i = 0; i < batch.size(); ++i)
            byItem[batch[i].qaId].push_back(i);
        // Every row locked before anything else is read: under MySQL's REPEATABLE READ the first plain read
        // fixes the snapshot, which must not predate another instance's votes committed while we waited.
        std::map<std::string, QaItem> items;
        for (const auto &[qaId, indexes] : byItem)
            if (auto item = repo.lockQa(qaId))
                items.emplace(qaId, std::move(*item));
        std::vector<Vote> results(batch.size());
        std::vector<std::size_t> accepted;
        std::set<std::string> changedEvents;
        std::map<std::string, std::optional<Error>> eventRefusals;
        const auto now = m_clock();
        for (const auto &[qaId, indexes] : byItem)
        {
            const auto found = items.find(qaId);
            if (found == items.end() || !isPublic(found->second.state) || found->second.filtered)
            {
                for (auto i : indexes)
                    refuse(i, Error(ErrorCode::NotFound, "No such question"));
                continue;
            }
            const QaItem &item = found->second;
            auto known = eventRefusals.find(item.eventId);
            if (known == eventRefusals.end())
            {
                std::optional<Error> refusal;
                try
                {
                    publicEvent(*unit, item.eventId);
                }
                catch (const Error &e)
                {
                    refusal = e;
                }
                known = eventRefusals.emplace(item.eventId, std::move(refusal)).first;
            }
            if (known->second)
            {
                for (auto i : indexes)
                    refuse(i, *known->second);
                continue;
            }
            std::vector<std::string> respondents;
            for (auto i : indexes)
                respondents.push_back(batch[i].respondent);
            std::sort(respondents.begin(), respondents.end());
            respondents.erase(std::unique(respondents.begin(), respondents.end()), respondents.end());
            const auto bannedList = repo.bannedAmong(item.eventId, respondents);
            const std::set<std::string> banned(bannedList.begin(), bannedList.end());
            const auto voterList = repo.votersAmong(qaId, respondents);
            const std::set<std::string> before(voterList.begin(), voterList.end());
            std::set<std::string> voters = before;
            auto votes = item.votes;
            for (auto i : indexes)
            {
                const auto &who = batch[i].respondent;
                if (banned.count(who))
                {
                    refuse(i, bannedError());
                    continue;
                }
                const bool voted = voters.erase(who) == 0;
                if (voted)
                    voters.insert(who);
                votes += voted ? 1 : -1;
                // The count as this toggle left it, as if each had committed alone in arrival order.
                results[i] = {votes, voted};
                accepted.push_back(i);
            }
            std::vector<std::string> add;
            std::vector<std::string> remove;
            std::set_difference(
                voters.begin(), voters.end(), before.begin(), before.end(), std::back_inserter(add));
            std::set_difference(
                before.begin(), before.end(), voters.begin(), voters.end(), std::back_inserter(remove));
            if (!add.empty() || !remove.empty())
            {
                repo.applyVotes(item, add, remove, now);
                changedEvents.insert(item.eventId);
            }
        }
        unit->commit();
        for (auto i : accepted)
        {
            batch[i].done.set_value(results[i]);
            settled[i] = true;
        }
        // Only public items take votes, so the staff queue of pending ones does not change.
        if (m_feed)
            for (const auto &eventId : changedEvents)
                m_feed->changed("qa:" + eventId);
    }
    catch (...)
    {
        for (std::size_t i = 0; i < batch.size(); ++i)
            if (!settled[i])
                batch[i].done.set_exception(std::current_exception());
    }
}

QaItem InteractionService::moderateQuestion(const std::string &qaId, const json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const auto state = reader.string("state");
    const auto pinned = reader.boolean("pinned");
    std::optional<QaState> next;
    if (state)
    {
        next = qaStateFromString(*state);
        if (!next || *next == QaState::Pending)
            reader.fail(
                "state", FieldCode::InvalidChoice, "must be approved, rejected, answered or archived");
    }
    throwIfInvalid(std::move(errors));
    if (!state && !pinned)
        throw Error::validation({{"state", FieldCode::Required, "give state or pinned"}});

    auto unit = m_store.write();
    auto &repo = unit->interaction();
    auto item = repo.findQa(qaId);
    if (!item)
        throw Error(ErrorCode::NotFound, "No such question");
    if (next)
        item->state = *next;
    if (pinned)
        item->pinned = *pinned;
    item->updatedAt = std::max(m_clock(), item->updatedAt);
    repo.updateQa(*item);
    unit->audit().append({actor.username,
                          "moderate",
                          "qa",
                          qaId,
                          {{"state", toString(item->state)}, {"pinned", item->pinned}}});
    unit->commit();
    notify(item->eventId, true, false);
    return *item;
}

std::vector<std::string> InteractionService::votedBy(const std::string &eventId,
                                                     const std::string &respondent)
{
    return m_store.read()->interaction().votedBy(eventId, respondent);
}

WallMessage
InteractionService::post(const std::string &eventId, const std::string &respondent, const json &body)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const auto text = reader.string("text", true);
    throwIfInvalid(std::move(errors));
    WallMessage message;
    message.text = checkAudienceText(*text, "text", limits::kWallTextMax, errors);
    if (message.text.find('\n') != std::string::npos)
        errors.push_back({"text", FieldCode::InvalidFormat, "must be one line"});
    throwIfInvalid(std::move(errors));

    auto unit = m_store.write();
    if (!unit->events().find(eventId, true))
        throw Error(ErrorCode::NotFound, "No such event");
    const Event event = publicEvent(*unit, eventId);
    auto &repo = unit->interaction();
    if (repo.isBanned(eventId, respondent))
        throw bannedError();
    const auto now = m_clock();
    checkPace(repo.lastWallAt(eventId, respondent), now, kWallPaceSeconds, "message");
    message.id = newUuid();
    message.eventId = eventId;
    message.respondent = respondent;
    message.filtered = isFiltered(event, message.text);
    message.state = event.interaction.wallModeration == Moderation::Post && !message.filtered
                        ? WallState::Approved
                        : WallState::Pending;
    message.createdAt = now;
    repo.insertWall(message);
    unit->commit();
    notify(eventId, false, true);
    return message;
}

json InteractionService::listWall(const std::string &eventId,
                                  const std::optional<std::string> &state,
                                  bool staff)
{
    std::optional<WallState> wanted;
    if (state && !state->empty())
    {
        wanted = wallStateFromString(*state);
        if (!wanted)
            throw Error::validation(
                {{"state", FieldCode::InvalidChoice, "must be pending, approved or rejected"}});
    }
    auto unit = m_store.read();
    std::vector<WallMessage> items;
    if (staff)
    {
        if (!unit->events().find(eventId))
            throw Error(ErrorCode::NotFound, "No such event");
        items = unit->interaction().listWall(
            eventId, wanted ? std::vector<WallState>{*wanted} : std::vector<WallState>{}, true, kListMax);
    }
    else
    {
        publicEvent(*unit, eventId);
        if (!wanted || *wanted == WallState::Approved)
            items = unit->interaction().listWall(eventId, {WallState::Approved}, false, kWallLatest);
    }
    const auto total = static_cast<std::int64_t>(items.size());
    return json{{"items", wallItemsJson(items, staff)}, {"total", total}};
}

WallMessage
InteractionService::moderateWall(const std::string &messageId, const json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const auto state = reader.string("state", true);
    std::optional<WallState> next;
    if (state)
    {
        next = wallStateFromString(*state);
        if (!next || *next == WallState::Pending)
            reader.fail("state", FieldCode::InvalidChoice, "must be approved or rejected");
    }
    throwIfInvalid(std::move(errors));
    auto unit = m_store.write();
    auto &repo = unit->interaction();
    auto message = repo.findWall(messageId);
    if (!message)
        throw Error(ErrorCode::NotFound, "No such message");
    message->state = *next;
    repo.updateWallState(messageId, *next);
    unit->audit().append({actor.username, "moderate", "wall", messageId, {{"state", toString(*next)}}});
    unit->commit();
    notify(message->eventId, false, true);
    return *message;
}

Ban InteractionService::ban(const std::string &eventId, const json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const auto respondent = reader.string("respondentId", true);
    const auto reason = reader.string("reason");
    if (respondent && !validRespondentId(*respondent))
        reader.fail("respondentId", FieldCode::InvalidFormat, "must be wx:OPENID or anon:ID");
    Ban record;
    if (reason && !reason->empty())
        record.reason = checkAudienceText(*reason, "reason", limits::kBanReasonMax, errors);
    throwIfInvalid(std::move(errors));
    auto unit = m_store.write();
    if (!unit->events().find(eventId))
        throw Error(ErrorCode::NotFound, "No such event");
    record.eventId = eventId;
    record.respondent = *respondent;
    record.createdBy = actor.username;
    record.createdAt = m_clock();
    unit->interaction().putBan(record);
    unit->audit().append({actor.username, "ban", "event", eventId, {{"respondentId", record.respondent}}});
    unit->commit();
    return record;
}

void InteractionService::unban(const std::string &eventId,
                               const std::string &respondent,
                               const Principal &actor)
{
    auto unit = m_store.write();
    if (!unit->events().find(eventId))
        throw Error(ErrorCode::NotFound, "No such event");
    if (!unit->interaction().deleteBan(eventId, respondent))
        throw Error(ErrorCode::NotFound, "That respondent is not banned at this event");
    unit->audit().append({actor.username, "unban", "event", eventId, {{"respondentId", respondent}}});
    unit->commit();
}

json InteractionService::bans(const std::string &eventId)
{
    auto unit = m_store.read();
    if (!unit->events().find(eventId))
        throw Error(ErrorCode::NotFound, "No such event");
    json items = json::array();
    for (const auto &b : unit->interaction().bans(eventId))
        items.push_back(banJson(b));
    const auto total = static_cast<std::int64_t>(items.size());
    return json{{"items", std::move(items)}, {"total", total}};
}

InteractionService::TopicDocument InteractionService::qaTopic(const std::string &eventId)
{
    auto unit = m_store.read();
    auto event = unit->events().find(eventId);
    if (!event)
        throw Error(ErrorCode::NotFound, "No such event");
    return {json{{"items", itemsJson(publicQa(unit->interaction(), eventId), false)}}, true};
}

InteractionService::TopicDocument InteractionService::qaQueueTopic(const std::string &eventId)
{
    auto unit = m_store.read();
    if (!unit->events().find(eventId))
        throw Error(ErrorCode::NotFound, "No such event");
    auto items = unit->interaction().listQa(eventId, {QaState::Pending}, kListMax);
    std::stable_sort(items.begin(),
                     items.end(),
                     [](const QaItem &a, const QaItem &b) { return a.createdAt < b.createdAt; });
    return {json{{"items", itemsJson(items, true)}}, false};
}

InteractionService::TopicDocument InteractionService::wallTopic(const std::string &eventId)
{
    auto unit = m_store.read();
    auto event = unit->events().find(eventId);
    if (!event)
        throw Error(ErrorCode::NotFound, "No such event");
    return {
        json{{"items",
              wallItemsJson(unit->interaction().listWall(eventId, {WallState::Approved}, false, kWallLatest),
                            false)}},
        event->status != EventStatus::Draft};
}

} // namespace nextevent::server::app
