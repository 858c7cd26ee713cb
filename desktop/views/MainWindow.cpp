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
#include <QStackedWidget>
#include <QStatusBar>

#include "nextevent/Version.h"

#include "desktop/api/ApiClient.h"
#include "desktop/app/Settings.h"
#include "desktop/models/Convert.h"
#include "desktop/views/EventsPage.h"
#include "desktop/views/QrCodePage.h"

namespace nextevent::console
{

MainWindow::MainWindow(ApiClient *api, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_settings(settings)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_connection(new QLabel(this))
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

    const User &user = api->currentUser();
    m_events = new EventsPage(api, settings, m_stack);
    addPage(m_events);
    if (user.hasRole(Role::Admin) || user.hasRole(Role::Organizer) || user.hasRole(Role::Presenter))
    {
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
        connect(m_qr,
                &QrCodePage::statusMessage,
                this,
                [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    }
    connect(m_events,
            &EventsPage::statusMessage,
            this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest =
            std::max(widest, QFontMetrics(navigationFont).horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(widest + fontMetrics().averageCharWidth() * 6);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_connection);
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
                Page *page = currentPage();
                if (!page || !page->createNew())
                    statusBar()->showMessage(tr("Nothing to create on this page."), 3000);
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

void MainWindow::updateConnection()
{
    const User &user = m_api->currentUser();
    const QString who = user.displayName.empty() ? toQString(user.username) : toQString(user.displayName);
    const QString host = m_api->serverUrl().authority();
    switch (m_api->connectionState())
    {
    case ApiClient::ConnectionState::Connected:
        m_connection->setText(tr("● Connected to %1 as %2").arg(host, who));
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
    if (m_settings)
    {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->setWindowState(saveState());
    }
    QMainWindow::closeEvent(event);
}

} // namespace nextevent::console
