// SPDX-License-Identifier: MIT
#pragma once

#include "desktop/views/Page.h"

class QLabel;
class QListWidget;
class QTableView;
class QTimer;

namespace nextevent::console
{

class ApiClient;
class WeChatStatusModel;

/// The WeChat account at a glance (admins and organisers): configured or not, the access token's age,
/// what the webhook accepted, rejected and de-duplicated, message rates, jobs waiting, the recent
/// errors, and messages per minute over the last ten minutes. Refreshed every 15 s while on screen.
class WeChatPage : public Page
{
    Q_OBJECT

public:
    WeChatPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void activate() override;

    WeChatStatusModel *model() const;
    QString summaryText() const;

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void updateSummary();

    WeChatStatusModel *m_model;
    QLabel *m_state;
    QLabel *m_summary;
    QLabel *m_errorLabel;
    QTableView *m_minutes;
    QListWidget *m_errors;
    QTimer *m_timer;
};

} // namespace nextevent::console
