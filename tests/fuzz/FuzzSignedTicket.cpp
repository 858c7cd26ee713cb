// SPDX-License-Identifier: MIT
// The signed-ticket parser a door device's scan reaches first (server/app/SignedTicket.cpp): any bytes
// either parse into a ticket whose parts re-encode to a ticket that parses the same, or are refused; and
// base64url decodes what it encodes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "server/app/SignedTicket.h"

using namespace nextevent::server::app;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);

    if (const auto ticket = parseSignedTicket(input))
    {
        if (ticket->signature.size() != kSignedTicketSignatureBytes)
            std::abort();
        const auto again = parseSignedTicket(encodeSignedTicket(ticket->payload, ticket->signature));
        if (!again || again->payload != ticket->payload || again->signature != ticket->signature ||
            again->eventId != ticket->eventId || again->attendeeId != ticket->attendeeId ||
            again->code != ticket->code)
            std::abort();
    }

    // The encoding a ticket is made of: what it writes, it reads back unchanged.
    const auto decoded = fromBase64Url(base64Url(input));
    if (!decoded || *decoded != input)
        std::abort();
    (void)fromBase64Url(input);
    return 0;
}
