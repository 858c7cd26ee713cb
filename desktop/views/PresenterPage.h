// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>

#include "desktop/views/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace nextevent::console
{

class ApiClient;
class PresenterWindow;
class RealtimeClient;
class Settings;
class SurveyListModel;

/// Starts presenter mode: the surveys that are live, the screen to present on (the projector is
/// usually not the primary one) and the theme; "Present" opens the full-screen PresenterWindow.
class PresenterPage : public Page
{
    Q_OBJECT

public:
    PresenterPage(ApiClient *api, RealtimeClient *realtime, QWidget *parent = nullptr);
    ~PresenterPage() override;

    QString title() const override;
    void reload() override;
    void activate() override;

    SurveyListModel *model() const;
    /// Selects the live survey `id` once the list has it.
    void chooseSurvey(const QString &id);
    /// Opens presenter mode for the selected survey; nullptr when none is selected.
    PresenterWindow *present();
    PresenterWindow *presenterWindow() const;
    QComboBox *screenChooser() const;

signals:
    void statusMessage(const QString &message);

private:
    void fillScreens();
    void updateActions();

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    SurveyListModel *m_model;
    QTableView *m_table;
    QComboBox *m_screens;
    QComboBox *m_theme;
    QPushButton *m_present;
    QLabel *m_errorLabel;
    QString m_wanted;
    QPointer<PresenterWindow> m_window;
    bool m_started = false;
};

} // namespace nextevent::console
