// SPDX-License-Identifier: MIT
#include "server/wechat/MessageCrypto.h"

#include <limits>
#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <utility>

#include "server/wechat/Base64.h"
#include "server/wechat/Signature.h"

namespace nextevent::server::wechat
{
namespace
{
constexpr std::size_t kEncodingAesKeyLength = 43;
constexpr std::size_t kLengthFieldSize = 4;
constexpr std::size_t kHeaderSize = MessageCrypto::kRandomPrefixSize + kLengthFieldSize;
constexpr std::size_t kAesBlockSize = 16;

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const
    {
        EVP_CIPHER_CTX_free(context);
    }
};

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

bool isAsciiAlphanumeric(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/// Runs AES-256-CBC over whole blocks with the cipher's own padding disabled: WeChat pads to 32
/// bytes itself, which a 16-byte PKCS#7 unpadder would reject whenever the pad exceeds 16.
bool runCipher(bool encrypting,
               const std::array<unsigned char, MessageCrypto::kKeySize> &key,
               std::string_view input,
               std::string &output)
{
    if (input.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()) - kAesBlockSize)
        return false;
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context)
        return false;
    const unsigned char *iv = key.data(); // IV = first 16 bytes of the key
    if (EVP_CipherInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, key.data(), iv, encrypting ? 1 : 0) != 1)
        return false;
    if (EVP_CIPHER_CTX_set_padding(context.get(), 0) != 1)
        return false;
    output.assign(input.size() + kAesBlockSize, '\0');
    int written = 0;
    if (EVP_CipherUpdate(context.get(),
                         reinterpret_cast<unsigned char *>(output.data()),
                         &written,
                         reinterpret_cast<const unsigned char *>(input.data()),
                         static_cast<int>(input.size())) != 1)
        return false;
    int finalWritten = 0;
    if (EVP_CipherFinal_ex(
            context.get(), reinterpret_cast<unsigned char *>(output.data()) + written, &finalWritten) != 1)
        return false;
    output.resize(static_cast<std::size_t>(written) + static_cast<std::size_t>(finalWritten));
    return true;
}
} // namespace

MessageCrypto::MessageCrypto(std::string token,
                             const std::array<unsigned char, kKeySize> &key,
                             std::string appId)
    : m_token(std::move(token))
    , m_key(key)
    , m_appId(std::move(appId))
{
}

Result<MessageCrypto>
MessageCrypto::create(std::string token, std::string_view encodingAesKey, std::string appId)
{
    if (token.empty())
        return WeChatError(WeChatErrorCode::InvalidConfiguration, "the Token is empty");
    if (appId.empty())
        return WeChatError(WeChatErrorCode::InvalidConfiguration, "the AppID is empty");
    if (encodingAesKey.size() != kEncodingAesKeyLength)
        return WeChatError(WeChatErrorCode::InvalidAesKey, "the EncodingAESKey must have 43 characters");
    for (const char c : encodingAesKey)
        if (!isAsciiAlphanumeric(c))
            return WeChatError(WeChatErrorCode::InvalidAesKey,
                               "the EncodingAESKey must be letters and digits only");
    const std::optional<std::string> decoded = base64Decode(std::string(encodingAesKey) + "=");
    if (!decoded || decoded->size() != kKeySize)
        return WeChatError(WeChatErrorCode::InvalidAesKey, "the EncodingAESKey does not decode to 32 bytes");
    std::array<unsigned char, kKeySize> key{};
    for (std::size_t i = 0; i < kKeySize; ++i)
        key[i] = static_cast<unsigned char>((*decoded)[i]);
    return MessageCrypto(std::move(token), key, std::move(appId));
}

Result<DecryptedPayload> MessageCrypto::decryptPayload(std::string_view encrypt) const
{
    const std::optional<std::string> ciphertext = base64Decode(encrypt);
    if (!ciphertext)
        return WeChatError(WeChatErrorCode::InvalidBase64, "Encrypt is not valid Base64");
    if (ciphertext->empty() || ciphertext->size() % kAesBlockSize != 0)
        return WeChatError(WeChatErrorCode::InvalidBuffer,
                           "the ciphertext is not a non-zero multiple of 16 bytes");

    std::string full;
    if (!runCipher(false, m_key, *ciphertext, full) || full.size() != ciphertext->size())
        return WeChatError(WeChatErrorCode::DecryptFailed, "AES-256-CBC decryption failed");

    const auto pad = static_cast<unsigned char>(full.back());
    if (pad < 1 || pad > kBlockSize || pad > full.size())
        return WeChatError(WeChatErrorCode::InvalidPadding, "the padding length is outside 1..32");
    for (std::size_t i = full.size() - pad; i < full.size(); ++i)
        if (static_cast<unsigned char>(full[i]) != pad)
            return WeChatError(WeChatErrorCode::InvalidPadding, "the padding bytes are inconsistent");
    const std::size_t unpadded = full.size() - pad;

    if (unpadded < kHeaderSize)
        return WeChatError(WeChatErrorCode::InvalidBuffer,
                           "the plaintext is shorter than its 20-byte header");
    std::uint64_t messageLength = 0;
    for (std::size_t i = kRandomPrefixSize; i < kHeaderSize; ++i)
        messageLength = (messageLength << 8) | static_cast<unsigned char>(full[i]);
    if (messageLength > unpadded - kHeaderSize)
        return WeChatError(WeChatErrorCode::InvalidBuffer, "msg_len exceeds the plaintext");

    DecryptedPayload payload;
    payload.randomPrefix = full.substr(0, kRandomPrefixSize);
    payload.message = full.substr(kHeaderSize, static_cast<std::size_t>(messageLength));
    payload.appId = full.substr(kHeaderSize + static_cast<std::size_t>(messageLength),
                                unpadded - kHeaderSize - static_cast<std::size_t>(messageLength));
    return payload;
}

