// SPDX-License-Identifier: MIT
#include "desktop/views/PresenterWindow.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/SurveyResultsModel.h"
#include "desktop/qr/QrCode.h"

namespace nextevent::console
{

PresenterWindow::PresenterWindow(
    ApiClient *api, RealtimeClient *realtime, const Survey &survey, bool darkTheme, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_api(api)
    , m_survey(survey)
    , m_results(new SurveyResultsModel(api, realtime, this))
    , m_dark(darkTheme)
    , m_position(new QLabel(this))
    , m_question(new QLabel(this))
    , m_chart(new LiveBarChart(this))
    , m_respondents(new QLabel(this))
    , m_respondentsCaption(new QLabel(this))
    , m_qr(new QLabel(this))
    , m_url(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("presenterWindow"));
    setWindowTitle(tr("Presenting: %1").arg(toQString(survey.title)));
    setAttribute(Qt::WA_DeleteOnClose);
    setAutoFillBackground(true);
    m_question->setObjectName(QStringLiteral("presenterQuestion"));
    m_question->setWordWrap(true);
    m_respondents->setObjectName(QStringLiteral("presenterRespondents"));
    m_respondents->setAlignment(Qt::AlignCenter);
    m_respondentsCaption->setAlignment(Qt::AlignCenter);
    m_qr->setAlignment(Qt::AlignCenter);
    m_url->setAlignment(Qt::AlignCenter);
    m_url->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setText(tr("← → change question · T theme · Esc end"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->addWidget(m_position);
    layout->addWidget(m_question);
    auto *body = new QHBoxLayout;
    body->addWidget(m_chart, 1);
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
    layout->addWidget(m_hint, 0, Qt::AlignRight);

    connect(m_results, &SurveyResultsModel::resultsChanged, this, &PresenterWindow::updateCounts);
    m_results->setSurveyId(toQString(survey.id));

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
    applyTheme();
    updateQuestion();
}

PresenterWindow::~PresenterWindow() = default;

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

void PresenterWindow::showQuestion(int index)
{
    const int count = static_cast<int>(m_survey.questions.size());
    if (count == 0)
        return;
    m_index = std::clamp(index, 0, count - 1);
    updateQuestion();
}

void PresenterWindow::next()
{
    showQuestion(m_index + 1);
}

void PresenterWindow::previous()
{
    showQuestion(m_index - 1);
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

LiveBarChart *PresenterWindow::chart() const
{
    return m_chart;
}

SurveyResultsModel *PresenterWindow::results() const
{
    return m_results;
}

QString PresenterWindow::respondentsText() const
{
    return m_respondents->text();
}

QString PresenterWindow::joinUrl() const
{
    return m_joinUrl;
}

bool PresenterWindow::hasJoinCode() const
{
    return !m_qrContent.isEmpty();
}

void PresenterWindow::showJoinCode(const QString &content)
{
    m_qrContent = content;
    m_url->setText(m_joinUrl);
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
        return;
    }
    const Question &question = m_survey.questions[static_cast<std::size_t>(m_index)];
    m_position->setText(
        tr("%1 · question %2 of %3").arg(toQString(m_survey.title)).arg(m_index + 1).arg(count));
    m_question->setText(toQString(question.text));
    updateCounts();
}

void PresenterWindow::updateCounts()
{
    m_respondents->setText(QLocale().toString(m_results->totalResponses()));
    m_respondentsCaption->setText(tr("respondents", nullptr, static_cast<int>(m_results->totalResponses())));
    if (m_survey.questions.empty())
        return;
    const Question &question = m_survey.questions[static_cast<std::size_t>(m_index)];
    // The tallies are matched by question id: the survey may list them in another order.
    const SurveyResultsModel::QuestionResult *result = nullptr;
    for (int q = 0; q < m_results->questionCount(); ++q)
        if (m_results->question(q)->id == toQString(question.id))
            result = m_results->question(q);
    QStringList labels;
    std::vector<qint64> counts;
    std::vector<double> percents;
    if (question.type == QuestionType::Text)
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
    else if (question.type == QuestionType::Rating)
        for (int r = 1; r <= question.scale.value_or(5); ++r)
        {
            labels << QString::number(r);
            counts.push_back(0);
        }
    else
        for (const QuestionOption &option : question.options)
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
    for (QLabel *muted : {m_position, m_respondentsCaption, m_hint, m_url})
    {
        QPalette p = muted->palette();
        p.setColor(QPalette::WindowText, theme.muted);
        muted->setPalette(p);
    }
    m_respondents->setStyleSheet(QStringLiteral("color: %1;").arg(theme.leader.name()));
}

void PresenterWindow::scaleFonts()
{
    // Sizes follow the window so the text stays readable from the back of a hall on any projector.
    const int unit = std::max(10, std::min(width() / 48, height() / 27));
    const auto sized = [](QLabel *label, int pixels, bool bold)
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
    const int side = std::max(120, std::min(width() / 5, height() / 3));
    if (auto code = QrCode::encode(m_qrContent))
        m_qr->setPixmap(QPixmap::fromImage(code->toImage(side)));
    m_url->setFixedWidth(side + unit * 2);
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key())
    {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Home:
        showQuestion(0);
        return;
    case Qt::Key_End:
        showQuestion(static_cast<int>(m_survey.questions.size()) - 1);
        return;
    case Qt::Key_T:
        setDarkTheme(!m_dark);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace nextevent::console
