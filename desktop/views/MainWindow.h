// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace nextevent::console
{

class ApiClient;
class EventsPage;
class Page;
class QrCodePage;
class Settings;

/// The console's window: navigation on the left, the chosen page on the right, the connection in the
/// status bar. Only pages that exist are offered, and only those the signed-in user's roles can use.
/// Ctrl+F, Ctrl+N and F5 go to the page on screen.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ApiClient *api, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows page number `index` of the navigation.
    void showPage(int index);
    QList<Page *> pages() const;
    Page *currentPage() const;
    EventsPage *eventsPage() const;
    /// nullptr when the user's roles do not include it.
    QrCodePage *qrCodePage() const;
    QString connectionText() const;

signals:
    void signOutRequested();
    void languageChosen(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void buildMenus();
    void updateConnection();

    QPointer<ApiClient> m_api; // the client may go first when the window is deleted later
    Settings *m_settings;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_connection;
    QList<Page *> m_pages;
    EventsPage *m_events = nullptr;
    QrCodePage *m_qr = nullptr;
};

} // namespace nextevent::console
