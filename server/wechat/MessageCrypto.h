// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "server/wechat/Result.h"

namespace nextevent::server::wechat
{

/// The four fields of the encrypted reply envelope
/// (<xml><Encrypt/><MsgSignature/><TimeStamp/><Nonce/></xml>). msgSignature is computed over exactly the
/// timeStamp and nonce stored here.
struct EncryptedReply
{
    std::string encrypt;
    std::string msgSignature;
    std::int64_t timeStamp = 0;
    std::string nonce;

    bool operator==(const EncryptedReply &) const = default;
};

/// Every part of a decrypted payload, before the AppID is compared; for diagnostics and tests.
struct DecryptedPayload
{
    std::string randomPrefix; ///< the 16 leading random bytes
    std::string message;      ///< the MSG bytes (msg_len of them)
    std::string appId;        ///< the trailing bytes after MSG, padding removed

    bool operator==(const DecryptedPayload &) const = default;
};

/// The safe/compatible-mode message cipher of one Official Account (the WXBizMsgCrypt algorithm):
/// AES-256-CBC with key = Base64(EncodingAESKey + "="), IV = key[0..16), PKCS#7 padding to 32-byte
/// blocks, plaintext = random(16) + msg_len(4, big-endian) + msg + AppID. Immutable and therefore
/// safe to share between threads. No function throws; failures come back as a WeChatError.
class MessageCrypto
{
public:
    static constexpr std::size_t kKeySize = 32;
    static constexpr std::size_t kBlockSize = 32; ///< WeChat's PKCS#7 block size (not AES's 16)
    static constexpr std::size_t kRandomPrefixSize = 16;

    /// Validates the configuration. Fails with InvalidAesKey unless encodingAesKey is exactly 43
    /// characters of [A-Za-z0-9], and with InvalidConfiguration if token or appId is empty.
    static Result<MessageCrypto>
    create(std::string token, std::string_view encodingAesKey, std::string appId);

    /// Decrypts an Encrypt text and checks padding and every length, but not the AppID.
    /// Fails with InvalidBase64, InvalidBuffer, DecryptFailed or InvalidPadding.
    Result<DecryptedPayload> decryptPayload(std::string_view encrypt) const;

    /// Decrypts an Encrypt text and returns MSG, checking the AppID as well (AppIdMismatch).
    Result<std::string> decrypt(std::string_view encrypt) const;

    /// Verifies msg_signature over (Token, timestamp, nonce, encrypt) first (SignatureMismatch), then
    /// decrypts as decrypt() does. The normal entry point for an inbound safe-mode POST.
    Result<std::string> verifyAndDecrypt(std::string_view msgSignature,
                                         std::string_view timestamp,
                                         std::string_view nonce,
                                         std::string_view encrypt) const;

    /// Encrypts MSG with a fresh random prefix of 16 letters/digits. Fails with EncryptFailed if
    /// the random source or the cipher fails, or MSG is longer than 2^32-1 bytes.
    Result<std::string> encrypt(std::string_view message) const;

    /// Encrypts with a caller-chosen prefix, which must be exactly 16 bytes (else EncryptFailed).
    /// Deterministic; meant for tests and reproducing published vectors.
    Result<std::string> encryptWithPrefix(std::string_view message, std::string_view randomPrefix) const;

    /// Encrypts a reply XML and signs it into the envelope fields, using the given TimeStamp and
    /// Nonce (fresh values or those of the request).
    Result<EncryptedReply>
    encryptReply(std::string_view replyXml, std::int64_t timeStamp, std::string nonce) const;

    /// As above with a fresh 16-character random nonce.
    Result<EncryptedReply> encryptReply(std::string_view replyXml, std::int64_t timeStamp) const;

    const std::string &token() const
    {
        return m_token;
    }

    const std::string &appId() const
    {
        return m_appId;
    }

    /// The 32-byte AES key derived from the EncodingAESKey.
    const std::array<unsigned char, kKeySize> &aesKey() const
    {
        return m_key;
    }

    /// A random string of [A-Za-z0-9] from the OpenSSL CSPRNG, for nonces and the random prefix.
    static Result<std::string> randomAlphanumeric(std::size_t length);

private:
    MessageCrypto(std::string token, const std::array<unsigned char, kKeySize> &key, std::string appId);

    std::string m_token;
    std::array<unsigned char, kKeySize> m_key{};
    std::string m_appId;
};

} // namespace nextevent::server::wechat
