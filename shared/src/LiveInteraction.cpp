// SPDX-License-Identifier: MIT
#include "nextevent/LiveInteraction.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

namespace nextevent
{
namespace
{
/// Decodes UTF-8 into code points; false for invalid input (overlong forms, surrogates, truncation).
bool decode(std::string_view text, std::vector<char32_t> &out)
{
    for (std::size_t i = 0; i < text.size();)
    {
        const auto c = static_cast<unsigned char>(text[i]);
        char32_t cp = 0;
        std::size_t n = 0;
        if (c < 0x80)
        {
            cp = c;
            n = 1;
        }
        else if ((c & 0xE0) == 0xC0)
        {
            cp = c & 0x1F;
            n = 2;
        }
        else if ((c & 0xF0) == 0xE0)
        {
            cp = c & 0x0F;
            n = 3;
        }
        else if ((c & 0xF8) == 0xF0)
        {
            cp = c & 0x07;
            n = 4;
        }
        else
            return false;
        if (i + n > text.size())
            return false;
        for (std::size_t k = 1; k < n; ++k)
        {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        out.push_back(cp);
        i += n;
    }
    return true;
}

void encode(char32_t cp, std::string &out)
{
    if (cp < 0x80)
        out += static_cast<char>(cp);
    else if (cp < 0x800)
    {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    else if (cp < 0x10000)
    {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    else
    {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isSpace(char32_t cp)
{
    return cp < 0x20 || cp == 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xA0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
           cp == 0xFEFF;
}

char32_t fold(char32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E) // full-width ASCII forms
        cp -= 0xFEE0;
    if (cp >= 'A' && cp <= 'Z')
        return cp + 0x20;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) // Latin-1 capitals
        return cp + 0x20;
    if (cp >= 0x100 && cp <= 0x137 && cp % 2 == 0) // Latin Extended-A pairs
        return cp + 1;
    if (cp >= 0x139 && cp <= 0x148 && cp % 2 == 1)
        return cp + 1;
    if (cp >= 0x14A && cp <= 0x177 && cp % 2 == 0)
        return cp + 1;
    if (cp == 0x178)
        return 0xFF;
    if (cp >= 0x179 && cp <= 0x17E && cp % 2 == 1)
        return cp + 1;
    return cp;
}

bool isAsciiWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

bool isLatinEntry(const std::string &entry)
{
    return std::all_of(entry.begin(), entry.end(), [](char c) { return isAsciiWordChar(c) || c == ' '; });
}

bool containsWord(const std::string &text, const std::string &word)
{
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
    {
        const bool startOk = at == 0 || !isAsciiWordChar(text[at - 1]);
        const std::size_t end = at + word.size();
        const bool endOk = end == text.size() || !isAsciiWordChar(text[end]);
        if (startOk && endOk)
            return true;
    }
    return false;
}

template <typename E, std::size_t N>
std::optional<E> parseName(std::string_view text, const std::pair<E, std::string_view> (&table)[N])
{
    for (const auto &[value, name] : table)
        if (name == text)
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view nameOf(E value, const std::pair<E, std::string_view> (&table)[N])
{
    for (const auto &[v, name] : table)
        if (v == value)
            return name;
    return {};
}

constexpr std::pair<Moderation, std::string_view> kModerations[] = {{Moderation::Pre, "pre"},
                                                                    {Moderation::Post, "post"}};
constexpr std::pair<QaState, std::string_view> kQaStates[] = {{QaState::Pending, "pending"},
                                                              {QaState::Approved, "approved"},
                                                              {QaState::Rejected, "rejected"},
                                                              {QaState::Answered, "answered"},
                                                              {QaState::Archived, "archived"}};
constexpr std::pair<WallState, std::string_view> kWallStates[] = {
    {WallState::Pending, "pending"}, {WallState::Approved, "approved"}, {WallState::Rejected, "rejected"}};
} // namespace

std::string normaliseWord(std::string_view word)
{
    std::vector<char32_t> cps;
    if (!decode(word, cps))
        return {};
    std::string out;
    bool pendingSpace = false;
    for (char32_t cp : cps)
    {
        if (isSpace(cp))
        {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        encode(fold(cp), out);
    }
    return out;
}

std::vector<std::string> normaliseWords(const std::vector<std::string> &words)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto &w : words)
    {
        auto n = normaliseWord(w);
        if (!n.empty() && seen.insert(n).second)
            out.push_back(std::move(n));
    }
    return out;
}

std::int64_t quizScore(std::int64_t points, std::int64_t timeLimitSeconds, double elapsedSeconds)
{
    if (timeLimitSeconds <= 0)
        return points;
    const double limit = static_cast<double>(timeLimitSeconds);
    const double t = std::clamp(elapsedSeconds, 0.0, limit);
    return static_cast<std::int64_t>(std::llround(static_cast<double>(points) * (1.0 - t / (2.0 * limit))));
}

WordFilter::WordFilter(std::string_view list)
{
    add(list);
}

void WordFilter::add(std::string_view list)
{
    std::size_t start = 0;
    while (start <= list.size())
    {
        auto end = list.find('\n', start);
        if (end == std::string_view::npos)
            end = list.size();
        auto line = list.substr(start, end - start);
        start = end + 1;
        if (!line.empty() && line.front() == '#')
            continue;
        auto entry = normaliseWord(line);
        if (entry.empty())
            continue;
        if (isLatinEntry(entry))
            m_latin.push_back(std::move(entry));
        else
        {
            entry.erase(std::remove(entry.begin(), entry.end(), ' '), entry.end());
            m_other.push_back(std::move(entry));
        }
        if (end == list.size())
            break;
    }
}

bool WordFilter::matches(std::string_view text) const
{
    const std::string normal = normaliseWord(text);
    if (normal.empty())
        return false;
    for (const auto &word : m_latin)
        if (containsWord(normal, word))
            return true;
    if (m_other.empty())
        return false;
    std::string squeezed = normal;
    squeezed.erase(std::remove(squeezed.begin(), squeezed.end(), ' '), squeezed.end());
    return std::any_of(m_other.begin(),
                       m_other.end(),
                       [&](const std::string &w) { return squeezed.find(w) != std::string::npos; });
}

std::string_view toString(Moderation moderation)
{
    return nameOf(moderation, kModerations);
}

std::optional<Moderation> moderationFromString(std::string_view text)
{
    return parseName(text, kModerations);
}

nlohmann::json interactionJson(const EventInteraction &interaction)
{
    return nlohmann::json{{"qaModeration", toString(interaction.qaModeration)},
                          {"wallModeration", toString(interaction.wallModeration)},
                          {"profanityFilter", interaction.profanityFilter}};
}

EventInteraction
interactionFromJson(const nlohmann::json &document, EventInteraction base, std::vector<FieldError> &errors)
{
    if (!document.is_object())
    {
        errors.push_back({"interaction", FieldCode::InvalidFormat, "must be an object"});
        return base;
    }
    JsonReader r(document, "interaction.", errors);
    for (const char *key : {"qaModeration", "wallModeration"})
        if (auto text = r.string(key))
        {
            if (auto m = moderationFromString(*text))
                (std::string_view(key) == "qaModeration" ? base.qaModeration : base.wallModeration) = *m;
            else
                r.fail(key, FieldCode::InvalidChoice, "must be pre or post");
        }
    if (auto filter = r.boolean("profanityFilter"))
        base.profanityFilter = *filter;
    for (const auto &[key, value] : document.items())
        if (key != "qaModeration" && key != "wallModeration" && key != "profanityFilter")
            r.fail(key, FieldCode::NotAllowed, "is not a known interaction setting");
    return base;
}

std::string_view toString(QaState state)
{
    return nameOf(state, kQaStates);
}

std::optional<QaState> qaStateFromString(std::string_view text)
{
    return parseName(text, kQaStates);
}

bool isPublic(QaState state)
{
    return state == QaState::Approved || state == QaState::Answered;
}

nlohmann::json qaItemJson(const QaItem &item, bool staff)
{
    nlohmann::json out{{"id", item.id},
                       {"eventId", item.eventId},
                       {"text", item.text},
                       {"name", item.name},
                       {"state", toString(item.state)},
                       {"votes", item.votes},
                       {"pinned", item.pinned},
                       {"createdAt", formatIso8601(item.createdAt)}};
    if (staff)
    {
        out["respondentId"] = item.respondent;
        out["filtered"] = item.filtered;
    }
    return out;
}

bool qaPublicOrder(const QaItem &a, const QaItem &b)
{
    if (a.pinned != b.pinned)
        return a.pinned;
    if (a.votes != b.votes)
        return a.votes > b.votes;
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.id < b.id;
}

std::string_view toString(WallState state)
{
    return nameOf(state, kWallStates);
}

std::optional<WallState> wallStateFromString(std::string_view text)
{
    return parseName(text, kWallStates);
}

nlohmann::json wallMessageJson(const WallMessage &message, bool staff)
{
    nlohmann::json out{{"id", message.id},
                       {"eventId", message.eventId},
                       {"text", message.text},
                       {"state", toString(message.state)},
                       {"createdAt", formatIso8601(message.createdAt)}};
    if (staff)
    {
        out["respondentId"] = message.respondent;
        out["filtered"] = message.filtered;
    }
    return out;
}

nlohmann::json banJson(const Ban &ban)
{
    return nlohmann::json{{"eventId", ban.eventId},
                          {"respondentId", ban.respondent},
                          {"reason", ban.reason},
                          {"createdBy", ban.createdBy},
                          {"createdAt", formatIso8601(ban.createdAt)}};
}

std::string checkAudienceText(const std::string &text,
                              const char *field,
                              std::size_t max,
                              std::vector<FieldError> &errors)
{
    const auto length = utf8Length(text);
    if (length < 0)
    {
        errors.push_back({field, FieldCode::InvalidFormat, "is not valid UTF-8"});
        return {};
    }
    if (std::any_of(text.begin(),
                    text.end(),
                    [](char c)
                    {
                        const auto u = static_cast<unsigned char>(c);
                        return (u < 0x20 && u != '\n') || u == 0x7F;
                    }))
    {
        errors.push_back({field, FieldCode::InvalidFormat, "must not contain control characters"});
        return {};
    }
    const auto first = text.find_first_not_of(" \n");
    if (first == std::string::npos)
    {
        errors.push_back({field, FieldCode::Required, "is required"});
        return {};
    }
    std::string trimmed = text.substr(first, text.find_last_not_of(" \n") - first + 1);
    if (static_cast<std::size_t>(utf8Length(trimmed)) > max)
        errors.push_back(
            {field, FieldCode::TooLong, "must be at most " + std::to_string(max) + " characters"});
    return trimmed;
}

} // namespace nextevent
