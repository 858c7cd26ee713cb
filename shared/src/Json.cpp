// SPDX-License-Identifier: MIT
#include "nextevent/Json.h"

#include <utility>

#include "nextevent/JsonReader.h"
#include "nextevent/LiveInteraction.h"

using nlohmann::json;

namespace nextevent
{
namespace
{
void putTime(json &out, const char *key, const std::optional<TimePoint> &time)
{
    if (time)
        out[key] = formatIso8601(*time);
}

void putString(json &out, const char *key, const std::string &value)
{
    if (!value.empty())
        out[key] = value;
}

template <typename T> void putOptional(json &out, const char *key, const std::optional<T> &value)
{
    if (value)
        out[key] = *value;
}

void finish(std::vector<FieldError> &errors)
{
    if (!errors.empty())
        throw Error::validation(std::move(errors));
}

template <typename T> void assign(T &target, std::optional<T> value)
{
    if (value)
        target = std::move(*value);
}

template <typename E>
void readEnum(JsonReader &reader,
              const char *key,
              E &target,
              std::optional<E> (*parse)(std::string_view),
              const char *allowed)
{
    if (auto text = reader.string(key))
    {
        if (auto value = parse(*text))
            target = *value;
        else
            reader.fail(key, FieldCode::InvalidChoice, std::string("must be one of ") + allowed);
    }
}
} // namespace

void to_json(json &out, const WeChatConfig &config)
{
    out = json::object();
    out["interactionCode"] = config.interactionCode;
    out["scanMessage"] = config.scanMessage;
    putOptional(out, "userTagId", config.userTagId);
    out["qrCodeUrl"] = config.qrCodeUrl;
    out["autoReply"] = config.autoReply;
}

void to_json(json &out, const Event &event)
{
    out = json{{"id", event.id},
               {"title", event.title},
               {"description", event.description},
               {"location", event.location},
               {"timezone", event.timezone},
               {"status", toString(event.status)},
               {"wechatConfig", event.wechatConfig},
               {"counts",
                {{"registered", event.counts.registered},
                 {"waitlisted", event.counts.waitlisted},
                 {"checkedIn", event.counts.checkedIn},
                 {"pending", event.counts.pending},
                 {"offered", event.counts.offered}}},
               {"registrationForm", event.registrationForm},
               {"registrationApproval", event.registrationApproval},
               {"maxPartySize", event.maxPartySize},
               {"offerHoldHours", event.offerHoldHours},
               {"createdAt", formatIso8601(event.createdAt)},
               {"updatedAt", formatIso8601(event.updatedAt)}};
    putTime(out, "startDate", event.startDate);
    putTime(out, "endDate", event.endDate);
    out["interaction"] = interactionJson(event.interaction);
    out["capacity"] = event.capacity ? json(*event.capacity) : json(nullptr);
}

void to_json(json &out, const Attendee &attendee)
{
    out = json{{"id", attendee.id},
               {"eventId", attendee.eventId},
               {"name", attendee.name},
               {"phone", attendee.phone},
               {"status", toString(attendee.status)},
               {"answers", attendee.answers},
               {"partySize", attendee.partySize},
               {"checkInCode", attendee.checkInCode},
               {"createdAt", formatIso8601(attendee.createdAt)},
               {"updatedAt", formatIso8601(attendee.updatedAt)}};
    putString(out, "openid", attendee.openid);
    putOptional(out, "waitlistPosition", attendee.waitlistPosition);
    putTime(out, "offerExpiresAt", attendee.offerExpiresAt);
    putTime(out, "checkedInAt", attendee.checkedInAt);
    putString(out, "checkedInBy", attendee.checkedInBy);
    putString(out, "checkInMethod", attendee.checkInMethod);
}

void to_json(json &out, const Article &article)
{
    out = json{{"id", article.id},
               {"title", article.title},
               {"content", article.content},
               {"summary", article.summary},
               {"author", article.author},
               {"category", article.category},
               {"promotionCode", article.promotionCode},
               {"published", article.published},
               {"viewCount", article.viewCount},
               {"imageIds", article.imageIds},
               {"createdAt", formatIso8601(article.createdAt)},
               {"updatedAt", formatIso8601(article.updatedAt)}};
    putTime(out, "publishedAt", article.publishedAt);
    putString(out, "qrCodeUrl", article.qrCodeUrl);
}

void to_json(json &out, const Media &media)
{
    out = json{{"id", media.id},
               {"url", media.url},
               {"mime", media.mime},
               {"size", media.size},
               {"sha256", media.sha256},
               {"createdAt", formatIso8601(media.createdAt)}};
}

void to_json(json &out, const QuestionOption &option)
{
    out = json{{"id", option.id}, {"text", option.text}};
}

void to_json(json &out, const Question &question)
{
    out = json{{"id", question.id},
               {"type", toString(question.type)},
               {"text", question.text},
               {"required", question.required},
               {"options", question.options}};
    putOptional(out, "maxSelections", question.maxSelections);
    putOptional(out, "scale", question.scale);
    putOptional(out, "maxLength", question.maxLength);
    putOptional(out, "maxEntries", question.maxEntries);
    if (question.type == QuestionType::Quiz)
        out["correctOptionIds"] = question.correctOptionIds;
    putOptional(out, "timeLimitSeconds", question.timeLimitSeconds);
    putOptional(out, "points", question.points);
}

void to_json(json &out, const Survey &survey)
{
    out = json{{"id", survey.id},
               {"title", survey.title},
               {"description", survey.description},
               {"isActive", survey.isActive},
               {"isLive", survey.isLive},
               {"resultsVisible", survey.resultsVisible},
               {"audience", toString(survey.audience)},
               {"totalResponses", survey.totalResponses},
               {"questions", survey.questions},
               {"createdAt", formatIso8601(survey.createdAt)},
               {"updatedAt", formatIso8601(survey.updatedAt)}};
    out["eventId"] = survey.eventId ? json(*survey.eventId) : json(nullptr);
    out["mode"] = toString(survey.mode);
    out["currentQuestionId"] = survey.currentQuestionId ? json(*survey.currentQuestionId) : json(nullptr);
    out["answerRevealed"] = survey.answerRevealed;
    putTime(out, "openedAt", survey.openedAt);
    putTime(out, "startTime", survey.startTime);
    putTime(out, "endTime", survey.endTime);
}

void to_json(json &out, const Answer &answer)
{
    out = json{{"questionId", answer.questionId}};
    if (!answer.optionIds.empty())
        out["optionIds"] = answer.optionIds;
    putOptional(out, "rating", answer.rating);
    putOptional(out, "text", answer.text);
    if (!answer.words.empty())
        out["words"] = answer.words;
    if (!answer.filteredWords.empty())
        out["filteredWords"] = answer.filteredWords;
    putOptional(out, "correct", answer.correct);
    putOptional(out, "score", answer.score);
}

void to_json(json &out, const SurveyResponse &response)
{
    out = json{{"id", response.id},
               {"surveyId", response.surveyId},
               {"answers", response.answers},
               {"createdAt", formatIso8601(response.createdAt)}};
}

void to_json(json &out, const User &user)
{
    json roles = json::array();
    for (Role role : user.roles)
        roles.push_back(toString(role));
    out = json{{"id", user.id},
               {"username", user.username},
               {"displayName", user.displayName},
               {"email", user.email},
               {"phone", user.phone},
               {"roles", roles},
               {"active", user.active},
               {"createdAt", formatIso8601(user.createdAt)},
               {"updatedAt", formatIso8601(user.updatedAt)}};
    putString(out, "wechatOpenid", user.wechatOpenid);
    putTime(out, "lastLoginAt", user.lastLoginAt);
}

void to_json(json &out, const WeChatUser &user)
{
    out = json{{"openid", user.openid},
               {"nickname", user.nickname},
               {"avatarUrl", user.avatarUrl},
               {"language", user.language},
               {"subscribed", user.subscribed},
               {"createdAt", formatIso8601(user.createdAt)},
               {"updatedAt", formatIso8601(user.updatedAt)}};
    putString(out, "unionid", user.unionid);
    putTime(out, "subscribedAt", user.subscribedAt);
}

void to_json(json &out, const Interaction &interaction)
{
    out = json{{"id", interaction.id},
               {"openid", interaction.openid},
               {"kind", toString(interaction.kind)},
               {"eventKey", interaction.eventKey},
               {"createdAt", formatIso8601(interaction.createdAt)}};
    putOptional(out, "eventId", interaction.eventId);
}

Event eventFromJson(const json &document)
{
    requireObject(document);
    std::vector<FieldError> errors;
    JsonReader r(document, "", errors);
    Event event;
    assign(event.id, r.string("id"));
    assign(event.title, r.string("title"));
    assign(event.description, r.string("description"));
    assign(event.location, r.string("location"));
    assign(event.timezone, r.string("timezone"));
    event.startDate = r.time("startDate");
    event.endDate = r.time("endDate");
    event.capacity = r.integer("capacity");
    readEnum(
        r, "status", event.status, &eventStatusFromString, "draft, published, active, completed, cancelled");
    if (const auto *config = r.object("wechatConfig"))
    {
        JsonReader w(*config, "wechatConfig.", errors);
        assign(event.wechatConfig.interactionCode, w.string("interactionCode"));
        assign(event.wechatConfig.scanMessage, w.string("scanMessage"));
        event.wechatConfig.userTagId = w.integer("userTagId");
        assign(event.wechatConfig.qrCodeUrl, w.string("qrCodeUrl"));
        assign(event.wechatConfig.autoReply, w.string("autoReply"));
    }
    if (const auto *form = r.array("registrationForm"))
        event.registrationForm = formFromJson(*form, errors);
    assign(event.registrationApproval, r.boolean("registrationApproval"));
    assign(event.maxPartySize, r.integer("maxPartySize"));
    assign(event.offerHoldHours, r.integer("offerHoldHours"));
    if (const auto *counts = r.object("counts"))
    {
        JsonReader c(*counts, "counts.", errors);
        assign(event.counts.registered, c.integer("registered"));
        assign(event.counts.waitlisted, c.integer("waitlisted"));
        assign(event.counts.checkedIn, c.integer("checkedIn"));
        assign(event.counts.pending, c.integer("pending"));
        assign(event.counts.offered, c.integer("offered"));
    }
    if (const auto *interaction = r.object("interaction"))
        event.interaction = interactionFromJson(*interaction, event.interaction, errors);
    if (auto t = r.time("createdAt"))
        event.createdAt = *t;
    if (auto t = r.time("updatedAt"))
        event.updatedAt = *t;
    finish(errors);
    return event;
}

Attendee attendeeFromJson(const json &document)
{
    requireObject(document);
    std::vector<FieldError> errors;
    JsonReader r(document, "", errors);
    Attendee a;
    assign(a.id, r.string("id"));
    assign(a.eventId, r.string("eventId"));
    assign(a.name, r.string("name"));
    assign(a.phone, r.string("phone"));
    assign(a.openid, r.string("openid"));
    readEnum(r,
             "status",
             a.status,
             &attendeeStatusFromString,
             "pending, registered, waitlisted, offered, cancelled, rejected");
    if (const auto *answers = r.object("answers"))
        a.answers = *answers;
    assign(a.partySize, r.integer("partySize"));
    a.waitlistPosition = r.integer("waitlistPosition");
    a.offerExpiresAt = r.time("offerExpiresAt");
    assign(a.checkInCode, r.string("checkInCode"));
    a.checkedInAt = r.time("checkedInAt");
    assign(a.checkedInBy, r.string("checkedInBy"));
    assign(a.checkInMethod, r.string("checkInMethod"));
    if (auto t = r.time("createdAt"))
        a.createdAt = *t;
    if (auto t = r.time("updatedAt"))
        a.updatedAt = *t;
    finish(errors);
    return a;
}

Article articleFromJson(const json &document)
{
    requireObject(document);
    std::vector<FieldError> errors;
    JsonReader r(document, "", errors);
    Article a;
    assign(a.id, r.string("id"));
    assign(a.title, r.string("title"));
    assign(a.content, r.string("content"));
    assign(a.summary, r.string("summary"));
    assign(a.author, r.string("author"));
    assign(a.category, r.string("category"));
    assign(a.promotionCode, r.string("promotionCode"));
    assign(a.published, r.boolean("published"));
    a.publishedAt = r.time("publishedAt");
    assign(a.viewCount, r.integer("viewCount"));
    assign(a.imageIds, r.stringArray("imageIds"));
    assign(a.qrCodeUrl, r.string("qrCodeUrl"));
    if (auto t = r.time("createdAt"))
        a.createdAt = *t;
    if (auto t = r.time("updatedAt"))
        a.updatedAt = *t;
    finish(errors);
    return a;
}

Media mediaFromJson(const json &document)
{
    requireObject(document);
    std::vector<FieldError> errors;
    JsonReader r(document, "", errors);
    Media m;
    assign(m.id, r.string("id"));
    assign(m.url, r.string("url"));
    assign(m.mime, r.string("mime"));
    assign(m.size, r.integer("size"));
    assign(m.sha256, r.string("sha256"));
    if (auto t = r.time("createdAt"))
        m.createdAt = *t;
    finish(errors);
    return m;
}

namespace
{
Question readQuestion(const json &document, const std::string &prefix, std::vector<FieldError> &errors)
{
    Question q;
    if (!document.is_object())
    {
        errors.push_back({prefix.empty() ? "question" : prefix.substr(0, prefix.size() - 1),
                          FieldCode::InvalidFormat,
                          "must be an object"});
        return q;
    }
    JsonReader r(document, prefix, errors);
    assign(q.id, r.string("id"));
    readEnum(r,
             "type",
             q.type,
             &questionTypeFromString,
             "single_choice, multiple_choice, rating, text, word_cloud, quiz");
    assign(q.text, r.string("text"));
    assign(q.required, r.boolean("required"));
    if (const auto *options = r.array("options"))
    {
        for (std::size_t i = 0; i < options->size(); ++i)
        {
            const auto &item = (*options)[i];
            const std::string itemPrefix = prefix + "options[" + std::to_string(i) + "].";
            if (item.is_string())
            {
                q.options.push_back({{}, item.get<std::string>()});
                continue;
            }
            if (!item.is_object())
            {
                errors.push_back({prefix + "options[" + std::to_string(i) + "]",
                                  FieldCode::InvalidFormat,
                                  "must be an object or a string"});
                continue;
            }
            JsonReader o(item, itemPrefix, errors);
            QuestionOption option;
            assign(option.id, o.string("id"));
            assign(option.text, o.string("text"));
            q.options.push_back(std::move(option));
        }
    }
    q.maxSelections = r.integer("maxSelections");
    q.scale = r.integer("scale");
    q.maxLength = r.integer("maxLength");
    q.maxEntries = r.integer("maxEntries");
    assign(q.correctOptionIds, r.stringArray("correctOptionIds"));
    q.timeLimitSeconds = r.integer("timeLimitSeconds");
    q.points = r.integer("points");
    return q;
}
} // namespace

Question questionFromJson(const json &document)
{
    std::vector<FieldError> errors;
    requireObject(document);
    Question q = readQuestion(document, "", errors);
    finish(errors);
    return q;
}

Survey surveyFromJson(const json &document)
{
    requireObject(document);
    std::vector<FieldError> errors;
    JsonReader r(document, "", errors);
    Survey s;
    assign(s.id, r.string("id"));
    assign(s.title, r.string("title"));
    assign(s.description, r.string("description"));
    s.eventId = r.string("eventId");
    assign(s.isActive, r.boolean("isActive"));
    assign(s.isLive, r.boolean("isLive"));
    assign(s.resultsVisible, r.boolean("resultsVisible"));
    readEnum(r, "audience", s.audience, &surveyAudienceFromString, "anyone, registered, checked_in");
    s.startTime = r.time("startTime");
    s.endTime = r.time("endTime");
    assign(s.totalResponses, r.integer("totalResponses"));
    readEnum(r, "mode", s.mode, &surveyModeFromString, "self_paced, presenter_paced");
    s.currentQuestionId = r.string("currentQuestionId");
    s.openedAt = r.time("openedAt");
    assign(s.answerRevealed, r.boolean("answerRevealed"));
    if (const auto *questions = r.array("questions"))
        for (std::size_t i = 0; i < questions->size(); ++i)
            s.questions.push_back(
                readQuestion((*questions)[i], "questions[" + std::to_string(i) + "].", errors));
    if (auto t = r.time("createdAt"))
        s.createdAt = *t;
    if (auto t = r.time("updatedAt"))
        s.updatedAt = *t;
    finish(errors);
    return s;
}

namespace
{
SurveyResponse readResponse(const json &document, bool stored)
{
    requireObject(document);
    std::vector<FieldError> errors;
    JsonReader r(document, "", errors);
    SurveyResponse response;
    assign(response.id, r.string("id"));
    assign(response.surveyId, r.string("surveyId"));
    if (const auto *answers = r.array("answers", true))
    {
        for (std::size_t i = 0; i < answers->size(); ++i)
        {
            const auto &item = (*answers)[i];
            const std::string prefix = "answers[" + std::to_string(i) + "]";
            if (!item.is_object())
            {
                errors.push_back({prefix, FieldCode::InvalidFormat, "must be an object"});
                continue;
            }
            JsonReader a(item, prefix + ".", errors);
            Answer answer;
            assign(answer.questionId, a.string("questionId", true));
            assign(answer.optionIds, a.stringArray("optionIds"));
            answer.rating = a.integer("rating");
            answer.text = a.string("text");
            assign(answer.words, a.stringArray("words"));
            if (stored)
            {
                assign(answer.filteredWords, a.stringArray("filteredWords"));
                answer.correct = a.boolean("correct");
                answer.score = a.integer("score");
            }
            for (const auto &[key, value] : item.items())
            {
                const bool known = key == "questionId" || key == "optionIds" || key == "rating" ||
                                   key == "text" || key == "words" ||
                                   (stored && (key == "filteredWords" || key == "correct" || key == "score"));
                if (!known)
                    a.fail(key, FieldCode::NotAllowed, "is not a known answer field");
            }
            response.answers.push_back(std::move(answer));
        }
    }
    if (auto t = r.time("createdAt"))
        response.createdAt = *t;
    finish(errors);
    return response;
}
} // namespace

SurveyResponse responseFromJson(const json &document)
{
    return readResponse(document, false);
}

SurveyResponse storedResponseFromJson(const json &document)
{
    return readResponse(document, true);
}

User userFromJson(const json &document)
{
    requireObject(document);
    std::vector<FieldError> errors;
    JsonReader r(document, "", errors);
    User u;
    assign(u.id, r.string("id"));
    assign(u.username, r.string("username"));
    assign(u.displayName, r.string("displayName"));
    assign(u.email, r.string("email"));
    assign(u.phone, r.string("phone"));
    if (auto roles = r.stringArray("roles"))
    {
        for (const auto &name : *roles)
        {
            if (auto role = roleFromString(name))
                u.roles.push_back(*role);
            else
                r.fail("roles",
                       FieldCode::InvalidChoice,
                       "unknown role '" + name + "' (admin, organizer, presenter, checkin, viewer)");
        }
    }
    assign(u.active, r.boolean("active"));
    assign(u.wechatOpenid, r.string("wechatOpenid"));
    u.lastLoginAt = r.time("lastLoginAt");
    if (auto t = r.time("createdAt"))
        u.createdAt = *t;
    if (auto t = r.time("updatedAt"))
        u.updatedAt = *t;
    finish(errors);
    return u;
}

WeChatUser wechatUserFromJson(const json &document)
{
    requireObject(document);
    std::vector<FieldError> errors;
    JsonReader r(document, "", errors);
    WeChatUser u;
    assign(u.openid, r.string("openid"));
    assign(u.unionid, r.string("unionid"));
    assign(u.nickname, r.string("nickname"));
    assign(u.avatarUrl, r.string("avatarUrl"));
    assign(u.language, r.string("language"));
    assign(u.subscribed, r.boolean("subscribed"));
    u.subscribedAt = r.time("subscribedAt");
    if (auto t = r.time("createdAt"))
        u.createdAt = *t;
    if (auto t = r.time("updatedAt"))
        u.updatedAt = *t;
    finish(errors);
    return u;
}

Interaction interactionFromJson(const json &document)
{
    requireObject(document);
    std::vector<FieldError> errors;
    JsonReader r(document, "", errors);
    Interaction i;
    assign(i.id, r.string("id"));
    assign(i.openid, r.string("openid"));
    readEnum(r,
             "kind",
             i.kind,
             &interactionKindFromString,
             "subscribe, unsubscribe, scan, click, view, message, oauth");
    assign(i.eventKey, r.string("eventKey"));
    i.eventId = r.string("eventId");
    if (auto t = r.time("createdAt"))
        i.createdAt = *t;
    finish(errors);
    return i;
}

} // namespace nextevent
