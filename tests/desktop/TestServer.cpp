// SPDX-License-Identifier: MIT
#include "TestServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScreen>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include "desktop/app/ConsoleController.h"
#include "desktop/views/MainWindow.h"
#include "desktop/views/SignInDialog.h"

namespace nextevent::console::test
{
namespace
{
QString serverBinary()
{
    // An explicit binary (e.g. an installed or known-good build) wins over the one of this build.
    if (const QString fromEnvironment = qEnvironmentVariable("NEXTEVENT_SERVER_BINARY");
        !fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef NEXTEVENT_SERVER_BINARY
    return QStringLiteral(NEXTEVENT_SERVER_BINARY);
#else
    return QString();
#endif
}
} // namespace

TestServer::~TestServer()
{
    stop();
}

bool TestServer::available()
{
    const QString binary = serverBinary();
    return !binary.isEmpty() && QFileInfo(binary).isExecutable();
}

ClosedPort::ClosedPort()
{
    m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // the kernel picks a free one
    socklen_t length = sizeof address;
    if (m_socket >= 0 && ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        m_port = ntohs(address.sin_port);
    // No listen(): connecting to the port is refused.
}

ClosedPort::~ClosedPort()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

QUrl TestServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString TestServer::portFile() const
{
    return m_dataDir->filePath(QStringLiteral("http.port"));
}

QProcessEnvironment TestServer::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NEXTEVENT_DATA_DIR"), m_dataDir->path());
    env.insert(QStringLiteral("NEXTEVENT_HTTP_HOST"), QStringLiteral("127.0.0.1"));
    // The server picks a free port itself and writes it to the port file; the public URL is then derived
    // from the port it listens on.
    env.insert(QStringLiteral("NEXTEVENT_HTTP_PORT"),
               m_keepPort ? QString::number(m_port) : QStringLiteral("0"));
    env.insert(QStringLiteral("NEXTEVENT_HTTP_PORT_FILE"), portFile());
    env.remove(QStringLiteral("NEXTEVENT_PUBLIC_URL"));
    // Every vote of the presenter flood comes from 127.0.0.1: the per-address public write budget would cap
    // what the test means to measure.
    env.insert(QStringLiteral("NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE"), QStringLiteral("10000000"));
    return env;
}

bool TestServer::runStep(const QString &step, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(serverBinary(), {step});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
    {
        *error =
            QStringLiteral("nextevent-server %1 failed: %2").arg(step, QString::fromUtf8(process.readAll()));
        return false;
    }
    return true;
}

bool TestServer::readPort(int timeoutMs, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    for (;;)
    {
        // The server renames a complete file into place: once it exists, it holds the whole number.
        QFile file(portFile());
        if (file.open(QIODevice::ReadOnly))
        {
            bool ok = false;
            const uint port = QString::fromLatin1(file.readAll()).trimmed().toUInt(&ok);
            if (ok && port > 0 && port <= 65535)
            {
                m_port = static_cast<quint16>(port);
                return true;
            }
            *error = QStringLiteral("unreadable port file %1").arg(portFile());
            return false;
        }
        if (m_process.state() != QProcess::Running)
        {
            *error = QStringLiteral("nextevent-server exited: ") + QString::fromUtf8(m_process.readAll());
            return false;
        }
        if (clock.elapsed() > timeoutMs)
        {
            *error = QStringLiteral("nextevent-server wrote no port file within %1 ms: ").arg(timeoutMs) +
                     QString::fromUtf8(m_process.readAll());
            return false;
        }
        m_process.waitForReadyRead(50); // a short wait that also notices the process ending
    }
}

bool TestServer::start(QString *error)
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_port = 0;
    m_keepPort = false;
    if (!runStep(QStringLiteral("migrate"), error) || !runStep(QStringLiteral("seed-demo"), error))
        return false;
    return serve(error);
}

bool TestServer::restart(QString *error)
{
    stop();
    if (!m_dataDir || m_port == 0)
    {
        *error = QStringLiteral("restart() needs a server that was started");
        return false;
    }
    m_keepPort = true;
    QFile::remove(portFile()); // the new server writes it again once it listens
    return serve(error);
}

bool TestServer::serve(QString *error)
{
    m_process.setProcessEnvironment(environment());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(serverBinary(), {QStringLiteral("serve")});
    if (!m_process.waitForStarted(10000))
    {
        *error = QStringLiteral("cannot start nextevent-server: ") + m_process.errorString();
        return false;
    }
    if (!readPort(60000, error))
        return false;
    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000)
    {
        if (m_process.state() != QProcess::Running)
        {
            *error = QStringLiteral("nextevent-server exited: ") + QString::fromUtf8(m_process.readAll());
            return false;
        }
        QNetworkReply *reply = network.get(QNetworkRequest(url().resolved(QUrl(QStringLiteral("/healthz")))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        const bool ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        if (ok)
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("nextevent-server did not answer /healthz within 20 s: ") +
             QString::fromUtf8(m_process.readAll());
    return false;
}

void TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
    {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString artifactsDir()
{
    QString dir = qEnvironmentVariable("NEXTEVENT_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QStringLiteral(NEXTEVENT_TEST_BUILD_DIR) + QStringLiteral("/artifacts");
    QDir().mkpath(dir);
    return dir;
}

QImage screenshot(QWidget *widget, const QString &name)
{
    // Laid out with what was just loaded, as a person sees it once the event loop has run.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QImage image = widget->grab().toImage();
    const QString path = artifactsDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!image.save(path))
        qWarning("cannot save %s", qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
    return image;
}

void signIn(SignInDialog *dialog, const QUrl &server, const QString &user, const QString &password)
{
    dialog->findChild<QComboBox *>(QStringLiteral("serverCombo"))->setEditText(server.toString());
    auto *username = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    username->clear();
    QTest::keyClicks(username, user);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

MainWindow *
signInAs(ConsoleController &controller, const QUrl &server, const QString &user, const QString &password)
{
    controller.start();
    SignInDialog *dialog = controller.signInDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    signIn(dialog, server, user, password);
    if (!QTest::qWaitFor([&] { return controller.mainWindow() != nullptr; }, 10000))
        return nullptr;
    MainWindow *window = controller.mainWindow();
    window->setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    window->show();
    return QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

} // namespace nextevent::console::test
