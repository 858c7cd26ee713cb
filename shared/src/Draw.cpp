// SPDX-License-Identifier: MIT
#include "nextevent/Draw.h"

#include <algorithm>

#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

namespace nextevent
{
namespace
{
using nlohmann::json;

constexpr std::array<std::pair<DrawPool, std::string_view>, 3> kDrawPool{{
    {DrawPool::CheckedIn, "checked_in"},
    {DrawPool::Registered, "registered"},
    {DrawPool::Respondents, "respondents"},
}};
constexpr std::array<std::pair<DrawState, std::string_view>, 2> kDrawState{{
    {DrawState::Ready, "ready"},
    {DrawState::Done, "done"},
}};

template <typename E, std::size_t N>
std::string_view nameIn(const std::array<std::pair<E, std::string_view>, N> &table, E value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return name;
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, std::string_view>, N> &table, std::string_view text)
{
    for (const auto &[v, name] : table)
        if (name == text)
            return v;
    return std::nullopt;
}

/// Length in bytes of the UTF-8 sequence starting with `lead` (1 for a stray continuation byte, so
/// malformed input still advances).
std::size_t sequenceLength(unsigned char lead)
{
    if (lead < 0xC0)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return 4;
}

bool isSeparator(std::string_view character)
{
    return character == " " || character == "\t" || character == "\n" || character == "\r" ||
           character == "\xC2\xB7" /* · */ || character == "\xE3\x80\x80" /* ideographic space */;
}

DrawWinner winnerFromJson(const json &document, const std::string &prefix, std::vector<FieldError> &errors)
{
    DrawWinner w;
    if (!document.is_object())
    {
        errors.push_back(
            {prefix.substr(0, prefix.size() - 1), FieldCode::InvalidFormat, "must be an object"});
        return w;
    }
    JsonReader r(document, prefix, errors);
    w.attendeeId = r.string("attendeeId").value_or("");
    w.displayName = r.string("displayName").value_or("");
    w.maskedPhone = r.string("maskedPhone").value_or("");
    w.round = r.integer("round").value_or(0);
    w.replacedAt = r.time("replacedAt");
    return w;
}
} // namespace

std::string_view toString(DrawPool pool)
{
    return nameIn(kDrawPool, pool);
}

std::optional<DrawPool> drawPoolFromString(std::string_view text)
{
    return valueIn(kDrawPool, text);
}

std::string_view toString(DrawState state)
{
    return nameIn(kDrawState, state);
}

std::optional<DrawState> drawStateFromString(std::string_view text)
{
    return valueIn(kDrawState, text);
}

void to_json(json &out, const DrawWinner &winner)
{
    out = json{{"attendeeId", winner.attendeeId},
               {"displayName", winner.displayName},
               {"maskedPhone", winner.maskedPhone},
               {"round", winner.round}};
    if (winner.replacedAt)
        out["replacedAt"] = formatIso8601(*winner.replacedAt);
}

void to_json(json &out, const Draw &draw)
{
    out = json{{"id", draw.id},
               {"eventId", draw.eventId},
               {"title", draw.title},
               {"pool", toString(draw.pool)},
               {"surveyId", draw.surveyId ? json(*draw.surveyId) : json(nullptr)},
               {"winnerCount", draw.winnerCount},
               {"excludePreviousWinners", draw.excludePreviousWinners},
               {"state", toString(draw.state)},
               {"poolSize", draw.poolSize},
               {"poolHash", draw.poolHash},
               {"commitment", draw.commitment},
               {"picks", draw.picks},
               {"winners", draw.winners},
               {"replaced", draw.replaced},
               {"createdBy", draw.createdBy},
               {"createdAt", formatIso8601(draw.createdAt)},
               {"runAt", draw.runAt ? json(formatIso8601(*draw.runAt)) : json(nullptr)}};
    // The seed is the draw's secret until it has run; a ready draw never shows it.
    if (draw.state == DrawState::Done && draw.seed)
        out["seed"] = *draw.seed;
}

Draw drawFromJson(const json &document)
{
    requireObject(document, "draw");
    std::vector<FieldError> errors;
    JsonReader r(document, "", errors);
    Draw d;
    d.id = r.string("id").value_or("");
    d.eventId = r.string("eventId").value_or("");
    d.title = r.string("title").value_or("");
    if (auto pool = r.string("pool"))
    {
        if (auto value = drawPoolFromString(*pool))
            d.pool = *value;
        else
            r.fail("pool", FieldCode::InvalidChoice, "must be one of checked_in, registered, respondents");
    }
    d.surveyId = r.string("surveyId");
    d.winnerCount = r.integer("winnerCount").value_or(d.winnerCount);
    d.excludePreviousWinners = r.boolean("excludePreviousWinners").value_or(d.excludePreviousWinners);
    if (auto state = r.string("state"))
    {
        if (auto value = drawStateFromString(*state))
            d.state = *value;
        else
            r.fail("state", FieldCode::InvalidChoice, "must be one of ready, done");
    }
    d.poolSize = r.integer("poolSize").value_or(0);
    d.poolHash = r.string("poolHash").value_or("");
    d.commitment = r.string("commitment").value_or("");
    d.seed = r.string("seed");
    d.picks = r.integer("picks").value_or(0);
    for (const auto &[key, target] : {std::pair{"winners", &d.winners}, std::pair{"replaced", &d.replaced}})
        if (const auto *items = r.array(key))
            for (std::size_t i = 0; i < items->size(); ++i)
                target->push_back(
                    winnerFromJson((*items)[i], std::string(key) + "[" + std::to_string(i) + "].", errors));
    d.createdBy = r.string("createdBy").value_or("");
    if (auto t = r.time("createdAt"))
        d.createdAt = *t;
    d.runAt = r.time("runAt");
    throwIfInvalid(std::move(errors));
    return d;
}

std::string toHex(std::string_view bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes)
    {
        const auto b = static_cast<unsigned char>(c);
        out += kDigits[b >> 4];
        out += kDigits[b & 0x0F];
    }
    return out;
}

