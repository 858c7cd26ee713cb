// SPDX-License-Identifier: MIT
// The console driven like a person would: sign in (first with a wrong password), create an event
// through the editor (first with an empty title), publish it, add an attendee, check them in with the
// code field, make and export the event's QR code; a screenshot of every page goes to the artifacts
// folder. Door staff get the check-in desk only.
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include "nextevent/EventLifecycle.h"

#include "TestServer.h"
#include "desktop/api/ApiClient.h"
#include "desktop/app/ConsoleController.h"
#include "desktop/app/Settings.h"
#include "desktop/models/AttendeeListModel.h"
#include "desktop/models/EventListModel.h"
#include "desktop/views/AttendeesPanel.h"
#include "desktop/views/CheckInPanel.h"
#include "desktop/views/EventDialog.h"
#include "desktop/views/EventsPage.h"
#include "desktop/views/MainWindow.h"
#include "desktop/views/QrCodePage.h"
#include "desktop/views/SignInDialog.h"

using namespace nextevent;
using namespace nextevent::console;

using test::signIn;

namespace
{
void screenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // laid out as a person sees it
    const QString path = test::artifactsDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

template <typename T> T *waitForChild(QObject *parent, const QString &name)
{
    T *found = nullptr;
    const bool appeared = QTest::qWaitFor(
        [&]
        {
            found = parent->findChild<T *>(name);
            return found && (!found->isWidgetType() || found->isVisible());
        },
        10000);
    return appeared ? found : nullptr;
}
} // namespace

class UiSmokeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void organiserWalkthrough();
    void doorStaffGetCheckInOnly();
    void cleanupTestCase();

private:
    test::TestServer m_server;
    QTemporaryDir m_settingsDir;
    QTranslator m_english;
};

