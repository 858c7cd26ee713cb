// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Error.h"
#include "nextevent/Event.h"
#include "nextevent/Time.h"

/// The pure rules of live interaction (DESIGN.md "Live interaction"): word normalisation, quiz scoring, the
/// profanity word filter, and the audience Q&A / message wall records.
namespace nextevent
{

/// One word-cloud entry as it is counted: trimmed, inner whitespace (and control characters) collapsed to
/// one space, full-width forms (U+FF01–U+FF5E, U+3000) folded to ASCII, Latin letters lower-cased.
/// Invalid UTF-8 yields an empty string.
std::string normaliseWord(std::string_view word);

/// The words of one answer normalised, with empty and repeated ones dropped (first occurrence kept).
std::vector<std::string> normaliseWords(const std::vector<std::string> &words);

/// A correct presenter-paced quiz answer's score: round(points × (1 − t / (2 × limit))), t clamped to
/// [0, limit]. Untimed (self-paced) answers score `points`.
std::int64_t quizScore(std::int64_t points, std::int64_t timeLimitSeconds, double elapsedSeconds);

/// A list of words that mark text as filtered (profanity). Latin entries match whole words, others (zh)
/// match anywhere, also with the text's spaces removed. Matching works on normalised text.
class WordFilter
{
public:
    WordFilter() = default;
    /// One entry per line; blank lines and lines starting with '#' are ignored.
    explicit WordFilter(std::string_view list);

    /// Adds the entries of another list.
    void add(std::string_view list);

    bool matches(std::string_view text) const;

    std::size_t size() const
    {
        return m_latin.size() + m_other.size();
    }

private:
    std::vector<std::string> m_latin;
    std::vector<std::string> m_other;
};

std::string_view toString(Moderation moderation);
std::optional<Moderation> moderationFromString(std::string_view text);

nlohmann::json interactionJson(const EventInteraction &interaction);
/// Reads the fields present in `document` over `base`; field errors (prefix "interaction.") go to `errors`.
EventInteraction
interactionFromJson(const nlohmann::json &document, EventInteraction base, std::vector<FieldError> &errors);

enum class QaState
{
    Pending,
    Approved,
    Rejected,
    Answered,
    Archived
};

std::string_view toString(QaState state);
std::optional<QaState> qaStateFromString(std::string_view text);

/// True for the states the public sees (approved, answered).
bool isPublic(QaState state);

/// One audience question.
struct QaItem
{
    std::string id;
    std::string eventId;
    std::string respondent; ///< "wx:OPENID" or "anon:ID"
    std::string text;
    std::string name;
    QaState state = QaState::Pending;
    std::int64_t votes = 0;
    bool pinned = false;
    bool filtered = false; ///< matched the profanity list: never public
    TimePoint createdAt{};
    TimePoint updatedAt{};

    bool operator==(const QaItem &) const = default;
};

/// {"id","eventId","text","name","state","votes","pinned","createdAt"}; staff also get "respondentId" and
/// "filtered".
nlohmann::json qaItemJson(const QaItem &item, bool staff);

/// The public order of DESIGN.md: pinned first, then votes, then oldest.
bool qaPublicOrder(const QaItem &a, const QaItem &b);

enum class WallState
{
    Pending,
    Approved,
    Rejected
};

std::string_view toString(WallState state);
std::optional<WallState> wallStateFromString(std::string_view text);

struct WallMessage
{
    std::string id;
    std::string eventId;
    std::string respondent;
    std::string text;
    WallState state = WallState::Pending;
    bool filtered = false;
    TimePoint createdAt{};

    bool operator==(const WallMessage &) const = default;
};

/// {"id","eventId","text","state","createdAt"}; staff also get "respondentId" and "filtered".
nlohmann::json wallMessageJson(const WallMessage &message, bool staff);

/// A respondent banned from an event's Q&A, wall and word clouds.
struct Ban
{
    std::string eventId;
    std::string respondent;
    std::string reason;
    std::string createdBy;
    TimePoint createdAt{};
};

nlohmann::json banJson(const Ban &ban);

namespace limits
{
inline constexpr std::size_t kQaTextMax = 280;
inline constexpr std::size_t kQaNameMax = 40;
inline constexpr std::size_t kWallTextMax = 60;
inline constexpr std::size_t kBanReasonMax = 200;
} // namespace limits

/// Checks user-typed text for a Q&A question or wall post: required, valid UTF-8, no control characters,
/// at most `max` code points. Returns the trimmed text; errors name `field`.
std::string checkAudienceText(const std::string &text,
                              const char *field,
                              std::size_t max,
                              std::vector<FieldError> &errors);

} // namespace nextevent
