// SPDX-License-Identifier: MIT
// JSON bodies as every write route reads them: the depth-guarded parse (shared/UntrustedJson), then the
// model readers and validators of the payloads clients send (events, attendees, articles, surveys,
// questions, survey responses, users, interactions).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "nextevent/Error.h"
#include "nextevent/Json.h"
#include "nextevent/UntrustedJson.h"
#include "nextevent/Validation.h"

using namespace nextevent;

namespace
{
/// A survey with one question of each kind, to check responses against.
const Survey &referenceSurvey()
{
    static const Survey survey = surveyFromJson(nlohmann::json::parse(R"({
        "id": "s1", "title": "Fuzz", "isActive": true,
        "questions": [
            {"id": "q1", "type": "single_choice", "text": "One", "required": true,
             "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}]},
            {"id": "q2", "type": "multiple_choice", "text": "Many", "maxSelections": 2,
             "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}, {"id": "c", "text": "C"}]},
            {"id": "q3", "type": "rating", "text": "Rate", "scale": 5},
            {"id": "q4", "type": "text", "text": "Say", "maxLength": 50}
        ]})"));
    return survey;
}

template <typename F> void expectOnlyDomainErrors(F &&read)
{
    try
    {
        read();
    }
    catch (const Error &)
    {
        // A refusal with a code is the documented outcome for bad input; anything else escapes and
        // libFuzzer reports it as a crash.
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const UntrustedJson parsed = parseUntrustedJson(text);
    const bool tooDeep = jsonNestsDeeperThan(text, kMaxJsonDepth);
    if (parsed.problem == JsonProblem::TooDeep && !tooDeep)
        std::abort(); // refused as too deep, but the depth scan disagrees
    if (parsed.problem != JsonProblem::None)
        return 0;
    if (tooDeep)
        std::abort(); // a tree deeper than the guard was built
    const nlohmann::json &document = parsed.value;

    // What a handler does with the tree afterwards: copy and dump it (audit entries, logs).
    const nlohmann::json copy = document;
    if (nlohmann::json::parse(copy.dump()) != document)
        std::abort();

    expectOnlyDomainErrors([&] { throwIfInvalid(validate(eventFromJson(document))); });
    expectOnlyDomainErrors([&] { throwIfInvalid(validateRegistration(attendeeFromJson(document))); });
    expectOnlyDomainErrors([&] { throwIfInvalid(validate(articleFromJson(document))); });
    expectOnlyDomainErrors([&] { throwIfInvalid(validate(questionFromJson(document))); });
    expectOnlyDomainErrors([&] { throwIfInvalid(validate(surveyFromJson(document))); });
    expectOnlyDomainErrors([&] { throwIfInvalid(validate(userFromJson(document))); });
    expectOnlyDomainErrors([&] { interactionFromJson(document); });
    expectOnlyDomainErrors([&] { mediaFromJson(document); });
    expectOnlyDomainErrors(
        [&] { throwIfInvalid(validateResponse(referenceSurvey(), responseFromJson(document))); });
    if (document.is_object() && document.contains("password") && document["password"].is_string())
        validatePassword(document["password"].get<std::string>());
    return 0;
}
