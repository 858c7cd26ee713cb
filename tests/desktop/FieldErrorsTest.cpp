// SPDX-License-Identifier: MIT
// Field errors are told in the console's own words: the code a VALIDATION_ERROR detail carries (and its
// field) picks a translated sentence, and the server's English message never reaches the user. Runs with
// the Chinese translation loaded, against a real server and in the event dialog.
#include <QLabel>
#include <QTranslator>
#include <QtTest>

#include "nextevent/Validation.h"

#include "TestServer.h"
#include "desktop/api/ApiClient.h"
#include "desktop/views/EventDialog.h"

using namespace nextevent;
using namespace nextevent::console;
using nextevent::console::test::awaitResult;

class FieldErrorsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codesBecomeChineseSentences();
    void serverValidationErrorIsShownInChinese();
    void takenUsernameIsShownInChinese();
    void eventDialogShowsServerErrorsInChinese();
    void cleanupTestCase();

private:
    ApiClient *signedIn();

    QTranslator m_translator;
    test::TestServer m_server;
    bool m_started = false;
};

void FieldErrorsTest::initTestCase()
{
    QVERIFY2(m_translator.load(QStringLiteral(NEXTEVENT_ZH_CN_QM)), NEXTEVENT_ZH_CN_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    if (!test::TestServer::available())
        return;
    QString error;
    m_started = m_server.start(&error);
    QVERIFY2(m_started, qPrintable(error));
}

void FieldErrorsTest::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
    m_server.stop();
}

ApiClient *FieldErrorsTest::signedIn()
{
    auto *api = new ApiClient(this);
    const auto result = awaitResult<User>(
        [&](ApiHandler<User> done) {
            api->signIn(
                m_server.url(), QStringLiteral("admin"), QStringLiteral("admin-demo-pass"), this, done);
        });
    return result.ok() ? api : nullptr;
}

void FieldErrorsTest::codesBecomeChineseSentences()
{
    // The message is deliberately misleading: only the code may decide what the user reads.
    const FieldError tooLong{"title", FieldCode::TooLong, "is required"};
    QCOMPARE(ApiError::fieldMessage(tooLong), QStringLiteral("最多 %1 个字符").arg(limits::kTitleMax));
    QCOMPARE(ApiError::fieldMessage({"startDate", FieldCode::Required, "must be at most 3 characters"}),
             QStringLiteral("为必填项"));
    QCOMPARE(ApiError::fieldMessage({"username", FieldCode::NotUnique, "is already taken"}),
             QStringLiteral("已被占用"));
    QCOMPARE(ApiError::fieldMessage({"questions[0].options[1].text", FieldCode::TooLong, "x"}),
             QStringLiteral("最多 %1 个字符").arg(limits::kOptionTextMax));
    // Every code has a sentence of its own, and none is the English message.
    for (int i = 0; i <= static_cast<int>(FieldCode::NotAllowed); ++i)
    {
        const FieldError error{"somethingElse", static_cast<FieldCode>(i), "ENGLISH"};
        const QString text = ApiError::fieldMessage(error);
        QVERIFY2(!text.isEmpty() && !text.contains(QLatin1String("ENGLISH")), qPrintable(text));
        QVERIFY2(
            !text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))),
            qPrintable(QStringLiteral("untranslated for %1: %2")
                           .arg(QString::fromUtf8(fieldCodeName(*error.code).data(),
                                                  static_cast<qsizetype>(fieldCodeName(*error.code).size())),
                                text)));
    }
    // A code this console does not know yet still reads as a sentence of its own.
    QCOMPARE(ApiError::fieldMessage({"title", std::nullopt, "ENGLISH"}), QStringLiteral("无效"));
}

void FieldErrorsTest::serverValidationErrorIsShownInChinese()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient *api = signedIn();
    QVERIFY(api);
    Event event;
    event.title = std::string(limits::kTitleMax + 1, 'x');
    event.startDate = nextevent::now() + std::chrono::hours(48);
    event.endDate = *event.startDate + std::chrono::hours(2);
    event.wechatConfig.interactionCode = "has space";
    const auto rejected = awaitResult<Event>([&](auto done) { api->createEvent(event, this, done); });
    QVERIFY(rejected.error.is(ErrorCode::Validation));
    const auto &details = rejected.error.details();
    const auto detail = [&](const std::string &field)
    {
        const auto it = std::find_if(
            details.begin(), details.end(), [&](const FieldError &d) { return d.field == field; });
        return it == details.end() ? std::optional<FieldError>() : std::optional<FieldError>(*it);
    };
    QVERIFY(detail("title") && detail("wechatConfig.interactionCode"));
    QVERIFY(detail("title")->code == FieldCode::TooLong);
    QVERIFY(detail("wechatConfig.interactionCode")->code == FieldCode::InvalidFormat);

    const QString shown = rejected.error.userMessage();
    QVERIFY2(shown.contains(QStringLiteral("标题：最多 %1 个字符").arg(limits::kTitleMax)),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("互动码：只能包含字母、数字、“-”和“_”")), qPrintable(shown));
    for (const FieldError &d : details)
        QVERIFY2(!shown.contains(QString::fromStdString(d.message)), qPrintable(shown));
}

void FieldErrorsTest::takenUsernameIsShownInChinese()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient *api = signedIn();
    QVERIFY(api);
    User user;
    user.username = "staff"; // seeded by seed-demo (the organiser account)
    user.roles = {Role::Viewer};
    const auto taken = awaitResult<User>(
        [&](auto done) { api->createUser(user, QStringLiteral("long-enough-1"), this, done); });
    QVERIFY(taken.error.is(ErrorCode::Conflict));
    QCOMPARE(taken.error.details().size(), std::size_t(1));
    QVERIFY(taken.error.details().front().code == FieldCode::NotUnique);
    const QString shown = taken.error.userMessage();
    QVERIFY2(shown.contains(QStringLiteral("用户名：已被占用")), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("taken")), qPrintable(shown));
}

void FieldErrorsTest::eventDialogShowsServerErrorsInChinese()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient *api = signedIn();
    QVERIFY(api);
    Event event;
    event.title = "   ";
    event.startDate = nextevent::now() + std::chrono::hours(48);
    event.endDate = *event.startDate - std::chrono::hours(1);
    const auto rejected = awaitResult<Event>([&](auto done) { api->createEvent(event, this, done); });
    QVERIFY(rejected.error.is(ErrorCode::Validation));

    EventDialog dialog;
    QCOMPARE(dialog.showFieldErrors(rejected.error.details()), 2);
    QStringList shown;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        if (label->objectName().endsWith(QLatin1String("Error")) && !label->text().isEmpty())
            shown << label->text();
    shown.sort();
    QCOMPARE(shown, QStringList({QStringLiteral("标题 为必填项"), QStringLiteral("结束 必须晚于开始时间")}));
}

QTEST_MAIN(FieldErrorsTest)
#include "FieldErrorsTest.moc"
