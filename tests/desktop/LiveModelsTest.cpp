// SPDX-License-Identifier: MIT
// The models of the dashboard, surveys, articles, users and WeChat pages, checked by
// QAbstractItemModelTester: fed documents directly (including malformed ones, which change nothing),
// and fed by a real server.
#include <nlohmann/json.hpp>

#include <QAbstractItemModelTester>
#include <QtTest>

#include "TestServer.h"
#include "desktop/api/ApiClient.h"
#include "desktop/models/ArticleListModel.h"
#include "desktop/models/DashboardModel.h"
#include "desktop/models/EventAnalyticsModel.h"
#include "desktop/models/SurveyListModel.h"
#include "desktop/models/SurveyResultsModel.h"
#include "desktop/models/UserListModel.h"
#include "desktop/models/WeChatStatusModel.h"

using namespace nextevent;
using namespace nextevent::console;
using nlohmann::json;

namespace
{
json tallies(int a, int b)
{
    return json{
        {"surveyId", "s1"},
        {"totalResponses", a + b},
        {"questions",
         json::array(
             {{{"questionId", "q1"},
               {"type", "single_choice"},
               {"text", "Best talk?"},
               {"answered", a + b},
               {"options",
                json::array({{{"optionId", "o1"}, {"text", "Keynote"}, {"count", a}, {"percent", 50.0}},
                             {{"optionId", "o2"}, {"text", "Panel"}, {"count", b}, {"percent", 50.0}}})}},
              {{"questionId", "q2"},
               {"type", "rating"},
               {"text", "Venue?"},
               {"answered", 2},
               {"options", json::array()},
               {"mean", 4.5},
               {"distribution", json::array({0, 0, 0, 1, 1})}},
              {{"questionId", "q3"}, {"type", "text"}, {"text", "Comments"}, {"answered", 1}}})}};
}
} // namespace

class LiveModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void surveyResultsFedDirectly();
    void analyticsAndDashboardRejectMalformed();
    void againstServer();
};

void LiveModelsTest::surveyResultsFedDirectly()
{
    SurveyResultsModel model(nullptr, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setResults(tallies(1, 1)));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalResponses(), 2);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.rowCount(first), 2);
    QCOMPARE(model.index(1, SurveyResultsModel::CountColumn, first).data().toString(), QStringLiteral("1"));
    const QModelIndex rating = model.index(1, 0);
    QCOMPARE(model.rowCount(rating), 5); // ratings 1..5
    QCOMPARE(model.question(1)->mean.value_or(0), 4.5);
    QCOMPARE(model.question(1)->bars[3].percent, 50.0);
    QCOMPARE(model.rowCount(model.index(2, 0)), 0); // free text: no bars

    // Same questions: cells change in place (no reset), so views and charts keep their state.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setResults(tallies(1, 5)));
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(model.question(0)->bars[1].count, 5);
    QCOMPARE(model.revision(), 2);

    // Not a results document: refused, nothing changes.
    QVERIFY(!model.setResults(json{{"questions", "nope"}}));
    QVERIFY(!model.setResults(json::array()));
    QCOMPARE(model.totalResponses(), 6);
    QCOMPARE(model.revision(), 2);
}

