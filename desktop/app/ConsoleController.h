// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QObject>
#include <QPointer>

class QApplication;
class QTranslator;

namespace nextevent::console
{

class ApiClient;
class DoorDeviceWindow;
class MainWindow;
class RealtimeClient;
class Settings;
class SignInDialog;

/// Runs the console's session: the sign-in dialog, the main window once signed in, sign-out, and a
/// new sign-in when the session cannot be refreshed. It owns the API client and the settings and
/// hands them to the views.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleController(Settings *settings, QObject *parent = nullptr);
    ~ConsoleController() override;

    /// Loads the console's translation for `language` ("zh_CN", "en"; empty: the system's) into the
    /// application, and Qt's own for standard buttons. Returns false when none was found.
    static bool installTranslations(QApplication &app, const QString &language);

    /// Shows the sign-in dialog.
    void start();

    ApiClient *api() const;
    RealtimeClient *realtime() const;
    SignInDialog *signInDialog() const;
    MainWindow *mainWindow() const;
    /// The window of a console paired as a door device (null otherwise).
    DoorDeviceWindow *doorWindow() const;

signals:
    /// The person gave up signing in with no window open: the application should quit.
    void quitRequested();

private:
    void showSignIn(const QString &message);
    void signIn(const QUrl &server, const QString &username, const QString &password);
    void openMainWindow();
    void signOut();
    /// Asks for a door-token QR (scanned or pasted) and, once the server takes the token, opens the door
    /// device's window.
    void pairDoor();

    Settings *m_settings;
    ApiClient *m_api;
    RealtimeClient *m_realtime;
    QPointer<SignInDialog> m_dialog;
    QPointer<MainWindow> m_window;
    QPointer<DoorDeviceWindow> m_doorWindow;
};

} // namespace nextevent::console
