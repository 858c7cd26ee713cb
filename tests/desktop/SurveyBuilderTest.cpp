// SPDX-License-Identifier: MIT
// The survey builder's word cloud and quiz questions, pacing and audience: the JSON each question type
// makes (the wire format the server reads), the builder's own validation messages, the same survey
// created on a real server and read back unchanged; then a finished session's one-page PDF summary and a
// results chart exported as PNG and PDF (rendered with pdftoppm to the artifacts folder).
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

#include "nextevent/Json.h"

#include "TestServer.h"
#include "desktop/api/ApiClient.h"
#include "desktop/models/SurveyResultsModel.h"
#include "desktop/models/SurveySummary.h"
#include "desktop/views/SurveyEditor.h"
#include "desktop/views/SurveyResultsView.h"

using namespace nextevent;
using namespace nextevent::console;
using nlohmann::json;

namespace
{
/// Renders page 1 of `pdf` to `<prefix>-1.png` and says whether there is no page 2.
bool renderOnePage(const QString &pdf, const QString &prefix, QString *why)
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
    {
        qWarning("pdftoppm not found: %s written but not rendered", qPrintable(pdf));
        return true;
    }
    QFile::remove(prefix + QStringLiteral("-1.png"));
    QFile::remove(prefix + QStringLiteral("-2.png"));
    QProcess render;
    render.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), pdf, prefix});
    if (!render.waitForFinished(30000) || render.exitCode() != 0)
    {
        *why = QString::fromUtf8(render.readAllStandardError());
        return false;
    }
    if (!QFile::exists(prefix + QStringLiteral("-1.png")))
    {
        *why = QStringLiteral("no page rendered");
        return false;
    }
    if (QFile::exists(prefix + QStringLiteral("-2.png")))
    {
        *why = QStringLiteral("more than one page");
        return false;
    }
    qInfo("rendered: %s-1.png", qPrintable(prefix));
    return true;
}

} // namespace

class SurveyBuilderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wordCloudJson();
    void quizJson();
    void pacingAndAudienceJson();
    void validationMessages();
    void roundTripOnServer();
    void summaryAndChartExport();
    void cleanupTestCase();

private:
    /// A builder with one quiz whose second option is ticked correct.
    static void addQuiz(SurveyEditor &editor);
    QString createEvent();

    test::TestServer m_server;
    ApiClient m_api;
};

void SurveyBuilderTest::initTestCase()
{
    if (!test::TestServer::available())
        return;
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    const auto user = test::awaitResult<User>(
        [&](auto done) {
            m_api.signIn(
                m_server.url(), QStringLiteral("admin"), QStringLiteral("admin-demo-pass"), this, done);
        });
    QVERIFY2(user.ok(), qPrintable(user.error.userMessage()));
}

void SurveyBuilderTest::cleanupTestCase()
{
    m_server.stop();
}

void SurveyBuilderTest::addQuiz(SurveyEditor &editor)
{
    editor.addQuestion(QuestionType::Quiz);
    editor.questionTextEdit()->setText(QStringLiteral("2 + 2 = ?"));
    emit editor.questionTextEdit()->textEdited(editor.questionTextEdit()->text());
    QListWidget *options = editor.optionList();
    options->item(0)->setText(QStringLiteral("3"));
    options->item(1)->setText(QStringLiteral("4"));
    options->item(1)->setCheckState(Qt::Checked);
}

void SurveyBuilderTest::wordCloudJson()
{
    SurveyEditor editor;
    editor.titleEdit()->setText(QStringLiteral("Words"));
    editor.addQuestion(QuestionType::WordCloud);
    QVERIFY(editor.maxEntriesSpin()->isVisibleTo(&editor));
    QVERIFY(!editor.optionList()->isVisibleTo(&editor));
    QCOMPARE(editor.maxLengthSpin()->maximum(), 40);
    QCOMPARE(editor.maxLengthSpin()->value(), 25);
    editor.maxEntriesSpin()->setValue(4);
    editor.maxLengthSpin()->setValue(12);
    editor.questionTextEdit()->setText(QStringLiteral("One word for today"));
    emit editor.questionTextEdit()->textEdited(editor.questionTextEdit()->text());
    QVERIFY(editor.validate());
    const json q = editor.survey().questions.at(0);
    QCOMPARE(
        q,
        json::parse(R"({"id":"","type":"word_cloud","text":"One word for today","required":false,"options":[],
                             "maxLength":12,"maxEntries":4})"));
}

