// SPDX-License-Identifier: MIT
#include "desktop/views/PresenterWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/api/RealtimeClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/LiveInteractionModels.h"
#include "desktop/models/SurveyResultsModel.h"
#include "desktop/qr/QrCode.h"
#include "desktop/views/LeaderboardView.h"
#include "desktop/views/QuizView.h"
#include "desktop/views/TopQuestionsView.h"
#include "desktop/views/WallOverlay.h"
#include "desktop/views/WordCloudWidget.h"

using nlohmann::json;

namespace nextevent::console
{
namespace
{
constexpr int kLeaderboardSize = 10;
constexpr int kTopQuestions = 5;
} // namespace

PresenterWindow::PresenterWindow(
    ApiClient *api, RealtimeClient *realtime, const Survey &survey, bool darkTheme, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_api(api)
    , m_realtime(realtime)
    , m_survey(survey)
    , m_results(new SurveyResultsModel(api, realtime, this))
    , m_session(new LiveSessionModel(realtime, this))
    , m_leaderboardModel(new LeaderboardModel(api, this))
    , m_questions(new AudienceListModel(AudienceListModel::Kind::Questions, this))
    , m_wallMessages(new AudienceListModel(AudienceListModel::Kind::WallMessages, this))
    , m_dark(darkTheme)
    , m_position(new QLabel(this))
    , m_question(new QLabel(this))
    , m_stage(new QStackedWidget(this))
    , m_chart(new LiveBarChart(m_stage))
    , m_cloud(new WordCloudWidget(m_stage))
    , m_quiz(new QuizView(m_stage))
    , m_leaderboard(new LeaderboardView(m_stage))
    , m_topQuestions(new TopQuestionsView(m_questions, m_stage))
    , m_respondents(new QLabel(this))
    , m_respondentsCaption(new QLabel(this))
    , m_qr(new QLabel(this))
    , m_url(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_wall(new WallOverlay(m_wallMessages, this))
    , m_help(new QFrame(this))
    , m_helpText(new QLabel(m_help))
{
    setObjectName(QStringLiteral("presenterWindow"));
    setWindowTitle(tr("Presenting: %1").arg(toQString(survey.title)));
    setAttribute(Qt::WA_DeleteOnClose);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::CustomContextMenu);
    m_question->setObjectName(QStringLiteral("presenterQuestion"));
    m_question->setWordWrap(true);
    m_respondents->setObjectName(QStringLiteral("presenterRespondents"));
    m_respondents->setAlignment(Qt::AlignCenter);
    m_respondentsCaption->setAlignment(Qt::AlignCenter);
    m_qr->setAlignment(Qt::AlignCenter);
    m_url->setObjectName(QStringLiteral("joinLink"));
    m_url->setAlignment(Qt::AlignCenter);
    // One line always: a wrapped link is hard to type from the back of a hall; the full link is the tooltip.
    m_url->setWordWrap(false);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setText(tr("← → question · F1 keys · Esc end"));
    m_notice->setObjectName(QStringLiteral("presenterNotice"));
    m_notice->hide();
    m_stage->addWidget(m_chart);
    m_stage->addWidget(m_cloud);
    m_stage->addWidget(m_quiz);
    m_stage->addWidget(m_leaderboard);
    m_stage->addWidget(m_topQuestions);
    m_topQuestions->setLimit(kTopQuestions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->addWidget(m_position);
    layout->addWidget(m_question);
    auto *body = new QHBoxLayout;
    body->addWidget(m_stage, 1);
    auto *side = new QVBoxLayout;
    side->addStretch();
    side->addWidget(m_respondents);
    side->addWidget(m_respondentsCaption);
    side->addSpacing(24);
    side->addWidget(m_qr);
    side->addWidget(m_url);
    side->addStretch();
    body->addLayout(side);
    layout->addLayout(body, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_notice, 1);
    bottom->addWidget(m_hint, 0, Qt::AlignRight);
    layout->addLayout(bottom);

    m_help->setObjectName(QStringLiteral("presenterHelp"));
    m_help->setAutoFillBackground(true);
    m_help->setFrameShape(QFrame::StyledPanel);
    auto *helpLayout = new QVBoxLayout(m_help);
    helpLayout->setContentsMargins(32, 24, 32, 24);
    m_helpText->setTextFormat(Qt::RichText);
    helpLayout->addWidget(m_helpText);
    m_help->hide();

    connect(m_results, &SurveyResultsModel::resultsChanged, this, &PresenterWindow::updateCounts);
    connect(m_session, &LiveSessionModel::changed, this, &PresenterWindow::updateSession);
    connect(m_leaderboardModel,
            &LeaderboardModel::changed,
            this,
            [this]
            { m_leaderboard->setEntries(m_leaderboardModel->entries(), m_leaderboardModel->players()); });
    connect(m_leaderboardModel,
            &LeaderboardModel::loadFailed,
            this,
            [this](const ApiError &error) { showNotice(error.userMessage(), true); });
    connect(this,
            &QWidget::customContextMenuRequested,
            this,
            [this](const QPoint &at) { actionMenu()->popup(mapToGlobal(at)); });
    m_results->setSurveyId(toQString(survey.id));
    m_leaderboardModel->setSurveyId(toQString(survey.id));
    m_session->follow(survey);

    // The audience's questions and the wall belong to the survey's event.
    m_eventId = survey.eventId ? toQString(*survey.eventId) : QString();
    m_topQuestions->setEmptyText(m_eventId.isEmpty()
                                     ? tr("This survey belongs to no event, so it takes no questions.")
                                     : tr("No questions yet. Ask yours on the event's page."));
    if (!m_eventId.isEmpty())
    {
        // The topics carry what the public sees; the first state also comes over HTTP (a topic another page
        // already follows sends no new snapshot).
        m_questions->setStates({QStringLiteral("approved"), QStringLiteral("answered")});
        m_wallMessages->setStates({QStringLiteral("approved")});
        const QString qaTopic = QStringLiteral("qa:") + m_eventId;
        const QString wallTopic = QStringLiteral("wall:") + m_eventId;
        if (m_realtime)
        {
            connect(m_realtime,
                    &RealtimeClient::topicChanged,
                    this,
                    [this, qaTopic, wallTopic](const QString &topic, const json &document)
                    {
                        if (topic == qaTopic)
                            m_questions->setDocument(document);
                        else if (topic == wallTopic)
                            m_wallMessages->setDocument(document);
                    });
            m_realtime->subscribe(qaTopic);
            m_realtime->subscribe(wallTopic);
        }
        api->listQuestions(m_eventId,
                           QString(),
                           QStringLiteral("votes"),
                           this,
                           [this](const ApiResult<json> &result)
                           {
                               if (!result.ok() || m_questions->revision() > 0)
                                   return;
                               json items = json::array();
                               for (const json &item : (*result.value)["items"])
                                   if (!item.value("filtered", false))
                                       items.push_back(item);
                               m_questions->setDocument(json{{"items", items}});
                           });
        api->listWall(m_eventId,
                      QStringLiteral("approved"),
                      this,
                      [this](const ApiResult<json> &result)
                      {
                          if (result.ok() && m_wallMessages->revision() == 0)
                              m_wallMessages->setDocument(*result.value);
                      });
    }

    // The join link: the survey's page under the server's public URL, as the QR route reports it.
    m_joinUrl = api->publicPageUrl(QStringLiteral("surveys"), toQString(survey.id)).toString();
    showJoinCode(m_joinUrl);
    api->createSurveyQrCode(toQString(survey.id),
                            this,
                            [this](const ApiResult<QrCodeInfo> &result)
                            {
                                if (!result.ok())
                                    return; // the locally built page URL stays on screen
                                const QString content = result.value->content;
                                if (content.contains(QLatin1String("/m/surveys/")))
                                    m_joinUrl = content;
                                showJoinCode(content);
                            });
    buildBindings();
    // A presenter-paced survey opens on the room's question.
    if (m_session->state().presenterPaced && !m_session->state().currentQuestionId.isEmpty())
        for (std::size_t i = 0; i < m_survey.questions.size(); ++i)
            if (toQString(m_survey.questions[i].id) == m_session->state().currentQuestionId)
                m_index = static_cast<int>(i);
    applyTheme();
    updateQuestion();
    m_wall->raise(); // over every panel
}

PresenterWindow::~PresenterWindow()
{
    if (m_realtime && !m_eventId.isEmpty())
    {
        m_realtime->unsubscribe(QStringLiteral("qa:") + m_eventId);
        m_realtime->unsubscribe(QStringLiteral("wall:") + m_eventId);
    }
}

void PresenterWindow::buildBindings()
{
    m_bindings = {
        {{Qt::Key_Right, Qt::Key_PageDown, Qt::Key_Down, Qt::Key_Space},
         tr("→ / Page Down / Space"),
         tr("Next question (moves the room when presenter-paced)"),
         [this]
         {
             next();
         }},
        {{Qt::Key_Left, Qt::Key_PageUp, Qt::Key_Up, Qt::Key_Backspace},
         tr("← / Page Up"),
         tr("Previous question"),
         [this]
         {
             previous();
         }},
        {{Qt::Key_Home},
         tr("Home"),
         tr("First question"),
         [this]
         {
             goTo(0);
         }},
        {{Qt::Key_End},
         tr("End"),
         tr("Last question"),
         [this]
         {
             goTo(static_cast<int>(m_survey.questions.size()) - 1);
         }},
        {{Qt::Key_R},
         tr("R"),
         tr("Reveal the quiz answer"),
         [this]
         {
             revealAnswer();
         }},
        {{Qt::Key_L},
         tr("L"),
         tr("Leaderboard on/off"),
         [this]
         {
             showPanel(m_panel == Panel::Leaderboard ? Panel::Answers : Panel::Leaderboard);
         }},
        {{Qt::Key_Q},
         tr("Q"),
         tr("Audience questions on/off"),
         [this]
         {
             showPanel(m_panel == Panel::Questions ? Panel::Answers : Panel::Questions);
         }},
        {{Qt::Key_W},
         tr("W"),
         tr("Message wall on/off"),
         [this]
         {
             setWallVisible(!isWallVisible());
         }},
        {{Qt::Key_T},
         tr("T"),
         tr("Dark / light theme"),
         [this]
         {
             setDarkTheme(!m_dark);
         }},
        {{Qt::Key_E},
         tr("E"),
         tr("Export what is shown as PNG…"),
         [this]
         {
             askExport(false);
         }},
        {{Qt::Key_P},
         tr("P"),
         tr("Export what is shown as PDF…"),
         [this]
         {
             askExport(true);
         }},
        {{Qt::Key_F1},
         tr("F1"),
         tr("This list of keys"),
         [this]
         {
             setHelpVisible(!isHelpVisible());
         }},
        {{Qt::Key_Menu},
         tr("Menu key / right click"),
         tr("All actions in a menu"),
         [this]
         {
             actionMenu()->popup(mapToGlobal(rect().center()));
         }},
        {{Qt::Key_Escape},
         tr("Esc"),
         tr("Close this list, or end presenting"),
         [this]
         {
             if (isHelpVisible())
                 setHelpVisible(false);
             else
                 close();
         }},
    };
    QString rows;
    for (const Binding &b : m_bindings)
        rows += QStringLiteral("<tr><td style='padding-right:24px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(b.keyText.toHtmlEscaped(), b.description.toHtmlEscaped());
    m_helpText->setText(
        QStringLiteral("<h2>%1</h2><table>%2</table>").arg(tr("Presenter keys").toHtmlEscaped(), rows));
}

const QList<PresenterWindow::Binding> &PresenterWindow::bindings() const
{
    return m_bindings;
}

QMenu *PresenterWindow::actionMenu()
{
    if (!m_menu)
    {
        m_menu = new QMenu(this);
        m_menu->setObjectName(QStringLiteral("presenterMenu"));
        for (const Binding &b : m_bindings)
        {
            if (b.keys.contains(Qt::Key_Menu))
                continue;
            // The key after a tab: QMenu shows it in its shortcut column; the window handles the key itself.
            QAction *action = m_menu->addAction(b.description + QLatin1Char('\t') + b.keyText);
            const auto run = b.run;
            connect(action, &QAction::triggered, this, [run] { run(); });
        }
    }
    return m_menu;
}

void PresenterWindow::present(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen)
    {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
}

int PresenterWindow::currentQuestion() const
{
    return m_index;
}

const Question *PresenterWindow::question() const
{
    if (m_survey.questions.empty())
        return nullptr;
    return &m_survey.questions[static_cast<std::size_t>(m_index)];
}

bool PresenterWindow::isRoomQuestion(const Question &q) const
{
    const SessionState &s = m_session->state();
    return !s.presenterPaced || s.currentQuestionId == toQString(q.id);
}

void PresenterWindow::showQuestion(int index)
{
    const int count = static_cast<int>(m_survey.questions.size());
    if (count == 0)
        return;
    m_index = std::clamp(index, 0, count - 1);
    if (m_panel != Panel::Questions)
        m_panel = Panel::Answers;
    updateQuestion();
}

void PresenterWindow::goTo(int index)
{
    const int count = static_cast<int>(m_survey.questions.size());
    if (count == 0)
        return;
    index = std::clamp(index, 0, count - 1);
    if (!m_session->state().presenterPaced)
    {
        showQuestion(index);
        return;
    }
    // The room moves first; the screen follows the server's answer (and the session topic).
    const QString id = toQString(m_survey.questions[static_cast<std::size_t>(index)].id);
    m_api->setSurveyPacing(toQString(m_survey.id),
                           id,
                           std::nullopt,
                           this,
                           [this, index](const ApiResult<Survey> &result)
                           {
                               if (!result.ok())
                               {
                                   showNotice(tr("The room did not move: %1").arg(result.error.userMessage()),
                                              true);
                                   return;
                               }
                               m_survey.mode = result.value->mode;
                               m_session->apply(*result.value);
                               showQuestion(index);
                           });
}

void PresenterWindow::next()
{
    // A paced room that has not started yet opens the question on screen first.
    if (m_session->state().presenterPaced && m_session->state().currentQuestionId.isEmpty())
        goTo(m_index);
    else
        goTo(m_index + 1);
}

void PresenterWindow::previous()
{
    goTo(m_index - 1);
}

void PresenterWindow::revealAnswer()
{
    const Question *q = question();
    if (!q || q->type != QuestionType::Quiz)
    {
        showNotice(tr("Only a quiz question has an answer to reveal."), false);
        return;
    }
    if (!isRoomQuestion(*q))
    {
        showNotice(tr("This is not the room's current question: move the room to it first (→ or ←)."), true);
        return;
    }
    m_api->setSurveyPacing(
        toQString(m_survey.id),
        std::nullopt,
        true,
        this,
        [this](const ApiResult<Survey> &result)
        {
            if (!result.ok())
            {
                showNotice(tr("The answer was not revealed: %1").arg(result.error.userMessage()), true);
                return;
            }
            m_session->apply(*result.value);
            m_leaderboardModel->refresh(kLeaderboardSize);
        });
}

bool PresenterWindow::isDarkTheme() const
{
    return m_dark;
}

void PresenterWindow::setDarkTheme(bool dark)
{
    m_dark = dark;
    applyTheme();
}

void PresenterWindow::showPanel(Panel panel)
{
    m_panel = panel;
    if (panel == Panel::Leaderboard)
        m_leaderboardModel->refresh(kLeaderboardSize);
    updateQuestion();
}

PresenterWindow::Panel PresenterWindow::panel() const
{
    return m_panel;
}

void PresenterWindow::setWallVisible(bool visible)
{
    m_wall->setVisible(visible);
    if (visible)
        m_wall->raise();
    if (visible && m_eventId.isEmpty())
        showNotice(tr("This survey belongs to no event, so it has no message wall."), false);
}

bool PresenterWindow::isWallVisible() const
{
    return m_wall->isVisible();
}

void PresenterWindow::setHelpVisible(bool visible)
{
    m_help->setVisible(visible);
    if (visible)
    {
        m_help->adjustSize();
        m_help->move((width() - m_help->width()) / 2, (height() - m_help->height()) / 2);
        m_help->raise();
    }
}

bool PresenterWindow::isHelpVisible() const
{
    return m_help->isVisible();
}

LiveBarChart *PresenterWindow::chart() const
{
    return m_chart;
}

WordCloudWidget *PresenterWindow::wordCloud() const
{
    return m_cloud;
}

QuizView *PresenterWindow::quiz() const
{
    return m_quiz;
}

LeaderboardView *PresenterWindow::leaderboard() const
{
    return m_leaderboard;
}

TopQuestionsView *PresenterWindow::topQuestions() const
{
    return m_topQuestions;
}

WallOverlay *PresenterWindow::wall() const
{
    return m_wall;
}

SurveyResultsModel *PresenterWindow::results() const
{
    return m_results;
}

LiveSessionModel *PresenterWindow::session() const
{
    return m_session;
}

QString PresenterWindow::respondentsText() const
{
    return m_respondents->text();
}

QString PresenterWindow::joinUrl() const
{
    return m_joinUrl;
}

QString PresenterWindow::shownJoinUrl() const
{
    return m_url->text();
}

bool PresenterWindow::hasJoinCode() const
{
    return !m_qrContent.isEmpty();
}

QString PresenterWindow::notice() const
{
    return m_noticeText;
}

void PresenterWindow::showNotice(const QString &text, bool error)
{
    m_noticeText = text;
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? QStringLiteral("color: #ff6b5e;") : QString());
    m_notice->setVisible(!text.isEmpty());
}

void PresenterWindow::showJoinCode(const QString &content)
{
    m_qrContent = content;
    m_url->setToolTip(m_joinUrl);
    scaleFonts();
}

void PresenterWindow::updateQuestion()
{
    const int count = static_cast<int>(m_survey.questions.size());
    if (count == 0)
    {
        m_position->setText(toQString(m_survey.title));
        m_question->setText(tr("This survey has no questions."));
        m_chart->setBars({}, {});
        m_stage->setCurrentWidget(m_chart);
        return;
    }
    const Question &q = *question();
    QString position =
        tr("%1 · question %2 of %3").arg(toQString(m_survey.title)).arg(m_index + 1).arg(count);
    if (m_session->state().presenterPaced && !isRoomQuestion(q))
        position += tr(" · the room is on another question");
    m_position->setText(position);
    switch (m_panel)
    {
    case Panel::Leaderboard:
        m_question->setText(tr("Leaderboard"));
        m_stage->setCurrentWidget(m_leaderboard);
        break;
    case Panel::Questions:
        m_question->setText(tr("Questions from the audience"));
        m_stage->setCurrentWidget(m_topQuestions);
        break;
    case Panel::Answers:
        m_question->setText(toQString(q.text));
        if (q.type == QuestionType::WordCloud)
            m_stage->setCurrentWidget(m_cloud);
        else if (q.type == QuestionType::Quiz)
            m_stage->setCurrentWidget(m_quiz);
        else
            m_stage->setCurrentWidget(m_chart);
        break;
    }
    updateSession();
    updateCounts();
}

void PresenterWindow::updateSession()
{
    const Question *q = question();
    if (!q)
        return;
    // Another console (or this one) moved the room: a presenter-paced screen follows it.
    const SessionState &s = m_session->state();
    if (s.presenterPaced && !s.currentQuestionId.isEmpty() && s.currentQuestionId != toQString(q->id))
        for (std::size_t i = 0; i < m_survey.questions.size(); ++i)
            if (toQString(m_survey.questions[i].id) == s.currentQuestionId)
            {
                m_index = static_cast<int>(i);
                if (m_panel == Panel::Leaderboard)
                    m_panel = Panel::Answers;
                updateQuestion();
                return;
            }
    if (q->type == QuestionType::Quiz)
    {
        // The console has the correct options (staff); they are marked only once the room sees them too.
        QStringList correct = s.correctOptionIds;
        if (correct.isEmpty())
            for (const std::string &id : q->correctOptionIds)
                correct << toQString(id);
        m_quiz->setSession(s, isRoomQuestion(*q), correct);
    }
}

void PresenterWindow::updateCounts()
{
    m_respondents->setText(QLocale().toString(m_results->totalResponses()));
    m_respondentsCaption->setText(tr("respondents", nullptr, static_cast<int>(m_results->totalResponses())));
    const Question *current = question();
    if (!current)
        return;
    const Question &q = *current;
    // The tallies are matched by question id: the survey may list them in another order.
    const SurveyResultsModel::QuestionResult *result = nullptr;
    for (int i = 0; i < m_results->questionCount(); ++i)
        if (m_results->question(i)->id == toQString(q.id))
            result = m_results->question(i);
    if (q.type == QuestionType::WordCloud)
    {
        std::vector<WordCloudWidget::Word> words;
        if (result)
            for (const auto &[text, count] : result->words)
                words.push_back({text, count});
        m_cloud->setEmptyText(tr("Waiting for words…"));
        m_cloud->setWords(words);
        return;
    }
    if (q.type == QuestionType::Quiz)
    {
        std::vector<QuizView::Option> options;
        for (const QuestionOption &option : q.options)
        {
            qint64 count = 0;
            if (result)
                for (const auto &bar : result->bars)
                    if (bar.optionId == toQString(option.id))
                        count = bar.count;
            options.push_back({toQString(option.id), toQString(option.text), count});
        }
        m_quiz->setOptions(options);
        return;
    }
    QStringList labels;
    std::vector<qint64> counts;
    std::vector<double> percents;
    if (q.type == QuestionType::Text)
    {
        m_chart->setEmptyText(
            tr("%n written answer(s)", nullptr, result ? static_cast<int>(result->answered) : 0));
        m_chart->setBars({}, {});
        return;
    }
    if (result)
        for (const auto &bar : result->bars)
        {
            labels << bar.label;
            counts.push_back(bar.count);
            percents.push_back(bar.percent);
        }
    else if (q.type == QuestionType::Rating)
        for (int r = 1; r <= q.scale.value_or(5); ++r)
        {
            labels << QString::number(r);
            counts.push_back(0);
        }
    else
        for (const QuestionOption &option : q.options)
        {
            labels << toQString(option.text);
            counts.push_back(0);
        }
    m_chart->setEmptyText(tr("Waiting for answers…"));
    m_chart->setBars(labels, counts, percents);
}

void PresenterWindow::applyTheme()
{
    const PresenterTheme theme = m_dark ? PresenterTheme::dark() : PresenterTheme::light();
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, theme.background);
    palette.setColor(QPalette::WindowText, theme.text);
    setPalette(palette);
    m_chart->setTheme(theme);
    m_cloud->setTheme(theme);
    m_quiz->setTheme(theme);
    m_leaderboard->setTheme(theme);
    m_topQuestions->setTheme(theme);
    for (QLabel *muted : {m_position, m_respondentsCaption, m_hint, m_url})
    {
        QPalette p = muted->palette();
        p.setColor(QPalette::WindowText, theme.muted);
        muted->setPalette(p);
    }
    QPalette help = m_help->palette();
    help.setColor(QPalette::Window, theme.track);
    help.setColor(QPalette::WindowText, theme.text);
    m_help->setPalette(help);
    m_helpText->setPalette(help);
    m_respondents->setStyleSheet(QStringLiteral("color: %1;").arg(theme.leader.name()));
}

void PresenterWindow::scaleFonts()
{
    // Sizes follow the window so the text stays readable from the back of a hall on any projector.
    const int unit = std::max(10, std::min(width() / 48, height() / 27));
    const auto sized = [](QWidget *label, int pixels, bool bold)
    {
        QFont font = label->font();
        font.setPixelSize(pixels);
        font.setBold(bold);
        label->setFont(font);
    };
    sized(m_position, unit, false);
    sized(m_question, unit * 2, true);
    sized(m_respondents, unit * 4, true);
    sized(m_respondentsCaption, unit, false);
    sized(m_url, std::max(10, unit * 3 / 4), false);
    sized(m_hint, std::max(10, unit * 2 / 3), false);
    sized(m_notice, std::max(10, unit * 2 / 3), false);
    sized(m_helpText, std::max(12, unit * 3 / 4), false);
    const int side = std::max(120, std::min(width() / 5, height() / 3));
    if (auto code = QrCode::encode(m_qrContent))
        m_qr->setPixmap(QPixmap::fromImage(code->toImage(side)));
    const int linkWidth = side + unit * 2;
    m_url->setFixedWidth(linkWidth);
    // The whole link when a smaller type fits it; else its start (the host) and end (the survey id) stay and
    // the middle is elided.
    QFont linkFont = m_url->font();
    for (int pixels = std::max(10, unit * 3 / 4); pixels > std::max(10, unit / 2); --pixels)
    {
        linkFont.setPixelSize(pixels);
        if (QFontMetrics(linkFont).horizontalAdvance(m_joinUrl) <= linkWidth - 4)
            break;
    }
    m_url->setFont(linkFont);
    m_url->setText(QFontMetrics(linkFont).elidedText(m_joinUrl, Qt::ElideMiddle, linkWidth - 4));
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
    m_wall->setGeometry(rect());
    if (isHelpVisible())
        setHelpVisible(true);
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
    {
        QWidget::keyPressEvent(event);
        return;
    }
    for (const Binding &b : m_bindings)
        if (b.keys.contains(event->key()))
        {
            b.run();
            return;
        }
    QWidget::keyPressEvent(event);
}

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

void PresenterWindow::askExport(bool pdf)
{
    const QString base = QStringLiteral("%1 - %2").arg(toQString(m_survey.title)).arg(m_index + 1);
    QString dir = QStandardPaths::writableLocation(pdf ? QStandardPaths::DocumentsLocation
                                                       : QStandardPaths::PicturesLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString suggested =
        QDir(dir).filePath(base + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".png")));
    const QString path =
        QFileDialog::getSaveFileName(this,
                                     pdf ? tr("Export as PDF") : tr("Export as PNG"),
                                     suggested,
                                     pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportPanel(path, &error))
        showNotice(tr("Saved %1").arg(QDir::toNativeSeparators(path)), false);
    else
        showNotice(error, true);
}

bool PresenterWindow::exportPanel(const QString &path, QString *error)
{
    QWidget *shown = m_stage->currentWidget();
    const QString title = m_question->text();
    const QSize size = shown->size().isEmpty() ? QSize(1280, 720) : shown->size();
    const int titleHeight = std::max(40, size.height() / 8);
    const auto paint = [&](QPainter &painter)
    {
        const PresenterTheme theme = m_dark ? PresenterTheme::dark() : PresenterTheme::light();
        painter.fillRect(QRect(0, 0, size.width(), size.height() + titleHeight), theme.background);
        QFont font = m_question->font();
        font.setPixelSize(titleHeight / 2);
        painter.setFont(font);
        painter.setPen(theme.text);
        painter.drawText(QRect(0, 0, size.width(), titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(font).elidedText(title, Qt::ElideRight, size.width()));
        painter.translate(0, titleHeight);
        shown->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    };
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("NextEvent Console"));
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size.width(), size.height() + titleHeight), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
        {
            if (error)
                *error = tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
            return false;
        }
        // Points to pixels: the page is sized in points, the widget paints in pixels at 96 dpi.
        const double scale = writer.width() / static_cast<double>(size.width());
        painter.scale(scale, scale);
        paint(painter);
        painter.end();
        return QFileInfo(path).size() > 0;
    }
    QImage image(size.width(), size.height() + titleHeight, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
    painter.end();
    if (!image.save(path, "PNG"))
    {
        if (error)
            *error = tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace nextevent::console
