// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "nextevent/Survey.h"

#include "desktop/views/Page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace nextevent::console
{

class ApiClient;
class ApiError;
class RealtimeClient;
class SurveyEditor;
class SurveyListModel;
class SurveyResultsModel;
class SurveyResultsView;

/// Surveys: a searchable list; for the chosen survey the builder (questions of every type, reorder by
/// drag, checked with the shared rules before saving) and its live results with a chart per question.
/// Buttons open or close it for answers, put it live for presenting, reveal the results to the
/// audience, export the responses as CSV, and hand it to presenter mode. Editing is for admins and
/// organisers; presenters may change the state and export.
class SurveysPage : public Page
{
    Q_OBJECT

public:
    SurveysPage(ApiClient *api, RealtimeClient *realtime, QWidget *parent = nullptr);

    QString title() const override;
    void focusSearch() override;
    bool createNew() override;
    void reload() override;
    void activate() override;
    bool canClose() override;

    SurveyListModel *model() const;
    SurveyResultsModel *resultsModel() const;
    SurveyEditor *editor() const;
    SurveyResultsView *resultsView() const;
    QTableView *table() const;
    QTabWidget *tabs() const;
    /// The survey being edited (as last loaded or saved), if any.
    std::optional<Survey> currentSurvey() const;
    /// Selects the survey with `id` when it is on the current page.
    void selectSurvey(const QString &id);

    /// Validates and saves the builder's survey (create or update).
    void save();
    /// Sets the state flags of the current survey.
    void setState(std::optional<bool> active, std::optional<bool> live, std::optional<bool> resultsVisible);
    /// Downloads the current survey's responses to `path`; the outcome is reported by exportFinished.
    void exportCsv(const QString &path);
    /// The last error shown on the page (empty when none).
    QString errorText() const;

signals:
    void statusMessage(const QString &message);
    /// The user asked to present survey `id`.
    void presentRequested(const QString &id);
    void saved(const nextevent::Survey &survey);
    void exportFinished(bool ok, const QString &message);

private:
    void loadEventChoices();
    void selectionChanged();
    void load(const Survey &survey);
    void updateActions();
    void showError(const QString &message);
    void showApiError(const ApiError &error);
    bool confirmDiscard();
    bool canEdit() const;
    bool canPresent() const;

    ApiClient *m_api;
    SurveyListModel *m_model;
    SurveyResultsModel *m_results;
    QLineEdit *m_search;
    QTableView *m_table;
    QTabWidget *m_tabs;
    SurveyEditor *m_editor;
    SurveyResultsView *m_resultsView;
    QLabel *m_errorLabel;
    QLabel *m_stateLabel;
    QPushButton *m_newButton;
    QPushButton *m_saveButton;
    QPushButton *m_deleteButton;
    QPushButton *m_activeButton;
    QPushButton *m_liveButton;
    QPushButton *m_revealButton;
    QPushButton *m_exportButton;
    QPushButton *m_presentButton;
    std::optional<Survey> m_current;
    bool m_started = false;
    bool m_reverting = false;
};

} // namespace nextevent::console
