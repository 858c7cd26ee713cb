// SPDX-License-Identifier: MIT
#include "server/wechat/MessageCrypto.h"

#include <memory>
#include <openssl/evp.h>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "TestVectors.h"
#include "server/wechat/Base64.h"
#include "server/wechat/MessageParser.h"
#include "server/wechat/ReplyRenderer.h"
#include "server/wechat/Signature.h"

using namespace nextevent::server::wechat;
namespace tv = nextevent::server::wechat::testvectors;

namespace
{
MessageCrypto sampleCrypto()
{
    Result<MessageCrypto> crypto =
        MessageCrypto::create(std::string(tv::kToken), tv::kEncodingAesKey, std::string(tv::kAppId));
    if (!crypto)
        throw std::runtime_error("sample configuration rejected: " + crypto.error().message());
    return crypto.value();
}

std::string toHex(const std::array<unsigned char, MessageCrypto::kKeySize> &bytes)
{
    static constexpr std::string_view kHex = "0123456789abcdef";
    std::string hex;
    for (const unsigned char b : bytes)
    {
        hex.push_back(kHex[b >> 4]);
        hex.push_back(kHex[b & 0x0F]);
    }
    return hex;
}

/// Encrypts an arbitrary (already block-aligned) buffer with the sample key straight through
/// OpenSSL, independently of MessageCrypto, to craft malformed payloads.
std::string rawEncrypt(const std::string &plaintext)
{
    const MessageCrypto crypto = sampleCrypto();
    const auto &key = crypto.aesKey();
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> context(EVP_CIPHER_CTX_new(),
                                                                            &EVP_CIPHER_CTX_free);
    EXPECT_EQ(EVP_EncryptInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, key.data(), key.data()), 1);
    EXPECT_EQ(EVP_CIPHER_CTX_set_padding(context.get(), 0), 1);
    std::string out(plaintext.size() + 32, '\0');
    int written = 0;
    int finalWritten = 0;
    EXPECT_EQ(EVP_EncryptUpdate(context.get(),
                                reinterpret_cast<unsigned char *>(out.data()),
                                &written,
                                reinterpret_cast<const unsigned char *>(plaintext.data()),
                                static_cast<int>(plaintext.size())),
              1);
    EXPECT_EQ(EVP_EncryptFinal_ex(
                  context.get(), reinterpret_cast<unsigned char *>(out.data()) + written, &finalWritten),
              1);
    out.resize(static_cast<std::size_t>(written + finalWritten));
    return base64Encode(out);
}

std::string bigEndian32(std::uint32_t value)
{
    return {static_cast<char>(value >> 24),
            static_cast<char>((value >> 16) & 0xFF),
            static_cast<char>((value >> 8) & 0xFF),
            static_cast<char>(value & 0xFF)};
}

/// random(16) + msg_len + msg + appid + PKCS#7(32), built by hand.
std::string wellFormedFull(std::string_view message, std::string_view appId, std::uint32_t declaredLength)
{
    std::string full = "RRRRRRRRRRRRRRRR" + bigEndian32(declaredLength);
    full.append(message).append(appId);
    const std::size_t pad = 32 - full.size() % 32;
    full.append(pad, static_cast<char>(pad));
    return full;
}

WeChatErrorCode decryptError(const MessageCrypto &crypto, std::string_view encrypt)
{
    const Result<std::string> result = crypto.decrypt(encrypt);
    EXPECT_FALSE(result.ok()) << "unexpectedly decrypted";
    return result.ok() ? WeChatErrorCode::InvalidXml : result.error().code();
}
} // namespace

TEST(MessageCrypto, DerivesKeyFromEncodingAesKeyWithSpareBits)
{
    const MessageCrypto crypto = sampleCrypto();
    EXPECT_EQ(toHex(crypto.aesKey()), tv::kAesKeyHex);
    EXPECT_EQ(crypto.appId(), tv::kAppId);
    EXPECT_EQ(crypto.token(), tv::kToken);
}

TEST(MessageCrypto, DecryptsPublishedSafeModeExample)
{
    const MessageCrypto crypto = sampleCrypto();
    const Result<std::string> message =
        crypto.verifyAndDecrypt(tv::kMsgSignature, tv::kTimestamp, tv::kNonce, tv::kEncrypt);
    ASSERT_TRUE(message.ok()) << message.error().message();
    EXPECT_EQ(message.value(), tv::kMessage);
    EXPECT_EQ(message.value().size(), tv::kMessageLength);
}