Result<std::string> MessageCrypto::decrypt(std::string_view encrypt) const
{
    Result<DecryptedPayload> payload = decryptPayload(encrypt);
    if (!payload)
        return payload.error();
    if (payload.value().appId != m_appId)
        return WeChatError(WeChatErrorCode::AppIdMismatch, "the decrypted AppID is not this account's");
    return std::move(payload.value().message);
}

Result<std::string> MessageCrypto::verifyAndDecrypt(std::string_view msgSignature,
                                                    std::string_view timestamp,
                                                    std::string_view nonce,
                                                    std::string_view encrypt) const
{
    if (!verifyMessageSignature(m_token, timestamp, nonce, encrypt, msgSignature))
        return WeChatError(WeChatErrorCode::SignatureMismatch, "msg_signature does not match");
    return decrypt(encrypt);
}

Result<std::string> MessageCrypto::encrypt(std::string_view message) const
{
    Result<std::string> prefix = randomAlphanumeric(kRandomPrefixSize);
    if (!prefix)
        return prefix.error();
    return encryptWithPrefix(message, prefix.value());
}

Result<std::string> MessageCrypto::encryptWithPrefix(std::string_view message,
                                                     std::string_view randomPrefix) const
{
    if (randomPrefix.size() != kRandomPrefixSize)
        return WeChatError(WeChatErrorCode::EncryptFailed, "the random prefix must be 16 bytes");
    if (message.size() > std::numeric_limits<std::uint32_t>::max())
        return WeChatError(WeChatErrorCode::EncryptFailed, "the message is longer than msg_len can express");

    const auto length = static_cast<std::uint32_t>(message.size());
    std::string full;
    full.reserve(kHeaderSize + message.size() + m_appId.size() + kBlockSize);
    full.append(randomPrefix);
    full.push_back(static_cast<char>((length >> 24) & 0xFF));
    full.push_back(static_cast<char>((length >> 16) & 0xFF));
    full.push_back(static_cast<char>((length >> 8) & 0xFF));
    full.push_back(static_cast<char>(length & 0xFF));
    full.append(message);
    full.append(m_appId);
    const std::size_t pad = kBlockSize - (full.size() % kBlockSize); // 1..32, a whole block when aligned
    full.append(pad, static_cast<char>(pad));

    std::string ciphertext;
    if (!runCipher(true, m_key, full, ciphertext) || ciphertext.size() != full.size())
        return WeChatError(WeChatErrorCode::EncryptFailed, "AES-256-CBC encryption failed");
    return base64Encode(ciphertext);
}

Result<EncryptedReply>
MessageCrypto::encryptReply(std::string_view replyXml, std::int64_t timeStamp, std::string nonce) const
{
    Result<std::string> encrypted = encrypt(replyXml);
    if (!encrypted)
        return encrypted.error();
    EncryptedReply reply;
    reply.encrypt = std::move(encrypted.value());
    reply.timeStamp = timeStamp;
    reply.nonce = std::move(nonce);
    reply.msgSignature = messageSignature(m_token, std::to_string(timeStamp), reply.nonce, reply.encrypt);
    if (reply.msgSignature.empty())
        return WeChatError(WeChatErrorCode::EncryptFailed, "SHA-1 failed while signing the reply");
    return reply;
}

Result<EncryptedReply> MessageCrypto::encryptReply(std::string_view replyXml, std::int64_t timeStamp) const
{
    Result<std::string> nonce = randomAlphanumeric(16);
    if (!nonce)
        return nonce.error();
    return encryptReply(replyXml, timeStamp, std::move(nonce.value()));
}

Result<std::string> MessageCrypto::randomAlphanumeric(std::size_t length)
{
    static constexpr std::string_view kCharacters =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    // 248 = 4 * 62: bytes at or above it are discarded so every character is equally likely.
    constexpr unsigned char kLimit = 248;
    std::string out;
    out.reserve(length);
    std::array<unsigned char, 64> buffer{};
    while (out.size() < length)
    {
        if (RAND_bytes(buffer.data(), static_cast<int>(buffer.size())) != 1)
            return WeChatError(WeChatErrorCode::EncryptFailed, "the random source failed");
        for (const unsigned char byte : buffer)
        {
            if (byte >= kLimit)
                continue;
            out.push_back(kCharacters[byte % kCharacters.size()]);
            if (out.size() == length)
                break;
        }
    }
    return out;
}

} // namespace nextevent::server::wechat
