// SPDX-License-Identifier: MIT
#include "desktop/views/SurveysPage.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/SurveyListModel.h"
#include "desktop/models/SurveyResultsModel.h"
#include "desktop/views/Confirm.h"
#include "desktop/views/ListSearch.h"
#include "desktop/views/PagingBar.h"
#include "desktop/views/SurveyEditor.h"
#include "desktop/views/SurveyResultsView.h"

namespace nextevent::console
{

SurveysPage::SurveysPage(ApiClient *api, RealtimeClient *realtime, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_model(new SurveyListModel(api, this))
    , m_results(new SurveyResultsModel(api, realtime, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new SurveyEditor(this))
    , m_resultsView(new SurveyResultsView(m_results, this))
    , m_errorLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New survey"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_deleteButton(new QPushButton(tr("Delete"), this))
    , m_activeButton(new QPushButton(this))
    , m_liveButton(new QPushButton(this))
    , m_revealButton(new QPushButton(this))
    , m_exportButton(new QPushButton(tr("Export CSV…"), this))
    , m_presentButton(new QPushButton(tr("Present…"), this))
{
    setObjectName(QStringLiteral("surveysPage"));
    m_search->setObjectName(QStringLiteral("surveySearch"));
    m_search->setPlaceholderText(tr("Search surveys (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("surveyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The column people read takes the room; states, counts and dates take what they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SurveyListModel::TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_activeButton->setObjectName(QStringLiteral("activeButton"));
    m_liveButton->setObjectName(QStringLiteral("liveButton"));
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_saveButton->setObjectName(QStringLiteral("saveSurveyButton"));
    m_presentButton->setObjectName(QStringLiteral("presentButton"));

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_newButton);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_table, 1);
    // An empty list says what surveys are for and offers to make one, instead of a blank table.
    auto *empty =
        new EmptyListState(m_model,
                           m_table,
                           tr("No surveys yet. Surveys collect feedback, live votes, word clouds and "
                              "quizzes from attendees' phones; start one live from here."),
                           tr("&Create the first survey"),
                           left);
    empty->setObjectName(QStringLiteral("surveysEmpty"));
    empty->button()->setObjectName(QStringLiteral("createFirstSurvey"));
    empty->setNarrowed([this] { return !m_search->text().isEmpty(); });
    empty->setCanCreate(canEdit(), tr("No surveys yet."));
    leftLayout->addWidget(empty, 1);
    connect(empty, &EmptyListState::createRequested, this, [this] { createNew(); });
    leftLayout->addWidget(new PagingBar(m_model, left));

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_stateLabel);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button :
         {m_activeButton, m_liveButton, m_revealButton, m_exportButton, m_presentButton})
        actions->addWidget(button);
    actions->addStretch();
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_errorLabel);
    m_tabs->addTab(m_editor, tr("&Questions"));
    m_tabs->addTab(m_resultsView, tr("&Results"));
    m_resultsView->setApiClient(api);
    connect(m_resultsView,
            &SurveyResultsView::summaryExported,
            this,
            [this](const QString &path, bool ok, const QString &error)
            { emit statusMessage(ok ? tr("Session summary saved to %1.").arg(path) : error); });
    rightLayout->addWidget(m_tabs, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_deleteButton);
    saveRow->addStretch();
    saveRow->addWidget(m_saveButton);
    rightLayout->addLayout(saveRow);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    // The list wide enough for a survey's title beside its state, counts and date (at 50:120 the title was
    // squeezed to "Key…" while the number columns kept their width).
    splitter->setSizes({fontMetrics().averageCharWidth() * 65, fontMetrics().averageCharWidth() * 105});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    bindSearch(m_search, m_model);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &SurveysPage::selectionChanged);
    connect(m_model,
            &QAbstractItemModel::modelReset,
            this,
            [this]
            {
                // Keep the survey being edited selected across reloads.
                if (m_current && !m_current->id.empty())
                {
                    const QSignalBlocker block(m_table->selectionModel());
                    const int row = m_model->rowOf(toQString(m_current->id));
                    if (row >= 0)
                        m_table->selectRow(row);
                }
            });
    connect(m_model, &SurveyListModel::loadFailed, this, &SurveysPage::showApiError);
    connect(m_results, &SurveyResultsModel::loadFailed, this, &SurveysPage::showApiError);
    connect(m_results,
            &SurveyResultsModel::resultsChanged,
            this,
            [this]
            {
                // The first response locks the questions (the server refuses changes from then on).
                if (!m_current || m_current->id.empty() || toQString(m_current->id) != m_results->surveyId())
                    return;
                if (m_results->totalResponses() == m_current->totalResponses)
                    return;
                m_current->totalResponses = m_results->totalResponses();
                m_model->updateSurvey(*m_current);
                m_editor->setQuestionsLocked(m_current->totalResponses > 0);
                updateActions();
            });
    connect(m_newButton, &QPushButton::clicked, this, &SurveysPage::createNew);
    connect(m_saveButton, &QPushButton::clicked, this, &SurveysPage::save);
    connect(m_editor, &SurveyEditor::modifiedChanged, this, &SurveysPage::updateActions);
    connect(m_activeButton,
            &QPushButton::clicked,
            this,
            [this]
            {
                if (m_current)
                    setState(!m_current->isActive, std::nullopt, std::nullopt);
            });
    connect(m_liveButton,
            &QPushButton::clicked,
            this,
            [this]
            {
                if (m_current)
                    setState(std::nullopt, !m_current->isLive, std::nullopt);
            });
    connect(m_revealButton,
            &QPushButton::clicked,
            this,
            [this]
            {
                if (m_current)
                    setState(std::nullopt, std::nullopt, !m_current->resultsVisible);
            });
    connect(m_presentButton,
            &QPushButton::clicked,
            this,
            [this]
            {
                if (m_current)
                    emit presentRequested(toQString(m_current->id));
            });
    connect(m_exportButton,
            &QPushButton::clicked,
            this,
            [this]
            {
                if (!m_current)
                    return;
                const QString suggested =
                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                    QStringLiteral("/responses-%1.csv").arg(toQString(m_current->id).left(8));
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export responses"), suggested, tr("CSV files (*.csv)"));
                if (!path.isEmpty())
                    exportCsv(path);
            });
    connect(m_deleteButton,
            &QPushButton::clicked,
            this,
            [this]
            {
                if (!m_current || m_current->id.empty())
                    return;
                // Say what goes with it: the answers people gave, and for a live survey, the phones
                // answering right now.
                const int responses = static_cast<int>(m_current->totalResponses);
                QString lost =
                    tr("Its %n response(s) are deleted with it. This cannot be undone.", nullptr, responses);
                if (m_current->isLive)
                    lost = tr("It is open for answers now: phones answering get an error.") +
                           QLatin1Char(' ') + lost;
                if (!confirmDestructive(this,
                                        tr("Delete survey"),
                                        tr("Delete the survey “%1”?").arg(toQString(m_current->title)),
                                        lost,
                                        tr("&Delete survey")))
                    return;
                m_api->deleteSurvey(toQString(m_current->id),
                                    this,
                                    [this](const ApiResult<Done> &result)
                                    {
                                        if (!result.ok())
                                        {
                                            showApiError(result.error);
                                            return;
                                        }
                                        emit statusMessage(tr("Survey deleted."));
                                        m_current.reset();
                                        m_editor->setSurvey(Survey{});
                                        m_results->setSurveyId(QString());
                                        m_model->refresh();
                                        updateActions();
                                    });
            });
    updateActions();
}

