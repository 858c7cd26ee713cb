// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QEventLoop>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include "desktop/api/ApiTypes.h"

class QWidget;

namespace nextevent::console
{
class ConsoleController;
class MainWindow;
class SignInDialog;
} // namespace nextevent::console

namespace nextevent::console::test
{

/// A real nextevent-server for the console's tests: a temporary data directory, `migrate` and
/// `seed-demo` first, then `serve` on loopback port 0; the port the server picked is read back from
/// its port file (NEXTEVENT_HTTP_PORT_FILE), and the server is ready once GET /healthz answers.
class TestServer
{
public:
    TestServer() = default;
    ~TestServer();

    /// True when there is a server binary: $NEXTEVENT_SERVER_BINARY, else the one of this build.
    static bool available();
    /// Starts the server; on failure returns false and puts the reason in `error`.
    bool start(QString *error);
    void stop();
    /// Serves again after stop(), on the same port and data directory (a server that went away and came
    /// back, as the door desk sees it); false with the reason in `error` when it does not come up.
    bool restart(QString *error);
    QUrl url() const;

private:
    bool runStep(const QString &step, QString *error);
    /// Starts `serve` and waits until /healthz answers.
    bool serve(QString *error);
    /// Waits (at most `timeoutMs`) for the server to write its port file; sets m_port.
    bool readPort(int timeoutMs, QString *error);
    QProcessEnvironment environment() const;
    QString portFile() const;

    std::unique_ptr<QTemporaryDir> m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_keepPort = false; ///< serve on m_port again (restart) instead of a new free port
};

/// A loopback port that refuses connections for as long as this object lives (for "unreachable server"
/// tests): a socket is bound to it but never listens, so no other process can take the port meanwhile.
class ClosedPort
{
public:
    ClosedPort();
    ~ClosedPort();
    ClosedPort(const ClosedPort &) = delete;
    ClosedPort &operator=(const ClosedPort &) = delete;

    quint16 port() const
    {
        return m_port;
    }

private:
    int m_socket = -1;
    quint16 m_port = 0;
};

/// Runs one asynchronous API call and waits (at most 20 s) for its callback.
template <typename T, typename Call> ApiResult<T> awaitResult(Call call)
{
    std::optional<ApiResult<T>> out;
    QEventLoop loop;
    call(
        [&](const ApiResult<T> &result)
        {
            out = result;
            loop.quit();
        });
    if (!out)
    {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (out)
        return *out;
    ApiResult<T> timedOut;
    timedOut.error = ApiError::transport(
        ApiError::Kind::Timeout, QStringLiteral("test"), QStringLiteral("no answer in 20 s"));
    return timedOut;
}

/// Where tests put screenshots and exported files: $NEXTEVENT_TEST_ARTIFACTS, else the build dir.
QString artifactsDir();

/// Grabs `widget`, saves it as artifactsDir()/NAME.png (a warning when it cannot) and returns the image.
QImage screenshot(QWidget *widget, const QString &name);

/// Signs in from the sign-in dialog as a person would: server, user name and password typed, Enter.
void signIn(SignInDialog *dialog, const QUrl &server, const QString &user, const QString &password);
/// Starts `controller`, signs in through its dialog and returns the main window shown over the whole
/// available screen (nullptr when a step does not happen).
MainWindow *
signInAs(ConsoleController &controller, const QUrl &server, const QString &user, const QString &password);

} // namespace nextevent::console::test

/// Skips the current test with a visible reason when the server is not part of this build.
#define NEXTEVENT_REQUIRE_SERVER()                                                                           \
    do                                                                                                       \
    {                                                                                                        \
        if (!nextevent::console::test::TestServer::available())                                              \
            QSKIP("nextevent-server is not built in this configuration (NEXTEVENT_BUILD_SERVER=OFF): "       \
                  "tests against a real server skipped");                                                    \
    } while (false)
