// SPDX-License-Identifier: MIT
#include "server/app/VersionCheck.h"

#include "nextevent/Error.h"

namespace nextevent::server::app
{

void checkEditedVersion(const nlohmann::json &body, TimePoint storedUpdatedAt, const std::string &what)
{
    if (!body.is_object() || !body.contains("updatedAt"))
        return;
    const auto &value = body["updatedAt"];
    const auto claimed = value.is_string() ? parseIso8601(value.get<std::string>()) : std::nullopt;
    if (!claimed)
        throw Error::validation({{"updatedAt",
                                  FieldCode::InvalidFormat,
                                  "must be the ISO 8601 updatedAt of the version edited"}});
    if (*claimed != storedUpdatedAt)
        throw Error(ErrorCode::Conflict,
                    "The " + what + " was changed by someone else; reload it and try again",
                    {{"updatedAt", std::nullopt, "is " + formatIso8601(storedUpdatedAt)}});
}

} // namespace nextevent::server::app