void UiSmokeTest::initTestCase()
{
    NEXTEVENT_REQUIRE_SERVER();
    // The English catalogue, as the console loads it: screenshots read "0 items", not "0 item(s)".
    QVERIFY2(m_english.load(QStringLiteral(NEXTEVENT_EN_QM)), NEXTEVENT_EN_QM);
    QCoreApplication::installTranslator(&m_english);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void UiSmokeTest::cleanupTestCase()
{
    m_server.stop();
}

void UiSmokeTest::organiserWalkthrough()
{
    Settings settings(m_settingsDir.filePath(QStringLiteral("console.ini")));
    ConsoleController controller(&settings);
    controller.start();
    SignInDialog *dialog = controller.signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // A wrong password keeps the dialog open with a clear message.
    signIn(dialog, m_server.url(), QStringLiteral("staff"), QStringLiteral("wrong-password"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(QTest::qWaitFor([&] { return message->text().contains(QStringLiteral("password")); }, 10000));
    screenshot(dialog, QStringLiteral("01-sign-in-wrong-password"));

    signIn(dialog, m_server.url(), QStringLiteral("staff"), QStringLiteral("staff-demo-pass"));
    QVERIFY(QTest::qWaitFor([&] { return controller.mainWindow() != nullptr; }, 10000));
    MainWindow *window = controller.mainWindow();
    window->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(settings.serverUrl(), m_server.url().toString());
    QCOMPARE(settings.recentServers().value(0), m_server.url().toString());
    QCOMPARE(settings.lastUsername(), QStringLiteral("staff"));
    QVERIFY(window->connectionText().contains(m_server.url().authority()));

    // An organiser gets everything but Users (admins only), Draws included (draws.read and draws.run).
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->count(), window->pages().size());
    QStringList titles;
    for (Page *page : window->pages())
        titles << page->title();
    QCOMPARE(titles,
             QStringList({QStringLiteral("Dashboard"),
                          QStringLiteral("Events"),
                          QStringLiteral("Articles"),
                          QStringLiteral("Surveys"),
                          QStringLiteral("Presenter"),
                          QStringLiteral("Moderation"),
                          QStringLiteral("QR codes"),
                          QStringLiteral("Draws"),
                          QStringLiteral("WeChat")}));
    window->showPage(static_cast<int>(window->pages().indexOf(window->eventsPage())));

    EventsPage *events = window->eventsPage();
    QVERIFY(QTest::qWaitFor([&] { return events->model()->rowCount() >= 5; }, 10000));
    screenshot(window, QStringLiteral("02-events"));

    // The editor refuses an empty title before sending anything.
    QVERIFY(events->createNew());
    auto *editor = waitForChild<EventDialog>(events, QStringLiteral("eventDialog"));
    QVERIFY(editor);
    auto *saveButton = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    auto *titleError = editor->findChild<QLabel *>(QStringLiteral("titleError"));
    QVERIFY(titleError->isVisible());
    QVERIFY(!titleError->text().isEmpty());
    screenshot(editor, QStringLiteral("03-event-editor-validation"));

    const QString title = QStringLiteral("UI smoke test event");
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("titleEdit")), title);
    QVERIFY(!titleError->isVisible());
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("locationEdit")),
                     QStringLiteral("Hall B"));
    QTest::mouseClick(saveButton, Qt::LeftButton);
    const bool closed = QTest::qWaitFor(
        [&] { return events->findChild<EventDialog *>(QStringLiteral("eventDialog")) == nullptr; }, 10000);
    if (!closed)
    {
        QStringList shown;
        for (QLabel *label : editor->findChildren<QLabel *>())
            if (label->isVisible())
                shown << label->objectName() + QLatin1Char('=') + label->text();
        QFAIL(qPrintable(shown.join(QLatin1String(" | "))));
    }
    QVERIFY(QTest::qWaitFor(
        [&] { return events->selectedEvent() && events->selectedEvent()->title == title.toStdString(); },
        10000));
    QVERIFY(events->selectedEvent()->status == EventStatus::Draft);

    // Lifecycle: a draft may be published or cancelled, nothing else.
    auto *lifecycle = events->findChild<QToolButton *>(QStringLiteral("lifecycleButton"));
    QVERIFY(lifecycle);
    QCOMPARE(lifecycle->menu()->actions().size(), 2);
    lifecycle->menu()->actions().first()->trigger(); // Publish
    QVERIFY(QTest::qWaitFor(
        [&] { return events->selectedEvent() && events->selectedEvent()->status == EventStatus::Published; },
        10000));

    // Add an attendee at the desk.
    AttendeesPanel *attendees = events->attendeesPanel();
    QVERIFY(attendees);
    attendees->addAttendee();
    auto *addDialog = waitForChild<QDialog>(attendees, QStringLiteral("attendeeDialog"));
    QVERIFY(addDialog);
    QTest::keyClicks(addDialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Ada Wang"));
    QTest::keyClicks(addDialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit")),
                     QStringLiteral("+86 139 1234 5678"));
    QTest::keyClick(addDialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit")), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return attendees->model()->rowCount() == 1; }, 10000));
    const Attendee ada = *attendees->model()->attendeeAt(0);
    QCOMPARE(ada.name, std::string("Ada Wang"));
    QVERIFY(QTest::qWaitFor([&] { return events->selectedEvent()->counts.registered == 1; }, 10000));
    screenshot(window, QStringLiteral("04-attendees"));

    // Check in as a barcode scanner does: it types into whatever has the focus right after the tab
    // switch, so the code field must own it by then.
    auto *tabs = events->findChild<QTabWidget *>();
    tabs->setCurrentWidget(events->checkInPanel());
    CheckInPanel *desk = events->checkInPanel();
    QVERIFY2(QTest::qWaitFor([&] { return window->focusWidget() == desk->codeField(); }, 5000),
             window->focusWidget() ? window->focusWidget()->metaObject()->className() : "nothing");
    QTest::keyClicks(window->focusWidget(), QString::fromStdString(ada.checkInCode));
    QTest::keyClick(window->focusWidget(), Qt::Key_Return);
    QVERIFY(desk->codeField()->text().isEmpty()); // ready for the next scan
    QVERIFY(QTest::qWaitFor([&] { return desk->lastOutcome() == CheckInPanel::Outcome::CheckedIn; }, 10000));
    QVERIFY(desk->verdictText().contains(QStringLiteral("Ada Wang")));
    QVERIFY(QTest::qWaitFor([&] { return events->selectedEvent()->counts.checkedIn == 1; }, 10000));
    screenshot(window, QStringLiteral("05-check-in"));

    QVERIFY(QTest::qWaitFor([&] { return window->focusWidget() == desk->codeField(); }, 5000));
    // A scan while the focus sits on the events table (someone clicked a row) still reaches the desk.
    events->table()->setFocus();
    QTest::keyClicks(events->table(), QString::fromStdString(ada.checkInCode));
    QTest::keyClick(events->table(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return desk->lastOutcome() == CheckInPanel::Outcome::AlreadyCheckedIn; },
                            10000));
    QCOMPARE(window->focusWidget(), desk->codeField());
    screenshot(desk, QStringLiteral("06-check-in-again"));

    QTest::keyClicks(desk->codeField(), QStringLiteral("NOSUCHCODE"));
    QTest::keyClick(desk->codeField(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return desk->lastOutcome() == CheckInPanel::Outcome::Unknown; }, 10000));
    screenshot(desk, QStringLiteral("07-check-in-unknown"));

    // The QR code of the event, exported and decoded.
    const Event event = *events->selectedEvent();
    QrCodePage *qr = window->qrCodePage();
    QVERIFY(qr);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const int qrIndex = static_cast<int>(window->pages().indexOf(qr));
    QTest::keyClick(window, static_cast<Qt::Key>(Qt::Key_1 + qrIndex), Qt::ControlModifier);
    QCOMPARE(window->currentPage(), qr);
    qr->openEvent(event);
    QVERIFY(QTest::qWaitFor([&] { return qr->code().has_value(); }, 10000));
    const QString expected =
        qr->fromServer() ? qr->code()->text()
                         : controller.api()->eventPageUrl(QString::fromStdString(event.id)).toString();
    QCOMPARE(qr->code()->text(), expected);
    if (!qr->fromServer())
        QCOMPARE(expected,
                 m_server.url().toString() + QStringLiteral("/m/events/") + QString::fromStdString(event.id));
    screenshot(window, QStringLiteral("08-qr-codes"));
    // The test server listens on 127.0.0.1: a code to print with that address warns that phones reach
    // nothing.
    if (QUrl(qr->code()->text()).host() == QLatin1String("127.0.0.1"))
    {
        auto *warning = qr->findChild<QLabel *>(QStringLiteral("qrLocalOnlyWarning"));
        QVERIFY(warning && warning->isVisible());
        QVERIFY(warning->height() >= warning->heightForWidth(warning->width())); // every line readable
        QVERIFY2(warning->text().contains(QStringLiteral("NEXTEVENT_PUBLIC_URL")),
                 qPrintable(warning->text()));
    }
    qr->setExportSize(300);
    const QString png = test::artifactsDir() + QStringLiteral("/ui-event-qr.png");
    const QString svg = test::artifactsDir() + QStringLiteral("/ui-event-qr.svg");
    const QString pdf = test::artifactsDir() + QStringLiteral("/ui-event-qr-sheet.pdf");
    QVERIFY(qr->exportPng(png));
    QVERIFY(qr->exportSvg(svg));
    QVERIFY(qr->exportPdf(pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QCOMPARE(QImage(png).size(), QSize(300, 300));
    if (!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
    {
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"),
                   {QStringLiteral("-q"),
                    QStringLiteral("--raw"),
                    QStringLiteral("--nodbus"),
                    QStringLiteral("-Sbinary"),
                    png});
        QVERIFY(zbar.waitForFinished(20000));
        QCOMPARE(zbar.exitCode(), 0);
        QCOMPARE(zbar.readAllStandardOutput(), expected.toUtf8());
    }

    // F5 on the events page reloads; sign out returns to the sign-in dialog.
    window->showPage(static_cast<int>(window->pages().indexOf(events)));
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(events->model()->isLoading());
    QVERIFY(QTest::qWaitFor([&] { return !events->model()->isLoading(); }, 10000));
    emit window->signOutRequested();
    QVERIFY(QTest::qWaitFor(
        [&] { return controller.signInDialog() != nullptr && controller.mainWindow() == nullptr; }, 10000));
    QVERIFY(!controller.api()->isSignedIn());
}

void UiSmokeTest::doorStaffGetCheckInOnly()
{
    Settings settings(m_settingsDir.filePath(QStringLiteral("door.ini")));
    ConsoleController controller(&settings);
    controller.start();
    SignInDialog *dialog = controller.signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    signIn(dialog, m_server.url(), QStringLiteral("door"), QStringLiteral("door-demo-pass"));
    QVERIFY(QTest::qWaitFor([&] { return controller.mainWindow() != nullptr; }, 10000));
    MainWindow *window = controller.mainWindow();
    window->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->pages().size(), 1); // no QR codes for door staff
    QVERIFY(window->qrCodePage() == nullptr);
    EventsPage *events = window->eventsPage();
    QVERIFY(events->attendeesPanel() == nullptr); // no browsing of attendees
    QVERIFY(!events->createNew());
    // Nothing on screen they cannot use: no editing buttons, no QR button (its page is not theirs).
    for (QPushButton *button : events->findChildren<QPushButton *>())
        if (button->isVisible())
            QVERIFY2(events->checkInPanel()->isAncestorOf(button), qPrintable(button->text()));
    QVERIFY(QTest::qWaitFor([&] { return events->model()->rowCount() > 0; }, 10000));

    // The landing: only events open for check-in, today's (the demo launch, active) first and selected,
    // with the code field focused so the first scan counts.
    for (int row = 0; row < events->model()->rowCount(); ++row)
        QVERIFY(acceptsCheckIns(events->model()->eventAt(row)->status));
    QVERIFY(QTest::qWaitFor([&] { return events->selectedEvent().has_value(); }, 10000));
    QCOMPARE(events->selectedEvent()->id, events->model()->eventAt(0)->id);
    QVERIFY(events->selectedEvent()->status == EventStatus::Active);
    QVERIFY(EventListModel::isToday(*events->selectedEvent()));
    CheckInPanel *desk = events->checkInPanel();
    QVERIFY(QTest::qWaitFor([&] { return window->focusWidget() == desk->codeField(); }, 5000));
    QVERIFY(desk->codeField()->isEnabled());
    QVERIFY(!desk->findChild<QPushButton *>()->isEnabled()); // "Check in selected" with nobody selected
    screenshot(window, QStringLiteral("09a-door-staff-landing"));

    // Codes to scan, as an organiser sees them (door staff never get codes from the server).
    ApiClient organiser;
    QVERIFY(test::awaitResult<User>(
                [&](ApiHandler<User> done)
                {
                    organiser.signIn(m_server.url(),
                                     QStringLiteral("staff"),
                                     QStringLiteral("staff-demo-pass"),
                                     nullptr,
                                     done);
                })
                .ok());
    const QString eventId = QString::fromStdString(events->selectedEvent()->id);
    const auto people = test::awaitResult<ListPage<Attendee>>(
        [&](ApiHandler<ListPage<Attendee>> done)
        {
            ListQuery query;
            query.pageSize = 100;
            organiser.listAttendees(eventId, query, nullptr, done);
        });
    QVERIFY(people.ok());
    const Attendee *waiting = nullptr;
    const Attendee *arriving = nullptr;
    for (const Attendee &person : people.value->items)
    {
        if (person.status == AttendeeStatus::Waitlisted && !waiting)
            waiting = &person;
        if (person.status == AttendeeStatus::Registered && !person.checkedInAt && !arriving)
            arriving = &person;
    }
    QVERIFY(waiting && arriving);
    const int before = events->selectedEvent()->counts.checkedIn;
    QTest::keyClicks(window->focusWidget(), QString::fromStdString(arriving->checkInCode));
    QTest::keyClick(window->focusWidget(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return desk->lastOutcome() == CheckInPanel::Outcome::CheckedIn; }, 10000));
    QVERIFY(desk->verdictText().contains(QString::fromStdString(arriving->name)));
    QVERIFY(QTest::qWaitFor([&] { return events->selectedEvent()->counts.checkedIn == before + 1; }, 10000));

    // A waitlisted ticket: refused, and the verdict says who and why.
    QCOMPARE(window->focusWidget(), desk->codeField());
    QTest::keyClicks(window->focusWidget(), QString::fromStdString(waiting->checkInCode));
    QTest::keyClick(window->focusWidget(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor(
        [&] { return desk->verdictText().contains(QString::fromStdString(waiting->name)); }, 10000));
    QCOMPARE(desk->lastOutcome(), CheckInPanel::Outcome::Waitlisted);
    QVERIFY(desk->verdictText().contains(QStringLiteral("Waitlisted")));
    screenshot(window, QStringLiteral("09b-door-staff-waitlisted"));

    // Ctrl+N has nothing to create here and says nothing.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(window->statusBar()->currentMessage().isEmpty());
    // Pick a published demo event and search for someone by phone digits.
    int published = -1;
    for (int row = 0; row < events->model()->rowCount(); ++row)
        if (events->model()->eventAt(row)->status == EventStatus::Published &&
            events->model()->eventAt(row)->counts.registered > 0)
            published = row;
    QVERIFY(published >= 0);
    events->table()->selectRow(published);
    QVERIFY(desk->codeField()->isEnabled());
    QTest::keyClicks(desk->searchField(), QStringLiteral("138"));
    QTest::keyClick(desk->searchField(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return desk->searchModel()->rowCount() > 0; }, 10000));
    screenshot(window, QStringLiteral("09-door-staff-check-in"));
}

QTEST_MAIN(UiSmokeTest)
#include "UiSmokeTest.moc"
