// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include "desktop/views/Page.h"

class QLabel;
class QListWidget;
class QStackedWidget;

namespace nextevent::console
{

class ApiClient;
class EventsPage;
class Page;
class QrCodePage;
class RealtimeClient;
class Settings;

/// The console's window: navigation on the left, the chosen page on the right, the connection in the
/// status bar. Only pages that exist are offered, and only those the signed-in user's roles can use.
/// Ctrl+F, Ctrl+N and F5 go to the page on screen.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `realtime` may be null: pages then load on demand only (F5).
    MainWindow(ApiClient *api, RealtimeClient *realtime, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows page number `index` of the navigation.
    void showPage(int index);
    QList<Page *> pages() const;
    Page *currentPage() const;
    EventsPage *eventsPage() const;
    /// nullptr when the user's roles do not include it.
    QrCodePage *qrCodePage() const;
    QString connectionText() const;
    /// The live channel's state as the status bar shows it.
    QString liveText() const;
    /// The check-in desk's state as the status bar shows it; empty while the desk is not in use.
    QString doorStatusText() const;

    /// The page of type T, or nullptr when the user's roles do not include it.
    template <typename T> T *page() const
    {
        for (Page *candidate : m_pages)
            if (auto *typed = qobject_cast<T *>(candidate))
                return typed;
        return nullptr;
    }

signals:
    void signOutRequested();
    void languageChosen(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void buildMenus();
    void updateConnection();
    void updateLive();
    void updateDoorStatus(const QString &deskText);
    void showStatus(const QString &text);

    QPointer<ApiClient> m_api; // the client may go first when the window is deleted later
    QPointer<RealtimeClient> m_realtime;
    Settings *m_settings;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_connection;
    QLabel *m_live;
    QLabel *m_doorStatus;
    QList<Page *> m_pages;
    EventsPage *m_events = nullptr;
    QrCodePage *m_qr = nullptr;
};

} // namespace nextevent::console