TEST(MessageCrypto, PublishedExamplePayloadHasPublishedParts)
{
    const Result<DecryptedPayload> payload = sampleCrypto().decryptPayload(tv::kEncrypt);
    ASSERT_TRUE(payload.ok()) << payload.error().message();
    EXPECT_EQ(payload->randomPrefix, tv::kRandomPrefix);
    EXPECT_EQ(payload->message.size(), tv::kMessageLength);
    EXPECT_EQ(payload->message, tv::kMessage);
    EXPECT_EQ(payload->appId, tv::kAppId);
}

TEST(MessageCrypto, EncryptWithPublishedPrefixReproducesPublishedCiphertext)
{
    const Result<std::string> encrypted = sampleCrypto().encryptWithPrefix(tv::kMessage, tv::kRandomPrefix);
    ASSERT_TRUE(encrypted.ok());
    EXPECT_EQ(encrypted.value(), tv::kEncrypt);
    EXPECT_EQ(messageSignature(tv::kToken, tv::kTimestamp, tv::kNonce, encrypted.value()), tv::kMsgSignature);
}

TEST(MessageCrypto, PadsToWholeBlockOf32WhenAligned)
{
    const MessageCrypto crypto = sampleCrypto();
    const Result<std::string> encrypted = crypto.encryptWithPrefix(tv::kPad32Message, tv::kPad32Prefix);
    ASSERT_TRUE(encrypted.ok());
    EXPECT_EQ(encrypted.value(), tv::kPad32Encrypt);
    EXPECT_EQ(base64Decode(encrypted.value())->size(), 96u); // 64 bytes of FULL + 32 of padding
    const Result<std::string> decrypted = crypto.decrypt(tv::kPad32Encrypt);
    ASSERT_TRUE(decrypted.ok()) << decrypted.error().message();
    EXPECT_EQ(decrypted.value(), tv::kPad32Message);
}

TEST(MessageCrypto, AcceptsPadLongerThanOneAesBlock)
{
    const MessageCrypto crypto = sampleCrypto();
    const Result<std::string> encrypted = crypto.encryptWithPrefix(tv::kPad20Message, tv::kPad20Prefix);
    ASSERT_TRUE(encrypted.ok());
    EXPECT_EQ(encrypted.value(), tv::kPad20Encrypt);
    const Result<std::string> decrypted = crypto.decrypt(tv::kPad20Encrypt);
    ASSERT_TRUE(decrypted.ok()) << decrypted.error().message();
    EXPECT_EQ(decrypted.value(), tv::kPad20Message);
}

TEST(MessageCrypto, RoundTripsEveryLengthWith32ByteBlocks)
{
    const MessageCrypto crypto = sampleCrypto();
    for (std::size_t length = 0; length <= 100; ++length)
    {
        const std::string message(length, static_cast<char>('a' + length % 26));
        const Result<std::string> encrypted = crypto.encrypt(message);
        ASSERT_TRUE(encrypted.ok());
        EXPECT_EQ(base64Decode(encrypted.value())->size() % 32, 0u) << "length " << length;
        const Result<std::string> decrypted = crypto.decrypt(encrypted.value());
        ASSERT_TRUE(decrypted.ok()) << "length " << length << ": " << decrypted.error().message();
        EXPECT_EQ(decrypted.value(), message);
    }
    const std::string chinese = "<xml><Content><![CDATA[签到成功 ✓]]></Content></xml>";
    EXPECT_EQ(crypto.decrypt(crypto.encrypt(chinese).value()).value(), chinese);
}

TEST(MessageCrypto, RandomPrefixIsFreshAlphanumeric)
{
    const MessageCrypto crypto = sampleCrypto();
    std::set<std::string> ciphertexts;
    for (int i = 0; i < 20; ++i)
    {
        const Result<std::string> encrypted = crypto.encrypt("same");
        ASSERT_TRUE(encrypted.ok());
        ciphertexts.insert(encrypted.value());
        const std::string prefix = crypto.decryptPayload(encrypted.value())->randomPrefix;
        ASSERT_EQ(prefix.size(), 16u);
        for (const char c : prefix)
            EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c))) << prefix;
    }
    EXPECT_EQ(ciphertexts.size(), 20u);
}

TEST(MessageCrypto, EncryptedReplyEnvelopeRoundTrips)
{
    const MessageCrypto crypto = sampleCrypto();
    const std::string reply = "<xml><Content><![CDATA[hi]]></Content></xml>";
    const Result<EncryptedReply> envelope = crypto.encryptReply(reply, 1409735670, "nonce123");
    ASSERT_TRUE(envelope.ok());
    EXPECT_EQ(envelope->timeStamp, 1409735670);
    EXPECT_EQ(envelope->nonce, "nonce123");
    EXPECT_EQ(envelope->msgSignature,
              messageSignature(tv::kToken, "1409735670", "nonce123", envelope->encrypt));

    const std::string body = renderEncryptedReply(envelope.value());
    const Result<EncryptedEnvelope> parsed = parseEncryptedEnvelope(body);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message();
    EXPECT_EQ(parsed->encrypt, envelope->encrypt);
    const Result<std::string> decrypted =
        crypto.verifyAndDecrypt(envelope->msgSignature, "1409735670", "nonce123", parsed->encrypt);
    ASSERT_TRUE(decrypted.ok()) << decrypted.error().message();
    EXPECT_EQ(decrypted.value(), reply);

    const Result<EncryptedReply> fresh = crypto.encryptReply(reply, 1409735670);
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ(fresh->nonce.size(), 16u);
    EXPECT_TRUE(
        verifyMessageSignature(tv::kToken, "1409735670", fresh->nonce, fresh->encrypt, fresh->msgSignature));
}

