// SPDX-License-Identifier: MIT
// The AES envelope of safe-mode webhook posts: Base64 decoding, AES-256-CBC, WeChat's 32-byte PKCS#7
// padding and the length fields inside the plaintext, then signature verification; and the encrypt →
// decrypt round trip for any message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "server/wechat/Base64.h"
#include "server/wechat/MessageCrypto.h"
#include "server/wechat/Signature.h"

using namespace nextevent::server::wechat;

namespace
{
const MessageCrypto &crypto()
{
    // The EncodingAESKey of WeChat's published example.
    static const MessageCrypto instance = MessageCrypto::create("fuzz-token",
                                                                "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
                                                                "wx0123456789abcdef")
                                              .value();
    return instance;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const MessageCrypto &c = crypto();

    // As an Encrypt text straight from the envelope.
    c.decryptPayload(input);
    c.decrypt(input);

    // As raw ciphertext: Base64 it so the fuzzer reaches the cipher, padding and length checks.
    const std::string encoded = base64Encode(input);
    const auto decoded = base64Decode(encoded);
    if (!decoded || *decoded != input)
        std::abort();
    base64Decode(input);
    c.decryptPayload(encoded);

    // Signed correctly, so verification passes and decryption runs on the fuzzer's bytes.
    const std::string signature = messageSignature(c.token(), "1700000000", "nonce", encoded);
    c.verifyAndDecrypt(signature, "1700000000", "nonce", encoded);
    if (c.verifyAndDecrypt(std::string(signature.size(), '0'), "1700000000", "nonce", encoded).ok())
        std::abort(); // a wrong signature was accepted

    // Round trip: whatever we encrypt decrypts to the same bytes.
    if (size <= 4096)
    {
        const auto sealed = c.encryptWithPrefix(input, "0123456789abcdef");
        if (!sealed.ok())
            std::abort();
        const auto opened = c.decrypt(*sealed);
        if (!opened.ok() || *opened != input)
            std::abort();
    }
    return 0;
}
