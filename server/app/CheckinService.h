// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Attendee.h"
#include "nextevent/Error.h"
#include "nextevent/Event.h"

#include "server/app/EventCache.h"
#include "server/app/Principal.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// The door (DESIGN.md "Check-in at the door"): check-in lists (gates) with entry and exit, occupancy,
/// idempotent scans by nonce, Ed25519-signed tickets, door-device tokens, device snapshots and batch upload
/// of offline scans with conflict detection.
class CheckinService
{
public:
    CheckinService(Store &store, EventCache &cache);

    static constexpr const char *kDefaultListName = "Main entrance";
    static constexpr std::size_t kMaxBatch = 500;
    static constexpr const char *kDoorTokenPrefix = "ned_";

    // ---- lists and occupancy

    /// Creates the event's "Main entrance" in @p unit unless it has one (event creation calls it).
    static CheckinList ensureDefaultList(UnitOfWork &unit, const std::string &eventId);

    /// Body: name, allowReentry?, requiresConfirmation?.
    CheckinList createList(const std::string &eventId, const nlohmann::json &body, const Principal &actor);
    std::vector<CheckinList> lists(const std::string &eventId);

    /// {"inside","entered","exited","lists":[…]}: inside = distinct people inside at any list now;
    /// entered/exited = accepted entry and exit scans over all lists.
    nlohmann::json occupancy(const std::string &eventId);

    static nlohmann::json listJson(const CheckinList &list);

    // ---- scans

    /// A scan's answer: a success (status 200, data, message) or a refusal (error), as first given and
    /// replayed for the same nonce.
    struct Answer
    {
        int status = 200;
        nlohmann::json data;
        std::string message;
        std::optional<Error> error;
    };

    /// Called inside the unit of work of each scan that admits an attendee for the first time (their
    /// check-in), before it commits: webhooks add their deliveries here so both commit together.
    using CheckedInListener = std::function<void(UnitOfWork &, const Attendee &)>;
    void setCheckedInListener(CheckedInListener listener);

    /// POST /v2/events/{id}/checkins: body {code | attendeeId, listId?, direction?, nonce?, scannedAt?,
    /// deviceId?}. Committed before it returns.
    Answer scan(const std::string &eventId, const nlohmann::json &body, const Principal &actor);

    /// POST /v2/events/{id}/checkins/batch: {"scans":[…]} (each with a nonce), applied in scannedAt order in
    /// one transaction → {"results":[{"nonce","result","attendeeId"}]} in the order sent.
    nlohmann::json batch(const std::string &eventId, const nlohmann::json &body, const Principal &actor);

    /// {"items":[…],"total"}: tickets admitted by two devices.
    nlohmann::json conflicts(const std::string &eventId);

    /// A check-in answer's attendee as door staff may see it (no code, no openid, phone masked).
    static nlohmann::json doorStaffView(nlohmann::json data);

    // ---- signed tickets

    /// `NE1.<b64url payload>.<b64url signature>`, payload {"e","a","c","i"} signed (Ed25519, detached, over
    /// the payload bytes) with the event's key, which is created on first use.
    std::string signedTicket(const Attendee &attendee);

    /// {"keys":[{"kid","publicKey","algorithm","createdAt"}]} (creates the event's key on first use).
    nlohmann::json keys(const std::string &eventId);

    // ---- door devices

    /// Body: name, listId?. → {"id","token","expiresAt",…}; the token is shown once, only its hash is kept.
    nlohmann::json
    createDoorToken(const std::string &eventId, const nlohmann::json &body, const Principal &actor);
    nlohmann::json doorTokens(const std::string &eventId);
    void revokeDoorToken(const std::string &eventId, const std::string &tokenId, const Principal &actor);

    /// The principal of a door token; UNAUTHENTICATED when unknown, revoked or expired.
    Principal authenticateDoorToken(const std::string &token);
    /// False once the door token behind @p principal was revoked or expired.
    bool doorTokenValid(const Principal &principal);

    // ---- offline devices

    /// GET /v2/events/{id}/checkin-snapshot?since=CURSOR.
    nlohmann::json snapshot(const std::string &eventId, const std::optional<std::string> &since);

    // ---- helpers shared with tests and the console protocol

    static std::string base64Url(const std::string &bytes);
    static std::optional<std::string> fromBase64Url(const std::string &text);
    static std::string sha256Hex(const std::string &bytes);

    /// One scan as sent, and what the door rules made of it (internal; public for the file's helpers).
    struct ScanInput;
    struct Decision;

private:
    Event requireEvent(UnitOfWork &unit, const std::string &eventId, bool forUpdate);
    CheckinList resolveList(UnitOfWork &unit, const std::string &eventId, const ScanInput &input);
    Decision decide(UnitOfWork &unit,
                    const Event &event,
                    const CheckinList &list,
                    const ScanInput &input,
                    const Principal &actor,
                    bool offline);
    std::vector<SigningKey> keysOf(const std::string &eventId, bool create);

    Store &m_store;
    EventCache &m_cache;
    CheckedInListener checkedInListener();

    std::mutex m_listenerMutex;
    CheckedInListener m_checkedInListener;
    std::mutex m_keysMutex;
    std::map<std::string, std::vector<SigningKey>> m_keys; ///< keys never change once created
};

} // namespace nextevent::server::app