TEST(MessageCrypto, RejectsBadConfiguration)
{
    const auto codeOf = [](std::string token, std::string_view key, std::string appId)
    {
        const Result<MessageCrypto> crypto = MessageCrypto::create(std::move(token), key, std::move(appId));
        EXPECT_FALSE(crypto.ok());
        return crypto.ok() ? WeChatErrorCode::InvalidXml : crypto.error().code();
    };
    const std::string key(tv::kEncodingAesKey);
    EXPECT_EQ(codeOf("t", key.substr(0, 42), "wx"), WeChatErrorCode::InvalidAesKey);
    EXPECT_EQ(codeOf("t", key + "A", "wx"), WeChatErrorCode::InvalidAesKey);
    EXPECT_EQ(codeOf("t", key.substr(0, 42) + "+", "wx"), WeChatErrorCode::InvalidAesKey);
    EXPECT_EQ(codeOf("t", key.substr(0, 42) + "=", "wx"), WeChatErrorCode::InvalidAesKey);
    EXPECT_EQ(codeOf("t", "", "wx"), WeChatErrorCode::InvalidAesKey);
    EXPECT_EQ(codeOf("", key, "wx"), WeChatErrorCode::InvalidConfiguration);
    EXPECT_EQ(codeOf("t", key, ""), WeChatErrorCode::InvalidConfiguration);
}

TEST(MessageCrypto, RejectsWrongSignatureBeforeDecrypting)
{
    const MessageCrypto crypto = sampleCrypto();
    const Result<std::string> wrongNonce =
        crypto.verifyAndDecrypt(tv::kMsgSignature, tv::kTimestamp, "1320562133", tv::kEncrypt);
    ASSERT_FALSE(wrongNonce.ok());
    EXPECT_EQ(wrongNonce.error().code(), WeChatErrorCode::SignatureMismatch);
    // Even garbage ciphertext reports the signature, proving the check comes first.
    const Result<std::string> garbage =
        crypto.verifyAndDecrypt(tv::kMsgSignature, tv::kTimestamp, tv::kNonce, "!!");
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.error().code(), WeChatErrorCode::SignatureMismatch);
    EXPECT_EQ(garbage.error().toError().code(), nextevent::ErrorCode::Forbidden);
}

TEST(MessageCrypto, RejectsWrongAppId)
{
    const Result<MessageCrypto> other =
        MessageCrypto::create(std::string(tv::kToken), tv::kEncodingAesKey, "wx0000000000000000");
    ASSERT_TRUE(other.ok());
    const Result<std::string> result = other->decrypt(tv::kEncrypt);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code(), WeChatErrorCode::AppIdMismatch);
    EXPECT_EQ(sampleLibraryCode(result.error().code()), -40005);
    // A prefix of our AppID is not our AppID either.
    EXPECT_EQ(decryptError(sampleCrypto(), rawEncrypt(wellFormedFull("<xml/>", "wx2c2769f8efd9abc", 6))),
              WeChatErrorCode::AppIdMismatch);
}

TEST(MessageCrypto, RejectsNonBase64AndWrongLengths)
{
    const MessageCrypto crypto = sampleCrypto();
    const std::string encrypt(tv::kEncrypt);
    EXPECT_EQ(decryptError(crypto, ""), WeChatErrorCode::InvalidBuffer);
    EXPECT_EQ(decryptError(crypto, encrypt.substr(0, encrypt.size() - 1)), WeChatErrorCode::InvalidBase64);
    EXPECT_EQ(decryptError(crypto, "not base64 at all!"), WeChatErrorCode::InvalidBase64);
    EXPECT_EQ(decryptError(crypto, encrypt.substr(0, 40) + "\n" + encrypt.substr(40)),
              WeChatErrorCode::InvalidBase64);
    // Truncated to a whole number of Base64 groups but not of AES blocks.
    EXPECT_EQ(decryptError(crypto, encrypt.substr(0, encrypt.size() - 4)), WeChatErrorCode::InvalidBuffer);
    EXPECT_EQ(decryptError(crypto, base64Encode(std::string(15, 'x'))), WeChatErrorCode::InvalidBuffer);
    EXPECT_EQ(decryptError(crypto, base64Encode(std::string(33, 'x'))), WeChatErrorCode::InvalidBuffer);
}