void LiveModelsTest::analyticsAndDashboardRejectMalformed()
{
    EventAnalyticsModel analytics(nullptr, nullptr);
    QAbstractItemModelTester tester(&analytics, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const json good{
        {"eventId", "e"},
        {"from", "2026-11-24T09:00:00.000Z"},
        {"to", "2026-11-24T09:02:00.000Z"},
        {"series",
         json::array({{{"minute", "2026-11-24T09:00:00.000Z"}, {"registrations", 2}, {"checkIns", 1}},
                      {{"minute", "2026-11-24T09:01:00.000Z"}, {"registrations", 3}, {"responses", 7}}})}};
    QVERIFY(analytics.setAnalytics(good));
    QCOMPARE(analytics.rowCount(), 2);
    QCOMPARE(analytics.total(EventAnalyticsModel::RegistrationsColumn), 5);
    QCOMPARE(analytics.peak(), 7);
    QVERIFY(!analytics.setAnalytics(json{{"series", json::array({{{"minute", "yesterday"}}})}}));
    QCOMPARE(analytics.rowCount(), 2);

    DashboardModel dashboard(nullptr, nullptr);
    QVERIFY(!dashboard.setDashboard(json{{"date", "2026-11-24"}}));
    QVERIFY(!dashboard.isLoaded());
    QVERIFY(dashboard.setDashboard(
        json{{"date", "2026-11-24"},
             {"eventsToday", json::array()},
             {"today", {{"registrations", 4}, {"checkIns", 2}, {"responses", 9}, {"articleViews", 1}}}}));
    QCOMPARE(dashboard.value(DashboardModel::Responses), 9);
    QCOMPARE(dashboard.index(DashboardModel::CheckIns).data(DashboardModel::ValueRole).toLongLong(), 2);

    WeChatStatusModel wechat(nullptr);
    QVERIFY(!wechat.setStatus(json::array()));
    QVERIFY(wechat.setStatus(
        json{{"configured", true},
             {"apiConfigured", true},
             {"tokenAgeSeconds", 600},
             {"webhook",
              {{"accepted", 12},
               {"messagesPerMinuteByType", {{"text", 0.5}}},
               {"perMinute", json::array({{{"minute", "2026-11-24T09:00"}, {"total", 3}}})}}},
             {"lastErrors", json::array({{{"errcode", 40001}, {"errmsg", "invalid credential"}}})}}));
    QCOMPARE(wechat.summary().accepted, 12);
    QCOMPARE(wechat.summary().tokenAgeSeconds.value_or(0), 600);
    QCOMPARE(wechat.rowCount(), 1);
    QVERIFY(wechat.summary().errors.value(0).contains(QStringLiteral("invalid credential")));
}

void LiveModelsTest::againstServer()
{
    NEXTEVENT_REQUIRE_SERVER();
    test::TestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    ApiClient api;
    const auto signedIn = test::awaitResult<User>(
        [&](auto done) {
            api.signIn(
                server.url(), QStringLiteral("admin"), QStringLiteral("admin-demo-pass"), nullptr, done);
        });
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error.userMessage()));

    DashboardModel dashboard(&api, nullptr);
    QAbstractItemModelTester dashboardTester(&dashboard,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    dashboard.start();
    QVERIFY(QTest::qWaitFor([&] { return dashboard.isLoaded(); }, 20000));
    QVERIFY(dashboard.value(DashboardModel::Registrations) >= 0);
    QCOMPARE(dashboard.value(DashboardModel::EventsToday), qint64(dashboard.eventsToday().size()));

    ListQuery query;
    const auto events =
        test::awaitResult<ListPage<Event>>([&](auto done) { api.listEvents(query, nullptr, done); });
    QVERIFY(events.ok() && !events.value->items.empty());
    EventAnalyticsModel analytics(&api, nullptr);
    QAbstractItemModelTester analyticsTester(&analytics,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    analytics.setEventId(QString::fromStdString(events.value->items.front().id));
    QVERIFY(QTest::qWaitFor([&] { return analytics.loads() == 1; }, 20000));
    QCOMPARE(analytics.rowCount(), 60);
    // An unknown event: an error, and the model stays empty.
    QSignalSpy failed(&analytics, &EventAnalyticsModel::loadFailed);
    analytics.setEventId(QStringLiteral("no-such-event"));
    QVERIFY(QTest::qWaitFor([&] { return failed.size() == 1; }, 20000));
    QVERIFY(failed[0][0].value<ApiError>().is(ErrorCode::NotFound));
    QCOMPARE(analytics.rowCount(), 0);

    // A survey made over the API shows up in the list, live-only filter included, and its tallies load.
    Survey survey;
    survey.title = "Model test poll";
    survey.isActive = true;
    Question question;
    question.type = QuestionType::SingleChoice;
    question.text = "Tea or coffee?";
    question.options = {{"", "Tea"}, {"", "Coffee"}};
    survey.questions = {question};
    const auto created =
        test::awaitResult<Survey>([&](auto done) { api.createSurvey(survey, nullptr, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    SurveyListModel surveys(&api);
    QAbstractItemModelTester surveysTester(&surveys, QAbstractItemModelTester::FailureReportingMode::QtTest);
    surveys.refresh();
    QVERIFY(QTest::qWaitFor([&] { return !surveys.isLoading(); }, 20000));
    QVERIFY(surveys.rowOf(QString::fromStdString(created.value->id)) >= 0);
    surveys.setLiveOnly(true);
    QVERIFY(QTest::qWaitFor([&] { return !surveys.isLoading(); }, 20000));
    QCOMPARE(surveys.rowOf(QString::fromStdString(created.value->id)), -1); // not live yet

    SurveyResultsModel results(&api, nullptr);
    QAbstractItemModelTester resultsTester(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
    results.setSurveyId(QString::fromStdString(created.value->id));
    QVERIFY(QTest::qWaitFor([&] { return results.revision() > 0; }, 20000));
    QCOMPARE(results.question(0)->bars.size(), std::size_t(2));
    QCOMPARE(results.question(0)->bars[1].label, QStringLiteral("Coffee"));

    ArticleListModel articles(&api);
    QAbstractItemModelTester articlesTester(&articles,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    articles.setPublishedFilter(true);
    QVERIFY(QTest::qWaitFor([&] { return !articles.isLoading(); }, 20000));
    for (int row = 0; row < articles.rowCount(); ++row)
        QVERIFY(articles.articleAt(row)->published);

    UserListModel users(&api);
    QAbstractItemModelTester usersTester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
    users.refresh();
    QVERIFY(QTest::qWaitFor([&] { return !users.isLoading(); }, 20000));
    QVERIFY(users.rowCount() >= 4);
    const int admin = [&]
    {
        for (int row = 0; row < users.rowCount(); ++row)
            if (users.userAt(row)->username == "admin")
                return row;
        return -1;
    }();
    QVERIFY(admin >= 0);
    QVERIFY(users.index(admin, UserListModel::RolesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Administrator")));

    WeChatStatusModel wechat(&api);
    wechat.refresh();
    QVERIFY(QTest::qWaitFor([&] { return wechat.loads() == 1; }, 20000));
    QVERIFY(!wechat.summary().configured);
}

QTEST_MAIN(LiveModelsTest)
#include "LiveModelsTest.moc"