QString SurveysPage::title() const
{
    return tr("Surveys");
}

void SurveysPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool SurveysPage::canEdit() const
{
    return m_api->may(Capability::ContentEdit);
}

bool SurveysPage::canPresent() const
{
    return m_api->may(Capability::SurveysPresent);
}

bool SurveysPage::createNew()
{
    if (!canEdit() || !confirmDiscard())
        return false;
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->clearSelection();
    }
    Survey fresh;
    fresh.title = toStdString(tr("New survey"));
    m_current = fresh;
    m_results->setSurveyId(QString());
    m_editor->setSurvey(fresh);
    m_editor->setModified(true);
    m_editor->setQuestionsLocked(false);
    m_tabs->setCurrentWidget(m_editor);
    m_editor->titleEdit()->setFocus();
    m_editor->titleEdit()->selectAll();
    updateActions();
    return true;
}

void SurveysPage::reload()
{
    m_model->refresh();
    m_results->refresh();
    loadEventChoices();
}

void SurveysPage::activate()
{
    if (m_started)
        return;
    m_started = true;
    m_model->refresh();
    loadEventChoices();
}

void SurveysPage::loadEventChoices()
{
    // The builder's event chooser: a survey for attendees only belongs to an event.
    ListQuery query;
    query.pageSize = 100;
    query.sort = QStringLiteral("startDate");
    query.descending = true;
    m_api->listEvents(query,
                      this,
                      [this](const ApiResult<ListPage<Event>> &result)
                      {
                          if (!result.ok())
                              return;
                          QList<QPair<QString, QString>> events;
                          for (const Event &e : result.value->items)
                              events.append({toQString(e.id), toQString(e.title)});
                          m_editor->setEvents(events);
                      });
}