TEST(MessageCrypto, RejectsBadPadding)
{
    const MessageCrypto crypto = sampleCrypto();
    std::string full = wellFormedFull("<xml/>", tv::kAppId, 6);
    ASSERT_EQ(full.size() % 32, 0u);

    std::string zeroPad = full;
    zeroPad.back() = '\0';
    EXPECT_EQ(decryptError(crypto, rawEncrypt(zeroPad)), WeChatErrorCode::InvalidPadding);

    std::string tooLong = full;
    tooLong.back() = static_cast<char>(33);
    EXPECT_EQ(decryptError(crypto, rawEncrypt(tooLong)), WeChatErrorCode::InvalidPadding);

    std::string inconsistent = full;
    const auto pad = static_cast<unsigned char>(full.back());
    ASSERT_GT(pad, 1);
    inconsistent[inconsistent.size() - 2] = static_cast<char>(pad - 1);
    EXPECT_EQ(decryptError(crypto, rawEncrypt(inconsistent)), WeChatErrorCode::InvalidPadding);
}

TEST(MessageCrypto, AcceptsCiphertextThatIsAMultipleOf16Only)
{
    // The protocol allows any non-zero multiple of 16; a 48-byte buffer with a 10-byte pad is valid.
    std::string full = "RRRRRRRRRRRRRRRR" + bigEndian32(0) + std::string(tv::kAppId);
    ASSERT_EQ(full.size(), 38u);
    full.append(10, '\x0A');
    const Result<std::string> result = sampleCrypto().decrypt(rawEncrypt(full));
    ASSERT_TRUE(result.ok()) << result.error().message();
    EXPECT_EQ(result.value(), "");
}

TEST(MessageCrypto, RejectsImpossibleLengths)
{
    const MessageCrypto crypto = sampleCrypto();
    // msg_len larger than the plaintext, including the maximum 32-bit value (no wrap-around).
    EXPECT_EQ(decryptError(crypto, rawEncrypt(wellFormedFull("<xml/>", tv::kAppId, 7 + 18 + 1))),
              WeChatErrorCode::InvalidBuffer);
    EXPECT_EQ(decryptError(crypto, rawEncrypt(wellFormedFull("<xml/>", tv::kAppId, 0xFFFFFFFFu))),
              WeChatErrorCode::InvalidBuffer);
    // Unpadded plaintext shorter than the 20-byte header: 16 bytes + 16 bytes of 0x10 padding.
    std::string shortFull(16, 'R');
    shortFull.append(16, '\x10');
    EXPECT_EQ(decryptError(crypto, rawEncrypt(shortFull)), WeChatErrorCode::InvalidBuffer);
    // A single block whose padding swallows everything.
    EXPECT_EQ(decryptError(crypto, rawEncrypt(std::string(32, '\x20'))), WeChatErrorCode::InvalidBuffer);
    // msg_len covering the AppID too leaves an empty AppID, which is not ours.
    EXPECT_EQ(decryptError(crypto, rawEncrypt(wellFormedFull("<xml/>", tv::kAppId, 6 + 18))),
              WeChatErrorCode::AppIdMismatch);
}

TEST(MessageCrypto, WrongKeyFailsClosed)
{
    const Result<MessageCrypto> other = MessageCrypto::create(
        std::string(tv::kToken), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq", std::string(tv::kAppId));
    ASSERT_TRUE(other.ok());
    EXPECT_FALSE(other->decrypt(tv::kEncrypt).ok());
}

TEST(MessageCrypto, RandomGarbageNeverCrashesOrThrows)
{
    const MessageCrypto crypto = sampleCrypto();
    std::mt19937 random(2024);
    for (int i = 0; i < 3000; ++i)
    {
        std::string bytes(random() % 200, '\0');
        for (char &c : bytes)
            c = static_cast<char>(random() & 0xFF);
        const std::string text = (i % 2 == 0) ? base64Encode(bytes) : bytes;
        EXPECT_NO_THROW({
            const Result<std::string> result = crypto.decrypt(text);
            (void)result.ok();
        });
    }
}

TEST(MessageCrypto, ResultValueOnFailureThrowsDomainError)
{
    const Result<std::string> failed = sampleCrypto().decrypt("!!!!");
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code(), WeChatErrorCode::InvalidBase64);
    EXPECT_THROW((void)failed.value(), nextevent::Error);
    EXPECT_EQ(failed.error().toError().code(), nextevent::ErrorCode::Validation);
}