void SurveyBuilderTest::quizJson()
{
    SurveyEditor editor;
    editor.titleEdit()->setText(QStringLiteral("Quiz"));
    addQuiz(editor);
    QVERIFY(editor.timeLimitSpin()->isVisibleTo(&editor));
    QVERIFY(editor.pointsSpin()->isVisibleTo(&editor));
    QVERIFY(!editor.maxLengthSpin()->isVisibleTo(&editor));
    editor.timeLimitSpin()->setValue(30);
    editor.pointsSpin()->setValue(500);
    editor.resize(1100, 720);
    editor.show();
    const QString shot = test::artifactsDir() + QStringLiteral("/survey-builder-quiz.png");
    QVERIFY(editor.grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
    QVERIFY2(editor.validate(), qPrintable(editor.errorText()));
    const Survey survey = editor.survey();
    const Question &q = survey.questions.at(0);
    QCOMPARE(q.options.size(), std::size_t{2});
    // Option ids are made here, so the correct one can be named before the server has seen it.
    QVERIFY(!q.options[0].id.empty() && !q.options[1].id.empty() && q.options[0].id != q.options[1].id);
    json expected{
        {"id", ""},
        {"type", "quiz"},
        {"text", "2 + 2 = ?"},
        {"required", false},
        {"options", {{{"id", q.options[0].id}, {"text", "3"}}, {{"id", q.options[1].id}, {"text", "4"}}}},
        {"correctOptionIds", {q.options[1].id}},
        {"timeLimitSeconds", 30},
        {"points", 500}};
    QCOMPARE(json(q), expected);

    // Switching the question to single choice drops what only a quiz has.
    editor.typeCombo()->setCurrentIndex(
        editor.typeCombo()->findData(static_cast<int>(QuestionType::SingleChoice)));
    const json single = editor.survey().questions.at(0);
    QVERIFY(!single.contains("correctOptionIds"));
    QVERIFY(!single.contains("timeLimitSeconds"));
    QVERIFY(!single.contains("points"));
    QCOMPARE(single["type"], json("single_choice"));
    QVERIFY(!(editor.optionList()->item(0)->flags() & Qt::ItemIsUserCheckable));
}

void SurveyBuilderTest::pacingAndAudienceJson()
{
    SurveyEditor editor;
    editor.titleEdit()->setText(QStringLiteral("Session"));
    editor.setEvents({{QStringLiteral("ev-1"), QStringLiteral("Launch")}});
    editor.eventCombo()->setCurrentIndex(editor.eventCombo()->findData(QStringLiteral("ev-1")));
    editor.audienceCombo()->setCurrentIndex(
        editor.audienceCombo()->findData(static_cast<int>(SurveyAudience::CheckedIn)));
    editor.modeCombo()->setCurrentIndex(
        editor.modeCombo()->findData(static_cast<int>(SurveyMode::PresenterPaced)));
    QVERIFY(editor.isModified());
    const json survey = editor.survey();
    QCOMPARE(survey["mode"], json("presenter_paced"));
    QCOMPARE(survey["audience"], json("checked_in"));
    QCOMPARE(survey["eventId"], json("ev-1"));

    // Loading a survey shows its choices; the event list arriving later keeps the survey's event.
    Survey stored;
    stored.title = "Stored";
    stored.eventId = "ev-2";
    stored.audience = SurveyAudience::Registered;
    stored.mode = SurveyMode::PresenterPaced;
    editor.setSurvey(stored);
    QVERIFY(!editor.isModified());
    editor.setEvents({{QStringLiteral("ev-1"), QStringLiteral("Launch")},
                      {QStringLiteral("ev-2"), QStringLiteral("Gala")}});
    QCOMPARE(editor.eventCombo()->currentText(), QStringLiteral("Gala"));
    QVERIFY(!editor.isModified());
    QVERIFY(editor.survey().audience == SurveyAudience::Registered);
    QVERIFY(editor.survey().mode == SurveyMode::PresenterPaced);
}

void SurveyBuilderTest::validationMessages()
{
    SurveyEditor editor;
    editor.titleEdit()->setText(QStringLiteral("Checks"));
    editor.addQuestion(QuestionType::Quiz);
    // No correct option ticked.
    QVERIFY(!editor.validate());
    QVERIFY2(
        editor.errorText().contains(QStringLiteral("Question 1: Correct options — tick the correct option")),
        qPrintable(editor.errorText()));
    // Every option correct.
    editor.optionList()->item(0)->setCheckState(Qt::Checked);
    editor.optionList()->item(1)->setCheckState(Qt::Checked);
    QVERIFY(!editor.validate());
    QVERIFY2(editor.errorText().contains(QStringLiteral("at least one option must be wrong")),
             qPrintable(editor.errorText()));
    editor.optionList()->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY2(editor.validate(), qPrintable(editor.errorText()));

    // Attendees only without an event.
    editor.audienceCombo()->setCurrentIndex(
        editor.audienceCombo()->findData(static_cast<int>(SurveyAudience::Registered)));
    QVERIFY(!editor.validate());
    QVERIFY2(editor.errorText().contains(
                 QStringLiteral("Who may answer — attendees only needs the survey's event")),
             qPrintable(editor.errorText()));
    editor.audienceCombo()->setCurrentIndex(0);

    // Out-of-range word cloud limits, as the server would report them, name the word cloud's own range.
    editor.addQuestion(QuestionType::WordCloud);
    editor.showErrors({{"questions[1].maxLength", FieldCode::OutOfRange, "x"},
                       {"questions[1].maxEntries", FieldCode::OutOfRange, "x"},
                       {"questions[0].timeLimitSeconds", FieldCode::OutOfRange, "x"}});
    QVERIFY2(
        editor.errorText().contains(QStringLiteral("Question 2: Maximum length must be between 1 and 40")) ||
            editor.errorText().contains(
                QStringLiteral("Question 2: Characters per word must be between 1 and 40")),
        qPrintable(editor.errorText()));
    QVERIFY2(
        editor.errorText().contains(QStringLiteral("Question 2: Words per answer must be between 1 and 5")),
        qPrintable(editor.errorText()));
    QVERIFY2(editor.errorText().contains(
                 QStringLiteral("Question 1: Time limit must be between 5 and 300 seconds")),
             qPrintable(editor.errorText()));
}

QString SurveyBuilderTest::createEvent()
{
    Event event;
    event.title = "Builder test";
    event.startDate = nextevent::now() + std::chrono::hours(1);
    event.endDate = *event.startDate + std::chrono::hours(2);
    event.capacity = 10;
    const auto created = test::awaitResult<Event>([&](auto done) { m_api.createEvent(event, this, done); });
    return created.ok() ? QString::fromStdString(created.value->id) : QString();
}

void SurveyBuilderTest::roundTripOnServer()
{
    NEXTEVENT_REQUIRE_SERVER();
    const QString eventId = createEvent();
    QVERIFY(!eventId.isEmpty());
    SurveyEditor editor;
    editor.titleEdit()->setText(QStringLiteral("Round trip"));
    editor.setEvents({{eventId, QStringLiteral("Builder test")}});
    editor.eventCombo()->setCurrentIndex(editor.eventCombo()->findData(eventId));
    editor.audienceCombo()->setCurrentIndex(
        editor.audienceCombo()->findData(static_cast<int>(SurveyAudience::CheckedIn)));
    editor.modeCombo()->setCurrentIndex(
        editor.modeCombo()->findData(static_cast<int>(SurveyMode::PresenterPaced)));
    editor.addQuestion(QuestionType::WordCloud);
    editor.maxEntriesSpin()->setValue(2);
    addQuiz(editor);
    editor.timeLimitSpin()->setValue(15);
    QVERIFY2(editor.validate(), qPrintable(editor.errorText()));
    const Survey sent = editor.survey();
    const auto created = test::awaitResult<Survey>([&](auto done) { m_api.createSurvey(sent, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    const auto back = test::awaitResult<Survey>(
        [&](auto done) { m_api.getSurvey(QString::fromStdString(created.value->id), this, done); });
    QVERIFY(back.ok());
    QVERIFY(back.value->mode == SurveyMode::PresenterPaced);
    QVERIFY(back.value->audience == SurveyAudience::CheckedIn);
    QCOMPARE(back.value->eventId.value_or(""), eventId.toStdString());
    QCOMPARE(back.value->questions.size(), std::size_t{2});
    const Question &cloud = back.value->questions[0];
    QVERIFY(cloud.type == QuestionType::WordCloud);
    QCOMPARE(cloud.maxEntries.value_or(0), 2);
    QCOMPARE(cloud.maxLength.value_or(0), 25);
    const Question &quiz = back.value->questions[1];
    QVERIFY(quiz.type == QuestionType::Quiz);
    QCOMPARE(quiz.options, sent.questions[1].options); // the ids the builder made are kept
    QCOMPARE(quiz.correctOptionIds, sent.questions[1].correctOptionIds);
    QCOMPARE(quiz.timeLimitSeconds.value_or(0), 15);
    QCOMPARE(quiz.points.value_or(0), 1000);

    // Loaded back into the builder, the tick is where it was, and nothing counts as an edit.
    editor.setSurvey(*back.value);
    editor.selectQuestion(1);
    QCOMPARE(editor.optionList()->item(1)->checkState(), Qt::Checked);
    QCOMPARE(editor.optionList()->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(editor.timeLimitSpin()->value(), 15);
    QVERIFY(!editor.isModified());
    QCOMPARE(json(editor.survey().questions), json(back.value->questions));
}

void SurveyBuilderTest::summaryAndChartExport()
{
    NEXTEVENT_REQUIRE_SERVER();
    SurveyEditor editor;
    editor.titleEdit()->setText(QStringLiteral("产品发布会互动"));
    editor.addQuestion(QuestionType::SingleChoice);
    editor.questionTextEdit()->setText(QStringLiteral("Which launch did you like?"));
    emit editor.questionTextEdit()->textEdited(editor.questionTextEdit()->text());
    editor.addQuestion(QuestionType::WordCloud);
    editor.questionTextEdit()->setText(QStringLiteral("一个词形容今天"));
    emit editor.questionTextEdit()->textEdited(editor.questionTextEdit()->text());
    addQuiz(editor);
    editor.addQuestion(QuestionType::Rating);
    QVERIFY2(editor.validate(), qPrintable(editor.errorText()));
    Survey survey = editor.survey();
    survey.isActive = true;
    const auto created =
        test::awaitResult<Survey>([&](auto done) { m_api.createSurvey(survey, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    const Survey &s = *created.value;
    const QString id = QString::fromStdString(s.id);

    // Three phones, each its own respondent (own cookie jar).
    const std::vector<std::vector<std::string>> words{{"创新", "fast"}, {"创新"}, {"Fast", "惊喜"}};
    for (int phone = 0; phone < 3; ++phone)
    {
        ApiClient respondent;
        respondent.setServerUrl(m_server.url());
        const auto &quiz = s.questions[2];
        json body{
            {"answers",
             {{{"questionId", s.questions[0].id}, {"optionIds", {s.questions[0].options[phone % 2].id}}},
              {{"questionId", s.questions[1].id}, {"words", words[static_cast<std::size_t>(phone)]}},
              {{"questionId", quiz.id}, {"optionIds", {quiz.options[phone == 2 ? 0 : 1].id}}},
              {{"questionId", s.questions[3].id}, {"rating", 3 + phone}}}}};
        const auto answered =
            test::awaitResult<json>([&](auto done) { respondent.postSurveyResponse(id, body, this, done); });
        QVERIFY2(answered.ok(), qPrintable(answered.error.userMessage()));
    }

    SurveyResultsModel model(&m_api, nullptr);
    SurveyResultsView view(&model);
    view.setApiClient(&m_api);
    view.resize(1000, 1400);
    view.show();
    model.setSurveyId(id);
    QTRY_COMPARE_WITH_TIMEOUT(model.totalResponses(), qint64{3}, 10000);

    // The summary's bars are the final tallies.
    SurveySummary summary;
    summary.survey = s;
    const auto results = test::awaitResult<json>([&](auto done) { m_api.fetchLiveResults(id, this, done); });
    QVERIFY(results.ok());
    summary.results = *results.value;
    const auto cloud = summaryBars(summary, 1);
    QVERIFY(cloud.size() >= 2);
    QCOMPARE(cloud[0].count, 2); // 创新 and fast (normalised) twice each
    QCOMPARE(cloud[1].count, 2);
    const auto quizBars = summaryBars(summary, 2);
    QCOMPARE(quizBars.size(), 2);
    QVERIFY(quizBars[1].correct && !quizBars[0].correct);
    QCOMPARE(quizBars[1].count, 2);
    const auto ratingBars = summaryBars(summary, 3);
    QCOMPARE(ratingBars.size(), 5);
    QCOMPARE(ratingBars[2].count + ratingBars[3].count + ratingBars[4].count, 3);

    QSignalSpy exported(&view, &SurveyResultsView::summaryExported);
    const QString pdf = test::artifactsDir() + QStringLiteral("/session-summary.pdf");
    view.exportSummaryPdf(pdf);
    QVERIFY(exported.wait(10000));
    QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));
    QString why;
    QVERIFY2(renderOnePage(pdf, test::artifactsDir() + QStringLiteral("/session-summary"), &why),
             qPrintable(why));

    // The single-choice chart as PNG and as PDF.
    QVERIFY(view.chartOf(0));
    const QString png = test::artifactsDir() + QStringLiteral("/results-chart.png");
    QString error;
    QVERIFY2(view.exportChart(0, png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(image.width() >= 1200);
    const QString chartPdf = test::artifactsDir() + QStringLiteral("/results-chart.pdf");
    QVERIFY2(view.exportChart(0, chartPdf, &error), qPrintable(error));
    QVERIFY2(renderOnePage(chartPdf, test::artifactsDir() + QStringLiteral("/results-chart-pdf"), &why),
             qPrintable(why));
    // A text question has no chart to export.
    QVERIFY(!view.exportChart(42, png, &error));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    SurveyBuilderTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "SurveyBuilderTest.moc"
