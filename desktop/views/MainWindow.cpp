// SPDX-License-Identifier: MIT
#include "desktop/views/MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStatusBar>

#include "nextevent/Version.h"

#include "desktop/api/ApiClient.h"
#include "desktop/api/RealtimeClient.h"
#include "desktop/app/Settings.h"
#include "desktop/models/Convert.h"
#include "desktop/models/UserListModel.h"
#include "desktop/views/ArticlesPage.h"
#include "desktop/views/CheckInPanel.h"
#include "desktop/views/ColumnWidths.h"
#include "desktop/views/DashboardPage.h"
#include "desktop/views/DrawsPage.h"
#include "desktop/views/EventsPage.h"
#include "desktop/views/ModerationPage.h"
#include "desktop/views/PresenterPage.h"
#include "desktop/views/QrCodePage.h"
#include "desktop/views/SurveysPage.h"
#include "desktop/views/UsersPage.h"
#include "desktop/views/WeChatPage.h"

namespace nextevent::console
{

MainWindow::MainWindow(ApiClient *api, RealtimeClient *realtime, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_settings(settings)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_connection(new QLabel(this))
    , m_live(new QLabel(this))
    , m_doorStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NextEvent Console"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(2);

    // The pages DESIGN.md lists, in its order, each only for those the server's policy lets use it.
    const bool staff = api->may(Capability::ContentRead);
    const bool presenter = api->may(Capability::SurveysPresent);
    if (staff)
    {
        auto *dashboard = new DashboardPage(api, realtime, m_stack);
        addPage(dashboard);
        connect(dashboard, &DashboardPage::statusMessage, this, &MainWindow::showStatus);
    }
    m_events = new EventsPage(api, settings, m_stack);
    m_events->setRealtime(realtime);
    addPage(m_events);
    connect(m_events, &EventsPage::statusMessage, this, &MainWindow::showStatus);
    if (staff)
    {
        auto *articles = new ArticlesPage(api, settings, m_stack);
        addPage(articles);
        connect(articles, &ArticlesPage::statusMessage, this, &MainWindow::showStatus);
    }
    SurveysPage *surveys = nullptr;
    if (staff)
    {
        surveys = new SurveysPage(api, realtime, m_stack);
        addPage(surveys);
        connect(surveys, &SurveysPage::statusMessage, this, &MainWindow::showStatus);
    }
    if (presenter)
    {
        auto *presenterPage = new PresenterPage(api, realtime, m_stack);
        addPage(presenterPage);
        connect(presenterPage, &PresenterPage::statusMessage, this, &MainWindow::showStatus);
        if (surveys)
            connect(surveys,
                    &SurveysPage::presentRequested,
                    this,
                    [this, presenterPage](const QString &id)
                    {
                        showPage(static_cast<int>(m_pages.indexOf(presenterPage)));
                        presenterPage->chooseSurvey(id);
                    });
        // Moderators are those who run the room (the moderation routes' capability).
        auto *moderation = new ModerationPage(api, realtime, m_stack);
        addPage(moderation);
        connect(moderation, &ModerationPage::statusMessage, this, &MainWindow::showStatus);
        m_qr = new QrCodePage(api, m_stack);
        addPage(m_qr);
        connect(m_events,
                &EventsPage::qrCodeRequested,
                this,
                [this](const Event &event)
                {
                    showPage(static_cast<int>(m_pages.indexOf(m_qr)));
                    m_qr->openEvent(event);
                });
        connect(m_qr, &QrCodePage::statusMessage, this, &MainWindow::showStatus);
    }
    if (api->may(Capability::DrawsRead))
    {
        auto *draws = new DrawsPage(api, realtime, m_stack);
        addPage(draws);
        connect(draws, &DrawsPage::statusMessage, this, &MainWindow::showStatus);
    }
    if (api->may(Capability::WeChatManage))
        addPage(new WeChatPage(api, m_stack));
    if (api->may(Capability::UsersManage))
    {
        auto *users = new UsersPage(api, m_stack);
        addPage(users);
        connect(users, &UsersPage::statusMessage, this, &MainWindow::showStatus);
    }

    // Column widths a person drags are theirs: remembered per user of this server, for every named table.
    if (m_settings)
        ColumnWidths::rememberAll(
            m_stack,
            m_settings,
            ColumnWidths::userKey(m_settings->serverUrl(), toQString(api->currentUser().username)));

    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest =
            std::max(widest, QFontMetrics(navigationFont).horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(widest + fontMetrics().averageCharWidth() * 6);
    // One page (door staff): a list with one entry is only a strip of lost width.
    m_navigation->setVisible(m_pages.size() > 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_live->setObjectName(QStringLiteral("liveStatus"));
    // The connection line (server, user, role) can be long, in Chinese and at 150 % especially; it must
    // not set the window's minimum width. It may be cut; the tooltip keeps the whole line.
    m_connection->setMinimumWidth(fontMetrics().averageCharWidth() * 10);
    m_doorStatus->setObjectName(QStringLiteral("doorStatus"));
    m_doorStatus->setVisible(false);
    statusBar()->addPermanentWidget(m_doorStatus);
    statusBar()->addPermanentWidget(m_live);
    statusBar()->addPermanentWidget(m_connection);
    if (realtime)
        connect(realtime, &RealtimeClient::stateChanged, this, &MainWindow::updateLive);
    updateLive();
    connect(m_events->checkInPanel(), &CheckInPanel::deskStatusChanged, this, &MainWindow::updateDoorStatus);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    connect(api, &ApiClient::connectionStateChanged, this, &MainWindow::updateConnection);
    buildMenus();
    updateConnection();

    if (m_settings && !m_settings->windowGeometry().isEmpty())
        restoreGeometry(m_settings->windowGeometry());
    else
        resize(fontMetrics().averageCharWidth() * 160, fontMetrics().lineSpacing() * 45);
    if (m_settings)
        restoreState(m_settings->windowState());
    m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow()
{
    // The client outlives the window; no signal may reach a half-destroyed window.
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    if (m_realtime)
        disconnect(m_realtime, nullptr, this, nullptr);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 5000);
}

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    m_navigation->addItem(page->title());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signOut = file->addAction(tr("Sign &out"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    connect(find,
            &QAction::triggered,
            this,
            [this]
            {
                if (Page *page = currentPage())
                    page->focusSearch();
            });
    QAction *create = edit->addAction(tr("&New"));
    create->setShortcut(QKeySequence::New);
    connect(create,
            &QAction::triggered,
            this,
            [this]
            {
                // Pages with nothing to create (or nothing this user may create) ignore Ctrl+N, as a
                // disabled menu entry would: no message for a key the page never offered.
                if (Page *page = currentPage())
                    page->createNew();
            });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refresh,
            &QAction::triggered,
            this,
            [this]
            {
                if (Page *page = currentPage())
                    page->reload();
            });
    view->addSeparator();
    for (int i = 0; i < m_pages.size(); ++i)
    {
        QAction *go = view->addAction(m_pages[i]->title());
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = m_settings ? m_settings->language() : QString();
    const std::pair<QString, QString> languages[] = {{QString(), tr("System language")},
                                                     {QStringLiteral("en"), QStringLiteral("English")},
                                                     {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, name] : languages)
    {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(
            action,
            &QAction::triggered,
            this,
            [this, code]
            {
                emit languageChosen(code);
                QMessageBox::information(
                    this, tr("Language"), tr("The new language is used from the next start of the console."));
            });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About NextEvent Console"));
    connect(about,
            &QAction::triggered,
            this,
            [this]
            {
                QMessageBox::about(
                    this,
                    tr("About NextEvent Console"),
                    tr("NextEvent Console %1\nEvents, attendees, check-in and QR codes for WeChat audiences.")
                        .arg(QString::fromUtf8(nextevent::kVersion)));
            });
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    m_pages[index]->activate();
}

QList<Page *> MainWindow::pages() const
{
    return m_pages;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

EventsPage *MainWindow::eventsPage() const
{
    return m_events;
}

QrCodePage *MainWindow::qrCodePage() const
{
    return m_qr;
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

QString MainWindow::doorStatusText() const
{
    return m_doorStatus->isVisibleTo(this) ? m_doorStatus->text() : QString();
}

void MainWindow::updateDoorStatus(const QString &deskText)
{
    // Shown only while the check-in desk is in use (the panel sends an empty text when it is not).
    m_doorStatus->setVisible(!deskText.isEmpty());
    m_doorStatus->setText(deskText.isEmpty() ? QString() : tr("Check-in desk: %1").arg(deskText));
}

QString MainWindow::liveText() const
{
    return m_live->text();
}

void MainWindow::updateLive()
{
    if (!m_realtime)
    {
        m_live->setText(tr("Live updates off"));
        return;
    }
    switch (m_realtime->state())
    {
    case RealtimeClient::State::Connected:
        m_live->setText(tr("● Live"));
        m_live->setStyleSheet(QStringLiteral("color: #1e7d32;"));
        m_live->setToolTip(tr("Figures and charts update as things happen."));
        break;
    case RealtimeClient::State::Connecting:
        m_live->setText(tr("○ Live: connecting…"));
        m_live->setStyleSheet(QStringLiteral("color: #8a6d00;"));
        m_live->setToolTip(QString());
        break;
    case RealtimeClient::State::Reconnecting:
        m_live->setText(tr("○ Live: reconnecting…"));
        m_live->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_live->setToolTip(tr("The live channel was lost; pages still load with F5."));
        break;
    case RealtimeClient::State::Closed:
        m_live->setText(tr("Live updates off"));
        m_live->setStyleSheet(QString());
        m_live->setToolTip(QString());
        break;
    }
}

void MainWindow::updateConnection()
{
    const User &user = m_api->currentUser();
    const QString who = user.displayName.empty() ? toQString(user.username) : toQString(user.displayName);
    const QString host = m_api->serverUrl().authority();
    const auto keepToolTip = qScopeGuard([this] { m_connection->setToolTip(m_connection->text()); });
    switch (m_api->connectionState())
    {
    case ApiClient::ConnectionState::Connected:
        // The role in the console's words (translated), so staff see what they may do here.
        m_connection->setText(
            user.roles.empty()
                ? tr("● Connected to %1 as %2").arg(host, who)
                : tr("● Connected to %1 as %2 · %3").arg(host, who, UserListModel::roleNames(user.roles)));
        m_connection->setStyleSheet(QStringLiteral("color: #1e7d32;"));
        break;
    case ApiClient::ConnectionState::Offline:
        m_connection->setText(tr("● Offline: cannot reach %1, retrying…").arg(host));
        m_connection->setStyleSheet(QStringLiteral("color: #b3261e;"));
        break;
    case ApiClient::ConnectionState::SignedOut:
        m_connection->setText(tr("Signed out"));
        m_connection->setStyleSheet(QString());
        break;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (Page *page : m_pages)
        if (!page->canClose())
        {
            showPage(static_cast<int>(m_pages.indexOf(page)));
            event->ignore();
            return;
        }
    if (m_settings)
    {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->setWindowState(saveState());
    }
    QMainWindow::closeEvent(event);
}

} // namespace nextevent::console
