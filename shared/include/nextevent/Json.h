// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "nextevent/Article.h"
#include "nextevent/Attendee.h"
#include "nextevent/Event.h"
#include "nextevent/Interaction.h"
#include "nextevent/Media.h"
#include "nextevent/Survey.h"
#include "nextevent/User.h"
#include "nextevent/WeChatUser.h"

/// JSON in the wire format of DESIGN.md: camelCase names, ISO 8601 UTC times, optional fields
/// omitted when unset. The *FromJson functions check every type and throw Error (VALIDATION_ERROR,
/// one FieldError per problem) for wrong types, unknown enum strings or a document that is not an
/// object. Fields missing from the document keep their defaults; required-ness is checked by
/// Validation.h, so one function serves both full documents and partial updates.
namespace nextevent
{

void to_json(nlohmann::json &out, const WeChatConfig &config);
void to_json(nlohmann::json &out, const Event &event);
void to_json(nlohmann::json &out, const Attendee &attendee);
void to_json(nlohmann::json &out, const Article &article);
void to_json(nlohmann::json &out, const Media &media);
void to_json(nlohmann::json &out, const QuestionOption &option);
void to_json(nlohmann::json &out, const Question &question);
void to_json(nlohmann::json &out, const Survey &survey);
void to_json(nlohmann::json &out, const Answer &answer);
void to_json(nlohmann::json &out, const SurveyResponse &response);
void to_json(nlohmann::json &out, const User &user);
void to_json(nlohmann::json &out, const WeChatUser &user);
void to_json(nlohmann::json &out, const Interaction &interaction);

Event eventFromJson(const nlohmann::json &document);
Attendee attendeeFromJson(const nlohmann::json &document);
Article articleFromJson(const nlohmann::json &document);
Media mediaFromJson(const nlohmann::json &document);
Question questionFromJson(const nlohmann::json &document);
Survey surveyFromJson(const nlohmann::json &document);
/// A response as a respondent sends it: server-set answer fields (filteredWords, correct, score) refused.
SurveyResponse responseFromJson(const nlohmann::json &document);
/// A response as the store keeps it, server-set fields included.
SurveyResponse storedResponseFromJson(const nlohmann::json &document);
User userFromJson(const nlohmann::json &document);
WeChatUser wechatUserFromJson(const nlohmann::json &document);
Interaction interactionFromJson(const nlohmann::json &document);

} // namespace nextevent
