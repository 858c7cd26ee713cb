// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Time.h"

/// Verifiable draws (抽奖), DESIGN.md "Draws (抽奖) and the big screen". The pool is the attendee ids sorted
/// ascending (byte order); poolHash = hex(SHA-256(ids joined by "\n")); commitment = hex(SHA-256(seed)) for a
/// secret 32-byte seed revealed after the run. Pick k (k = 0, 1, …) takes, from the ids still in the pool
/// (in sorted order), the one at index u64be(HMAC-SHA256(key = seed, message = poolHash + ":" + k)[0..8])
/// mod remaining. Anyone holding the pool, the seed and the poolHash recomputes the winners.
namespace nextevent
{

enum class DrawPool
{
    CheckedIn,  ///< "checked_in": registered attendees who have checked in
    Registered, ///< "registered": attendees holding a place (not waitlisted, not cancelled)
    Respondents ///< "respondents": registered attendees whose WeChat identity answered surveyId
};

std::string_view toString(DrawPool pool);
std::optional<DrawPool> drawPoolFromString(std::string_view text);

enum class DrawState
{
    Ready, ///< "ready": committed, not run; the seed is secret
    Done   ///< "done": run once; the seed is revealed
};

std::string_view toString(DrawState state);
std::optional<DrawState> drawStateFromString(std::string_view text);

/// A winner as the big screen shows them: name and phone masked when they were picked.
struct DrawWinner
{
    std::string attendeeId;
    std::string displayName; ///< maskName() of the attendee's name
    std::string maskedPhone; ///< maskPhone() of the attendee's phone
    std::int64_t round = 0;  ///< k + 1 for pick k: 1 for the first pick, continuing through redraws
    std::optional<TimePoint> replacedAt; ///< set on entries of Draw::replaced

    bool operator==(const DrawWinner &) const = default;
};

struct Draw
{
    std::string id;
    std::string eventId;
    std::string title;
    DrawPool pool = DrawPool::CheckedIn;
    std::optional<std::string> surveyId; ///< respondents only
    std::int64_t winnerCount = 1;        ///< how many winners the run picks (at most poolSize)
    bool excludePreviousWinners = true;  ///< the pool left out the event's earlier winners
    DrawState state = DrawState::Ready;
    std::int64_t poolSize = 0;
    std::string poolHash;
    std::string commitment;
    std::optional<std::string> seed; ///< hex; set (and serialised) only once the draw is done
    std::int64_t picks = 0;          ///< picks made so far: the next pick is k = picks
    std::vector<DrawWinner> winners;
    std::vector<DrawWinner> replaced; ///< winners moved out by a redraw, in the order they were replaced
    std::string createdBy;
    TimePoint createdAt{};
    std::optional<TimePoint> runAt;

    bool operator==(const Draw &) const = default;
};

/// Wire format: {"id","eventId","title","pool","surveyId","winnerCount","excludePreviousWinners","state",
/// "poolSize","poolHash","commitment","seed"?,"picks","winners":[…],"replaced":[…],"createdBy","createdAt",
/// "runAt"}. "seed" is present only when state is done.
void to_json(nlohmann::json &out, const DrawWinner &winner);
void to_json(nlohmann::json &out, const Draw &draw);
/// Reads a draw in the wire format (for clients); Error VALIDATION_ERROR on wrong types or values.
Draw drawFromJson(const nlohmann::json &document);

using Sha256Digest = std::array<std::uint8_t, 32>;

/// The two hash functions the algorithm needs. shared has no crypto library: the server implements this
/// with libsodium, a client may with its own toolkit; the algorithm is the same on both sides.
class DrawHasher
{
public:
    virtual ~DrawHasher() = default;
    virtual Sha256Digest sha256(std::string_view data) const = 0;
    virtual Sha256Digest hmacSha256(std::string_view key, std::string_view message) const = 0;
};

/// Lower-case hex of bytes.
std::string toHex(std::string_view bytes);
std::string toHex(const Sha256Digest &digest);
/// Bytes of a hex string (either case); nullopt for odd length or a non-hex character.
std::optional<std::string> fromHex(std::string_view hex);

/// Sorts ids ascending in byte order and drops duplicates: the canonical pool.
void canonicalPool(std::vector<std::string> &ids);

/// hex(SHA-256(ids joined by "\n")) of a canonical pool (no trailing newline; "" hashes an empty pool).
std::string poolHash(const DrawHasher &hasher, const std::vector<std::string> &sortedIds);

/// The index pick k takes among `remaining` (> 0) ids: u64be(HMAC-SHA256(seed, poolHash + ":" + k)[0..8])
/// mod remaining. `seed` is the raw bytes (not hex).
std::uint64_t pickIndex(const DrawHasher &hasher,
                        std::string_view seed,
                        std::string_view poolHashHex,
                        std::int64_t k,
                        std::uint64_t remaining);

/// Makes `count` picks k = firstK, firstK + 1, … from `remaining`, erasing each picked id (the others keep
/// their order), and returns the picked ids in pick order. Stops early when `remaining` runs out.
std::vector<std::string> drawPicks(const DrawHasher &hasher,
                                   std::string_view seed,
                                   std::string_view poolHashHex,
                                   std::vector<std::string> &remaining,
                                   std::int64_t firstK,
                                   std::int64_t count);

/// A name as others see it (a draw's big screen, a forwarded ticket page): each word (split on whitespace and
/// the middle dot ·) keeps its first character and every further character becomes *, so 张三 → 张*, 欧阳娜娜
/// → 欧***, John Smith → J*** S****, 阿依古丽·买买提 → 阿***·买**. A name of one character becomes *, an
/// empty one "".
std::string maskName(std::string_view name);

/// A phone as a big screen shows it: the first 3 digits (1 when shorter than 11) and the last 4 stay,
/// the rest become *: 13800000001 → 138****0001; 4 characters or fewer become all *.
std::string maskPhone(std::string_view phone);

} // namespace nextevent
