// SPDX-License-Identifier: MIT
// What a /ws client sends (and what clients parse back from the server): one text frame's payload.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>

#include "nextevent/Realtime.h"

using namespace nextevent::realtime;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view frame(reinterpret_cast<const char *>(data), size);
    const auto message = parseClientMessage(frame);
    if (const auto *parsed = std::get_if<ClientMessage>(&message))
    {
        // A subscription names a valid topic, spelled canonically (the hub keys topics by name).
        if (parsed->type == ClientMessageType::Subscribe)
        {
            const auto topic = parseTopic(parsed->topic);
            if (!topic || topic->name() != parsed->topic)
                std::abort();
        }
    }
    if (const auto topic = parseTopic(frame); topic && topic->name() != frame)
        std::abort();
    parseServerMessage(frame);
    return 0;
}