std::string toHex(const Sha256Digest &digest)
{
    return toHex(std::string_view(reinterpret_cast<const char *>(digest.data()), digest.size()));
}

std::optional<std::string> fromHex(std::string_view hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    auto nibble = [](char c) -> int
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2)
    {
        const int hi = nibble(hex[i]);
        const int lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out += static_cast<char>((hi << 4) | lo);
    }
    return out;
}

void canonicalPool(std::vector<std::string> &ids)
{
    // std::string compares with char_traits<char>, which orders like memcmp: byte order, as the contract
    // says.
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

std::string poolHash(const DrawHasher &hasher, const std::vector<std::string> &sortedIds)
{
    std::string joined;
    for (const auto &id : sortedIds)
    {
        if (!joined.empty())
            joined += '\n';
        joined += id;
    }
    return toHex(hasher.sha256(joined));
}

std::uint64_t pickIndex(const DrawHasher &hasher,
                        std::string_view seed,
                        std::string_view poolHashHex,
                        std::int64_t k,
                        std::uint64_t remaining)
{
    const std::string message = std::string(poolHashHex) + ":" + std::to_string(k);
    const Sha256Digest mac = hasher.hmacSha256(seed, message);
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | mac[static_cast<std::size_t>(i)];
    return value % remaining;
}

std::vector<std::string> drawPicks(const DrawHasher &hasher,
                                   std::string_view seed,
                                   std::string_view poolHashHex,
                                   std::vector<std::string> &remaining,
                                   std::int64_t firstK,
                                   std::int64_t count)
{
    std::vector<std::string> picked;
    for (std::int64_t k = firstK; k < firstK + count && !remaining.empty(); ++k)
    {
        const auto index = pickIndex(hasher, seed, poolHashHex, k, remaining.size());
        const auto it = remaining.begin() + static_cast<std::ptrdiff_t>(index);
        picked.push_back(std::move(*it));
        remaining.erase(it);
    }
    return picked;
}

std::string maskName(std::string_view name)
{
    // Split into characters (UTF-8 sequences), trimming surrounding separators.
    std::vector<std::string_view> characters;
    for (std::size_t i = 0; i < name.size();)
    {
        const std::size_t length =
            std::min(sequenceLength(static_cast<unsigned char>(name[i])), name.size() - i);
        characters.push_back(name.substr(i, length));
        i += length;
    }
    while (!characters.empty() && isSeparator(characters.front()))
        characters.erase(characters.begin());
    while (!characters.empty() && isSeparator(characters.back()))
        characters.pop_back();
    if (characters.empty())
        return {};
    if (characters.size() == 1)
        return "*";
    std::string out;
    bool wordStart = true;
    for (const auto character : characters)
    {
        if (isSeparator(character))
        {
            // Runs of whitespace collapse to one space; the middle dot of transliterated names stays.
            if (character == "\xC2\xB7")
                out += character;
            else if (out.empty() || out.back() != ' ')
                out += ' ';
            wordStart = true;
            continue;
        }
        out += wordStart ? std::string(character) : std::string("*");
        wordStart = false;
    }
    return out;
}

std::string maskPhone(std::string_view phone)
{
    // 138****0001: enough to confirm the person in front of you, not enough to call them.
    if (phone.size() <= 4)
        return std::string(phone.size(), '*');
    const std::size_t shown = phone.size() >= 11 ? 3 : 1;
    return std::string(phone.substr(0, shown)) + std::string(phone.size() - shown - 4, '*') +
           std::string(phone.substr(phone.size() - 4));
}

} // namespace nextevent