SurveyListModel *SurveysPage::model() const
{
    return m_model;
}

SurveyResultsModel *SurveysPage::resultsModel() const
{
    return m_results;
}

SurveyEditor *SurveysPage::editor() const
{
    return m_editor;
}

SurveyResultsView *SurveysPage::resultsView() const
{
    return m_resultsView;
}

QTableView *SurveysPage::table() const
{
    return m_table;
}

QTabWidget *SurveysPage::tabs() const
{
    return m_tabs;
}

std::optional<Survey> SurveysPage::currentSurvey() const
{
    return m_current;
}

QString SurveysPage::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void SurveysPage::selectSurvey(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

bool SurveysPage::canClose()
{
    return confirmDiscard();
}

bool SurveysPage::confirmDiscard()
{
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this,
        tr("Unsaved changes"),
        tr("The survey \"%1\" has unsaved changes. Save them first?").arg(m_editor->titleEdit()->text()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
    {
        save();
        return false; // the save is asynchronous; the person chooses again once it is done
    }
    return answer == QMessageBox::Discard;
}

void SurveysPage::selectionChanged()
{
    if (m_reverting)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Survey *survey = rows.isEmpty() ? nullptr : m_model->surveyAt(rows.first().row());
    if (survey && m_current && survey->id == m_current->id)
        return;
    if (!confirmDiscard())
    {
        // Stay on the survey being edited.
        m_reverting = true;
        const int row = m_current ? m_model->rowOf(toQString(m_current->id)) : -1;
        if (row >= 0)
            m_table->selectRow(row);
        else
            m_table->clearSelection();
        m_reverting = false;
        return;
    }
    if (!survey)
        return;
    load(*survey);
}

void SurveysPage::load(const Survey &survey)
{
    m_current = survey;
    m_errorLabel->hide();
    m_editor->setSurvey(survey);
    m_editor->setReadOnly(!canEdit());
    m_editor->setQuestionsLocked(survey.totalResponses > 0);
    m_results->setSurveyId(toQString(survey.id));
    updateActions();
}

void SurveysPage::updateActions()
{
    const bool has = m_current.has_value() && !m_current->id.empty();
    const bool edit = canEdit();
    m_newButton->setVisible(edit);
    m_saveButton->setVisible(edit);
    m_deleteButton->setVisible(edit);
    m_saveButton->setEnabled(m_current.has_value() && m_editor->isModified());
    m_deleteButton->setEnabled(has);
    for (QPushButton *button :
         {m_activeButton, m_liveButton, m_revealButton, m_exportButton, m_presentButton})
    {
        button->setEnabled(has && canPresent());
        button->setVisible(canPresent());
    }
    m_tabs->setTabEnabled(1, has);
    if (!m_current)
    {
        m_stateLabel->setText(tr("Choose a survey, or create one."));
        m_activeButton->setText(tr("Open for answers"));
        m_liveButton->setText(tr("Go live"));
        m_revealButton->setText(tr("Reveal results"));
        return;
    }
    m_activeButton->setText(m_current->isActive ? tr("Close for answers") : tr("Open for answers"));
    m_liveButton->setText(m_current->isLive ? tr("End live") : tr("Go live"));
    m_revealButton->setText(m_current->resultsVisible ? tr("Hide results") : tr("Reveal results"));
    m_presentButton->setEnabled(has && m_current->isLive);
    // A live survey takes answers; opening or closing it separately means nothing until it ends.
    if (m_current->isLive)
        m_activeButton->setEnabled(false);
    m_activeButton->setToolTip(m_current->isLive ? tr("A live survey takes answers; end live to close it.")
                                                 : QString());
    m_presentButton->setToolTip(m_current->isLive ? QString() : tr("Go live first to present this survey."));
    if (!has)
        m_stateLabel->setText(tr("New survey — not saved yet"));
    else
        m_stateLabel->setText(
            tr("%1 · %2 · results %3")
                .arg(SurveyListModel::stateText(*m_current),
                     tr("%n response(s)", nullptr, static_cast<int>(m_current->totalResponses)),
                     m_current->resultsVisible ? tr("shown to the audience")
                                               : tr("hidden from the audience")));
}

void SurveysPage::save()
{
    if (!m_current || !canEdit())
        return;
    if (!m_editor->validate())
    {
        m_tabs->setCurrentWidget(m_editor);
        return;
    }
    const Survey edited = m_editor->survey();
    const bool creating = edited.id.empty();
    m_saveButton->setEnabled(false);
    const auto done = [this, creating](const ApiResult<Survey> &result)
    {
        if (!result.ok())
        {
            m_saveButton->setEnabled(true);
            if (result.error.is(ErrorCode::Validation) && !result.error.details().empty())
                m_editor->showErrors(result.error.details());
            else
                showApiError(result.error);
            return;
        }
        const Survey &stored = *result.value;
        m_current = stored;
        m_editor->setSurvey(stored);
        m_editor->setQuestionsLocked(stored.totalResponses > 0);
        m_results->setSurveyId(toQString(stored.id));
        m_results->refresh(); // the questions may have changed
        m_errorLabel->hide();
        emit statusMessage(creating ? tr("Survey created.") : tr("Survey saved."));
        emit saved(stored);
        m_model->refresh();
        updateActions();
    };
    if (creating)
        m_api->createSurvey(edited, this, done);
    else
        m_api->updateSurvey(edited, this, done);
}

void SurveysPage::setState(std::optional<bool> active,
                           std::optional<bool> live,
                           std::optional<bool> resultsVisible)
{
    if (!m_current || m_current->id.empty())
        return;
    m_api->setSurveyState(
        toQString(m_current->id),
        active,
        live,
        resultsVisible,
        this,
        [this](const ApiResult<Survey> &result)
        {
            if (!result.ok())
            {
                showApiError(result.error);
                return;
            }
            const Survey &stored = *result.value;
            if (m_current && m_current->id == stored.id)
            {
                // Only the flags and version change; edits in progress stay.
                m_current->isActive = stored.isActive;
                m_current->isLive = stored.isLive;
                m_current->resultsVisible = stored.resultsVisible;
                m_current->updatedAt = stored.updatedAt;
                m_editor->updateState(stored);
            }
            m_model->updateSurvey(stored);
            m_errorLabel->hide();
            emit statusMessage(
                tr("\"%1\" is now %2.").arg(toQString(stored.title), SurveyListModel::stateText(stored)));
            updateActions();
        });
}

void SurveysPage::exportCsv(const QString &path)
{
    if (!m_current || m_current->id.empty())
        return;
    m_exportButton->setEnabled(false);
    m_api->downloadSurveyResponsesCsv(toQString(m_current->id),
                                      path,
                                      this,
                                      {},
                                      [this, path](const ApiResult<Done> &result)
                                      {
                                          m_exportButton->setEnabled(true);
                                          if (!result.ok())
                                          {
                                              showApiError(result.error);
                                              emit exportFinished(false, result.error.userMessage());
                                              return;
                                          }
                                          const QString message = tr("Responses saved to %1.").arg(path);
                                          emit statusMessage(message);
                                          emit exportFinished(true, message);
                                      });
}

void SurveysPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void SurveysPage::showApiError(const ApiError &error)
{
    showError(error.userMessage());
}

} // namespace nextevent::console
