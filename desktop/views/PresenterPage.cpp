// SPDX-License-Identifier: MIT
#include "desktop/views/PresenterPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/SurveyListModel.h"
#include "desktop/views/LocalAddress.h"
#include "desktop/views/PresenterWindow.h"

namespace nextevent::console
{

PresenterPage::PresenterPage(ApiClient *api, RealtimeClient *realtime, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_model(new SurveyListModel(api, this))
    , m_table(new QTableView(this))
    , m_screens(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_present(new QPushButton(tr("&Present full screen"), this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("presenterPage"));
    m_model->setLiveOnly(true);
    m_table->setObjectName(QStringLiteral("liveSurveyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The column people read takes the room; states, counts and dates take what they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SurveyListModel::TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_screens->setObjectName(QStringLiteral("screenChooser"));
    m_theme->setObjectName(QStringLiteral("themeChooser"));
    m_theme->addItem(tr("Dark (for projectors)"), true);
    m_theme->addItem(tr("Light (for bright rooms)"), false);
    m_present->setObjectName(QStringLiteral("presentButton"));
    QFont big = m_present->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_present->setFont(big);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Surveys that are live (put a survey live on the Surveys page). Votes appear on "
                      "the big screen as they arrive; respondents join with the QR code shown beside "
                      "the chart."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // The join link is built from the address the console signed in with; 127.0.0.1 or localhost work
    // on this computer only, so phones scanning the code would get nowhere.
    const QString host = m_api->serverUrl().host();
    if (isLocalOnly(m_api->serverUrl()))
    {
        auto *warning = new QLabel(
            tr("Phones cannot reach the join link: it points at %1, this computer's own address. Sign in "
               "with the server's network address (for example http://192.168.1.20:8080), or ask the "
               "administrator to set the server's public URL (NEXTEVENT_PUBLIC_URL).")
                .arg(host),
            this);
        warning->setObjectName(QStringLiteral("loopbackWarning"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: white; background: #b26a00; padding: 0.4em;"));
        layout->addWidget(warning);
    }
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Screen"), m_screens);
    form->addRow(tr("&Theme"), m_theme);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_present);
    layout->addLayout(row);

    connect(m_present, &QPushButton::clicked, this, [this] { present(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { present(); });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &PresenterPage::updateActions);
    connect(m_model,
            &QAbstractItemModel::modelReset,
            this,
            [this]
            {
                const int wanted = m_model->rowOf(m_wanted);
                if (wanted >= 0)
                    m_table->selectRow(wanted);
                else if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
                    m_table->selectRow(0);
                updateActions();
            });
    connect(m_model,
            &SurveyListModel::loadFailed,
            this,
            [this](const ApiError &error)
            {
                m_errorLabel->setText(error.userMessage());
                m_errorLabel->show();
            });
    connect(qApp, &QGuiApplication::screenAdded, this, &PresenterPage::fillScreens);
    connect(qApp, &QGuiApplication::screenRemoved, this, &PresenterPage::fillScreens);
    fillScreens();
    updateActions();
}

PresenterPage::~PresenterPage()
{
    if (m_window)
        m_window->close();
}

QString PresenterPage::title() const
{
    return tr("Presenter");
}

void PresenterPage::reload()
{
    m_errorLabel->hide();
    m_model->refresh();
}

void PresenterPage::activate()
{
    // Live states change often: always show the current list.
    m_started = true;
    reload();
}

SurveyListModel *PresenterPage::model() const
{
    return m_model;
}

QComboBox *PresenterPage::screenChooser() const
{
    return m_screens;
}

PresenterWindow *PresenterPage::presenterWindow() const
{
    return m_window;
}

void PresenterPage::chooseSurvey(const QString &id)
{
    m_wanted = id;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    else
        reload();
}

void PresenterPage::fillScreens()
{
    const QString previous = m_screens->currentData().toString();
    m_screens->clear();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i)
    {
        const QScreen *screen = screens[i];
        QString label = tr("Screen %1: %2 (%3 × %4)")
                            .arg(i + 1)
                            .arg(screen->name())
                            .arg(screen->geometry().width())
                            .arg(screen->geometry().height());
        if (screen == QGuiApplication::primaryScreen())
            label += tr(" — primary");
        m_screens->addItem(label, screen->name());
    }
    // Presenting usually goes to the projector: a second screen when there is one.
    int index = m_screens->findData(previous);
    if (index < 0)
        index = screens.size() > 1 ? 1 : 0;
    m_screens->setCurrentIndex(index);
}

void PresenterPage::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_present->setEnabled(!rows.isEmpty());
}

PresenterWindow *PresenterPage::present()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Survey *survey = rows.isEmpty() ? nullptr : m_model->surveyAt(rows.first().row());
    if (!survey)
        return nullptr;
    if (m_window)
        m_window->close();
    m_window = new PresenterWindow(m_api, m_realtime, *survey, m_theme->currentData().toBool());
    QScreen *target = nullptr;
    for (QScreen *screen : QGuiApplication::screens())
        if (screen->name() == m_screens->currentData().toString())
            target = screen;
    m_window->present(target);
    emit statusMessage(
        tr("Presenting \"%1\". Press Esc on the big screen to stop.").arg(toQString(survey->title)));
    return m_window;
}

} // namespace nextevent::console
