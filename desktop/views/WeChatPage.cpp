// SPDX-License-Identifier: MIT
#include "desktop/views/WeChatPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/models/WeChatStatusModel.h"

namespace nextevent::console
{

WeChatPage::WeChatPage(ApiClient *api, QWidget *parent)
    : Page(parent)
    , m_model(new WeChatStatusModel(api, this))
    , m_state(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_minutes(new QTableView(this))
    , m_errors(new QListWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("wechatPage"));
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_state->setFont(big);
    m_state->setWordWrap(true); // the setup hint is a sentence, not a title
    m_summary->setObjectName(QStringLiteral("wechatSummary"));
    m_minutes->setObjectName(QStringLiteral("wechatMinutes"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    // Never squeezed by the tables below: four lines that must stay readable.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_minutes->setModel(m_model);
    m_minutes->verticalHeader()->hide();
    m_minutes->horizontalHeader()->setSectionResizeMode(WeChatStatusModel::TypesColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Messages and events per minute (last 10 minutes)"), this));
    layout->addWidget(m_minutes, 2);
    layout->addWidget(new QLabel(tr("Recent errors"), this));
    layout->addWidget(m_errors, 1);
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, m_model, &WeChatStatusModel::refresh);
    connect(m_model, &WeChatStatusModel::statusChanged, this, &WeChatPage::updateSummary);
    connect(m_model,
            &WeChatStatusModel::loadFailed,
            this,
            [this](const ApiError &error)
            {
                m_errorLabel->setText(error.userMessage());
                m_errorLabel->show();
            });
    m_state->setText(tr("Loading…"));
}

QString WeChatPage::title() const
{
    return tr("WeChat");
}

void WeChatPage::reload()
{
    m_model->refresh();
}

void WeChatPage::activate()
{
    m_model->refresh();
    m_timer->start();
}

void WeChatPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    Page::hideEvent(event);
}

WeChatStatusModel *WeChatPage::model() const
{
    return m_model;
}

QString WeChatPage::summaryText() const
{
    return m_state->text() + QLatin1Char('\n') + m_summary->text();
}

void WeChatPage::updateSummary()
{
    m_errorLabel->hide();
    const auto &s = m_model->summary();
    if (!s.configured)
    {
        // Say how, not only that: the server's administrator sets these (environment or
        // /etc/nextevent/nextevent.properties) and restarts it.
        m_state->setText(tr("WeChat is not set up on this server yet."));
        m_state->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    }
    else
    {
        m_state->setText(s.apiConfigured ? tr("WeChat is configured (webhook and API)")
                                         : tr("WeChat webhook configured; API credentials missing: set "
                                              "NEXTEVENT_WECHAT_APP_ID and NEXTEVENT_WECHAT_APP_SECRET on "
                                              "the server."));
        m_state->setStyleSheet(QStringLiteral("color: #1e7d32;"));
    }
    QStringList lines;
    // How to set it up, in the normal font under the big state line (in the big font it was cut off).
    if (!s.configured)
        lines << tr(
            "To connect an Official Account, the server's administrator sets NEXTEVENT_WECHAT_APP_ID, "
            "NEXTEVENT_WECHAT_APP_SECRET and NEXTEVENT_WECHAT_TOKEN (and NEXTEVENT_WECHAT_AES_KEY for "
            "safe mode) in the server's environment or /etc/nextevent/nextevent.properties, then "
            "restarts the server.");
    lines << (s.tokenAgeSeconds
                  ? tr("WeChat API access: token fetched %n min ago",
                       nullptr,
                       static_cast<int>(*s.tokenAgeSeconds / 60))
                  : tr("WeChat API access: not used yet (the server fetches a token when it first "
                       "needs one)"));
    lines << tr("Webhook: %1 accepted, %2 duplicates ignored, %3 rejected; %4 in the last 10 minutes%5")
                 .arg(s.accepted)
                 .arg(s.duplicates)
                 .arg(s.rejected)
                 .arg(s.messagesLast10Minutes)
                 .arg(s.encryption ? tr(" (safe mode)") : QString());
    lines << (s.ratesText.isEmpty() ? tr("Message rates: no messages lately")
                                    : tr("Message rates: %1").arg(s.ratesText));
    lines << tr("Background jobs (WeChat messages, reminders): %1 waiting, %2 gave up after retrying")
                 .arg(s.jobsQueued)
                 .arg(s.jobsDead);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_errors->clear();
    if (s.errors.isEmpty())
        m_errors->addItem(tr("No recent errors."));
    else
        m_errors->addItems(s.errors);
}

} // namespace nextevent::console
